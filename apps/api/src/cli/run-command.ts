import { describeStartupError, type DatabaseHandle, openDatabase } from '@api/core/bootstrap';
import { type AppConfig, loadConfig } from '@api/core/config/config';

/**
 * The frame of every database command: checks the configuration, opens the configured database
 * (starting the embedded one if needed), runs `work`, closes it, and turns a failure into one line
 * on stderr and exit code 1.
 */
export async function runDatabaseCommand(work: (config: AppConfig, database: DatabaseHandle) => Promise<string>): Promise<void> {
  let config: AppConfig | undefined;
  try {
    config = loadConfig(process.env);
    const database = await openDatabase(config);
    try {
      process.stdout.write(`${await work(config, database)}\n`);
    } finally {
      await database.stop();
    }
  } catch (error) {
    process.stderr.write(`${describeStartupError(error, config)}\n`);
    process.exit(1);
  }
}
