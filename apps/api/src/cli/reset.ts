import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '@api/app.module';
import { describeStartupError, openDatabase } from '@api/core/bootstrap';
import { type AppConfig, loadConfig } from '@api/core/config/config';
import { dropEverything, runMigrations } from '@api/core/database/migrations';
import { StartupService } from '@api/modules/system/startup.service';

/** `npm run db:reset`: empties the database, migrates it and loads the demo data again. */
async function reset(): Promise<void> {
  let config: AppConfig | undefined;
  try {
    config = loadConfig(process.env);
    const database = await openDatabase(config);
    try {
      await dropEverything(database.url);
      await runMigrations(database.url);
      const app = await NestFactory.createApplicationContext(AppModule.forRoot({ config, databaseUrl: database.url }), { logger: ['error', 'warn'] });
      try {
        await app.get(StartupService).run();
      } finally {
        await app.close();
      }
      process.stdout.write(`Database reset${config.demoData ? ' with the Binh Duong demo data' : ''}.\n`);
    } finally {
      await database.stop();
    }
  } catch (error) {
    process.stderr.write(`${describeStartupError(error, config)}\n`);
    process.exit(1);
  }
}

void reset();
