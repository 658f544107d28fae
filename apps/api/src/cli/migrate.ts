import 'reflect-metadata';
import { runMigrations } from '@api/core/database/migrations';
import { runDatabaseCommand } from './run-command';

/** `npm run db:migrate`: applies pending migrations to the configured database and exits. */
void runDatabaseCommand(async (_config, database) => {
  const applied = await runMigrations(database.url);
  return applied.length ? `Applied ${applied.length} migration(s): ${applied.join(', ')}` : 'The schema is up to date.';
});
