// `npm test`: the whole suite in one Jest run — domain, API units and integration (on the
// PostgreSQL in DATABASE_URL, else embedded), black-box GraphQL over HTTP, web units and the
// browser journeys — after building the API and client and checking schema.gql is current.
// Ends with one line: "N passed, N failed, N skipped". Extra arguments go to Jest.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { API_MAIN, nxEnv } from './nx-env.mjs';

const run = (command, args, env = nxEnv) => spawnSync(command, args, { env, stdio: 'inherit' }).status ?? 1;

if (run('npx', ['nx', 'run-many', '-t', 'build', '--projects=api,web', '--output-style=static']) !== 0) process.exit(1);
if (run(process.execPath, ['dist/apps/api/apps/api/src/cli/generate-schema.js', 'apps/api/schema.gql', '--check']) !== 0) process.exit(1);

if (process.env.DATABASE_URL) {
  // Migrate the given database once first: it proves the migrations on the real server and
  // creates the cluster-wide role before parallel workers migrate their own databases.
  const env = { ...process.env, JWT_SECRET: process.env.JWT_SECRET ?? 'migration-only-secret-0123456789abcdef' };
  if (run(process.execPath, [API_MAIN.replace('main.js', 'cli/migrate.js')], env) !== 0) process.exit(1);
}

mkdirSync('tmp', { recursive: true });
const resultsFile = 'tmp/jest-results.json';
const jestEnv = { ...nxEnv, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules --no-warnings=ExperimentalWarning`.trim() };
const status = run('npx', ['jest', '--maxWorkers=2', '--json', `--outputFile=${resultsFile}`, ...process.argv.slice(2)], jestEnv);

let summary = { passed: 0, failed: 0, skipped: 0 };
try {
  const results = JSON.parse(readFileSync(resultsFile, 'utf8'));
  const failedSuites = results.testResults.filter((suite) => suite.status === 'failed' && suite.assertionResults.length === 0).length;
  summary = {
    passed: results.numPassedTests,
    failed: results.numFailedTests + failedSuites,
    skipped: results.numPendingTests + results.numTodoTests,
  };
} catch {
  summary.failed = 1;
}
writeFileSync('tmp/test-summary.json', JSON.stringify(summary));
process.stdout.write(`${summary.passed} passed, ${summary.failed} failed, ${summary.skipped} skipped\n`);
process.exit(status !== 0 || summary.failed > 0 ? 1 : 0);
