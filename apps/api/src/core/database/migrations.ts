import { DataSource } from 'typeorm';
import { MIGRATIONS } from '@api/migrations';

/** Any 64-bit number shared by every instance: only one of them migrates at a time. */
const MIGRATION_LOCK = 4_711_2026;

/**
 * Brings the schema up to date as the owning role, each migration in its own transaction,
 * serialised across API instances by an advisory lock. Returns the names of the migrations run.
 */
export async function runMigrations(url: string): Promise<string[]> {
  const dataSource = new DataSource({
    type: 'postgres',
    url,
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'each',
    uuidExtension: 'pgcrypto',
    logging: ['error'],
    extra: { max: 2, connectionTimeoutMillis: 5000, application_name: 'helix-migrations' },
  });
  await dataSource.initialize();
  const lock = dataSource.createQueryRunner();
  try {
    await lock.connect();
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await lock.release();
    await dataSource.destroy();
  }
}

/** Drops every object of the application (for `npm run db:reset`): public and helix schemas. */
export async function dropEverything(url: string): Promise<void> {
  const dataSource = new DataSource({ type: 'postgres', url, extra: { max: 1 } });
  await dataSource.initialize();
  try {
    await dataSource.query('DROP SCHEMA IF EXISTS helix CASCADE');
    await dataSource.query('DROP SCHEMA IF EXISTS public CASCADE');
    await dataSource.query('CREATE SCHEMA public');
    await dataSource.query('GRANT ALL ON SCHEMA public TO public');
  } finally {
    await dataSource.destroy();
  }
}
