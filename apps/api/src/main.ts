import 'reflect-metadata';
import { resolve } from 'node:path';
import { describeStartupError, startServer } from '@api/core/bootstrap';
import { type AppConfig, loadConfig } from '@api/core/config/config';

/** `npm start`: checks the configuration, starts everything, and stops cleanly on SIGTERM/SIGINT. */
async function main(): Promise<void> {
  let config: AppConfig | undefined;
  try {
    config = loadConfig(process.env);
    const server = await startServer(config, config.webDir ?? resolve(__dirname, '../../../../web'));
    // Always printed, whatever LOG_LEVEL says: people and scripts wait for this line.
    process.stdout.write(`Helix listening on ${server.url}\n`);
    let stopping = false;
    const stop = async (signal: NodeJS.Signals) => {
      if (stopping) return;
      stopping = true;
      await server.close();
      process.stdout.write(`Helix stopped (${signal})\n`);
      process.exit(0);
    };
    process.once('SIGTERM', (signal) => void stop(signal));
    process.once('SIGINT', (signal) => void stop(signal));
  } catch (error) {
    process.stderr.write(`${describeStartupError(error, config)}\n`);
    process.exit(1);
  }
}

void main();
