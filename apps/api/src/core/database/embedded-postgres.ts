import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { pgcrypto } from '@electric-sql/pglite/contrib/pgcrypto';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { ConfigError } from '@api/core/config/config';

export interface EmbeddedPostgres {
  /** A `postgres://` URL for the ordinary `pg` driver. */
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts PGlite (PostgreSQL in WebAssembly) and serves it on a loopback port, so the API talks to
 * it with the same `pg` driver, pool and migrations as to a real server. PGlite runs one
 * transaction at a time; the socket server queues the others.
 */
export async function startEmbeddedPostgres(dataDir: string, maxConnections: number): Promise<EmbeddedPostgres> {
  const inMemory = dataDir.startsWith('memory://');
  const releaseLock = inMemory ? () => undefined : lockDataDir(dataDir);
  try {
    const db = await PGlite.create({ dataDir: inMemory ? undefined : dataDir, extensions: { pgcrypto, unaccent, pg_trgm } });
    const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections });
    await server.start();
    return {
      url: `postgres://postgres:postgres@${server.getServerConn()}/postgres`,
      async stop() {
        await server.stop();
        // Closing flushes the WAL to the folder so the next start finds every committed write.
        await db.close();
        releaseLock();
      },
    };
  } catch (error) {
    releaseLock();
    throw error;
  }
}

/**
 * Two processes on one PGlite folder would corrupt it (a running server and `db:reset`, say), so
 * the folder carries a lock file with the owner's pid; a lock left by a dead process is taken over.
 */
function lockDataDir(dataDir: string): () => void {
  const lockFile = join(dirname(dataDir), `${dataDir.split('/').pop() ?? 'pgdata'}.lock`);
  mkdirSync(dirname(lockFile), { recursive: true });
  try {
    const holder = Number(readFileSync(lockFile, 'utf8'));
    if (holder && holder !== process.pid && isAlive(holder)) {
      throw new ConfigError(`The embedded database in ${dataDir} is in use by process ${holder}; stop it first (or set DATABASE_URL).`);
    }
  } catch (error) {
    if (error instanceof ConfigError) throw error;
  }
  writeFileSync(lockFile, String(process.pid));
  return () => rmSync(lockFile, { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
