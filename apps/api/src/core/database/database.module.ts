import { Global, Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { AppConfig } from '@api/core/config/config';
import { MIGRATIONS } from '@api/migrations';
import { DatabaseService } from './database.service';

/**
 * TypeORM over `pg`, migrations only. Without a URL (schema generation) nothing connects.
 */
@Global()
@Module({})
export class DatabaseModule {
  static forRoot(config: AppConfig, url: string | undefined): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRoot({
          type: 'postgres',
          url,
          uuidExtension: 'pgcrypto',
          synchronize: false,
          migrationsRun: false,
          migrations: MIGRATIONS,
          migrationsTransactionMode: 'each',
          autoLoadEntities: true,
          manualInitialization: url === undefined,
          retryAttempts: 0,
          logging: ['error'],
          extra: {
            max: config.database.poolSize,
            connectionTimeoutMillis: 5000,
            idleTimeoutMillis: 30000,
            application_name: 'helix-api',
          },
        }),
      ],
      providers: [DatabaseService],
      exports: [DatabaseService],
    };
  }
}
