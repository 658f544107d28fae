import { createTestDatabase } from '@tests/support/database';
import { startEmbeddedPostgres } from '@api/core/database/embedded-postgres';
import { runMigrations } from '@api/core/database/migrations';

export interface MigratedTestDatabase {
  url: string;
  close(): Promise<void>;
}

/**
 * A migrated database for one test file: a fresh database on the real server when DATABASE_URL is
 * set (as in CI), otherwise an embedded PGlite in memory (as on a laptop).
 */
export async function openMigratedTestDatabase(): Promise<MigratedTestDatabase> {
  if (process.env.DATABASE_URL) {
    const database = await createTestDatabase();
    await runMigrations(database.url);
    return { url: database.url, close: () => database.drop() };
  }
  const embedded = await startEmbeddedPostgres('memory://', 8);
  await runMigrations(embedded.url);
  return { url: embedded.url, close: () => embedded.stop() };
}
