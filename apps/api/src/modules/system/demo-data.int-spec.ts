import { Client } from 'pg';
import { ICF_INDICATORS, PROJECT_DOMAINS, PROJECT_KINDS } from '@helix/domain';
import { DEMO_PROJECTS } from '@api/seed/demo-projects';
import { startTestApi, type TestApi } from '@api/testing/test-api';
import { StartupService } from './startup.service';

interface ProjectRow {
  title: string;
  kind: string;
  domain: string;
  status: string;
  visibility: string;
  indicators: string[];
  eligible_kinds: string[];
  budget_currency: string;
  budget_amount: string | null;
  sealed: boolean;
  closes_at: Date | null;
  published_at: Date | null;
  organisation: string;
}

/** The Binh Duong demo programme: its projects chapter on a fresh database and on one seeded before projects existed. */
describe('demo data: projects', () => {
  let api: TestApi;
  let sql: Client;
  const loadOnce = () => api.server.app.get(StartupService).loadDemoDataOnce();

  /** Every project with its effective status (OPEN past its closing time reads as EVALUATION). */
  const projects = async (): Promise<ProjectRow[]> =>
    (
      await sql.query<ProjectRow>(
        `SELECT p.title, p.kind, p.domain, p.visibility, p.indicators, p.eligible_kinds, p.budget_currency, p.budget_amount, p.sealed, p.closes_at, p.published_at,
                o.registration_code AS organisation,
                CASE WHEN p.status = 'OPEN' AND p.closes_at <= now() THEN 'EVALUATION' ELSE p.status END AS status
           FROM projects p JOIN organisations o ON o.id = p.organisation_id ORDER BY p.created_at`,
      )
    ).rows;
  const count = async (table: string): Promise<number> => Number((await sql.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`)).rows[0]?.n);
  const forget = async () => {
    await sql.query(`DELETE FROM projects`);
    await sql.query(`DELETE FROM system_settings WHERE key = 'demo_projects_loaded_at'`);
  };

  beforeAll(async () => {
    api = await startTestApi({ HELIX_DEMO_DATA: 'true' });
    sql = new Client({ connectionString: api.databaseUrl });
    await sql.connect();
  });

  afterAll(async () => {
    await sql?.end();
    await api?.close();
  });

  it('loads a dozen projects across every kind, state, domain, indicator and visibility on a fresh database', async () => {
    const rows = await projects();
    expect(rows).toHaveLength(DEMO_PROJECTS.length);
    expect(rows.length).toBeGreaterThanOrEqual(12);
    expect(new Set(rows.map((row) => row.kind))).toEqual(new Set(PROJECT_KINDS));
    expect(new Set(rows.map((row) => row.domain))).toEqual(new Set(PROJECT_DOMAINS));
    expect(new Set(rows.flatMap((row) => row.indicators))).toEqual(new Set(ICF_INDICATORS));
    expect(new Set(rows.map((row) => row.visibility))).toEqual(new Set(['PUBLIC', 'PLATFORM', 'INVITED']));
    expect(new Set(rows.map((row) => row.organisation)).size).toBe(7);
    expect(new Set(rows.map((row) => row.sealed))).toEqual(new Set([true, false]));

    const byStatus = (status: string) => rows.filter((row) => row.status === status);
    expect(byStatus('OPEN').length).toBeGreaterThanOrEqual(6);
    expect(byStatus('EVALUATION')).toHaveLength(2);
    expect(byStatus('CANCELLED')).toHaveLength(1);
    expect(byStatus('DRAFT')).toHaveLength(2);
    expect(rows).toHaveLength(byStatus('OPEN').length + 5);

    const now = Date.now();
    const day = 86_400_000;
    const closing = byStatus('OPEN').map((row) => (row.closes_at as Date).getTime() - now);
    expect(closing.every((ms) => ms > 0 && ms <= 8 * 7 * day)).toBe(true);
    expect(closing.some((ms) => ms <= 5 * day)).toBe(true);
    for (const row of byStatus('EVALUATION')) {
      expect((row.closes_at as Date).getTime()).toBeLessThan(now);
      expect((row.published_at as Date).getTime()).toBeLessThan((row.closes_at as Date).getTime());
    }
    const euro = rows.filter((row) => row.budget_currency === 'EUR');
    expect(euro.map((row) => row.organisation)).toEqual(['NL-KVK-17098765']);

    const traffic = rows.find((row) => row.title.includes('Đại lộ Bình Dương'));
    expect(traffic).toEqual(expect.objectContaining({ kind: 'PILOT_TENDER', status: 'OPEN', eligible_kinds: ['ENTERPRISE'] }));
    const criteria = await sql.query<{ title: string; total: number }>(
      `SELECT p.title, sum(c.weight)::int AS total FROM projects p JOIN project_criteria c ON c.project_id = p.id GROUP BY p.title`,
    );
    expect(criteria.rows).toHaveLength(rows.length);
    expect(criteria.rows.every((row) => row.total === 100)).toBe(true);
    expect(await count(`project_invitations`)).toBeGreaterThan(0);
    const cancelled = await sql.query<{ cancellation_reason: string }>(`SELECT cancellation_reason FROM projects WHERE status = 'CANCELLED'`);
    expect(cancelled.rows[0]?.cancellation_reason.length).toBeGreaterThan(40);
  });

  it('answers the clarification questions as the owner and shows them anonymously on public calls', async () => {
    const questions = await sql.query<{ status: string; answered: boolean; asker_is_owner: boolean }>(
      `SELECT p.status, q.answer IS NOT NULL AS answered, q.asked_by_organisation = p.organisation_id AS asker_is_owner
         FROM project_questions q JOIN projects p ON p.id = q.project_id`,
    );
    expect(questions.rows.length).toBeGreaterThanOrEqual(2);
    expect(questions.rows.every((row) => row.status === 'OPEN' && row.answered && !row.asker_is_owner)).toBe(true);

    const response = await fetch(`${api.server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'vi' },
      body: JSON.stringify({
        query: `{ projects(first: 50, filter: { search: "đèn tín hiệu Đại lộ Bình Dương" }) { totalCount edges { node { title status eligibleKinds questions { text answer } } } } }`,
      }),
    });
    const body = (await response.json()) as { data?: { projects: { edges: { node: { title: string; status: string; eligibleKinds: string[]; questions: { answer: string | null }[] } }[] } } };
    const traffic = body.data?.projects.edges.find((edge) => edge.node.title.includes('Đại lộ Bình Dương'))?.node;
    expect(traffic).toEqual(expect.objectContaining({ status: 'OPEN', eligibleKinds: ['ENTERPRISE'] }));
    expect(traffic?.questions.length).toBe(2);
    expect(traffic?.questions.every((question) => question.answer)).toBe(true);
  });

  it('does not load the projects again on the next start', async () => {
    const before = await count('projects');
    expect(await loadOnce()).toBe(false);
    expect(await count('projects')).toBe(before);
  });

  it('adds the projects chapter to a database seeded before projects existed, once, without touching the organisations', async () => {
    await forget();
    const organisations = await count('organisations');
    const users = await count('users');

    expect(await loadOnce()).toBe(true);
    expect(await count('projects')).toBe(DEMO_PROJECTS.length);
    expect(await count('organisations')).toBe(organisations);
    expect(await count('users')).toBe(users);

    expect(await loadOnce()).toBe(false);
    expect(await count('projects')).toBe(DEMO_PROJECTS.length);
  });

  it('skips the projects, invitations and questions of a demo organisation that was deleted', async () => {
    await forget();
    await sql.query(`DELETE FROM organisations WHERE registration_code = 'NL-KVK-17098765'`);

    expect(await loadOnce()).toBe(true);
    const rows = await projects();
    const kempen = DEMO_PROJECTS.filter((project) => project.owner === 'NL-KVK-17098765').length;
    expect(kempen).toBeGreaterThan(0);
    expect(rows).toHaveLength(DEMO_PROJECTS.length - kempen);
    expect(rows.some((row) => row.organisation === 'NL-KVK-17098765')).toBe(false);
    const invitedKempen = await sql.query(`SELECT 1 FROM project_invitations i LEFT JOIN organisations o ON o.id = i.organisation_id WHERE o.id IS NULL`);
    expect(invitedKempen.rowCount).toBe(0);
  });
});
