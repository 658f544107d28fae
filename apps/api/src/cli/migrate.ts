import 'reflect-metadata';
import { describeStartupError, openDatabase } from '@api/core/bootstrap';
import { type AppConfig, loadConfig } from '@api/core/config/config';
import { runMigrations } from '@api/core/database/migrations';

/** `npm run db:migrate`: applies pending migrations to the configured database and exits. */
async function migrate(): Promise<void> {
  let config: AppConfig | undefined;
  try {
    config = loadConfig(process.env);
    const database = await openDatabase(config);
    try {
      const applied = await runMigrations(database.url);
      process.stdout.write(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(', ')}\n` : 'The schema is up to date.\n');
    } finally {
      await database.stop();
    }
  } catch (error) {
    process.stderr.write(`${describeStartupError(error, config)}\n`);
    process.exit(1);
  }
}

void migrate();
