import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createTestDatabase, type TestDatabase } from './database';

export const WORKSPACE_ROOT = resolve(__dirname, '..', '..');
export const API_ENTRY = join(WORKSPACE_ROOT, 'dist', 'apps', 'api', 'apps', 'api', 'src', 'main.js');

export interface StartServerOptions {
  /** Extra environment for the server; wins over the defaults below. */
  env?: Record<string, string | undefined>;
  /** Reuse a data folder (for stop-and-start tests); a fresh temporary one otherwise. */
  dataDir?: string;
  /**
   * `fresh` (default): a new database of its own — a new database on the server in DATABASE_URL,
   * else the embedded PGlite in memory. `embedded-disk`: the embedded PGlite on `dataDir`.
   */
  database?: 'fresh' | 'embedded-disk';
  /** Load the Binh Duong demo data (off by default so tests create what they need). */
  demoData?: boolean;
}

export interface StartedServer {
  url: string;
  dataDir: string;
  output: () => string;
  stop: () => Promise<number | null>;
}

/**
 * Starts the built API (`npm run build` first) as a child process on a free port, exactly as
 * `npm start` runs it, and resolves once GET /health answers ok.
 */
export async function startServer(options: StartServerOptions = {}): Promise<StartedServer> {
  if (!existsSync(API_ENTRY)) throw new Error(`The API is not built (${API_ENTRY}); run npm run build first.`);
  const ownDataDir = !options.dataDir;
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'helix-srv-'));
  let database: TestDatabase | undefined;
  const env: Record<string, string | undefined> = {
    ...process.env,
    NODE_ENV: 'production',
    // A known port, so links in e-mails (PUBLIC_URL defaults to it) point at this server.
    PORT: String(await freePort()),
    HELIX_DATA_DIR: dataDir,
    HELIX_DEMO_DATA: options.demoData ? 'true' : 'false',
    LOG_LEVEL: process.env.HELIX_TEST_LOG_LEVEL ?? 'warn',
    JWT_SECRET: 'test-secret-test-secret-test-secret-0123456789',
    HELIX_ADMIN_EMAIL: undefined,
    HELIX_ADMIN_PASSWORD: undefined,
  };
  if (options.database === 'embedded-disk') {
    delete env.DATABASE_URL;
  } else if (process.env.DATABASE_URL) {
    database = await createTestDatabase();
    env.DATABASE_URL = database.url;
  } else {
    env.DATABASE_URL = undefined;
    env.HELIX_DATA_DIR = 'memory://';
  }
  Object.assign(env, options.env ?? {});
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];

  const child: ChildProcess = spawn(process.execPath, [API_ENTRY], { env: env as NodeJS.ProcessEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolveExit) => child.once('exit', (code) => resolveExit(code)));

  const ready = new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in 60 s:\n${output}`)), 60_000);
    const onData = () => {
      const match = /Helix listening on (http:\/\/[^\s"]+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolveUrl(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before it was ready:\n${output}`));
    });
  });
  let url: string;
  try {
    url = await ready;
  } catch (error) {
    child.kill('SIGKILL');
    await database?.drop();
    if (ownDataDir) rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }

  return {
    url,
    dataDir,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      const code = await exited;
      await database?.drop();
      if (ownDataDir) rmSync(dataDir, { recursive: true, force: true });
      return code;
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}
