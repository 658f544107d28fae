import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  let dataDir: string;
  beforeEach(() => (dataDir = mkdtempSync(join(tmpdir(), 'helix-config-'))));
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  const load = (env: Record<string, string>) => loadConfig({ HELIX_DATA_DIR: dataDir, ...env });
  const refusal = (env: Record<string, string>) => {
    try {
      load(env);
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      return (error as Error).message;
    }
    throw new Error('expected a ConfigError');
  };

  it('defaults to the embedded database on port 3000 with demo data', () => {
    const config = load({});
    expect(config.port).toBe(3000);
    expect(config.database).toMatchObject({ mode: 'embedded', embeddedDataDir: join(dataDir, 'pgdata') });
    expect(config.demoData).toBe(true);
    expect(config.publicUrl).toBe('http://localhost:3000');
  });

  it('keeps everything in memory with HELIX_DATA_DIR=memory://', () => {
    const config = loadConfig({ HELIX_DATA_DIR: 'memory://' });
    expect(config.database.embeddedDataDir).toBe('memory://');
    expect(config.jwtSecret.length).toBeGreaterThanOrEqual(32);
    expect(loadConfig({ HELIX_DATA_DIR: 'memory://' }).jwtSecret).not.toBe(config.jwtSecret);
  });

  it('generates a JWT secret once in embedded mode and keeps it in the data folder', () => {
    const first = load({}).jwtSecret;
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(readFileSync(join(dataDir, 'jwt-secret'), 'utf8').trim()).toBe(first);
    expect(load({}).jwtSecret).toBe(first);
  });

  it.each([
    [{ PORT: 'abc' }, /^Invalid configuration: PORT must be a whole number/],
    [{ PORT: '70000' }, /PORT must be a whole number from 0 to 65535/],
    [{ DATABASE_URL: 'mysql://x/y', JWT_SECRET: 'x'.repeat(32) }, /DATABASE_URL must be a URL starting with postgres:/],
    [{ DATABASE_URL: 'postgres://db/helix' }, /JWT_SECRET is required when DATABASE_URL is set/],
    [{ JWT_SECRET: 'short' }, /JWT_SECRET must be at least 32 characters/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL must be one of/],
    [{ HELIX_DEMO_DATA: 'maybe' }, /HELIX_DEMO_DATA must be true or false/],
    [{ HELIX_ADMIN_EMAIL: 'admin@example.test' }, /HELIX_ADMIN_PASSWORD must be set together with HELIX_ADMIN_EMAIL/],
    [{ HELIX_ADMIN_EMAIL: 'not-an-email', HELIX_ADMIN_PASSWORD: 'long enough pass' }, /HELIX_ADMIN_EMAIL must be an e-mail address/],
    [{ REDIS_URL: 'http://cache' }, /REDIS_URL must be a URL starting with redis:/],
    [{ NODE_ENV: 'staging' }, /NODE_ENV must be production, development or test/],
    [{ HELIX_FILE_MAX_BYTES: '0' }, /HELIX_FILE_MAX_BYTES must be a whole number of bytes from 1 to/],
    [{ HELIX_FILE_MAX_BYTES: '25MB' }, /HELIX_FILE_MAX_BYTES must be a whole number of bytes/],
  ])('refuses %p with one line naming the variable', (env, message) => {
    const text = refusal(env);
    expect(text).toMatch(message);
    expect(text).not.toContain('\n');
  });

  it('limits uploads to 25 MiB by default and keeps them in the data folder', () => {
    expect(load({}).files).toEqual({ maxBytes: 25 * 1024 * 1024, directory: join(dataDir, 'files') });
    expect(load({ HELIX_FILE_MAX_BYTES: '1024' }).files.maxBytes).toBe(1024);
    expect(loadConfig({ HELIX_DATA_DIR: 'memory://' }).files.directory).toBe(join(tmpdir(), 'helix-memory', 'files'));
  });

  it('treats empty variables as unset', () => {
    const config = load({ HELIX_ADMIN_EMAIL: '', HELIX_ADMIN_PASSWORD: '', SMTP_URL: '', PORT: '' });
    expect(config.admin).toBeUndefined();
    expect(config.smtpUrl).toBeUndefined();
    expect(config.port).toBe(3000);
  });

  it('never echoes a secret it refuses', () => {
    expect(refusal({ JWT_SECRET: 'tiny-secret' })).not.toContain('tiny-secret');
  });

  it('accepts a complete production configuration', () => {
    const config = load({
      NODE_ENV: 'production',
      PORT: '8080',
      DATABASE_URL: 'postgresql://helix@db:5432/helix',
      JWT_SECRET: 's'.repeat(40),
      REDIS_URL: 'redis://cache:6379',
      SMTP_URL: 'smtp://mail:25',
      PUBLIC_URL: 'https://helix.binhduong.example',
      HELIX_DEMO_DATA: 'false',
      HELIX_ADMIN_EMAIL: 'Admin@Example.test',
      HELIX_ADMIN_PASSWORD: 'a long admin password',
    });
    expect(config).toMatchObject({
      env: 'production',
      port: 8080,
      database: { mode: 'external', url: 'postgresql://helix@db:5432/helix' },
      demoData: false,
      publicUrl: 'https://helix.binhduong.example',
      admin: { email: 'Admin@Example.test' },
    });
  });
});
