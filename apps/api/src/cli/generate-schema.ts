import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSchema } from 'graphql';
import { AppModule } from '@api/app.module';
import { loadConfig } from '@api/core/config/config';

/**
 * Writes the code-first schema to apps/api/schema.gql (the client's typed documents come from
 * it). With --check, fails when the committed file is stale instead of writing it.
 */
async function generateSchema(): Promise<void> {
  const [target = 'apps/api/schema.gql', flag] = process.argv.slice(2);
  const config = loadConfig({ ...process.env, NODE_ENV: 'development', DATABASE_URL: undefined, LOG_LEVEL: 'silent', HELIX_DATA_DIR: 'memory://' });
  const app = await NestFactory.create(AppModule.forRoot({ config }), { logger: false });
  await app.init();
  const sdl = `${printSchema(app.get(GraphQLSchemaHost).schema)}\n`;
  await app.close();
  if (flag === '--check') {
    const committed = readFileSync(target, 'utf8');
    if (committed !== sdl) {
      process.stderr.write(`${target} is stale: run \`npm run schema\` and commit the result.\n`);
      process.exit(1);
    }
    process.stdout.write(`${target} is up to date.\n`);
    return;
  }
  writeFileSync(target, sdl);
  process.stdout.write(`Wrote ${target}\n`);
}

void generateSchema();
