import { Client } from 'pg';
import { ADMIN, ADMIN_ENV, createOrganisation, type Session, signIn, signUp } from '@tests/support/accounts';
import { startTestApi, type TestApi } from '@api/testing/test-api';

/**
 * The deadline under load: 50 organisations submit at once in the last second before the closing
 * time and every submission is kept exactly once; after it every one is refused; and when a burst
 * straddles the closing time, each proposal is either wholly submitted or wholly untouched.
 */

const LEADS = 50;
/** How long 50 accepted submissions take on this machine and database (measured in beforeAll). */
let burstMs = 1_600;

interface Lead {
  session: Session;
  organisationId: string;
}

interface Outcome {
  code?: string;
  version?: number;
}

describe('proposals: 50 submissions at the closing time', () => {
  let api: TestApi;
  let sql: Client;
  let owner: Lead;
  const leads: Lead[] = [];

  const submitAll = async (ids: string[]): Promise<Outcome[]> =>
    Promise.all(
      ids.map(async (id, index) => {
        const lead = leads[index] as Lead;
        const response = await lead.session.gql<{ submitProposal: { version: number } }>(
          'mutation ($id: ID!) { submitProposal(id: $id) { version } }',
          { id },
          { 'x-organisation-id': lead.organisationId },
        );
        return { code: response.errors?.[0]?.extensions?.code, version: response.data?.submitProposal.version };
      }),
    );

  /** An open call of the owner, and one ready draft per lead (created through the API). */
  const callWithDrafts = async (): Promise<{ projectId: string; proposalIds: string[] }> => {
    const { rows } = await sql.query<{ id: string }>(
      `INSERT INTO projects (organisation_id, title, kind, domain, eligible_kinds, closes_at, published_at, status, visibility, sealed)
       VALUES ($1, 'Pilot tender', 'PILOT_TENDER', 'ENERGY', ARRAY['ENTERPRISE'], now() + interval '1 day', now(), 'OPEN', 'PUBLIC', true) RETURNING id`,
      [owner.organisationId],
    );
    const projectId = rows[0]?.id as string;
    const proposalIds: string[] = [];
    for (const lead of leads) {
      const created = await lead.session.gql<{ createProposal: { id: string } }>(
        'mutation ($input: CreateProposalInput!) { createProposal(input: $input) { id } }',
        {
          input: {
            projectId,
            title: `Bid of ${lead.organisationId.slice(0, 8)}`,
            abstract: 'Solar canopies.',
            approach: 'Install, measure, report.',
            requestedBudget: { amount: 800_000_000 },
            durationMonths: 12,
          },
        },
        { 'x-organisation-id': lead.organisationId },
      );
      if (!created.data?.createProposal) throw new Error(`createProposal failed: ${JSON.stringify(created.errors)}`);
      proposalIds.push(created.data.createProposal.id);
    }
    return { projectId, proposalIds };
  };

  /** Moves the closing time to `ms` from the database's now; returns it. */
  const closeIn = async (projectId: string, ms: number): Promise<Date> => {
    const { rows } = await sql.query<{ closes_at: Date }>(`UPDATE projects SET closes_at = clock_timestamp() + $2 * interval '1 millisecond' WHERE id = $1 RETURNING closes_at`, [
      projectId,
      ms,
    ]);
    return rows[0]?.closes_at as Date;
  };

  const waitUntil = async (time: number) => {
    const wait = time - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  };

  /** Per proposal: status, version, and its submissions as stored. */
  const stored = async (ids: string[]) => {
    const { rows } = await sql.query<{ id: string; status: string; version: number; submitted_at: Date | null; numbers: number[]; last_at: Date | null }>(
      `SELECT p.id, p.status, p.version, p.submitted_at,
              coalesce(array_agg(s.number ORDER BY s.number) FILTER (WHERE s.id IS NOT NULL), '{}') AS numbers, max(s.submitted_at) AS last_at
         FROM proposals p LEFT JOIN proposal_submissions s ON s.proposal_id = p.id
        WHERE p.id = ANY ($1) GROUP BY p.id`,
      [ids],
    );
    return new Map(rows.map((row) => [row.id, row]));
  };

  beforeAll(async () => {
    // A real server takes the burst 20 transactions at a time; the embedded database serves 8
    // connections (one transaction at a time), so there the pool stays below that, beside this client.
    api = await startTestApi({ ...ADMIN_ENV, HELIX_DB_POOL_SIZE: process.env.DATABASE_URL ? '20' : '6' });
    sql = new Client({ connectionString: api.databaseUrl });
    await sql.connect();
    const admin = await signIn(api.server.url, ADMIN.email, ADMIN.password);
    const ownerSession = await signUp(api.server.url, 'Office', 'en');
    owner = { session: ownerSession, organisationId: (await createOrganisation(ownerSession, 'STATE', admin)).id };
    for (let batch = 0; batch < LEADS; batch += 10) {
      const created = await Promise.all(
        Array.from({ length: Math.min(10, LEADS - batch) }, async (_, index) => {
          const session = await signUp(api.server.url, `Company ${batch + index}`, 'en');
          return { session, organisationId: (await createOrganisation(session, 'ENTERPRISE', admin)).id };
        }),
      );
      leads.push(...created);
    }
    // Warm-up and measure: 50 submissions at once, far from any deadline, all kept.
    const warmUp = await callWithDrafts();
    const started = Date.now();
    const outcomes = await submitAll(warmUp.proposalIds);
    burstMs = Date.now() - started;
    if (outcomes.some((outcome) => outcome.code)) throw new Error(`warm-up refused: ${JSON.stringify(outcomes)}`);
  }, 180_000);

  afterAll(async () => {
    await sql?.end();
    await api?.close();
  });

  it('leaves each proposal of a burst across the closing time wholly submitted or wholly untouched', async () => {
    const { projectId, proposalIds } = await callWithDrafts();
    // A closing time the burst will cross: the database's clock decides for each submission. (It
    // runs first, so the last-second burst below meets warm code paths.)
    const closesAt = await closeIn(projectId, 400);
    const outcomes = await submitAll(proposalIds);
    const rows = await stored(proposalIds);
    const refused = outcomes.filter((outcome) => outcome.code).length;
    console.log(`across the closing time: ${LEADS - refused} kept, ${refused} refused`);
    outcomes.forEach((outcome, index) => {
      const row = rows.get(proposalIds[index] as string);
      if (!row) throw new Error('proposal missing');
      if (outcome.code) {
        expect({ code: outcome.code, status: row.status, version: row.version, numbers: row.numbers, submittedAt: row.submitted_at }).toEqual({
          code: 'DEADLINE_PASSED',
          status: 'DRAFT',
          version: 1,
          numbers: [],
          submittedAt: null,
        });
      } else {
        expect({ status: row.status, version: row.version, numbers: row.numbers }).toEqual({ status: 'SUBMITTED', version: 2, numbers: [1] });
        expect((row.last_at as Date).getTime()).toBeLessThan(closesAt.getTime());
      }
    });
  });

  it('keeps all 50 submitted at once just before the closing time, each once, and refuses all 50 after it', async () => {
    const { projectId, proposalIds } = await callWithDrafts();
    // Into the last second before the closing time, then all at once — when this machine and
    // database take 50 submissions in well under a second (PostgreSQL here: ≈0.6 s). Otherwise (the
    // embedded PGlite runs one transaction at a time: ≈1.2 s; or a loaded CI machine) the burst
    // starts earlier by what the warm-up measured, so that "all kept" tests the rule, not the speed.
    // A loaded CI machine varies by more than half between two bursts (1.6 s warm-up, 3.0 s burst
    // seen): a lead of two and a half warm-ups keeps the burst before the closing time.
    const lead = Math.max(1_000, Math.ceil(burstMs * 2.5) + 500);
    const closesAt = await closeIn(projectId, lead + 1_500);
    await waitUntil(closesAt.getTime() - lead);
    const startedAt = Date.now();
    const outcomes = await submitAll(proposalIds);
    const finishedAt = Date.now();
    console.log(`50 submissions (warm-up: ${burstMs} ms) started ${lead} ms before the closing time, done in ${finishedAt - startedAt} ms, ${closesAt.getTime() - finishedAt} ms before it`);
    expect(outcomes.filter((outcome) => outcome.code)).toEqual([]);
    expect(outcomes.every((outcome) => outcome.version === 2)).toBe(true);

    const kept = await stored(proposalIds);
    expect(kept.size).toBe(LEADS);
    for (const row of kept.values()) {
      expect({ id: row.id, status: row.status, version: row.version, numbers: row.numbers }).toEqual({ id: row.id, status: 'SUBMITTED', version: 2, numbers: [1] });
      expect((row.last_at as Date).getTime()).toBeLessThan(closesAt.getTime());
    }

    await waitUntil(closesAt.getTime() + 100);
    const late = await submitAll(proposalIds);
    expect(late.map((outcome) => outcome.code)).toEqual(Array.from({ length: LEADS }, () => 'DEADLINE_PASSED'));
    const after = await stored(proposalIds);
    for (const row of after.values()) {
      expect({ id: row.id, status: row.status, version: row.version, numbers: row.numbers }).toEqual({ id: row.id, status: 'SUBMITTED', version: 2, numbers: [1] });
    }
    const count = await sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM proposal_submissions WHERE proposal_id = ANY ($1)`, [proposalIds]);
    expect(count.rows[0]?.n).toBe(LEADS);
  });
});
