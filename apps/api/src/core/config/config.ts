import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { z } from 'zod';
import { FILE_MAX_BYTES_DEFAULT } from '@helix/domain';

/** Thrown for a bad environment; `main` prints its one-line message and exits non-zero. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

const IN_MEMORY = 'memory://';
/** Uploads are held in memory while they are checked: 1 GiB at the very most. */
const FILE_MAX_BYTES_LIMIT = 1024 * 1024 * 1024;
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const booleanFlag = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'must be true or false' })
    .optional()
    .transform((value) => (value === undefined ? fallback : ['true', '1', 'yes'].includes(value)));

const urlWithProtocols = (protocols: string[]) =>
  z
    .string()
    .optional()
    .refine((value) => {
      if (value === undefined || value === '') return true;
      try {
        return protocols.includes(new URL(value).protocol);
      } catch {
        return false;
      }
    }, `must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}`)
    .transform((value) => (value === '' ? undefined : value));

const environmentSchema = z.object({
  NODE_ENV: z.enum(['production', 'development', 'test'], { error: 'must be production, development or test' }).default('development'),
  PORT: z
    .string()
    .default('3000')
    .refine((value) => /^\d+$/.test(value) && Number(value) <= 65535, 'must be a whole number from 0 to 65535')
    .transform(Number),
  DATABASE_URL: urlWithProtocols(['postgres:', 'postgresql:']),
  HELIX_DATA_DIR: z.string().min(1).default('.helix'),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  REDIS_URL: urlWithProtocols(['redis:', 'rediss:']),
  SMTP_URL: urlWithProtocols(['smtp:', 'smtps:']),
  LOG_LEVEL: z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }).default('info'),
  PUBLIC_URL: urlWithProtocols(['http:', 'https:']),
  HELIX_DEMO_DATA: booleanFlag(true),
  HELIX_ADMIN_EMAIL: z.email('must be an e-mail address').optional(),
  HELIX_ADMIN_PASSWORD: z.string().min(10, 'must be at least 10 characters').optional(),
  HELIX_DB_POOL_SIZE: z
    .string()
    .default('10')
    .refine((value) => /^\d+$/.test(value) && Number(value) >= 1 && Number(value) <= 200, 'must be a whole number from 1 to 200')
    .transform(Number),
  HELIX_FILE_MAX_BYTES: z
    .string()
    .default(String(FILE_MAX_BYTES_DEFAULT))
    .refine((value) => /^\d+$/.test(value) && Number(value) >= 1 && Number(value) <= FILE_MAX_BYTES_LIMIT, `must be a whole number of bytes from 1 to ${FILE_MAX_BYTES_LIMIT}`)
    .transform(Number),
  HELIX_WEB_DIR: z.string().optional(),
});

export type Environment = z.input<typeof environmentSchema>;

export interface DatabaseConfig {
  /** `external`: the server in DATABASE_URL. `embedded`: PGlite started by the API itself. */
  mode: 'external' | 'embedded';
  url?: string;
  /** Folder of the embedded database, or `memory://` for a throw-away one (tests). */
  embeddedDataDir: string;
  poolSize: number;
}

export interface AppConfig {
  env: 'production' | 'development' | 'test';
  port: number;
  dataDir: string;
  database: DatabaseConfig;
  jwtSecret: string;
  redisUrl?: string;
  smtpUrl?: string;
  logLevel: (typeof LOG_LEVELS)[number];
  publicUrl: string;
  demoData: boolean;
  admin?: { email: string; password: string };
  webDir?: string;
  /** Uploaded files: the size limit, and the folder of the local-disk storage. */
  files: { maxBytes: number; directory: string };
}

/**
 * Reads and checks the environment. A bad value stops start-up with one line that names the
 * variable and says what is expected; nothing starts on a half-valid configuration.
 */
export function loadConfig(rawEnvironment: NodeJS.ProcessEnv, cwd = process.cwd()): AppConfig {
  // An empty variable (`FOO=` in a compose file) means "not set", not "set to nothing".
  const environment = Object.fromEntries(Object.entries(rawEnvironment).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = environmentSchema.safeParse(environment);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = issue?.path.join('.') ?? 'environment';
    const value = issue ? environment[variable] : undefined;
    const shown = value === undefined ? '' : ` (got "${variable.includes('PASSWORD') || variable.includes('SECRET') ? '***' : value}")`;
    throw new ConfigError(`Invalid configuration: ${variable} ${issue?.message ?? 'is not valid'}${shown}`);
  }
  const env = parsed.data;
  if (Boolean(env.HELIX_ADMIN_EMAIL) !== Boolean(env.HELIX_ADMIN_PASSWORD)) {
    throw new ConfigError(
      `Invalid configuration: ${env.HELIX_ADMIN_EMAIL ? 'HELIX_ADMIN_PASSWORD' : 'HELIX_ADMIN_EMAIL'} must be set together with ${env.HELIX_ADMIN_EMAIL ? 'HELIX_ADMIN_EMAIL' : 'HELIX_ADMIN_PASSWORD'}`,
    );
  }
  // HELIX_DATA_DIR=memory:// keeps the embedded database and the generated secret in memory and
  // other files under the system's temporary folder (for tests).
  const inMemory = env.HELIX_DATA_DIR === IN_MEMORY;
  const dataDir = inMemory
    ? join(tmpdir(), 'helix-memory')
    : isAbsolute(env.HELIX_DATA_DIR)
      ? env.HELIX_DATA_DIR
      : resolve(cwd, env.HELIX_DATA_DIR);
  const mode = env.DATABASE_URL ? 'external' : 'embedded';
  if (mode === 'external' && !env.JWT_SECRET) {
    throw new ConfigError('Invalid configuration: JWT_SECRET is required when DATABASE_URL is set (at least 32 characters, shared by every API instance)');
  }
  return {
    env: env.NODE_ENV,
    port: env.PORT,
    dataDir,
    database: {
      mode,
      url: env.DATABASE_URL,
      embeddedDataDir: inMemory ? IN_MEMORY : join(dataDir, 'pgdata'),
      poolSize: env.HELIX_DB_POOL_SIZE,
    },
    jwtSecret: env.JWT_SECRET ?? (inMemory ? randomBytes(48).toString('base64url') : embeddedJwtSecret(dataDir)),
    redisUrl: env.REDIS_URL,
    smtpUrl: env.SMTP_URL,
    logLevel: env.LOG_LEVEL,
    publicUrl: env.PUBLIC_URL ?? `http://localhost:${env.PORT === 0 ? 3000 : env.PORT}`,
    demoData: env.HELIX_DEMO_DATA,
    admin: env.HELIX_ADMIN_EMAIL && env.HELIX_ADMIN_PASSWORD ? { email: env.HELIX_ADMIN_EMAIL, password: env.HELIX_ADMIN_PASSWORD } : undefined,
    webDir: env.HELIX_WEB_DIR,
    files: { maxBytes: env.HELIX_FILE_MAX_BYTES, directory: join(dataDir, 'files') },
  };
}

/** In embedded mode a secret is generated once and kept beside the data, so sessions survive restarts. */
function embeddedJwtSecret(dataDir: string): string {
  const file = join(dataDir, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
