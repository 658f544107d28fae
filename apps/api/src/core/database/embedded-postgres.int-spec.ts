import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { ConfigError } from '@api/core/config/config';
import { startEmbeddedPostgres } from './embedded-postgres';

async function query<T>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

describe('embedded PostgreSQL (PGlite behind a socket)', () => {
  let dataDir: string;

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'helix-pglite-'));
  });

  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('keeps committed data across a stop and a start', async () => {
    const first = await startEmbeddedPostgres(join(dataDir, 'pgdata'), 4);
    await query(first.url, 'CREATE TABLE kept (id serial PRIMARY KEY, note text)');
    await query(first.url, 'INSERT INTO kept (note) VALUES ($1)', ['Thành phố thông minh']);
    await first.stop();

    const second = await startEmbeddedPostgres(join(dataDir, 'pgdata'), 4);
    try {
      expect(await query(second.url, 'SELECT note FROM kept')).toEqual([{ note: 'Thành phố thông minh' }]);
    } finally {
      await second.stop();
    }
  });

  it('loads pgcrypto, unaccent and pg_trgm and serves several connections at once', async () => {
    const server = await startEmbeddedPostgres('memory://', 6);
    try {
      await query(server.url, 'CREATE EXTENSION IF NOT EXISTS pgcrypto; CREATE EXTENSION IF NOT EXISTS unaccent; CREATE EXTENSION IF NOT EXISTS pg_trgm');
      const [row] = await query<{ plain: string; uuid: string; similar: number }>(
        server.url,
        `SELECT unaccent('Bình Dương thông minh') AS plain, gen_random_uuid()::text AS uuid, similarity('thong minh', 'thông minh') AS similar`,
      );
      expect(row?.plain).toBe('Binh Duong thong minh');
      expect(row?.uuid).toMatch(/^[0-9a-f-]{36}$/);
      const answers = await Promise.all(Array.from({ length: 5 }, (_, i) => query<{ n: number }>(server.url, 'SELECT $1::int AS n', [i])));
      expect(answers.map((rows) => rows[0]?.n)).toEqual([0, 1, 2, 3, 4]);
    } finally {
      await server.stop();
    }
  });

  it('refuses a second process on the same data folder', async () => {
    const folder = join(dataDir, 'pgdata');
    const server = await startEmbeddedPostgres(folder, 2);
    try {
      // Simulate another live process holding the lock (this test's parent process).
      const { writeFileSync } = await import('node:fs');
      writeFileSync(join(dataDir, 'pgdata.lock'), String(process.ppid));
      await expect(startEmbeddedPostgres(folder, 2)).rejects.toThrow(ConfigError);
      writeFileSync(join(dataDir, 'pgdata.lock'), String(process.pid));
    } finally {
      await server.stop();
    }
  });
});
