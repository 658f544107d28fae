import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type RunningServer, startServer } from '@api/core/bootstrap';
import { loadConfig } from '@api/core/config/config';
import { openMigratedTestDatabase } from './test-database';

export interface TestApi {
  server: RunningServer;
  /** The database the API uses, for tests that must reach past it (to move a clock, say). */
  databaseUrl: string;
  close(): Promise<void>;
}

/**
 * The whole API in this process, on a fresh migrated database of its own and a free port, for
 * integration tests that need the running application and its database side by side.
 */
export async function startTestApi(env: Record<string, string> = {}): Promise<TestApi> {
  const database = await openMigratedTestDatabase();
  const dataDir = mkdtempSync(join(tmpdir(), 'helix-api-'));
  try {
    const config = loadConfig({
      DATABASE_URL: database.url,
      JWT_SECRET: 'in-process-test-secret-0123456789abcdefgh',
      PORT: '0',
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      HELIX_DEMO_DATA: 'false',
      HELIX_DATA_DIR: dataDir,
      ...env,
    });
    const server = await startServer(config, join(dataDir, 'no-web'));
    return {
      server,
      databaseUrl: database.url,
      close: async () => {
        await server.close();
        await database.close();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}
