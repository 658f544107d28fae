import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { graphql } from '@tests/support/graphql';
import { API_ENTRY, startServer } from '@tests/support/server';

/** Runs the built server with a bad environment; it must stop by itself. */
function startWith(env: Record<string, string>) {
  const dataDir = mkdtempSync(join(tmpdir(), 'helix-bad-'));
  try {
    const result = spawnSync(process.execPath, [API_ENTRY], {
      env: { PATH: process.env.PATH ?? '', HELIX_DATA_DIR: dataDir, LOG_LEVEL: 'silent', ...env },
      encoding: 'utf8',
      timeout: 30_000,
    });
    return { status: result.status, stderr: result.stderr.trim() };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

describe('start-up', () => {
  it('stops on PORT=abc with one clear line and a non-zero exit', () => {
    const { status, stderr } = startWith({ PORT: 'abc' });
    expect(status).toBe(1);
    expect(stderr).toBe('Invalid configuration: PORT must be a whole number from 0 to 65535 (got "abc")');
  });

  it('stops on an unreachable DATABASE_URL with a clear line, not a stack trace', () => {
    const { status, stderr } = startWith({ DATABASE_URL: 'postgres://helix@127.0.0.1:1/helix', JWT_SECRET: 'x'.repeat(40) });
    expect(status).toBe(1);
    expect(stderr.split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^Cannot use the database in DATABASE_URL \(127\.0\.0\.1:1\/helix\): .*ECONNREFUSED/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('keeps the embedded data across a stop and a start, and loads the demo data only once', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'helix-persist-'));
    const count = async (url: string) => (await graphql<{ organisations: { totalCount: number } }>(url, '{ organisations { totalCount } }')).data?.organisations.totalCount;
    try {
      const first = await startServer({ database: 'embedded-disk', dataDir, demoData: true });
      expect(await count(first.url)).toBe(7);
      expect(await first.stop()).toBe(0);

      const second = await startServer({ database: 'embedded-disk', dataDir, demoData: true });
      expect(await count(second.url)).toBe(7);
      expect(second.output()).not.toMatch(/demo data loaded/);
      await second.stop();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
