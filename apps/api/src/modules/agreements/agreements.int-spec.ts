import { Client } from 'pg';
import { localDateIn, periodEnd } from '@helix/domain';
import { ADMIN, ADMIN_ENV, type Session, signIn, signUp } from '@tests/support/accounts';
import { uploadPdf } from '@tests/support/projects';
import { asParty, newParty, type OrganisationKind, type Party, rowsVisibleTo } from '@tests/support/parties';
import { startTestApi, type TestApi } from '@api/testing/test-api';

/**
 * Partnership agreements end to end against the running API and its database: who sees them (also
 * through SQL as helix_app), versions and their hashes, signatures on stale hashes, edits that drop
 * signatures, concurrent last signatures, amendments that leave the signed version in force, and
 * milestones with overdue computed in the agreement's time zone.
 */

const AGREEMENT = `{ id title purpose terms status version disclosed startsOn endsOn timeZone amendmentPending endReason activatedAt
  totalValue { amount currency } managingOrganisation { id } proposal { id } project { id }
  parties { organisation { id } role contribution { money { amount currency } inKind } signedAt signedBy }
  missingSignatures { id }
  currentVersion { number hash amendment authorName signatures { organisation { id } } }
  signedVersion { number hash signatures { organisation { id } versionHash signerName } }
  versions { number hash }
  milestones { id title dueDate status overdue paymentShare responsible { id } events { action note organisation { id } attachments { id } } }
  viewerCan { edit amend manage sign signingOrganisationId } viewerRoles }`;

interface AgreementView {
  id: string;
  title: string;
  purpose: string;
  terms: string;
  status: string;
  version: number;
  disclosed: boolean;
  startsOn: string | null;
  endsOn: string | null;
  timeZone: string;
  amendmentPending: boolean;
  endReason: string | null;
  activatedAt: string | null;
  totalValue: { amount: number; currency: string };
  managingOrganisation: { id: string };
  proposal: { id: string } | null;
  project: { id: string } | null;
  parties: { organisation: { id: string }; role: string; contribution: { money: { amount: number }; inKind: string | null }; signedAt: string | null; signedBy: string | null }[];
  missingSignatures: { id: string }[];
  currentVersion: { number: number; hash: string; amendment: boolean; authorName: string; signatures: { organisation: { id: string } }[] };
  signedVersion: { number: number; hash: string; signatures: { organisation: { id: string }; versionHash: string; signerName: string }[] } | null;
  versions: { number: number; hash: string }[];
  milestones: {
    id: string;
    title: string;
    dueDate: string;
    status: string;
    overdue: boolean;
    paymentShare: number;
    responsible: { id: string };
    events: { action: string; note: string | null; organisation: { id: string }; attachments: { id: string }[] }[];
  }[];
  viewerCan: { edit: boolean; amend: boolean; manage: boolean; sign: boolean; signingOrganisationId: string | null };
  viewerRoles: string[];
}

describe('partnership agreements', () => {
  let api: TestApi;
  let sql: Client;
  let admin: Session;
  let office: Party;
  let university: Party;
  let company: Party;
  let outsider: Party;

  const as = asParty;
  const party = (kind: OrganisationKind, name: string): Promise<Party> => newParty(api.server.url, kind, name, admin);

  /** A colleague with `role` in `of`'s organisation. */
  const colleague = async (of: Party, role: 'MEMBER' | 'ADMIN' | 'VIEWER', name: string): Promise<Party> => {
    const session = await signUp(api.server.url, name, 'en');
    await sql.query(`INSERT INTO memberships (organisation_id, user_id, role) VALUES ($1, $2, $3)`, [of.organisationId, session.userId, role]);
    return { session, organisationId: of.organisationId };
  };

  /**
   * An accepted consortium proposal (university lead, company partner) on a closed call of the
   * office, written as the database owner: what evaluation leaves behind.
   */
  const acceptedProposal = async (status = 'ACCEPTED'): Promise<{ proposalId: string; projectId: string }> => {
    const project = await sql.query<{ id: string }>(
      `INSERT INTO projects (organisation_id, created_by, title, summary, kind, domain, eligible_kinds, closes_at, published_at, status, visibility, sealed)
       VALUES ($1, $2, 'Adaptive traffic lights', 'Pilot', 'PILOT_TENDER', 'MOBILITY', ARRAY['UNIVERSITY'], now() + interval '1 hour', now(), 'OPEN', 'PUBLIC', false)
       RETURNING id`,
      [office.organisationId, office.session.userId],
    );
    const projectId = project.rows[0]?.id as string;
    const proposal = await sql.query<{ id: string }>(
      `INSERT INTO proposals (project_id, lead_organisation_id, created_by, status, submitted_at, decided_at) VALUES ($1, $2, $3, $4, now(), now()) RETURNING id`,
      [projectId, university.organisationId, university.session.userId, status],
    );
    const proposalId = proposal.rows[0]?.id as string;
    await sql.query(`INSERT INTO proposal_partners (proposal_id, organisation_id, status, responded_at) VALUES ($1, $2, 'CONFIRMED', now())`, [
      proposalId,
      company.organisationId,
    ]);
    const content = {
      title: 'Adaptive signals for Thu Dau Mot',
      abstract: 'Signals that learn from traffic.',
      approach: '## Method',
      requestedBudget: { amount: 1_500_000_000, currency: 'VND' },
      durationMonths: 12,
      team: [],
      budgetLines: [],
      partners: [{ organisationId: company.organisationId, status: 'CONFIRMED' }],
      attachmentIds: [],
    };
    await sql.query(`INSERT INTO proposal_submissions (proposal_id, number, content, content_hash) VALUES ($1, 1, $2, repeat('a', 64))`, [proposalId, content]);
    await sql.query(`UPDATE projects SET closes_at = now() - interval '1 day', status = 'AWARDED' WHERE id = $1`, [projectId]);
    return { proposalId, projectId };
  };

  const read = (reader: Party, id: string) => as<{ agreement: AgreementView }>(reader, `query ($id: ID!) { agreement(id: $id) ${AGREEMENT} }`, { id });

  const mutate = async (by: Party, name: string, variables: Record<string, unknown>, signature: string, args: string): Promise<AgreementView> => {
    const response = await as<Record<string, AgreementView>>(by, `mutation (${signature}) { ${name}(${args}) ${AGREEMENT} }`, variables);
    const result = response.data?.[name];
    if (!result) throw new Error(`${name} failed: ${JSON.stringify(response.errors)}`);
    return result;
  };

  const fromProposal = (by: Party, proposalId: string) => mutate(by, 'createAgreementFromProposal', { proposalId }, '$proposalId: ID!', 'proposalId: $proposalId');
  const update = (by: Party, id: string, input: Record<string, unknown>, expectedVersion: number) =>
    as<{ updateAgreement: AgreementView }>(by, `mutation ($id: ID!, $input: AgreementInput!, $v: Int!) { updateAgreement(id: $id, input: $input, expectedVersion: $v) ${AGREEMENT} }`, {
      id,
      input,
      v: expectedVersion,
    });
  const move = (by: Party, name: 'openNegotiation' | 'requestSignatures' | 'withdrawAmendment', id: string) =>
    as<Record<string, AgreementView>>(by, `mutation ($id: ID!) { ${name}(id: $id) ${AGREEMENT} }`, { id });
  const sign = (by: Party, id: string, versionHash: string) =>
    as<{ signAgreement: AgreementView }>(by, `mutation ($id: ID!, $hash: String!) { signAgreement(id: $id, versionHash: $hash) ${AGREEMENT} }`, { id, hash: versionHash });

  const visibleAs = (userId: string, statement: string, parameters: unknown[] = []) => rowsVisibleTo(sql, userId, statement, parameters);

  const today = (zone = 'Asia/Ho_Chi_Minh') => localDateIn(new Date(), zone);
  const shift = (date: string, days: number) => {
    const day = new Date(`${date}T00:00:00Z`);
    day.setUTCDate(day.getUTCDate() + days);
    return day.toISOString().slice(0, 10);
  };

  /** Two milestones within the period, shares adding to 100: what signatures need. */
  const milestonesFor = (agreement: AgreementView) => [
    { title: 'Design report', dueDate: shift(agreement.startsOn as string, 60), responsibleOrganisationId: university.organisationId, deliverable: 'Signal design', paymentShare: 40 },
    { title: 'Pilot on Đại lộ Bình Dương', dueDate: shift(agreement.startsOn as string, 200), responsibleOrganisationId: company.organisationId, deliverable: 'Pilot report', paymentShare: 60 },
  ];

  /** An agreement from a fresh accepted proposal, negotiated and ready for signatures. */
  const readyForSignatures = async (): Promise<AgreementView> => {
    const { proposalId } = await acceptedProposal();
    const created = await fromProposal(office, proposalId);
    const opened = await move(office, 'openNegotiation', created.id);
    expect(opened.errors).toBeUndefined();
    const edited = await update(university, created.id, { milestones: milestonesFor(created) }, created.version);
    expect(edited.errors).toBeUndefined();
    const requested = await move(office, 'requestSignatures', created.id);
    expect(requested.errors).toBeUndefined();
    return requested.data?.requestSignatures as AgreementView;
  };

  const signAll = async (agreement: AgreementView): Promise<AgreementView> => {
    let latest = agreement;
    for (const signer of [office, university, company]) latest = (await sign(signer, agreement.id, agreement.currentVersion.hash)).data?.signAgreement as AgreementView;
    return latest;
  };

  beforeAll(async () => {
    api = await startTestApi(ADMIN_ENV);
    sql = new Client({ connectionString: api.databaseUrl });
    await sql.connect();
    admin = await signIn(api.server.url, ADMIN.email, ADMIN.password);
    office = await party('STATE', 'Binh Duong Office');
    university = await party('UNIVERSITY', 'Thu Dau Mot University');
    company = await party('ENTERPRISE', 'Becamex IDC');
    outsider = await party('ENTERPRISE', 'Outsider');
  });

  afterAll(async () => {
    await sql?.end();
    await api?.close();
  });

  describe('from an accepted proposal', () => {
    let agreement: AgreementView;
    let proposalId: string;

    beforeAll(async () => {
      ({ proposalId } = await acceptedProposal());
      agreement = await fromProposal(office, proposalId);
    });

    it('pre-fills the parties, the budget and the duration', () => {
      expect(agreement).toMatchObject({
        status: 'DRAFT',
        version: 1,
        title: 'Adaptive signals for Thu Dau Mot',
        purpose: 'Signals that learn from traffic.',
        timeZone: 'Asia/Ho_Chi_Minh',
        startsOn: today(),
        totalValue: { amount: 1_500_000_000, currency: 'VND' },
        managingOrganisation: { id: office.organisationId },
        proposal: { id: proposalId },
        currentVersion: { number: 1, amendment: false, authorName: 'Binh Duong Office' },
      });
      expect(agreement.endsOn).toBe(periodEnd(today(), 12));
      expect(agreement.parties.map((p) => [p.organisation.id, p.role, p.contribution.money.amount])).toEqual([
        [office.organisationId, 'FUNDER', 1_500_000_000],
        [university.organisationId, 'COORDINATOR', 0],
        [company.organisationId, 'IMPLEMENTATION_PARTNER', 0],
      ]);
      expect(agreement.currentVersion.hash).toMatch(/^[0-9a-f]{64}$/);
      expect(agreement.terms).toMatch(/^# Adaptive signals for Thu Dau Mot/);
    });

    it('is made once per proposal, by the project owner, from an accepted proposal only', async () => {
      const again = await as(office, 'mutation ($p: ID!) { createAgreementFromProposal(proposalId: $p) { id } }', { p: proposalId });
      expect(again.errors?.[0]?.extensions).toEqual({ code: 'CONFLICT' });
      const byLead = await as(university, 'mutation ($p: ID!) { createAgreementFromProposal(proposalId: $p) { id } }', { p: proposalId });
      expect(byLead.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN' });
      const byOutsider = await as(outsider, 'mutation ($p: ID!) { createAgreementFromProposal(proposalId: $p) { id } }', { p: proposalId });
      expect(byOutsider.errors?.[0]?.extensions).toEqual({ code: 'NOT_FOUND' });
      const shortlisted = await acceptedProposal('SHORTLISTED');
      const early = await as(office, 'mutation ($p: ID!) { createAgreementFromProposal(proposalId: $p) { id } }', { p: shortlisted.proposalId });
      expect(early.errors?.[0]?.extensions).toEqual({ code: 'INVALID_TRANSITION' });
      const viewer = await colleague(office, 'VIEWER', 'Office viewer');
      const byViewer = await as(viewer, 'mutation ($p: ID!) { createAgreementFromProposal(proposalId: $p) { id } }', { p: shortlisted.proposalId });
      expect(byViewer.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN' });
    });

    it('stays the managing organisation’s draft until negotiation opens, and is never seen by a non-party', async () => {
      expect((await read(university, agreement.id)).errors?.[0]?.extensions).toEqual({ code: 'NOT_FOUND' });
      const edit = await update(university, agreement.id, { title: 'Hijacked' }, agreement.version);
      expect(edit.errors?.[0]?.extensions).toEqual({ code: 'NOT_FOUND' });
      const byParty = await move(university, 'openNegotiation', agreement.id);
      expect(byParty.errors?.[0]?.extensions).toEqual({ code: 'NOT_FOUND' });

      const opened = await move(office, 'openNegotiation', agreement.id);
      expect(opened.data?.openNegotiation.status).toBe('NEGOTIATION');
      const asUniversity = await read(university, agreement.id);
      expect(asUniversity.data?.agreement).toMatchObject({ status: 'NEGOTIATION', viewerRoles: ['PARTY'], viewerCan: { edit: true, manage: false, sign: false } });

      // The outsider: NOT_FOUND exactly like a random id, an empty list, and nothing in any table.
      const hidden = await read(outsider, agreement.id);
      const random = await read(outsider, '7f1c0c4e-0000-4000-8000-000000000001');
      expect(hidden.errors?.[0]?.extensions).toEqual({ code: 'NOT_FOUND' });
      expect(hidden.errors?.[0]?.message).toBe(random.errors?.[0]?.message);
      const listed = await as<{ agreements: { totalCount: number } }>(outsider, '{ agreements { totalCount } }');
      expect(listed.data?.agreements.totalCount).toBe(0);
      for (const table of ['agreements WHERE id', 'agreement_versions WHERE agreement_id', 'agreement_parties WHERE agreement_id', 'agreement_milestones WHERE agreement_id']) {
        expect(await visibleAs(outsider.session.userId, `SELECT 1 FROM ${table} = $1`, [agreement.id])).toBe(0);
        expect(await visibleAs(company.session.userId, `SELECT 1 FROM ${table} = $1`, [agreement.id])).toBeGreaterThanOrEqual(table.startsWith('agreement_milestones') ? 0 : 1);
      }
      const signOutside = await sign(outsider, agreement.id, agreement.currentVersion.hash);
      expect(signOutside.errors?.[0]?.extensions).toEqual({ code: 'NOT_FOUND' });
    });

    it('makes every edit a numbered, hashed version that can be compared with any other', async () => {
      const before = (await read(university, agreement.id)).data?.agreement as AgreementView;
      const edited = await update(
        university,
        agreement.id,
        { terms: `${before.terms}\n\n## Article 7. Publication\nResults are published openly.`, milestones: milestonesFor(before) },
        before.version,
      );
      expect(edited.errors).toBeUndefined();
      const after = edited.data?.updateAgreement as AgreementView;
      expect(after.version).toBe(before.version + 1);
      expect(after.currentVersion).toMatchObject({ number: before.version + 1, authorName: 'Thu Dau Mot University' });
      expect(after.currentVersion.hash).not.toBe(before.currentVersion.hash);
      expect(after.versions.map((v) => v.number)).toEqual([after.version, before.version]);
      expect(after.milestones.map((m) => [m.title, m.status, m.responsible.id])).toEqual([
        ['Design report', 'PLANNED', university.organisationId],
        ['Pilot on Đại lộ Bình Dương', 'PLANNED', company.organisationId],
      ]);

      const diff = await as<{ agreement: { compareVersions: { terms: { kind: string; text: string }[]; changes: { scope: string; field: string; subjectLabel: string | null; after: string | null }[] } } }>(
        office,
        'query ($id: ID!, $from: Int!, $to: Int!) { agreement(id: $id) { compareVersions(from: $from, to: $to) { terms { kind text } changes { scope field subjectLabel after } } } }',
        { id: agreement.id, from: before.version, to: after.version },
      );
      const compared = diff.data?.agreement.compareVersions;
      expect(compared?.terms.filter((line) => line.kind === 'ADDED').map((line) => line.text)).toEqual(['', '## Article 7. Publication', 'Results are published openly.']);
      expect(compared?.changes).toEqual(
        expect.arrayContaining([
          { scope: 'MILESTONE', field: 'ADDED', subjectLabel: 'Design report', after: 'Design report' },
          { scope: 'MILESTONE', field: 'ADDED', subjectLabel: 'Pilot on Đại lộ Bình Dương', after: 'Pilot on Đại lộ Bình Dương' },
        ]),
      );

      // A milestone given to another party reads with both parties' names.
      const reassigned = await update(
        university,
        agreement.id,
        { milestones: after.milestones.map((m, i) => ({ id: m.id, title: m.title, dueDate: m.dueDate, responsibleOrganisationId: i === 0 ? office.organisationId : m.responsible.id, paymentShare: m.paymentShare })) },
        after.version,
      );
      expect(reassigned.errors).toBeUndefined();
      const relabelled = await as<{ agreement: { compareVersions: { fromCurrency: string; changes: { field: string; beforeLabel: string | null; afterLabel: string | null }[] } } }>(
        office,
        'query ($id: ID!, $from: Int!, $to: Int!) { agreement(id: $id) { compareVersions(from: $from, to: $to) { fromCurrency changes { field beforeLabel afterLabel } } } }',
        { id: agreement.id, from: after.version, to: after.version + 1 },
      );
      const names = async (party: Party) => (await as<{ organisation: { shortName: string | null; name: string } }>(office, 'query ($id: ID!) { organisation(id: $id) { shortName name } }', { id: party.organisationId })).data?.organisation;
      const [universityName, officeName] = [await names(university), await names(office)].map((o) => o?.shortName ?? o?.name);
      expect(relabelled.data?.agreement.compareVersions).toMatchObject({ fromCurrency: 'VND' });
      expect(relabelled.data?.agreement.compareVersions.changes).toContainEqual({ field: 'responsibleOrganisationId', beforeLabel: universityName, afterLabel: officeName });

      // Someone who read the earlier version cannot overwrite this one.
      const stale = await update(company, agreement.id, { title: 'Overwrite' }, before.version);
      expect(stale.errors?.[0]?.extensions).toEqual({ code: 'CONFLICT' });
      const unknown = await as(office, 'query ($id: ID!) { agreement(id: $id) { compareVersions(from: 1, to: 99) { from } } }', { id: agreement.id });
      expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    });

    it('refuses malformed and too large input with the field named, leaving nothing behind', async () => {
      const current = (await read(office, agreement.id)).data?.agreement as AgreementView;
      const cases: [Record<string, unknown>, string][] = [
        [{ startsOn: '2027-02-30' }, 'input.startsOn'],
        [{ startsOn: '2027-06-01', endsOn: '2027-05-01' }, 'input.endsOn'],
        [{ timeZone: 'Mars/Olympus' }, 'input.timeZone'],
        [{ title: 'x'.repeat(201) }, 'input.title'],
        [{ terms: 'x'.repeat(100_001) }, 'input.terms'],
        [{ parties: [{ organisationId: university.organisationId, role: 'COORDINATOR' }] }, 'input.parties'],
        [{ parties: [{ organisationId: office.organisationId, role: 'FUNDER', moneyContribution: -1 }] }, 'input.parties.0.moneyContribution'],
        [{ milestones: [{ title: 'M', dueDate: '2027-01-01', responsibleOrganisationId: outsider.organisationId }] }, 'input.milestones.0.responsibleOrganisationId'],
        [{ milestones: [{ title: 'M', dueDate: '2027-01-01', responsibleOrganisationId: office.organisationId, paymentShare: 101 }] }, 'input.milestones.0.paymentShare'],
        [
          {
            milestones: [
              { title: 'A', dueDate: '2027-01-01', responsibleOrganisationId: office.organisationId, paymentShare: 70 },
              { title: 'B', dueDate: '2027-01-02', responsibleOrganisationId: office.organisationId, paymentShare: 40 },
            ],
          },
          'input.milestones',
        ],
      ];
      for (const [input, field] of cases) {
        const refused = await update(office, agreement.id, input, current.version);
        expect({ field, extensions: refused.errors?.[0]?.extensions }).toEqual({ field, extensions: { code: 'BAD_USER_INPUT', field } });
      }
      const foreignFile = await uploadPdf(api.server.url, outsider.session, outsider.organisationId, 'Not yours');
      const file = await update(office, agreement.id, { attachmentIds: [foreignFile] }, current.version);
      expect(file.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.attachmentIds' });
      const unchanged = (await read(office, agreement.id)).data?.agreement as AgreementView;
      expect(unchanged.version).toBe(current.version);
    });

    it('asks for signatures only when complete, and only from the managing organisation', async () => {
      const fresh = await fromProposal(office, (await acceptedProposal()).proposalId);
      await move(office, 'openNegotiation', fresh.id);
      const incomplete = await move(office, 'requestSignatures', fresh.id);
      expect(incomplete.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'id' });
      expect(incomplete.errors?.[0]?.message).toContain('at least one milestone');
      const byParty = await move(university, 'requestSignatures', agreement.id);
      expect(byParty.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN' });
      const member = await colleague(office, 'MEMBER', 'Office clerk');
      const byMember = await move(member, 'requestSignatures', agreement.id);
      expect(byMember.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN' });
      const requested = await move(office, 'requestSignatures', agreement.id);
      expect(requested.data?.requestSignatures).toMatchObject({ status: 'PENDING_SIGNATURES' });
      expect(requested.data?.requestSignatures.missingSignatures.map((o) => o.id).sort()).toEqual(
        [office.organisationId, university.organisationId, company.organisationId].sort(),
      );
      const twice = await move(office, 'requestSignatures', agreement.id);
      expect(twice.errors?.[0]?.extensions).toEqual({ code: 'INVALID_TRANSITION' });
    });
  });

  describe('signatures', () => {
    it('are refused on a stale hash and from a member who is not an owner or admin', async () => {
      const agreement = await readyForSignatures();
      const stale = await sign(university, agreement.id, agreement.versions[1]?.hash as string);
      expect(stale.errors?.[0]?.extensions).toEqual({ code: 'CONFLICT' });
      const garbage = await sign(university, agreement.id, 'not a hash');
      expect(garbage.errors?.[0]?.extensions).toEqual({ code: 'CONFLICT' });
      const member = await colleague(university, 'MEMBER', 'Researcher');
      const byMember = await sign(member, agreement.id, agreement.currentVersion.hash);
      expect(byMember.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN' });
      expect((await read(member, agreement.id)).data?.agreement.viewerCan).toMatchObject({ sign: false, edit: true });
      const admin2 = await colleague(university, 'ADMIN', 'Vice rector');
      const byAdmin = await sign(admin2, agreement.id, agreement.currentVersion.hash);
      expect(byAdmin.errors).toBeUndefined();
      expect(byAdmin.data?.signAgreement.parties.find((p) => p.organisation.id === university.organisationId)).toMatchObject({ signedBy: 'Vice rector' });
      const twice = await sign(university, agreement.id, agreement.currentVersion.hash);
      expect(twice.errors?.[0]?.extensions).toEqual({ code: 'CONFLICT' });
      expect(await visibleAs(university.session.userId, 'SELECT 1 FROM agreement_signatures WHERE agreement_id = $1', [agreement.id])).toBe(1);
    });

    it('are dropped by an edit, which returns the agreement to negotiation', async () => {
      const agreement = await readyForSignatures();
      const signed = await sign(company, agreement.id, agreement.currentVersion.hash);
      expect(signed.data?.signAgreement.parties.find((p) => p.organisation.id === company.organisationId)?.signedAt).toBeTruthy();
      const edited = await update(university, agreement.id, { purpose: 'Signals that learn, and a public dashboard.' }, agreement.version);
      expect(edited.errors).toBeUndefined();
      const after = edited.data?.updateAgreement as AgreementView;
      expect(after.status).toBe('NEGOTIATION');
      expect(after.parties.every((p) => p.signedAt === null)).toBe(true);
      expect(after.currentVersion.signatures).toEqual([]);
      const onOld = await sign(office, agreement.id, agreement.currentVersion.hash);
      expect(onOld.errors?.[0]?.extensions).toEqual({ code: 'INVALID_TRANSITION' });
      await move(office, 'requestSignatures', agreement.id);
      const oldHash = await sign(office, agreement.id, agreement.currentVersion.hash);
      expect(oldHash.errors?.[0]?.extensions).toEqual({ code: 'CONFLICT' });
      const again = await read(company, agreement.id);
      expect(again.data?.agreement.missingSignatures).toHaveLength(3);
    });

    it('make the agreement ACTIVE exactly once when the three parties sign at the same moment', async () => {
      const agreement = await readyForSignatures();
      const results = await Promise.all([office, university, company].map((signer) => sign(signer, agreement.id, agreement.currentVersion.hash)));
      expect(results.map((result) => result.errors)).toEqual([undefined, undefined, undefined]);
      const active = (await read(office, agreement.id)).data?.agreement as AgreementView;
      expect(active).toMatchObject({ status: 'ACTIVE', amendmentPending: false, missingSignatures: [], signedVersion: { number: agreement.version, hash: agreement.currentVersion.hash } });
      expect(active.signedVersion?.signatures).toHaveLength(3);
      expect(active.signedVersion?.signatures.every((s) => s.versionHash === agreement.currentVersion.hash)).toBe(true);
      expect(results.filter((result) => result.data?.signAgreement.status === 'ACTIVE')).toHaveLength(1);
      const { rows } = await sql.query<{ activated_at: Date; signed_version: number }>('SELECT activated_at, signed_version FROM agreements WHERE id = $1', [agreement.id]);
      expect(rows[0]?.signed_version).toBe(agreement.version);
      const late = await sign(office, agreement.id, agreement.currentVersion.hash);
      expect(late.errors?.[0]?.extensions).toEqual({ code: 'INVALID_TRANSITION' });
    });
  });

  describe('an agreement in force', () => {
    let agreement: AgreementView;

    beforeAll(async () => {
      agreement = await signAll(await readyForSignatures());
      expect(agreement.status).toBe('ACTIVE');
    });

    it('is changed only by an amendment, which leaves the signed version in force until every party signs it', async () => {
      const direct = await update(university, agreement.id, { title: 'Changed' }, agreement.version);
      expect(direct.errors?.[0]?.extensions).toEqual({ code: 'INVALID_TRANSITION' });
      const later = shift(agreement.milestones[1]?.dueDate as string, 30);
      const amended = await as<{ amendAgreement: AgreementView }>(
        company,
        `mutation ($id: ID!, $input: AgreementInput!) { amendAgreement(id: $id, input: $input) ${AGREEMENT} }`,
        { id: agreement.id, input: { milestones: agreement.milestones.map((m, i) => ({ id: m.id, title: m.title, dueDate: i === 1 ? later : m.dueDate, responsibleOrganisationId: m.responsible.id, deliverable: 'x', paymentShare: m.paymentShare })) } },
      );
      expect(amended.errors).toBeUndefined();
      const pending = amended.data?.amendAgreement as AgreementView;
      expect(pending).toMatchObject({ status: 'ACTIVE', amendmentPending: true, signedVersion: { number: agreement.version }, currentVersion: { number: agreement.version + 1, amendment: true } });
      // The milestones in force keep the signed due date until the amendment is signed.
      expect(pending.milestones[1]?.dueDate).toBe(agreement.milestones[1]?.dueDate);
      expect(pending.missingSignatures).toHaveLength(3);
      expect(pending.parties.every((p) => p.signedAt === null)).toBe(true);

      await sign(office, agreement.id, pending.currentVersion.hash);
      const half = (await read(university, agreement.id)).data?.agreement as AgreementView;
      expect(half).toMatchObject({ amendmentPending: true, signedVersion: { number: agreement.version } });
      expect(half.milestones[1]?.dueDate).toBe(agreement.milestones[1]?.dueDate);
      await sign(university, agreement.id, pending.currentVersion.hash);
      const done = (await sign(company, agreement.id, pending.currentVersion.hash)).data?.signAgreement as AgreementView;
      expect(done).toMatchObject({ status: 'ACTIVE', amendmentPending: false, signedVersion: { number: pending.version } });
      expect(done.milestones[1]?.dueDate).toBe(later);
      expect(done.milestones.map((m) => m.id)).toEqual(agreement.milestones.map((m) => m.id));
    });

    it('can have a pending amendment withdrawn by the managing organisation', async () => {
      const current = (await read(office, agreement.id)).data?.agreement as AgreementView;
      const amended = await as<{ amendAgreement: AgreementView }>(company, `mutation ($id: ID!, $input: AgreementInput!) { amendAgreement(id: $id, input: $input) ${AGREEMENT} }`, {
        id: agreement.id,
        input: { purpose: 'A different purpose' },
      });
      expect(amended.data?.amendAgreement.amendmentPending).toBe(true);
      const byParty = await move(company, 'withdrawAmendment', agreement.id);
      expect(byParty.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN' });
      const withdrawn = (await move(office, 'withdrawAmendment', agreement.id)).data?.withdrawAmendment as AgreementView;
      expect(withdrawn).toMatchObject({ amendmentPending: false, purpose: current.purpose, signedVersion: { number: current.signedVersion?.number } });
      expect(withdrawn.currentVersion.hash).toBe(current.signedVersion?.hash);
      expect(withdrawn.parties.every((p) => p.signedAt !== null)).toBe(true);
    });

    it('runs milestones: the responsible party submits, another party reviews, the last acceptance completes it', async () => {
      const [design, pilot] = (await read(office, agreement.id)).data?.agreement.milestones ?? [];
      if (!design || !pilot) throw new Error('milestones missing');
      const submit = (by: Party, id: string, input: Record<string, unknown>) =>
        as<{ submitMilestone: { status: string } }>(by, 'mutation ($id: ID!, $input: SubmitMilestoneInput!) { submitMilestone(id: $id, input: $input) { status } }', { id, input });
      const review = (by: Party, id: string, accept: boolean, reason?: string) =>
        as<{ reviewMilestone: { status: string } }>(by, 'mutation ($id: ID!, $accept: Boolean!, $reason: String) { reviewMilestone(id: $id, accept: $accept, reason: $reason) { status } }', {
          id,
          accept,
          reason,
        });

      const abilities = async (who: Party) =>
        (
          await as<{ agreement: { milestones: { viewerCan: { submit: boolean; review: boolean; reviewingOrganisationId: string | null } }[] } }>(
            who,
            'query ($id: ID!) { agreement(id: $id) { milestones { viewerCan { submit review reviewingOrganisationId } } } }',
            { id: agreement.id },
          )
        ).data?.agreement.milestones[0]?.viewerCan;
      expect(await abilities(university)).toEqual({ submit: true, review: false, reviewingOrganisationId: null });
      expect(await abilities(company)).toEqual({ submit: false, review: false, reviewingOrganisationId: null });
      expect((await submit(company, design.id, { note: 'Not ours' })).errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN' });
      expect((await submit(outsider, design.id, { note: 'x' })).errors?.[0]?.extensions).toEqual({ code: 'NOT_FOUND' });
      expect((await review(company, design.id, true)).errors?.[0]?.extensions).toEqual({ code: 'INVALID_TRANSITION' });
      expect((await submit(university, design.id, { note: ' ' })).errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.note' });
      const report = await uploadPdf(api.server.url, university.session, university.organisationId, 'Design report');
      expect((await submit(university, design.id, { note: 'The design report', attachmentIds: [report] })).data?.submitMilestone.status).toBe('SUBMITTED');
      expect((await review(university, design.id, true)).errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN' });
      expect(await abilities(university)).toEqual({ submit: false, review: false, reviewingOrganisationId: null });
      expect(await abilities(company)).toEqual({ submit: false, review: true, reviewingOrganisationId: company.organisationId });
      const viewer = await colleague(company, 'VIEWER', 'Company viewer');
      expect(await abilities(viewer)).toEqual({ submit: false, review: false, reviewingOrganisationId: null });
      expect((await review(office, design.id, false)).errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'reason' });
      expect((await review(office, design.id, false, 'Section 3 is missing')).data?.reviewMilestone.status).toBe('REJECTED');
      expect((await submit(university, design.id, { note: 'With section 3' })).data?.submitMilestone.status).toBe('SUBMITTED');
      expect((await review(company, design.id, true)).data?.reviewMilestone.status).toBe('ACCEPTED');
      expect((await submit(university, design.id, { note: 'again' })).errors?.[0]?.extensions).toEqual({ code: 'INVALID_TRANSITION' });

      // Parties read the deliverable's files; outsiders cannot.
      const asCompany = await fetch(`${api.server.url}/api/files/${report}`, { headers: { authorization: `Bearer ${company.session.token}` } });
      expect(asCompany.status).toBe(200);
      const asOutsider = await fetch(`${api.server.url}/api/files/${report}`, { headers: { authorization: `Bearer ${outsider.session.token}` } });
      expect(asOutsider.status).toBe(404);

      await submit(company, pilot.id, { note: 'Pilot report' });
      expect((await review(university, pilot.id, true)).data?.reviewMilestone.status).toBe('ACCEPTED');
      const completed = (await read(office, agreement.id)).data?.agreement as AgreementView;
      expect(completed.status).toBe('COMPLETED');
      expect(completed.milestones[0]?.events.map((e) => [e.action, e.organisation.id])).toEqual([
        ['SUBMITTED', university.organisationId],
        ['REJECTED', office.organisationId],
        ['SUBMITTED', university.organisationId],
        ['ACCEPTED', company.organisationId],
      ]);
      expect(completed.milestones[0]?.events[0]?.attachments).toEqual([{ id: report }]);
      const terminate = await as(office, 'mutation ($id: ID!) { terminateAgreement(id: $id, reason: "late") { id } }', { id: agreement.id });
      expect(terminate.errors?.[0]?.extensions).toEqual({ code: 'INVALID_TRANSITION' });
    });
  });

  describe('overdue milestones', () => {
    it('are overdue from the midnight after the due day in the agreement’s own time zone', async () => {
      const agreement = await signAll(await readyForSignatures());
      const [first, second] = agreement.milestones;
      // Kiritimati (UTC+14) and Pago Pago (UTC−11) are 25 hours apart: for most of each day they disagree on the date.
      const zones = ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Ho_Chi_Minh'];
      for (const zone of zones) {
        await sql.query('UPDATE agreements SET time_zone = $2 WHERE id = $1', [agreement.id, zone]);
        await sql.query('UPDATE agreement_milestones SET due_date = $2 WHERE id = $1', [first?.id, shift(today(zone), -1)]);
        await sql.query('UPDATE agreement_milestones SET due_date = $2 WHERE id = $1', [second?.id, today(zone)]);
        const read1 = (await read(office, agreement.id)).data?.agreement as AgreementView;
        expect({ zone, overdue: read1.milestones.map((m) => m.overdue) }).toEqual({ zone, overdue: [true, false] });
        const listed = await as<{ agreements: { edges: { node: { id: string } }[] } }>(office, '{ agreements(filter: { overdue: true }, first: 100) { edges { node { id } } } }');
        expect(listed.data?.agreements.edges.map((e) => e.node.id)).toContain(agreement.id);
      }
      await sql.query(`UPDATE agreement_milestones SET due_date = $2 WHERE agreement_id = $1`, [agreement.id, shift(today('Pacific/Kiritimati'), 1)]);
      const none = await as<{ agreements: { edges: { node: { id: string } }[] } }>(office, '{ agreements(filter: { overdue: true }, first: 100) { edges { node { id } } } }');
      expect(none.data?.agreements.edges.map((e) => e.node.id)).not.toContain(agreement.id);
    });
  });

  describe('a page of agreements', () => {
    it('costs the same number of statements for 50 agreements as for 5, relations included', async () => {
      const lister = await party('STATE', 'Department of Science');
      const inputs = Array.from({ length: 50 }, (_, index) => ({
        title: `Partnership ${index}`,
        startsOn: '2027-01-01',
        endsOn: '2027-12-31',
        parties: [
          { organisationId: lister.organisationId, role: 'FUNDER', moneyContribution: 1_000_000 * (index + 1) },
          { organisationId: university.organisationId, role: 'RESEARCH_PARTNER', inKindContribution: 'Laboratory' },
        ],
        milestones: [
          { title: 'Inception', dueDate: '2027-03-01', responsibleOrganisationId: university.organisationId, paymentShare: 30 },
          { title: 'Final report', dueDate: '2027-12-01', responsibleOrganisationId: university.organisationId, paymentShare: 70 },
        ],
      }));
      for (const input of inputs) {
        const created = await as<{ createAgreement: { id: string } }>(lister, 'mutation ($input: CreateAgreementInput!) { createAgreement(input: $input) { id } }', { input });
        expect(created.errors).toBeUndefined();
      }
      const PAGE = `query ($first: Int) { agreements(first: $first) { totalCount edges { node { id title status version amendmentPending totalValue { amount }
        managingOrganisation { id } parties { organisation { id name } role signedAt } missingSignatures { id }
        currentVersion { number hash signatures { signerName } } signedVersion { number }
        milestones { title dueDate overdue status responsible { id } events { note } } viewerCan { edit sign manage } viewerRoles } } } }`;
      const spy = jest.spyOn(Client.prototype, 'query');
      const statementsFor = async (first: number) => {
        spy.mockClear();
        const response = await as<{ agreements: { edges: { node: { parties: unknown[]; milestones: unknown[] } }[] } }>(lister, PAGE, { first });
        expect(response.errors).toBeUndefined();
        const nodes = response.data?.agreements.edges.map((edge) => edge.node) ?? [];
        expect(nodes).toHaveLength(first);
        for (const node of nodes) expect([node.parties.length, node.milestones.length]).toEqual([2, 2]);
        return spy.mock.calls.length;
      };
      try {
        await statementsFor(5);
        const five = await statementsFor(5);
        const fifty = await statementsFor(50);
        console.log(`agreements: ${five} statements for 5, ${fifty} for 50`);
        expect(fifty).toBe(five);
      } finally {
        spy.mockRestore();
      }
    });
  });

  describe('ending', () => {
    it('cancels before ACTIVE and terminates an active one, each with a reason, by the managing organisation', async () => {
      const draft = await readyForSignatures();
      const noReason = await as(office, 'mutation ($id: ID!) { cancelAgreement(id: $id, reason: " ") { id } }', { id: draft.id });
      expect(noReason.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'reason' });
      const byParty = await as(company, 'mutation ($id: ID!) { cancelAgreement(id: $id, reason: "No") { id } }', { id: draft.id });
      expect(byParty.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN' });
      const early = await as(office, 'mutation ($id: ID!) { terminateAgreement(id: $id, reason: "No") { id } }', { id: draft.id });
      expect(early.errors?.[0]?.extensions).toEqual({ code: 'INVALID_TRANSITION' });
      const cancelled = await as<{ cancelAgreement: AgreementView }>(office, `mutation ($id: ID!) { cancelAgreement(id: $id, reason: "Budget withdrawn") ${AGREEMENT} }`, { id: draft.id });
      expect(cancelled.data?.cancelAgreement).toMatchObject({ status: 'CANCELLED', endReason: 'Budget withdrawn' });
      expect((await read(company, draft.id)).data?.agreement.endReason).toBe('Budget withdrawn');
      const signAfter = await sign(company, draft.id, draft.currentVersion.hash);
      expect(signAfter.errors?.[0]?.extensions).toEqual({ code: 'INVALID_TRANSITION' });

      const active = await signAll(await readyForSignatures());
      const cancelActive = await as(office, 'mutation ($id: ID!) { cancelAgreement(id: $id, reason: "No") { id } }', { id: active.id });
      expect(cancelActive.errors?.[0]?.extensions).toEqual({ code: 'INVALID_TRANSITION' });
      const terminated = await as<{ terminateAgreement: AgreementView }>(office, `mutation ($id: ID!) { terminateAgreement(id: $id, reason: "The pilot site was withdrawn") ${AGREEMENT} }`, {
        id: active.id,
      });
      expect(terminated.data?.terminateAgreement).toMatchObject({ status: 'TERMINATED', endReason: 'The pilot site was withdrawn' });
    });

    it('creates a standalone agreement managed by the active organisation', async () => {
      const created = await as<{ createAgreement: AgreementView }>(outsider, `mutation ($input: CreateAgreementInput!) { createAgreement(input: $input) ${AGREEMENT} }`, {
        input: { title: 'Data sharing', parties: [{ organisationId: outsider.organisationId, role: 'COORDINATOR' }, { organisationId: company.organisationId, role: 'IMPLEMENTATION_PARTNER' }] },
      });
      expect(created.data?.createAgreement).toMatchObject({ status: 'DRAFT', version: 1, managingOrganisation: { id: outsider.organisationId }, proposal: null });
      const withoutSelf = await as(outsider, 'mutation ($input: CreateAgreementInput!) { createAgreement(input: $input) { id } }', {
        input: { title: 'Not mine', parties: [{ organisationId: company.organisationId, role: 'FUNDER' }] },
      });
      expect(withoutSelf.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.parties' });
      const { rows } = await sql.query('SELECT count(*)::int AS n FROM agreements WHERE managing_organisation_id = $1', [outsider.organisationId]);
      expect(rows[0]).toEqual({ n: 1 });
    });
  });
});
