import { Client } from 'pg';
import { ICF_INDICATORS, PROJECT_DOMAINS, PROJECT_KINDS } from '@helix/domain';
import { DEMO_PROJECTS } from '@api/seed/demo-projects';
import { DEMO_FINALISED_PROJECTS, DEMO_PROPOSALS } from '@api/seed/demo-proposals';
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

/** The Binh Duong demo programme: its projects and proposals chapters on a fresh database and on one seeded before they existed. */
describe('demo data: projects and proposals', () => {
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
  /** Every proposal with its effective status (SUBMITTED past the call's closing time reads as UNDER_REVIEW). */
  const proposals = async () =>
    (
      await sql.query<{ title: string; status: string; lead: string; feedback: string | null; partners: string[]; reviewers: number; scores: number; declared: number }>(
        `SELECT c.title, l.registration_code AS lead, p.feedback,
                CASE WHEN p.status = 'SUBMITTED' AND j.closes_at <= now() THEN 'UNDER_REVIEW' ELSE p.status END AS status,
                coalesce((SELECT array_agg(o.registration_code || ':' || pp.status ORDER BY o.registration_code) FROM proposal_partners pp JOIN organisations o ON o.id = pp.organisation_id WHERE pp.proposal_id = p.id), '{}') AS partners,
                (SELECT count(*)::int FROM proposal_reviewers r WHERE r.proposal_id = p.id) AS reviewers,
                (SELECT count(*)::int FROM proposal_reviewers r WHERE r.proposal_id = p.id AND r.declaration = 'NO_CONFLICT') AS declared,
                (SELECT count(*)::int FROM proposal_scores s WHERE s.proposal_id = p.id) AS scores
           FROM proposals p JOIN proposal_contents c ON c.proposal_id = p.id JOIN organisations l ON l.id = p.lead_organisation_id JOIN projects j ON j.id = p.project_id`,
      )
    ).rows;
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
    // Three calls closed in EVALUATION; the proposals chapter finalised two of them.
    expect(byStatus('EVALUATION')).toHaveLength(1);
    expect(byStatus('AWARDED')).toHaveLength(1);
    expect(byStatus('UNSUCCESSFUL')).toHaveLength(1);
    expect(byStatus('CANCELLED')).toHaveLength(1);
    expect(byStatus('DRAFT')).toHaveLength(2);
    expect(rows).toHaveLength(byStatus('OPEN').length + 6);

    const now = Date.now();
    const day = 86_400_000;
    const closing = byStatus('OPEN').map((row) => (row.closes_at as Date).getTime() - now);
    // Within eight weeks, counted in days: a call closes at 17:00 of its day, up to a day past 56 × 24 h.
    expect(closing.every((ms) => ms > 0 && ms < (8 * 7 + 1) * day)).toBe(true);
    expect(closing.some((ms) => ms <= 5 * day)).toBe(true);
    for (const row of [...byStatus('EVALUATION'), ...byStatus('AWARDED'), ...byStatus('UNSUCCESSFUL')]) {
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

  it('loads proposals in every state, the triple-helix consortium and an AWARDED call', async () => {
    const rows = await proposals();
    expect(rows).toHaveLength(DEMO_PROPOSALS.length);
    expect(new Set(rows.map((row) => row.status))).toEqual(new Set(['DRAFT', 'SUBMITTED', 'WITHDRAWN', 'UNDER_REVIEW', 'SHORTLISTED', 'ACCEPTED', 'REJECTED']));
    // The university leads, the enterprise confirmed: submitted on an open call.
    expect(rows).toContainEqual(expect.objectContaining({ lead: 'EDU-TDMU-2009', status: 'SUBMITTED', partners: ['0100684378-BD:CONFIRMED'] }));
    expect(rows.some((row) => row.status === 'DRAFT' && row.partners.some((partner) => partner.endsWith(':PENDING')))).toBe(true);
    for (const row of rows.filter((r) => ['UNDER_REVIEW', 'SHORTLISTED', 'ACCEPTED', 'REJECTED'].includes(r.status))) {
      expect(row.reviewers).toBeGreaterThan(0);
      expect(row.declared).toBe(row.reviewers);
      expect(row.scores).toBeGreaterThan(0);
    }
    for (const row of rows.filter((r) => r.status === 'ACCEPTED' || r.status === 'REJECTED')) expect(row.feedback?.length).toBeGreaterThan(40);
    // Submitted while the call was open: every frozen submission precedes its call's closing time.
    const late = await sql.query(`SELECT 1 FROM proposal_submissions s JOIN proposals p ON p.id = s.proposal_id JOIN projects j ON j.id = p.project_id WHERE s.submitted_at >= j.closes_at OR p.submitted_at >= j.closes_at`);
    expect(late.rowCount).toBe(0);
    const finalised = await sql.query<{ title: string; status: string }>(`SELECT title, status FROM projects WHERE status IN ('AWARDED', 'UNSUCCESSFUL') ORDER BY status`);
    expect(finalised.rows).toEqual([
      { title: DEMO_FINALISED_PROJECTS.awarded, status: 'AWARDED' },
      { title: DEMO_FINALISED_PROJECTS.unsuccessful, status: 'UNSUCCESSFUL' },
    ]);
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

  it('adds the proposals chapter to a database that had only the earlier chapters, once', async () => {
    await sql.query(`DELETE FROM proposals`);
    await sql.query(`DELETE FROM system_settings WHERE key = 'demo_proposals_loaded_at'`);
    const projectsBefore = await count('projects');

    expect(await loadOnce()).toBe(true);
    // Kempen was deleted above: its proposals are skipped, the rest load.
    const expected = DEMO_PROPOSALS.filter((demo) => demo.lead !== 'NL-KVK-17098765' && !(demo.partners ?? []).some((partner) => partner.code === 'NL-KVK-17098765'));
    expect(await count('proposals')).toBe(expected.length);
    expect(await count('projects')).toBe(projectsBefore);
    const finalised = await sql.query(`SELECT 1 FROM projects WHERE status IN ('AWARDED', 'UNSUCCESSFUL')`);
    expect(finalised.rowCount).toBe(2);

    expect(await loadOnce()).toBe(false);
    expect(await count('proposals')).toBe(expected.length);
  });
});
