import { join } from 'node:path';
import { createProjectGraphAsync } from '@nx/devkit';
import { ESLint } from 'eslint';
import { WORKSPACE_ROOT } from '@tests/support/server';

/** Lints a probe file placed (virtually) inside a project and returns the boundary violations. */
async function boundaryErrors(eslint: ESLint, file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: join(WORKSPACE_ROOT, file) });
  return (result?.messages ?? []).filter((message) => message.ruleId === '@nx/enforce-module-boundaries').map((message) => message.message);
}

describe('Nx module boundaries', () => {
  let eslint: ESLint;

  beforeAll(async () => {
    // The lint rule reads the cached project graph and silently skips itself without one.
    await createProjectGraphAsync({ exitOnError: false });
    eslint = new ESLint({ cwd: WORKSPACE_ROOT });
  });

  it('fails lint when the web client imports the API', async () => {
    const errors = await boundaryErrors(eslint, 'apps/web/src/boundary-probe.ts', "import { AppModule } from '@api/app.module';\nexport const probe = AppModule;\n");
    expect(errors.length).toBeGreaterThan(0);
  });

  it('fails lint when the API imports the web client', async () => {
    const errors = await boundaryErrors(eslint, 'apps/api/src/boundary-probe.ts', "import { router } from '@web/app/router';\nexport const probe = router;\n");
    expect(errors.length).toBeGreaterThan(0);
  });

  it('fails lint when the domain library imports an app', async () => {
    const errors = await boundaryErrors(eslint, 'libs/domain/src/boundary-probe.ts', "import { AppModule } from '@api/app.module';\nexport const probe = AppModule;\n");
    expect(errors.length).toBeGreaterThan(0);
  });

  it('lets both apps import the shared domain library', async () => {
    const source = "import { resolveLocale } from '@helix/domain';\nexport const probe = resolveLocale;\n";
    expect(await boundaryErrors(eslint, 'apps/web/src/boundary-probe.ts', source)).toEqual([]);
    expect(await boundaryErrors(eslint, 'apps/api/src/boundary-probe.ts', source)).toEqual([]);
  });
});
