import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { openMigratedTestDatabase, type MigratedTestDatabase } from '@api/testing/test-database';
import { APP_ROLE, inTransaction, RequestTransaction } from './request-transaction';

interface SessionState {
  role: string;
  user_id: string | null;
  org_id: string | null;
  pid: number;
}

const STATE_SQL = `SELECT current_user AS role, current_setting('helix.user_id', true) AS user_id,
  current_setting('helix.org_id', true) AS org_id, pg_backend_pid() AS pid`;

describe('request transactions on a pooled connection', () => {
  let database: MigratedTestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await openMigratedTestDatabase();
    // One connection in the pool: every request below reuses the same server session.
    dataSource = new DataSource({ type: 'postgres', url: database.url, extra: { max: 1 } });
    await dataSource.initialize();
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.close();
  });

  const stateIn = (transaction: RequestTransaction) =>
    inTransaction(transaction, async (manager) => ((await manager.query(STATE_SQL)) as SessionState[])[0] as SessionState);

  it('runs each request as helix_app with its own actor and leaves nothing on the connection', async () => {
    const actor = { userId: randomUUID(), organisationId: randomUUID() };
    const first = await stateIn(new RequestTransaction(dataSource, actor));
    expect(first).toMatchObject({ role: APP_ROLE, user_id: actor.userId, org_id: actor.organisationId });

    const next = await stateIn(new RequestTransaction(dataSource, {}));
    expect(next.pid).toBe(first.pid);
    expect(next.role).toBe(APP_ROLE);
    expect(next.user_id || null).toBeNull();
    expect(next.org_id || null).toBeNull();

    const outside = ((await dataSource.query(STATE_SQL)) as SessionState[])[0];
    expect(outside?.pid).toBe(first.pid);
    expect(outside?.role).not.toBe(APP_ROLE);
    expect(outside?.user_id || null).toBeNull();
  });

  it('forgets the actor after a rolled-back request too', async () => {
    const actor = { userId: randomUUID() };
    await expect(
      inTransaction(new RequestTransaction(dataSource, actor), async (manager) => {
        await manager.query(STATE_SQL);
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    const next = await stateIn(new RequestTransaction(dataSource, {}));
    expect(next.user_id || null).toBeNull();
  });

  it('applies a changed actor inside an open transaction', async () => {
    const transaction = new RequestTransaction(dataSource, {});
    const userId = randomUUID();
    const state = await inTransaction(transaction, async (manager) => {
      await manager.query('SELECT 1');
      await transaction.setActor({ userId });
      return ((await manager.query(STATE_SQL)) as SessionState[])[0];
    });
    expect(state?.user_id).toBe(userId);
  });

  it('rolls back every write of a failed unit of work', async () => {
    const name = `Rollback probe ${randomUUID()}`;
    await expect(
      inTransaction(new RequestTransaction(dataSource, {}, 'system'), async (manager) => {
        await manager.query(`INSERT INTO organisations (name, kind) VALUES ($1, 'STATE')`, [name]);
        throw new Error('fail after the write');
      }),
    ).rejects.toThrow('fail after the write');
    const rows: unknown[] = await dataSource.query('SELECT 1 FROM organisations WHERE name = $1', [name]);
    expect(rows).toHaveLength(0);
  });

  it('runs rollback tasks (undoing work outside the database) only when the work is not committed', async () => {
    const undone: string[] = [];
    const failed = new RequestTransaction(dataSource, {});
    await expect(
      inTransaction(failed, async (manager) => {
        await manager.query('SELECT 1');
        failed.onRollback(() => void undone.push('failed'));
        failed.onRollback(() => Promise.reject(new Error('a failing task does not stop the others')));
        failed.onRollback(() => void undone.push('failed, second task'));
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    const committed = new RequestTransaction(dataSource, {});
    await inTransaction(committed, async (manager) => {
      await manager.query('SELECT 1');
      committed.onRollback(() => void undone.push('committed'));
    });
    expect(undone).toEqual(['failed', 'failed, second task']);
  });
});

describe('row-level security as the request role', () => {
  let database: MigratedTestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await openMigratedTestDatabase();
    dataSource = new DataSource({ type: 'postgres', url: database.url, extra: { max: 4 } });
    await dataSource.initialize();
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.close();
  });

  it('gives helix_app no superuser, no BYPASSRLS, no membership of other roles and no table of its own', async () => {
    const [role] = await dataSource.query(`SELECT rolsuper, rolbypassrls, rolcreaterole, rolcreatedb FROM pg_roles WHERE rolname = $1`, [APP_ROLE]);
    expect(role).toEqual({ rolsuper: false, rolbypassrls: false, rolcreaterole: false, rolcreatedb: false });
    const owned: unknown[] = await dataSource.query(
      `SELECT c.relname FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner WHERE r.rolname = $1`,
      [APP_ROLE],
    );
    expect(owned).toEqual([]);
  });

  it('enables and forces RLS on every table that requests can read', async () => {
    const unprotected: { relname: string }[] = await dataSource.query(
      `SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind = 'r'
         AND has_table_privilege($1, c.oid, 'SELECT')
         AND NOT (c.relrowsecurity AND c.relforcerowsecurity)`,
      [APP_ROLE],
    );
    expect(unprotected.map((row) => row.relname)).toEqual([]);
  });

  it('shows an anonymous request only public rows', async () => {
    const [userRow] = await dataSource.query(`INSERT INTO users (email, password_hash, full_name) VALUES ($1, 'x', 'Tester') RETURNING id`, [
      `rls-${randomUUID()}@example.test`,
    ]);
    const userId = (userRow as { id: string }).id;
    const [pending] = await dataSource.query(`INSERT INTO organisations (name, kind) VALUES ('Pending org', 'UNIVERSITY') RETURNING id`);
    const [verified] = await dataSource.query(`INSERT INTO organisations (name, kind, status) VALUES ('Verified org', 'STATE', 'VERIFIED') RETURNING id`);
    const pendingId = (pending as { id: string }).id;
    await dataSource.query(`INSERT INTO memberships (organisation_id, user_id, role) VALUES ($1, $2, 'OWNER')`, [pendingId, userId]);

    const visible = (actor: { userId?: string }) =>
      inTransaction(new RequestTransaction(dataSource, actor), async (manager) => ({
        organisations: ((await manager.query('SELECT id FROM organisations ORDER BY name')) as { id: string }[]).map((row) => row.id),
        users: ((await manager.query('SELECT id FROM users')) as unknown[]).length,
        memberships: ((await manager.query('SELECT id FROM memberships')) as unknown[]).length,
      }));

    const anonymous = await visible({});
    expect(anonymous).toEqual({ organisations: [(verified as { id: string }).id], users: 0, memberships: 0 });

    const member = await visible({ userId });
    expect(member.organisations).toEqual(expect.arrayContaining([pendingId, (verified as { id: string }).id]));
    expect(member.users).toBe(1);
    expect(member.memberships).toBe(1);
  });

  it('shows a request without context no private row of any table', async () => {
    // One row in every tenant table, written as the owner: a pending and a verified organisation,
    // a user, a membership, a session, an invitation, a logo each, and a queued e-mail.
    const [user] = await dataSource.query(`INSERT INTO users (email, password_hash, full_name) VALUES ($1, 'x', 'Private') RETURNING id`, [`private-${randomUUID()}@example.test`]);
    const userId = (user as { id: string }).id;
    const [hidden] = await dataSource.query(`INSERT INTO organisations (name, kind) VALUES ('Hidden', 'ENTERPRISE') RETURNING id`);
    const [shown] = await dataSource.query(`INSERT INTO organisations (name, kind, status) VALUES ('Shown', 'STATE', 'VERIFIED') RETURNING id`);
    const hiddenId = (hidden as { id: string }).id;
    const shownId = (shown as { id: string }).id;
    await dataSource.query(`INSERT INTO memberships (organisation_id, user_id, role) VALUES ($1, $2, 'OWNER')`, [hiddenId, userId]);
    await dataSource.query(`INSERT INTO sessions (user_id, expires_at) VALUES ($1, now() + interval '1 day')`, [userId]);
    await dataSource.query(`INSERT INTO invitations (organisation_id, email, role, token_hash, expires_at) VALUES ($1, 'x@example.test', 'MEMBER', $2, now() + interval '1 day')`, [hiddenId, randomUUID()]);
    for (const id of [hiddenId, shownId]) {
      await dataSource.query(`INSERT INTO organisation_logos (organisation_id, content_type, data, sha256) VALUES ($1, 'image/png', '\\x00', 'h')`, [id]);
    }
    await dataSource.query(`INSERT INTO mail_outbox (to_email, subject, text_body, html_body, template, locale) VALUES ('x@example.test', 's', 't', 'h', 'invitation', 'vi')`);

    // What anyone may see without signing in; every other readable table must show nothing.
    const publicRows: Record<string, string> = {
      organisations: `SELECT count(*)::int AS n FROM organisations WHERE status = 'VERIFIED'`,
      organisation_logos: `SELECT count(*)::int AS n FROM organisation_logos l JOIN organisations o ON o.id = l.organisation_id WHERE o.status = 'VERIFIED'`,
      // Reference data: the ICF indicators are the same for everyone.
      icf_indicators: `SELECT count(*)::int AS n FROM icf_indicators`,
      projects: `SELECT count(*)::int AS n FROM projects p JOIN organisations o ON o.id = p.organisation_id
                  WHERE p.status <> 'DRAFT' AND p.visibility = 'PUBLIC' AND o.status = 'VERIFIED'`,
    };
    const readable: { relname: string }[] = await dataSource.query(
      `SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind = 'r' AND has_table_privilege($1, c.oid, 'SELECT') ORDER BY 1`,
      [APP_ROLE],
    );
    expect(readable.map((row) => row.relname)).toEqual(expect.arrayContaining(['users', 'organisations', 'memberships', 'sessions', 'invitations', 'organisation_logos', 'mail_outbox']));
    for (const { relname } of readable) {
      const [expected] = publicRows[relname] ? ((await dataSource.query(publicRows[relname])) as { n: number }[]) : [{ n: 0 }];
      const visible = await inTransaction(new RequestTransaction(dataSource, {}), async (manager) => ((await manager.query(`SELECT count(*)::int AS n FROM ${relname}`)) as { n: number }[])[0]?.n);
      expect({ table: relname, visible }).toEqual({ table: relname, visible: expected?.n });
    }
  });

  it('refuses request-role writes that no policy allows', async () => {
    await expect(
      inTransaction(new RequestTransaction(dataSource, {}), (manager) => manager.query(`INSERT INTO organisations (name, kind) VALUES ('Sneaky', 'STATE')`)),
    ).rejects.toThrow(/row-level security/);
    await expect(
      inTransaction(new RequestTransaction(dataSource, {}), (manager) => manager.query(`SELECT * FROM system_settings`)),
    ).rejects.toThrow(/permission denied/);
  });
});
