import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '@api/app.module';
import { dropEverything, runMigrations } from '@api/core/database/migrations';
import { StartupService } from '@api/modules/system/startup.service';
import { runDatabaseCommand } from './run-command';

/** `npm run db:reset`: empties the database, migrates it and loads the demo data again. */
void runDatabaseCommand(async (config, database) => {
  await dropEverything(database.url);
  await runMigrations(database.url);
  const app = await NestFactory.createApplicationContext(AppModule.forRoot({ config, databaseUrl: database.url }), { logger: ['error', 'warn'] });
  try {
    await app.get(StartupService).run();
  } finally {
    await app.close();
  }
  return `Database reset${config.demoData ? ' with the Binh Duong demo data' : ''}.`;
});
