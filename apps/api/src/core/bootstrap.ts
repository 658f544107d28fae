import type { AddressInfo } from 'node:net';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import type { NextFunction, Request, Response } from 'express';
import { Logger } from 'nestjs-pino';
import { AppModule } from '@api/app.module';
import { type AppConfig, ConfigError } from '@api/core/config/config';
import { startEmbeddedPostgres } from '@api/core/database/embedded-postgres';
import { runMigrations } from '@api/core/database/migrations';
import { StartupService } from '@api/modules/system/startup.service';

export interface DatabaseHandle {
  url: string;
  /** Human-readable place of the data, for the start-up log line. */
  description: string;
  stop(): Promise<void>;
}

/** The server in DATABASE_URL, or an embedded PGlite on the data folder (or in memory). */
export async function openDatabase(config: AppConfig): Promise<DatabaseHandle> {
  if (config.database.mode === 'external' && config.database.url) {
    const url = new URL(config.database.url);
    return { url: config.database.url, description: `PostgreSQL at ${url.hostname}:${url.port || 5432}${url.pathname}`, stop: async () => undefined };
  }
  const embedded = await startEmbeddedPostgres(config.database.embeddedDataDir, config.database.poolSize + 4);
  return { url: embedded.url, description: `embedded PostgreSQL (PGlite) in ${config.database.embeddedDataDir}`, stop: () => embedded.stop() };
}

/** Turns a failure to reach the database into one clear line instead of a stack trace. */
export function describeStartupError(error: unknown, config?: AppConfig): string {
  if (error instanceof ConfigError) return error.message;
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  if (config?.database.mode === 'external' && (typeof code === 'string' || /connect|timeout|terminated/i.test(message))) {
    const target = config.database.url ? new URL(config.database.url) : undefined;
    return `Cannot use the database in DATABASE_URL (${target?.hostname}:${target?.port || 5432}${target?.pathname}): ${message}`;
  }
  return `Helix could not start: ${message}`;
}

export interface RunningServer {
  app: NestExpressApplication;
  url: string;
  close(): Promise<void>;
}

/**
 * Start-up in order: database, migrations, the Nest application, start-up tasks (administrator,
 * demo data), the web client, then the port. Used by `npm start` and the tests alike.
 */
export async function startServer(config: AppConfig, webDir: string): Promise<RunningServer> {
  const database = await openDatabase(config);
  try {
    await runMigrations(database.url);
    const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot({ config, databaseUrl: database.url }), {
      bufferLogs: true,
      bodyParser: false,
    });
    // Room for a 512 KB logo as a base64 data URL, and no more.
    app.useBodyParser('json', { limit: '1mb' });
    const logger = app.get(Logger);
    app.useLogger(logger);
    app.disable('x-powered-by');
    app.use(cookieParser());
    app.set('trust proxy', 'loopback');
    await app.get(StartupService).run();
    serveWebClient(app, webDir);
    await app.listen(config.port);
    const { port } = app.getHttpServer().address() as AddressInfo;
    const url = `http://localhost:${port}`;
    logger.log(`Helix listening on ${url} (${config.env}, ${database.description})`, 'Bootstrap');
    return {
      app,
      url,
      close: async () => {
        await app.close();
        await database.stop();
      },
    };
  } catch (error) {
    await database.stop().catch(() => undefined);
    throw error;
  }
}

const API_PATHS = /^\/(graphql|health|api)(\/|$)/;

/** The built client from the same origin, with index.html for every client-side route. */
function serveWebClient(app: NestExpressApplication, webDir: string): void {
  const index = join(webDir, 'index.html');
  if (!existsSync(index)) return;
  app.useStaticAssets(webDir, { index: false, maxAge: '1h', setHeaders: immutableAssets });
  app.use((request: Request, response: Response, next: NextFunction) => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || API_PATHS.test(request.path) || !request.accepts('html')) return next();
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(index);
  });
}

function immutableAssets(response: Response, path: string): void {
  if (path.includes('/assets/')) response.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
}
