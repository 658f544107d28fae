import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import { ClsModule } from 'nestjs-cls';
import { LoggerModule } from 'nestjs-pino';
import type { DataSource } from 'typeorm';
import { resolveLocale } from '@helix/domain';
import type { AppConfig } from '@api/core/config/config';
import { ConfigModule } from '@api/core/config/config.module';
import { AuditCoreModule } from '@api/core/audit/audit-core.module';
import { AuthCoreModule } from '@api/core/auth/auth-core.module';
import { accessTokenOf } from '@api/core/auth/session-cookies';
import type { RequestStore } from '@api/core/context/request-context';
import { DatabaseModule } from '@api/core/database/database.module';
import { RequestTransaction } from '@api/core/database/request-transaction';
import { RestTransactionInterceptor } from '@api/core/database/rest-transaction.interceptor';
import { graphqlOptions } from '@api/core/graphql/graphql.config';
import { LoaderRegistry } from '@api/core/graphql/loader-registry';
import { TransactionPlugin } from '@api/core/graphql/transaction.plugin';
import { AppErrorFilter } from '@api/core/graphql/app-error.filter';
import { HealthModule } from '@api/core/health/health.module';
import { loggingOptions } from '@api/core/logging/logging';
import { AuthModule } from '@api/modules/auth/auth.module';
import { FilesModule } from '@api/modules/files/files.module';
import { MailModule } from '@api/modules/mail/mail.module';
import { MembershipsModule } from '@api/modules/memberships/memberships.module';
import { ProjectsModule } from '@api/modules/projects/projects.module';
import { ProposalsModule } from '@api/modules/proposals/proposals.module';
import { AgreementsModule } from '@api/modules/agreements/agreements.module';
import { AuditModule } from '@api/modules/audit/audit.module';
import { OrganisationsModule } from '@api/modules/organisations/organisations.module';
import { SystemModule } from '@api/modules/system/system.module';
import { UsersModule } from '@api/modules/users/users.module';

export interface AppModuleOptions {
  config: AppConfig;
  /** The database to connect to; undefined only to generate the schema without one. */
  databaseUrl?: string;
}

@Module({})
export class AppModule {
  static forRoot({ config, databaseUrl }: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot(loggingOptions(config)),
        DatabaseModule.forRoot(config, databaseUrl),
        ClsModule.forRootAsync({
          global: true,
          inject: [getDataSourceToken()],
          useFactory: (dataSource: DataSource) => ({
            middleware: {
              mount: true,
              setup: (cls, request: Request, response: Response) => {
                const store = cls as unknown as { set<K extends keyof RequestStore>(key: K, value: RequestStore[K]): void };
                const transaction = new RequestTransaction(dataSource, {});
                const organisationHeader = request.headers['x-organisation-id'];
                store.set('locale', resolveLocale(request.headers['accept-language']));
                store.set('transaction', transaction);
                store.set('loaders', new LoaderRegistry());
                store.set('accessToken', accessTokenOf(request));
                store.set('organisationHeader', typeof organisationHeader === 'string' && organisationHeader ? organisationHeader : undefined);
                store.set('clientAddress', request.ip ?? request.socket.remoteAddress ?? 'unknown');
                store.set('userAgent', request.headers['user-agent']?.slice(0, 300));
                // Safety net: a request that ends without the GraphQL plugin or the REST
                // interceptor (a dropped connection, a refusing guard) still returns its connection.
                response.once('close', () => void transaction.finish('rollback'));
              },
            },
          }),
        }),
        GraphQLModule.forRoot(graphqlOptions(config)),
        AuthCoreModule,
        AuditCoreModule,
        HealthModule,
        MailModule,
        SystemModule,
        UsersModule,
        AuthModule,
        OrganisationsModule,
        MembershipsModule,
        FilesModule,
        ProjectsModule,
        ProposalsModule,
        AgreementsModule,
        AuditModule,
      ],
      providers: [
        TransactionPlugin,
        { provide: APP_FILTER, useClass: AppErrorFilter },
        // Plain HTTP routes commit (or roll back) their transaction as GraphQL operations do.
        { provide: APP_INTERCEPTOR, useClass: RestTransactionInterceptor },
      ],
    };
  }
}
