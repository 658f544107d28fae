import { Client } from 'pg';
import { ICF_INDICATORS, localDateIn, milestoneOverdue, type MilestoneStatus, PROJECT_DOMAINS, PROJECT_KINDS } from '@helix/domain';
import { signIn } from '@tests/support/accounts';
import { DEMO_AGREEMENTS } from '@api/seed/demo-agreements';
import { DEMO_PASSWORD } from '@api/seed/demo-data';
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

interface AgreementRow {
  id: string;
  status: string;
  disclosed: boolean;
  manager: string;
  project: string | null;
  proposal_status: string | null;
  proposal_decided_at: Date | null;
  project_decided_at: Date | null;
  current_version: number;
  signed_version: number | null;
  time_zone: string;
  starts_on: string;
  ends_on: string;
  created_at: Date;
  activated_at: Date | null;
  completed_at: Date | null;
  updated_at: Date;
}

interface MilestoneRow {
  id: string;
  status: MilestoneStatus;
  due_date: string;
  payment_share: number;
  submitted_at: Date | null;
  reviewed_at: Date | null;
}

/** The Binh Duong demo programme: its projects, proposals and agreements chapters on a fresh database and on one seeded before they existed. */
describe('demo data: projects, proposals and agreements', () => {
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
  /** Every agreement with its managing organisation and, when made from one, its proposal and call. */
  const agreements = async (): Promise<AgreementRow[]> =>
    (
      await sql.query<AgreementRow>(
        `SELECT a.id, a.status, a.disclosed, o.registration_code AS manager, j.title AS project, p.status AS proposal_status, p.decided_at AS proposal_decided_at,
                j.decided_at AS project_decided_at, a.current_version, a.signed_version, a.time_zone, a.starts_on::text, a.ends_on::text,
                a.created_at, a.activated_at, a.completed_at, a.updated_at
           FROM agreements a JOIN organisations o ON o.id = a.managing_organisation_id
           LEFT JOIN proposals p ON p.id = a.proposal_id LEFT JOIN projects j ON j.id = a.project_id
          ORDER BY a.created_at`,
      )
    ).rows;
  const milestonesOf = async (agreementId: string): Promise<MilestoneRow[]> =>
    (
      await sql.query<MilestoneRow>(
        `SELECT id, status, due_date::text, payment_share, submitted_at, reviewed_at FROM agreement_milestones WHERE agreement_id = $1 ORDER BY position`,
        [agreementId],
      )
    ).rows;
  const versionsOf = async (agreementId: string) =>
    (
      await sql.query<{ number: number; content_hash: string; created_at: Date; author_kind: string }>(
        `SELECT v.number, v.content_hash, v.created_at, o.kind AS author_kind FROM agreement_versions v JOIN organisations o ON o.id = v.author_organisation_id
          WHERE v.agreement_id = $1 ORDER BY v.number`,
        [agreementId],
      )
    ).rows;
  const signaturesOf = async (agreementId: string, versionNumber: number | null) =>
    (
      await sql.query<{ organisation_id: string; version_hash: string; signed_at: Date }>(
        `SELECT organisation_id, version_hash, signed_at FROM agreement_signatures WHERE agreement_id = $1 AND version_number = $2`,
        [agreementId, versionNumber],
      )
    ).rows;
  const partyKindsOf = async (agreementId: string): Promise<string[]> =>
    (await sql.query<{ kind: string }>(`SELECT o.kind FROM agreement_parties p JOIN organisations o ON o.id = p.organisation_id WHERE p.agreement_id = $1 ORDER BY p.position`, [agreementId])).rows.map(
      (row) => row.kind,
    );
  const eventsOf = async (agreementId: string) =>
    (
      await sql.query<{ milestone_id: string; action: string; note: string | null; created_at: Date }>(
        `SELECT milestone_id, action, note, created_at FROM agreement_milestone_events WHERE agreement_id = $1 ORDER BY created_at`,
        [agreementId],
      )
    ).rows;
  /** The latest of the times in milliseconds, 0 for none. */
  const latest = (dates: (Date | null)[]): number => Math.max(0, ...dates.map((date) => date?.getTime() ?? 0));

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

  it('loads three agreements: one in force (from the awarded proposal), one in negotiation, one completed; only the first and last disclosed', async () => {
    const rows = await agreements();
    expect(rows.map((row) => row.status).sort()).toEqual(['ACTIVE', 'COMPLETED', 'NEGOTIATION']);
    expect(new Set(DEMO_AGREEMENTS.map((demo) => demo.state))).toEqual(new Set(rows.map((row) => row.status)));
    expect(Object.fromEntries(rows.map((row) => [row.status, row.disclosed]))).toEqual({ ACTIVE: true, COMPLETED: true, NEGOTIATION: false });
    const active = rows.find((row) => row.status === 'ACTIVE') as AgreementRow;
    expect(active).toMatchObject({ project: DEMO_FINALISED_PROJECTS.awarded, proposal_status: 'ACCEPTED', manager: '3700145020', time_zone: 'Asia/Ho_Chi_Minh' });
    // The call was decided before the agreement was made from it, which came into force before its milestones' work.
    expect((active.project_decided_at as Date).getTime()).toBeLessThan(active.created_at.getTime());
    expect((active.proposal_decided_at as Date).getTime()).toBeLessThan(active.created_at.getTime());
    // Moved back by whole days: the call still closed at 17:00 in Binh Duong, before it was decided.
    const call = await sql.query<{ hour: number; in_order: boolean }>(
      `SELECT extract(hour FROM closes_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::int AS hour, published_at < closes_at AND closes_at < decided_at AS in_order FROM projects WHERE title = $1`,
      [DEMO_FINALISED_PROJECTS.awarded],
    );
    expect(call.rows).toEqual([{ hour: 17, in_order: true }]);
    for (const row of rows) {
      expect(row.created_at.getTime()).toBeLessThan(Date.now());
      expect(row.updated_at.getTime()).toBeGreaterThanOrEqual(row.created_at.getTime());
      expect(row.updated_at.getTime()).toBeLessThan(Date.now());
      if (row.activated_at) expect(row.activated_at.getTime()).toBeGreaterThan(row.created_at.getTime());
    }
  });

  it('puts the ACTIVE agreement between State, university and enterprise, negotiated in versions and signed by every party on its hash', async () => {
    const active = (await agreements()).find((row) => row.status === 'ACTIVE') as AgreementRow;
    expect(new Set(await partyKindsOf(active.id))).toEqual(new Set(['STATE', 'UNIVERSITY', 'ENTERPRISE']));

    const versions = await versionsOf(active.id);
    expect(versions.length).toBeGreaterThanOrEqual(2);
    expect(versions.map((v) => v.number)).toEqual(versions.map((_, index) => index + 1));
    // Written one after another, among them an edit by the university during negotiation.
    expect(versions.every((v, index) => index === 0 || v.created_at.getTime() > (versions[index - 1] as { created_at: Date }).created_at.getTime())).toBe(true);
    expect(versions.map((v) => v.author_kind)).toContain('UNIVERSITY');

    expect(active.signed_version).toBe(active.current_version);
    const signed = versions.find((v) => v.number === active.signed_version);
    const signatures = await signaturesOf(active.id, active.signed_version);
    const parties = await partyKindsOf(active.id);
    expect(signatures.length).toBeGreaterThanOrEqual(3);
    expect(signatures).toHaveLength(parties.length);
    expect(signatures.every((signature) => signature.version_hash === signed?.content_hash)).toBe(true);
    expect(signatures.every((signature) => signature.signed_at.getTime() > (signed as { created_at: Date }).created_at.getTime())).toBe(true);
    // In force from the last signature.
    expect(active.activated_at?.getTime()).toBe(latest(signatures.map((s) => s.signed_at)));
  });

  it('runs the ACTIVE agreement’s milestones: accepted, rejected with a reason and overdue, awaiting review, and planned ahead', async () => {
    const active = (await agreements()).find((row) => row.status === 'ACTIVE') as AgreementRow;
    const milestones = await milestonesOf(active.id);
    expect(milestones.length).toBeGreaterThanOrEqual(4);
    expect(milestones.length).toBeLessThanOrEqual(5);
    expect(milestones.reduce((sum, m) => sum + m.payment_share, 0)).toBe(100);
    expect(milestones.every((m) => m.due_date >= active.starts_on && m.due_date <= active.ends_on)).toBe(true);
    expect(active.starts_on < localDateIn(new Date(), active.time_zone)).toBe(true);

    const statuses = new Set(milestones.map((m) => m.status));
    expect(statuses.size).toBeGreaterThanOrEqual(3);
    expect([...statuses]).toEqual(expect.arrayContaining(['ACCEPTED', 'SUBMITTED', 'PLANNED']));
    const now = new Date();
    const today = localDateIn(now, active.time_zone);
    const overdue = milestones.filter((m) => milestoneOverdue(m.due_date, m.status, active.time_zone, now));
    expect(overdue.length).toBeGreaterThanOrEqual(1);
    expect(milestones.some((m) => m.status === 'PLANNED' && m.due_date > today)).toBe(true);
    // The database agrees on what is overdue (the list filter's rule).
    const { rows } = await sql.query(
      `SELECT m.id FROM agreement_milestones m JOIN agreements a ON a.id = m.agreement_id
        WHERE a.id = $1 AND m.status <> 'ACCEPTED' AND m.due_date < (now() AT TIME ZONE a.time_zone)::date`,
      [active.id],
    );
    expect(rows.map((row: { id: string }) => row.id).sort()).toEqual(overdue.map((m) => m.id).sort());

    const events = await eventsOf(active.id);
    const rejected = milestones.find((m) => m.status === 'REJECTED');
    expect(rejected).toBeDefined();
    expect(events.find((e) => e.milestone_id === rejected?.id && e.action === 'REJECTED')?.note?.length).toBeGreaterThan(20);
    // Every event after activation and before now; each milestone's times are its last events'.
    for (const event of events) {
      expect(event.created_at.getTime()).toBeGreaterThan((active.activated_at as Date).getTime());
      expect(event.created_at.getTime()).toBeLessThan(now.getTime());
    }
    for (const milestone of milestones) {
      const own = events.filter((e) => e.milestone_id === milestone.id);
      expect(milestone.submitted_at?.getTime() ?? 0).toBe(latest(own.filter((e) => e.action === 'SUBMITTED').map((e) => e.created_at)));
      expect(milestone.reviewed_at?.getTime() ?? 0).toBe(latest(own.filter((e) => e.action !== 'SUBMITTED').map((e) => e.created_at)));
    }
  });

  it('completes the smaller agreement with both milestones accepted, and keeps the one in negotiation unsigned', async () => {
    const rows = await agreements();
    const completed = rows.find((row) => row.status === 'COMPLETED') as AgreementRow;
    const milestones = await milestonesOf(completed.id);
    expect(milestones.map((m) => m.status)).toEqual(['ACCEPTED', 'ACCEPTED']);
    const events = await eventsOf(completed.id);
    expect(events.map((e) => e.action)).toContain('REJECTED');
    expect(completed.completed_at?.getTime()).toBe(latest(events.map((e) => e.created_at)));
    expect(await signaturesOf(completed.id, completed.signed_version)).toHaveLength((await partyKindsOf(completed.id)).length);
    expect((await versionsOf(completed.id)).length).toBeGreaterThanOrEqual(2);

    const negotiation = rows.find((row) => row.status === 'NEGOTIATION') as AgreementRow;
    expect(negotiation).toMatchObject({ manager: 'BD-DIC-001', signed_version: null, activated_at: null, project: null });
    const versions = await versionsOf(negotiation.id);
    expect(versions.length).toBeGreaterThanOrEqual(2);
    expect(new Set(versions.map((v) => v.author_kind)).size).toBeGreaterThanOrEqual(2);
    expect((await sql.query(`SELECT 1 FROM agreement_signatures WHERE agreement_id = $1`, [negotiation.id])).rowCount).toBe(0);
    expect(negotiation.starts_on > localDateIn(new Date(), negotiation.time_zone)).toBe(true);
  });

  it('shows the demo people the agreements of their organisations', async () => {
    const listed = async (email: string, code: string, filter = '') => {
      const session = await signIn(api.server.url, email, DEMO_PASSWORD);
      const organisation = await sql.query<{ id: string }>(`SELECT id FROM organisations WHERE registration_code = $1`, [code]);
      const response = await session.gql<{ agreements: { edges: { node: { title: string; status: string } }[] } }>(
        `{ agreements(first: 20${filter}) { edges { node { title status } } } }`,
        {},
        { 'x-organisation-id': organisation.rows[0]?.id as string },
      );
      expect(response.errors).toBeUndefined();
      return response.data?.agreements.edges.map((edge) => edge.node.status).sort();
    };
    expect(await listed('member@eiu.example', 'EDU-EIU-2010')).toEqual(['ACTIVE']);
    expect(await listed('admin@becamex.example', '3700145020', ', filter: { overdue: true }')).toEqual(['ACTIVE']);
    expect(await listed('owner@dic-bd.example', 'BD-DIC-001')).toEqual(['NEGOTIATION']);
    expect(await listed('owner@tdmu.example', 'EDU-TDMU-2009')).toEqual(['COMPLETED', 'NEGOTIATION']);
    expect(await listed('admin@smartcity-bd.example', 'BD-SC-2016')).toEqual(['ACTIVE', 'COMPLETED']);
    expect(await listed('member@vnpt-bd.example', '0100684378-BD')).toEqual(['ACTIVE', 'NEGOTIATION']);
  });

  it('does not load the agreements again on the next start', async () => {
    const tables = ['agreements', 'agreement_versions', 'agreement_signatures', 'agreement_milestones', 'agreement_milestone_events'];
    const counts = async () => {
      const result: number[] = [];
      for (const table of tables) result.push(await count(table));
      return result;
    };
    const before = await counts();
    expect(before.every((n) => n > 0)).toBe(true);
    expect(await loadOnce()).toBe(false);
    expect(await counts()).toEqual(before);
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

  it('adds the agreements chapter to a database that had only the earlier chapters, once, and skips the agreement whose proposal is gone', async () => {
    const reload = async () => {
      await sql.query(`DELETE FROM agreements`);
      await sql.query(`DELETE FROM system_settings WHERE key = 'demo_agreements_loaded_at'`);
      expect(await loadOnce()).toBe(true);
      return (await agreements()).map((row) => row.status).sort();
    };
    const proposalsBefore = await count('proposals');
    expect(await reload()).toEqual(['ACTIVE', 'COMPLETED', 'NEGOTIATION']);
    expect(await count('proposals')).toBe(proposalsBefore);
    // The awarded call, decided seconds ago by the reloaded proposals chapter, was moved back before its agreement.
    const [active] = (await agreements()).filter((row) => row.status === 'ACTIVE');
    expect((active?.project_decided_at as Date).getTime()).toBeLessThan((active?.created_at as Date).getTime());
    const late = await sql.query(`SELECT 1 FROM proposal_submissions s JOIN proposals p ON p.id = s.proposal_id JOIN projects j ON j.id = p.project_id WHERE s.submitted_at >= j.closes_at OR j.closes_at >= j.decided_at`);
    expect(late.rowCount).toBe(0);

    await sql.query(`DELETE FROM proposals WHERE status = 'ACCEPTED'`);
    expect(await reload()).toEqual(['COMPLETED', 'NEGOTIATION']);
    expect(await loadOnce()).toBe(false);
    expect(await count('agreements')).toBe(2);
  });
});
