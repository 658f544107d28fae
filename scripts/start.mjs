// `npm start`: builds what changed (Nx caches the rest), then runs the API in production mode,
// which migrates, loads the demo data once and serves the web client on PORT (default 3000).
import { spawn, spawnSync } from 'node:child_process';
import { API_MAIN, nxEnv } from './nx-env.mjs';

const build = spawnSync('npx', ['nx', 'run-many', '-t', 'build', '--projects=api,web', '--output-style=static'], {
  env: nxEnv,
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (build.status !== 0) {
  process.stderr.write('The build failed; run `npx nx run-many -t build` to see why.\n');
  process.exit(build.status ?? 1);
}

const server = spawn(process.execPath, [API_MAIN], { env: { NODE_ENV: 'production', ...process.env }, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
