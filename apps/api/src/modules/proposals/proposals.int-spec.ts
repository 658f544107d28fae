import { Client } from 'pg';
import { ADMIN, ADMIN_ENV, type Session, signIn, signUp } from '@tests/support/accounts';
import { uploadPdf } from '@tests/support/projects';
import { asParty, newParty, type OrganisationKind, type Party, rowsVisibleTo } from '@tests/support/parties';
import { startTestApi, type TestApi } from '@api/testing/test-api';

/**
 * Proposals end to end against the running API and its database: who sees what (through the API
 * and through SQL as helix_app, so the rule is the database's), the sealed-bid rule around the
 * closing time (moved with SQL as the database owner), optimistic versioning, the database's
 * deadline, and evaluation with conflicts of interest and weighted scores.
 */

const PROPOSAL = `{ id title abstract approach status version submittedAt submissionCount contentHash viewerRole decision feedback score
  requestedBudget { amount currency } durationMonths team { name role } budgetLines { item amount }
  attachments { id } lead { id } partners { organisation { id } status confirmed } }`;

interface ProposalView {
  id: string;
  title: string | null;
  abstract: string | null;
  approach: string | null;
  status: string;
  version: number;
  submittedAt: string | null;
  submissionCount: number;
  contentHash: string | null;
  viewerRole: string | null;
  decision: string | null;
  feedback: string | null;
  score: number | null;
  requestedBudget: { amount: number; currency: string } | null;
  durationMonths: number | null;
  team: { name: string }[] | null;
  budgetLines: { item: string; amount: number }[] | null;
  attachments: { id: string }[] | null;
  lead: { id: string };
  partners: { organisation: { id: string }; status: string; confirmed: boolean }[];
}

describe('proposals', () => {
  let api: TestApi;
  let sql: Client;
  let admin: Session;
  let owner: Party;
  let university: Party;
  let company: Party;
  let rival: Party;

  /** GraphQL as a party, acting for its organisation. */
  const as = asParty;
  const party = (kind: OrganisationKind, name: string): Promise<Party> => newParty(api.server.url, kind, name, admin);

  /** An open, sealed call of `owner` (inserted as the database owner), with two criteria weighing 60 and 40. */
  const openProject = async (closesIn = '1 day', sealed = true): Promise<{ id: string; criteria: string[] }> => {
    const { rows } = await sql.query<{ id: string }>(
      `INSERT INTO projects (organisation_id, created_by, title, summary, kind, domain, eligible_kinds, closes_at, published_at, status, visibility, sealed)
       VALUES ($1, $2, 'Smart traffic lights', 'Research call', 'RESEARCH_CALL', 'MOBILITY', ARRAY['UNIVERSITY', 'ENTERPRISE'], now() + $3::interval, now(), 'OPEN', 'PUBLIC', $4)
       RETURNING id`,
      [owner.organisationId, owner.session.userId, closesIn, sealed],
    );
    const id = rows[0]?.id as string;
    const criteria = await sql.query<{ id: string }>(
      `INSERT INTO project_criteria (project_id, position, name, weight) VALUES ($1, 0, 'Quality', 60), ($1, 1, 'Impact', 40) RETURNING id`,
      [id],
    );
    return { id, criteria: criteria.rows.map((row) => row.id) };
  };

  const create = async (lead: Party, projectId: string, extra: Record<string, unknown> = {}): Promise<ProposalView> => {
    const created = await as<{ createProposal: ProposalView }>(lead, `mutation ($input: CreateProposalInput!) { createProposal(input: $input) ${PROPOSAL} }`, {
      input: {
        projectId,
        title: 'Adaptive signals for Thu Dau Mot',
        abstract: 'Signals that learn from traffic.',
        approach: '## Method\nSensors, then a pilot.',
        requestedBudget: { amount: 1_500_000_000, currency: 'VND' },
        durationMonths: 18,
        team: [{ name: 'Dr. Lan', role: 'Principal investigator' }],
        budgetLines: [{ item: 'Sensors', amount: 900_000_000 }, { item: 'Staff', amount: 600_000_000 }],
        ...extra,
      },
    });
    if (!created.data?.createProposal) throw new Error(`createProposal failed: ${JSON.stringify(created.errors)}`);
    return created.data.createProposal;
  };

  const submit = (lead: Party, id: string) => as<{ submitProposal: ProposalView }>(lead, `mutation ($id: ID!) { submitProposal(id: $id) ${PROPOSAL} }`, { id });
  const read = (reader: Party, id: string) => as<{ proposal: ProposalView }>(reader, `query ($id: ID!) { proposal(id: $id) ${PROPOSAL} }`, { id });

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
  });

  afterAll(async () => {
    await sql?.end();
    await api?.close();
  });

  describe('a consortium on a sealed call', () => {
    let project: { id: string; criteria: string[] };
    let proposal: ProposalView;
    let submitted: ProposalView;
    let reviewer: Session;
    let conflicted: Session;
    let secondReviewer: Session;

    beforeAll(async () => {
      project = await openProject('1 day', true);
      const attachment = await uploadPdf(api.server.url, university.session, university.organisationId, 'Work plan');
      proposal = await create(university, project.id, { partnerOrganisationIds: [company.organisationId], attachmentIds: [attachment] });
    });

    it('needs every partner to confirm before it can be submitted', async () => {
      expect(proposal).toEqual(expect.objectContaining({ status: 'DRAFT', viewerRole: 'LEAD', version: 1, submissionCount: 0 }));
      expect(proposal.partners).toEqual([{ organisation: { id: company.organisationId }, status: 'PENDING', confirmed: false }]);
      const early = await submit(university, proposal.id);
      expect(early.errors?.[0]?.extensions).toEqual(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'id' }));
      expect(early.errors?.[0]?.message).toBe('The proposal cannot be submitted yet: every partner’s confirmation.');

      // The partner sees the draft, and only its owner or admin answers for it.
      const seen = await read(company, proposal.id);
      expect(seen.data?.proposal).toEqual(expect.objectContaining({ title: 'Adaptive signals for Thu Dau Mot', viewerRole: 'PARTNER' }));
      const confirmed = await as<{ confirmPartnership: { status: string; confirmed: boolean } }>(
        company,
        'mutation ($id: ID!) { confirmPartnership(proposalId: $id) { status confirmed } }',
        { id: proposal.id },
      );
      expect(confirmed.data?.confirmPartnership).toEqual({ status: 'CONFIRMED', confirmed: true });

      const done = await submit(university, proposal.id);
      expect(done.errors).toBeUndefined();
      submitted = done.data?.submitProposal as ProposalView;
      expect(submitted).toEqual(expect.objectContaining({ status: 'SUBMITTED', version: 2, submissionCount: 1 }));
      expect(submitted.contentHash).toMatch(/^[0-9a-f]{64}$/);
      expect(submitted.submittedAt).not.toBeNull();
    });

    it('is never seen by another proposer, through the API or in SQL as helix_app', async () => {
      const refused = await read(rival, proposal.id);
      expect(refused.errors?.[0]).toEqual(expect.objectContaining({ message: 'The requested proposal was not found.', extensions: { code: 'NOT_FOUND' } }));
      const mine = await as<{ myProposals: { totalCount: number } }>(rival, '{ myProposals { totalCount } }');
      expect(mine.data?.myProposals.totalCount).toBe(0);
      const onProject = await as<{ project: { proposalCount: number; proposals: unknown[]; ranking: unknown } }>(
        rival,
        'query ($id: ID!) { project(id: $id) { proposalCount proposals { id } ranking { score } } }',
        { id: project.id },
      );
      // The number of proposals is public to whoever sees the call; the proposals are not.
      expect(onProject.data?.project).toEqual({ proposalCount: 1, proposals: [], ranking: null });
      for (const table of ['proposals', 'proposal_contents', 'proposal_submissions', 'proposal_partners', 'proposal_attachments']) {
        const column = table === 'proposals' ? 'id' : 'proposal_id';
        expect({ table, rows: await visibleAs(rival.session.userId, `SELECT 1 FROM ${table} WHERE ${column} = $1`, [proposal.id]) }).toEqual({ table, rows: 0 });
        // The lead sees them all (the check above is not vacuous).
        expect({ table, rows: (await visibleAs(university.session.userId, `SELECT 1 FROM ${table} WHERE ${column} = $1`, [proposal.id])) > 0 }).toEqual({ table, rows: true });
      }
    });

    it('shows the owner of a sealed call that it exists, who leads it and when, but no content before the closing time', async () => {
      const before = await read(owner, proposal.id);
      expect(before.errors).toBeUndefined();
      expect(before.data?.proposal).toEqual(
        expect.objectContaining({
          lead: { id: university.organisationId },
          status: 'SUBMITTED',
          submittedAt: submitted.submittedAt,
          viewerRole: 'OWNER',
          title: null,
          abstract: null,
          approach: null,
          requestedBudget: null,
          durationMonths: null,
          team: null,
          budgetLines: null,
          attachments: null,
          partners: [],
          submissionCount: 0,
          contentHash: null,
        }),
      );
      for (const table of ['proposal_contents', 'proposal_submissions', 'proposal_partners', 'proposal_attachments']) {
        expect({ table, rows: await visibleAs(owner.session.userId, `SELECT 1 FROM ${table} WHERE proposal_id = $1`, [proposal.id]) }).toEqual({ table, rows: 0 });
      }
      expect(await visibleAs(owner.session.userId, `SELECT 1 FROM proposals WHERE id = $1`, [proposal.id])).toBe(1);
    });

    it('shows the owner the submitted content once the call has closed', async () => {
      // A draft edit after the submission stays the lead's: the owner reads what was submitted.
      const edited = await as(university, 'mutation ($id: ID!, $v: Int!) { updateProposal(id: $id, expectedVersion: $v, input: { title: "Changed later" }) { version } }', {
        id: proposal.id,
        v: submitted.version,
      });
      expect(edited.errors).toBeUndefined();
      await sql.query(`UPDATE projects SET closes_at = now() - interval '1 second' WHERE id = $1`, [project.id]);
      const after = await read(owner, proposal.id);
      expect(after.errors).toBeUndefined();
      expect(after.data?.proposal).toEqual(
        expect.objectContaining({
          status: 'UNDER_REVIEW',
          title: 'Adaptive signals for Thu Dau Mot',
          abstract: 'Signals that learn from traffic.',
          requestedBudget: { amount: 1_500_000_000, currency: 'VND' },
          durationMonths: 18,
          team: [{ name: 'Dr. Lan', role: 'Principal investigator' }],
          budgetLines: [
            { item: 'Sensors', amount: 900_000_000 },
            { item: 'Staff', amount: 600_000_000 },
          ],
          attachments: [{ id: expect.any(String) }],
          partners: [{ organisation: { id: company.organisationId }, status: 'CONFIRMED', confirmed: true }],
          submissionCount: 1,
          contentHash: submitted.contentHash,
        }),
      );
      const lead = await read(university, proposal.id);
      expect(lead.data?.proposal).toEqual(expect.objectContaining({ title: 'Changed later', status: 'UNDER_REVIEW' }));
    });

    it('refuses the lead after the closing time with DEADLINE_PASSED', async () => {
      const late = await submit(university, proposal.id);
      expect(late.errors?.[0]?.extensions).toEqual({ code: 'DEADLINE_PASSED' });
      const withdrawn = await as(university, 'mutation ($id: ID!) { withdrawProposal(id: $id) { id } }', { id: proposal.id });
      expect(withdrawn.errors?.[0]?.extensions).toEqual({ code: 'DEADLINE_PASSED' });
    });

    it('lets a conflicted reviewer not score, and weighs the others’ scores as computed by hand', async () => {
      const member = async (name: string) => {
        const session = await signUp(api.server.url, name, 'en');
        await sql.query(`INSERT INTO memberships (organisation_id, user_id, role) VALUES ($1, $2, 'MEMBER')`, [owner.organisationId, session.userId]);
        return session;
      };
      conflicted = await member('Conflicted');
      reviewer = await member('Reviewer');
      secondReviewer = await member('Second reviewer');
      const asMember = <T>(session: Session, query: string, variables: Record<string, unknown>) =>
        session.gql<T>(query, variables, { 'x-organisation-id': owner.organisationId, 'accept-language': 'en' });

      // Only an owner or admin assigns; a member may not.
      const byMember = await asMember(reviewer, 'mutation ($p: ID!, $u: ID!) { assignReviewer(proposalId: $p, userId: $u) { declaration } }', {
        p: proposal.id,
        u: reviewer.userId,
      });
      expect(byMember.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN' });
      const outsider = await as(owner, 'mutation ($p: ID!, $u: ID!) { assignReviewer(proposalId: $p, userId: $u) { declaration } }', {
        p: proposal.id,
        u: rival.session.userId,
      });
      expect(outsider.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'userId' });
      for (const session of [conflicted, reviewer, secondReviewer]) {
        const assigned = await as<{ assignReviewer: { declaration: string } }>(
          owner,
          'mutation ($p: ID!, $u: ID!) { assignReviewer(proposalId: $p, userId: $u) { declaration } }',
          { p: proposal.id, u: session.userId },
        );
        expect(assigned.data?.assignReviewer).toEqual({ declaration: 'UNDECLARED' });
      }

      const score = (session: Session, scores: { criterionId: string; score: number; comment?: string }[]) =>
        asMember<{ scoreProposal: { scores: { score: number }[] } }>(session, 'mutation ($p: ID!, $s: [ScoreInput!]!) { scoreProposal(proposalId: $p, scores: $s) { scores { score } } }', {
          p: proposal.id,
          s: scores,
        });
      const [quality, impact] = project.criteria as [string, string];
      const undeclared = await score(reviewer, [{ criterionId: quality, score: 8 }]);
      expect(undeclared.errors?.[0]).toEqual(expect.objectContaining({ extensions: { code: 'FORBIDDEN' } }));
      expect(undeclared.errors?.[0]?.message).toBe('Declare whether you have a conflict of interest before scoring.');

      const declare = (session: Session, hasConflict: boolean) =>
        asMember(session, 'mutation ($p: ID!, $c: Boolean!) { declareConflictOfInterest(proposalId: $p, hasConflict: $c, note: "Former colleague") { declaration } }', {
          p: proposal.id,
          c: hasConflict,
        });
      expect((await declare(conflicted, true)).errors).toBeUndefined();
      const refused = await score(conflicted, [
        { criterionId: quality, score: 10 },
        { criterionId: impact, score: 10 },
      ]);
      expect(refused.errors?.[0]).toEqual(expect.objectContaining({ extensions: { code: 'FORBIDDEN' }, message: 'You declared a conflict of interest and cannot score this proposal.' }));
      expect((await declare(conflicted, false)).errors?.[0]?.extensions).toEqual({ code: 'INVALID_TRANSITION' });
      expect(await visibleAs(owner.session.userId, `SELECT 1 FROM proposal_scores WHERE reviewer_id = $1`, [conflicted.userId])).toBe(0);

      expect((await declare(reviewer, false)).errors).toBeUndefined();
      expect((await declare(secondReviewer, false)).errors).toBeUndefined();
      const outOfRange = await score(reviewer, [{ criterionId: quality, score: 11 }]);
      expect(outOfRange.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'scores.0.score' });
      expect(
        (
          await score(reviewer, [
            { criterionId: quality, score: 8, comment: 'Solid method' },
            { criterionId: impact, score: 5 },
          ])
        ).errors,
      ).toBeUndefined();
      expect(
        (
          await score(secondReviewer, [
            { criterionId: quality, score: 10 },
            { criterionId: impact, score: 0 },
          ])
        ).errors,
      ).toBeUndefined();

      // In SQL as helix_app: the owner cannot write a sheet for a reviewer, nor a partner move its partnership.
      await expect(
        visibleAs(owner.session.userId, `INSERT INTO proposal_scores (proposal_id, reviewer_id, criterion_id, score) VALUES ($1, $2, $3, 10) RETURNING 1`, [
          proposal.id,
          reviewer.userId,
          impact,
        ]),
      ).rejects.toThrow(/row-level security/);
      await expect(
        visibleAs(company.session.userId, `UPDATE proposal_partners SET proposal_id = gen_random_uuid() WHERE proposal_id = $1 RETURNING 1`, [proposal.id]),
      ).rejects.toThrow(/permission denied/);

      // By hand: reviewer 8 × 60 / 10 + 5 × 40 / 10 = 48 + 20 = 68; second 10 × 6 + 0 × 4 = 60; mean 64.
      const seen = await as<{ proposal: { score: number }; project: { ranking: { rank: number; score: number; proposal: { id: string } }[] } }>(
        owner,
        'query ($id: ID!, $p: ID!) { proposal(id: $id) { score } project(id: $p) { ranking { rank score proposal { id } } } }',
        { id: proposal.id, p: project.id },
      );
      expect(seen.data?.proposal.score).toBe(64);
      // The conflicted reviewer, a member of the owner, sees neither the score nor the others' sheets.
      const hidden = await asMember<{ proposal: { score: number | null; reviewers: { scores: unknown[] }[] } }>(
        conflicted,
        'query ($id: ID!) { proposal(id: $id) { score reviewers { scores { score } } } }',
        { id: proposal.id },
      );
      expect(hidden.data?.proposal).toEqual({ score: null, reviewers: [{ scores: [] }, { scores: [] }, { scores: [] }] });
      expect(seen.data?.project.ranking).toEqual([{ rank: 1, score: 64, proposal: { id: proposal.id } }]);
      const proposer = await as<{ proposal: { score: number | null; reviewers: unknown[] }; project: { ranking: unknown } }>(
        university,
        'query ($id: ID!, $p: ID!) { proposal(id: $id) { score reviewers { declaration } } project(id: $p) { ranking { score } } }',
        { id: proposal.id, p: project.id },
      );
      expect(proposer.data).toEqual({ proposal: { score: null, reviewers: [] }, project: { ranking: null } });
    });

    it('is accepted by an owner admin with feedback the proposer reads, and the project is awarded', async () => {
      const decided = await as<{ decideProposal: { status: string; decision: string } }>(
        owner,
        'mutation ($p: ID!) { decideProposal(proposalId: $p, decision: ACCEPTED, justification: "Best value", feedback: "Congratulations: start in March.") { status decision } }',
        { p: proposal.id },
      );
      expect(decided.data?.decideProposal).toEqual({ status: 'ACCEPTED', decision: 'ACCEPTED' });
      const proposer = await as<{ proposal: { status: string; decision: string; feedback: string; decisions: unknown[] } }>(
        university,
        'query ($id: ID!) { proposal(id: $id) { status decision feedback decisions { justification } } }',
        { id: proposal.id },
      );
      expect(proposer.data?.proposal).toEqual({ status: 'ACCEPTED', decision: 'ACCEPTED', feedback: 'Congratulations: start in March.', decisions: [] });
      const finalized = await as<{ finalizeEvaluation: { status: string; decidedAt: string } }>(
        owner,
        'mutation ($p: ID!) { finalizeEvaluation(projectId: $p) { status decidedAt } }',
        { p: project.id },
      );
      expect(finalized.errors).toBeUndefined();
      expect(finalized.data?.finalizeEvaluation.status).toBe('AWARDED');
    });
  });

  describe('my proposals', () => {
    it('costs the same number of statements for 10 proposals as for 2 (no N+1 over content, partners, submissions or calls)', async () => {
      // Twelve submitted proposals of the company with a partner each, inserted as the database owner.
      for (let index = 0; index < 12; index += 1) {
        const project = await openProject('1 day', index % 2 === 0);
        const { rows } = await sql.query<{ id: string }>(
          `INSERT INTO proposals (project_id, lead_organisation_id, status, submitted_at, version) VALUES ($1, $2, 'SUBMITTED', now(), 2) RETURNING id`,
          [project.id, company.organisationId],
        );
        const id = rows[0]?.id as string;
        await sql.query(`INSERT INTO proposal_contents (proposal_id, title, abstract, approach, requested_budget, duration_months) VALUES ($1, $2, 'a', 'b', 1000, 6)`, [
          id,
          `Bid ${index}`,
        ]);
        await sql.query(`INSERT INTO proposal_partners (proposal_id, organisation_id, status) VALUES ($1, $2, 'CONFIRMED')`, [id, university.organisationId]);
        await sql.query(`INSERT INTO proposal_submissions (proposal_id, number, content, content_hash) VALUES ($1, 1, '{"title": "Bid"}', repeat('b', 64))`, [id]);
      }
      const page = `query ($first: Int) { myProposals(first: $first, filter: { lead: true }) { totalCount edges { node ${PROPOSAL.slice(0, -1)}
        project { id title proposalCount } submissions { number contentHash } reviewers { declaration } decisions { decision } } } } }`;
      const spy = jest.spyOn(Client.prototype, 'query');
      const statementsFor = async (first: number) => {
        spy.mockClear();
        const response = await as<{ myProposals: { edges: { node: ProposalView }[] } }>(company, page, { first });
        expect(response.errors).toBeUndefined();
        const nodes = response.data?.myProposals.edges.map((edge) => edge.node) ?? [];
        expect(nodes).toHaveLength(first);
        for (const node of nodes) expect([node.viewerRole, node.partners.length, node.submissionCount]).toEqual(['LEAD', 1, 1]);
        return spy.mock.calls.length;
      };
      try {
        await statementsFor(2);
        expect(await statementsFor(10)).toBe(await statementsFor(2));
      } finally {
        spy.mockRestore();
      }
    });
  });

  describe('drafts', () => {
    it('refuse a stale edit with CONFLICT and keep the first one', async () => {
      const project = await openProject();
      const draft = await create(company, project.id);
      const edit = (title: string) =>
        as<{ updateProposal: { title: string; version: number } }>(
          company,
          'mutation ($id: ID!, $t: String!) { updateProposal(id: $id, expectedVersion: 1, input: { title: $t }) { title version } }',
          { id: draft.id, t: title },
        );
      expect((await edit('First')).data?.updateProposal).toEqual({ title: 'First', version: 2 });
      const stale = await edit('Second');
      expect(stale.errors?.[0]).toEqual(expect.objectContaining({ extensions: { code: 'CONFLICT' } }));
      expect((await read(company, draft.id)).data?.proposal.title).toBe('First');
      const again = await create(company, project.id).catch((error: Error) => error.message);
      expect(again).toContain('CONFLICT');
    });

    it('stay hidden from the owner; on an open (not sealed) call the owner reads a submission at once', async () => {
      const project = await openProject('1 day', false);
      const draft = await create(rival, project.id, { partnerOrganisationIds: [university.organisationId] });
      expect((await read(owner, draft.id)).errors?.[0]?.extensions).toEqual({ code: 'NOT_FOUND' });
      for (const table of ['proposals', 'proposal_partners', 'proposal_contents']) {
        const column = table === 'proposals' ? 'id' : 'proposal_id';
        expect({ table, rows: await visibleAs(owner.session.userId, `SELECT 1 FROM ${table} WHERE ${column} = $1`, [draft.id]) }).toEqual({ table, rows: 0 });
      }
      // Only an owner or admin of the partner answers; the lead cannot answer for it.
      const byLead = await as(rival, 'mutation ($id: ID!) { confirmPartnership(proposalId: $id) { status } }', { id: draft.id });
      expect(byLead.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN' });
      expect((await as(university, 'mutation ($id: ID!) { confirmPartnership(proposalId: $id) { status } }', { id: draft.id })).errors).toBeUndefined();
      const inbox = await as<{ myProposals: { edges: { node: { id: string; viewerRole: string } }[] } }>(university, '{ myProposals(filter: { lead: false }) { edges { node { id viewerRole } } } }');
      expect(inbox.data?.myProposals.edges.map((edge) => edge.node)).toContainEqual({ id: draft.id, viewerRole: 'PARTNER' });
      expect((await submit(rival, draft.id)).errors).toBeUndefined();
      const seen = await read(owner, draft.id);
      expect(seen.data?.proposal).toEqual(expect.objectContaining({ title: 'Adaptive signals for Thu Dau Mot', status: 'SUBMITTED', submissionCount: 1, viewerRole: 'OWNER' }));
      // Withdrawn before the closing time: it stays withdrawn for the owner, and no longer counts.
      expect((await as(rival, 'mutation ($id: ID!) { withdrawProposal(id: $id) { status } }', { id: draft.id })).data).toEqual({ withdrawProposal: { status: 'WITHDRAWN' } });
      const counted = await as<{ project: { proposalCount: number } }>(owner, 'query ($id: ID!) { project(id: $id) { proposalCount } }', { id: project.id });
      expect(counted.data?.project.proposalCount).toBe(0);
    });

    it('may be submitted again before the closing time, keeping every earlier submission', async () => {
      const project = await openProject();
      const draft = await create(university, project.id);
      const first = (await submit(university, draft.id)).data?.submitProposal as ProposalView;
      const edited = await as(university, 'mutation ($id: ID!, $v: Int!) { updateProposal(id: $id, expectedVersion: $v, input: { abstract: "Sharper abstract" }) { version } }', {
        id: draft.id,
        v: first.version,
      });
      expect(edited.errors).toBeUndefined();
      const second = (await submit(university, draft.id)).data?.submitProposal as ProposalView;
      expect(second.contentHash).not.toBe(first.contentHash);
      const withdrawn = await as<{ withdrawProposal: { status: string } }>(university, 'mutation ($id: ID!) { withdrawProposal(id: $id) { status } }', { id: draft.id });
      expect(withdrawn.data?.withdrawProposal.status).toBe('WITHDRAWN');
      const third = await submit(university, draft.id);
      expect(third.data?.submitProposal).toEqual(expect.objectContaining({ status: 'SUBMITTED', submissionCount: 3, contentHash: second.contentHash }));
      const history = await as<{ proposal: { submissions: { number: number; contentHash: string }[] } }>(
        university,
        'query ($id: ID!) { proposal(id: $id) { submissions { number contentHash } } }',
        { id: draft.id },
      );
      expect(history.data?.proposal.submissions).toEqual([
        { number: 1, contentHash: first.contentHash },
        { number: 2, contentHash: second.contentHash },
        { number: 3, contentHash: second.contentHash },
      ]);
      // History is never rewritten, not even by the lead's role in SQL.
      await expect(visibleAs(university.session.userId, `UPDATE proposal_submissions SET content_hash = repeat('0', 64) WHERE proposal_id = $1 RETURNING 1`, [draft.id])).rejects.toThrow(
        /permission denied/,
      );
    });

    it('refuse an ineligible or unverified organisation', async () => {
      const project = await openProject();
      const refused = await as(owner, 'mutation ($input: CreateProposalInput!) { createProposal(input: $input) { id } }', { input: { projectId: project.id, title: 'Own call' } });
      expect(refused.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN' });
    });

    it('are refused by the database after the closing time (DEADLINE_PASSED)', async () => {
      const project = await openProject();
      const draft = await create(rival, project.id);
      await sql.query(`UPDATE projects SET closes_at = now() - interval '1 second' WHERE id = $1`, [project.id]);
      const late = await submit(rival, draft.id);
      expect(late.errors?.[0]).toEqual(expect.objectContaining({ extensions: { code: 'DEADLINE_PASSED' }, message: 'The project has passed its closing time.' }));
      // The trigger itself, past every check of the API: the database's clock decides.
      await expect(
        sql.query(`INSERT INTO proposal_submissions (proposal_id, number, content, content_hash) VALUES ($1, 1, '{}', repeat('a', 64))`, [draft.id]),
      ).rejects.toThrow(expect.objectContaining({ code: 'HX001' }) as unknown as Error);
      expect((await sql.query(`SELECT 1 FROM proposal_submissions WHERE proposal_id = $1`, [draft.id])).rowCount).toBe(0);
    });
  });
});
