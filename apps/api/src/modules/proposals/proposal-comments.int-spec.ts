import { Client } from 'pg';
import { ADMIN, ADMIN_ENV, type Session, signIn } from '@tests/support/accounts';
import { asParty, newParty, type OrganisationKind, type Party, rowsVisibleTo } from '@tests/support/parties';
import { startTestApi, type TestApi } from '@api/testing/test-api';

/**
 * The consortium's comments on a proposal: lead and partners write and read them; the project
 * owner and another proposer do not (through the API, and through SQL as helix_app).
 */

interface CommentView {
  id: string;
  body: string;
  createdAt: string;
  author: { id: string; fullName: string } | null;
  organisation: { id: string; name: string } | null;
}

const COMMENT = '{ id body createdAt author { id fullName } organisation { id name } }';
const LIST = `query ($id: ID!, $first: Int, $after: String) { proposalComments(proposalId: $id, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node ${COMMENT} } } }`;
const ADD = `mutation ($id: ID!, $body: String!) { addProposalComment(proposalId: $id, body: $body) ${COMMENT} }`;

interface ListView {
  proposalComments: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: CommentView }[] };
}

describe('proposal comments', () => {
  let api: TestApi;
  let sql: Client;
  let admin: Session;
  let owner: Party;
  let university: Party;
  let company: Party;
  let rival: Party;
  let proposalId: string;
  let rivalProposalId: string;

  const as = asParty;
  const party = (kind: OrganisationKind, name: string): Promise<Party> => newParty(api.server.url, kind, name, admin);

  const create = async (lead: Party, projectId: string, extra: Record<string, unknown> = {}): Promise<string> => {
    const created = await as<{ createProposal: { id: string } }>(lead, `mutation ($input: CreateProposalInput!) { createProposal(input: $input) { id } }`, {
      input: {
        projectId,
        title: 'Adaptive signals',
        abstract: 'Signals that learn from traffic.',
        approach: 'Sensors, then a pilot.',
        requestedBudget: { amount: 1_000_000, currency: 'VND' },
        durationMonths: 12,
        team: [{ name: 'Dr. Lan', role: 'Principal investigator' }],
        budgetLines: [{ item: 'Sensors', amount: 1_000_000 }],
        ...extra,
      },
    });
    if (!created.data?.createProposal) throw new Error(`createProposal failed: ${JSON.stringify(created.errors)}`);
    return created.data.createProposal.id;
  };

  const visibleAs = (userId: string, statement: string, parameters: unknown[] = []) => rowsVisibleTo(sql, userId, statement, parameters);

  beforeAll(async () => {
    api = await startTestApi(ADMIN_ENV);
    sql = new Client({ connectionString: api.databaseUrl });
    await sql.connect();
    admin = await signIn(api.server.url, ADMIN.email, ADMIN.password);
    owner = await party('STATE', 'Office');
    university = await party('UNIVERSITY', 'University');
    company = await party('ENTERPRISE', 'Company');
    rival = await party('ENTERPRISE', 'Rival');
    // An open, unsealed call: the owner reads submitted content at once, but never the comments.
    const { rows } = await sql.query<{ id: string }>(
      `INSERT INTO projects (organisation_id, created_by, title, summary, kind, domain, eligible_kinds, closes_at, published_at, status, visibility, sealed)
       VALUES ($1, $2, 'Smart traffic lights', 'Research call', 'RESEARCH_CALL', 'MOBILITY', ARRAY['UNIVERSITY', 'ENTERPRISE'], now() + interval '1 day', now(), 'OPEN', 'PUBLIC', false)
       RETURNING id`,
      [owner.organisationId, owner.session.userId],
    );
    const projectId = rows[0]?.id as string;
    proposalId = await create(university, projectId, { partnerOrganisationIds: [company.organisationId] });
    rivalProposalId = await create(rival, projectId);
    expect((await as(company, 'mutation ($id: ID!) { confirmPartnership(proposalId: $id) { status } }', { id: proposalId })).errors).toBeUndefined();
    expect((await as(university, 'mutation ($id: ID!) { submitProposal(id: $id) { status } }', { id: proposalId })).errors).toBeUndefined();
  });

  afterAll(async () => {
    await sql?.end();
    await api?.close();
  });

  it('lets the lead and the partner comment and read each other, oldest first, with author and organisation', async () => {
    const first = await as<{ addProposalComment: CommentView }>(university, ADD, { id: proposalId, body: '  Please check the budget.  ' });
    expect(first.errors).toBeUndefined();
    expect(first.data?.addProposalComment).toEqual(
      expect.objectContaining({ body: 'Please check the budget.', author: { id: university.session.userId, fullName: expect.any(String) } }),
    );
    expect(first.data?.addProposalComment.organisation?.id).toBe(university.organisationId);
    const second = await as<{ addProposalComment: CommentView }>(company, ADD, { id: proposalId, body: 'Done: sensors are cheaper.' });
    expect(second.errors).toBeUndefined();

    for (const reader of [university, company]) {
      const list = await as<ListView>(reader, LIST, { id: proposalId });
      expect(list.errors).toBeUndefined();
      const nodes = list.data?.proposalComments.edges.map((edge) => edge.node) ?? [];
      expect(nodes.map((node) => node.body)).toEqual(['Please check the budget.', 'Done: sensors are cheaper.']);
      // The partner reads the lead's author's name (copied at write time) and the other way round.
      expect(nodes.map((node) => node.author?.id)).toEqual([university.session.userId, company.session.userId]);
      expect(nodes.every((node) => (node.author?.fullName ?? '').length > 0)).toBe(true);
      expect(nodes.map((node) => node.organisation?.id)).toEqual([university.organisationId, company.organisationId]);
    }

    // Pages follow the cursor.
    const page = await as<ListView>(university, LIST, { id: proposalId, first: 1 });
    expect(page.data?.proposalComments).toEqual(expect.objectContaining({ totalCount: 2, pageInfo: expect.objectContaining({ hasNextPage: true }) }));
    const next = await as<ListView>(university, LIST, { id: proposalId, first: 1, after: page.data?.proposalComments.pageInfo.endCursor });
    expect(next.data?.proposalComments.edges.map((edge) => edge.node.body)).toEqual(['Done: sensors are cheaper.']);
  });

  it('refuses empty and too long comments', async () => {
    const empty = await as(university, ADD, { id: proposalId, body: '   ' });
    expect(empty.errors?.[0]?.extensions).toEqual(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'body' }));
    const long = await as(university, ADD, { id: proposalId, body: 'x'.repeat(3001) });
    expect(long.errors?.[0]?.extensions).toEqual(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'body' }));
  });

  it('hides the comments from the project owner and another proposer, like a random id', async () => {
    const random = await as(rival, LIST, { id: '00000000-0000-4000-8000-000000000000' });
    expect(random.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    for (const outsider of [owner, rival]) {
      const list = await as(outsider, LIST, { id: proposalId });
      expect(list.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(list.errors?.[0]?.message).toBe(random.errors?.[0]?.message);
      const add = await as(outsider, ADD, { id: proposalId, body: 'Hello' });
      expect(add.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(await visibleAs(outsider.session.userId, 'SELECT * FROM proposal_comments WHERE proposal_id = $1', [proposalId])).toBe(0);
    }
    // The owner does see the submitted proposal itself, so the refusal is the comments' rule.
    expect((await as(owner, 'query ($id: ID!) { proposal(id: $id) { id } }', { id: proposalId })).errors).toBeUndefined();
    expect(await visibleAs(university.session.userId, 'SELECT * FROM proposal_comments WHERE proposal_id = $1', [proposalId])).toBe(2);
    expect(await visibleAs(company.session.userId, 'SELECT * FROM proposal_comments WHERE proposal_id = $1', [proposalId])).toBe(2);
    // Nor can they write one with SQL as helix_app, even naming themselves.
    await expect(
      visibleAs(owner.session.userId, `INSERT INTO proposal_comments (proposal_id, organisation_id, author_id, body) VALUES ($1, $2, $3, 'x') RETURNING id`, [
        proposalId,
        owner.organisationId,
        owner.session.userId,
      ]),
    ).rejects.toThrow(/row-level security/);
    // A party cannot write in someone else's name or for an organisation it does not belong to.
    await expect(
      visibleAs(company.session.userId, `INSERT INTO proposal_comments (proposal_id, organisation_id, author_id, body) VALUES ($1, $2, $3, 'x') RETURNING id`, [
        proposalId,
        university.organisationId,
        company.session.userId,
      ]),
    ).rejects.toThrow(/row-level security/);
    await expect(
      visibleAs(company.session.userId, `INSERT INTO proposal_comments (proposal_id, organisation_id, author_id, body) VALUES ($1, $2, $3, 'x') RETURNING id`, [
        proposalId,
        company.organisationId,
        university.session.userId,
      ]),
    ).rejects.toThrow(/row-level security/);
    // The rival comments on its own proposal; the university never sees it.
    expect((await as(rival, ADD, { id: rivalProposalId, body: 'Our own note' })).errors).toBeUndefined();
    expect((await as(university, LIST, { id: rivalProposalId })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('keeps the thread read-only once the proposal is decided', async () => {
    await sql.query(`UPDATE proposals SET status = 'REJECTED', decided_at = now() WHERE id = $1`, [proposalId]);
    const late = await as(company, ADD, { id: proposalId, body: 'Too late' });
    expect(late.errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');
    expect((await as<ListView>(company, LIST, { id: proposalId })).data?.proposalComments.totalCount).toBe(2);
  });
});
