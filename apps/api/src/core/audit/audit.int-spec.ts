import { Client } from 'pg';
import { ADMIN, ADMIN_ENV, signIn } from '@tests/support/accounts';
import { asParty, newParty, type Party } from '@tests/support/parties';
import { startTestApi, type TestApi } from '@api/testing/test-api';

/**
 * The audit trail against the running API and its database: what a flow appends (who, for which
 * organisation, before and after), who may read it, and that nobody — the table's owner included —
 * can change or remove a line of it.
 */

interface AuditView {
  action: string;
  subjectType: string;
  subjectId: string;
  parentId: string | null;
  actorName: string;
  organisation: { id: string } | null;
  changes: { field: string; before: string | null; after: string | null }[];
}

const LOG = `query ($id: ID!) { auditLog(subjectId: $id, first: 100) { totalCount edges { node {
  action subjectType subjectId parentId actorName organisation { id } changes { field before after } } } } }`;

describe('audit trail', () => {
  let api: TestApi;
  let sql: Client;
  let office: Party;
  let university: Party;
  let outsider: Party;
  let agreementId: string;

  const log = async (who: Party, id: string): Promise<AuditView[]> => {
    const response = await asParty<{ auditLog: { edges: { node: AuditView }[] } }>(who, LOG, { id });
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return response.data?.auditLog.edges.map((edge) => edge.node) ?? [];
  };

  beforeAll(async () => {
    api = await startTestApi(ADMIN_ENV);
    sql = new Client({ connectionString: api.databaseUrl });
    await sql.connect();
    const admin = await signIn(api.server.url, ADMIN.email, ADMIN.password);
    office = await newParty(api.server.url, 'STATE', 'Office Clerk', admin);
    university = await newParty(api.server.url, 'UNIVERSITY', 'University Rector', admin);
    outsider = await newParty(api.server.url, 'ENTERPRISE', 'Outsider', admin);
    const created = await asParty<{ createAgreement: { id: string; version: number } }>(
      office,
      'mutation ($input: CreateAgreementInput!) { createAgreement(input: $input) { id version } }',
      { input: { title: 'Data sharing', parties: [{ organisationId: office.organisationId, role: 'FUNDER' }, { organisationId: university.organisationId, role: 'RESEARCH_PARTNER' }] } },
    );
    agreementId = created.data?.createAgreement.id as string;
    await asParty(office, 'mutation ($id: ID!) { openNegotiation(id: $id) { id } }', { id: agreementId });
    await asParty(university, 'mutation ($id: ID!, $v: Int!) { updateAgreement(id: $id, expectedVersion: $v, input: { disclosed: true }) { id } }', { id: agreementId, v: 1 });
  });

  afterAll(async () => {
    await sql?.end();
    await api?.close();
  });

  it('appends every step with who, for which organisation, and what changed', async () => {
    const events = await log(office, agreementId);
    expect(events.map((event) => event.action)).toEqual(['AGREEMENT_DISCLOSURE_CHANGED', 'AGREEMENT_EDITED', 'AGREEMENT_NEGOTIATION_OPENED', 'AGREEMENT_CREATED']);
    expect(events[0]).toMatchObject({ actorName: 'University Rector', organisation: { id: university.organisationId }, changes: [{ field: 'disclosed', before: 'false', after: 'true' }] });
    expect(events[2]).toMatchObject({ actorName: 'Office Clerk', organisation: { id: office.organisationId }, changes: [{ field: 'status', before: 'DRAFT', after: 'NEGOTIATION' }] });
    expect(events[1]?.changes.map((change) => change.field)).toEqual(['hash', 'version']);
  });

  it('is read by the organisations concerned only', async () => {
    expect(await log(university, agreementId)).toHaveLength(4);
    const hidden = await asParty(outsider, LOG, { id: agreementId });
    expect(hidden.errors?.[0]?.extensions).toEqual({ code: 'NOT_FOUND' });
    const anonymous = await fetch(`${api.server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: LOG, variables: { id: agreementId } }),
    });
    expect(((await anonymous.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('records verification and membership changes for the organisation', async () => {
    const events = await log(office, office.organisationId);
    expect(events.map((event) => event.action)).toContain('ORGANISATION_VERIFIED');
    expect(await log(outsider, office.organisationId)).toEqual([]);
  });

  it('refuses to change or remove a line, even for the table’s owner', async () => {
    const before = await sql.query('SELECT count(*)::int AS n FROM audit_events');
    await expect(sql.query(`UPDATE audit_events SET action = 'FORGED' WHERE subject_id = $1`, [agreementId])).rejects.toThrow(/append-only/);
    await expect(sql.query(`DELETE FROM audit_events WHERE subject_id = $1`, [agreementId])).rejects.toThrow(/append-only/);
    await expect(sql.query(`TRUNCATE audit_events`)).rejects.toThrow(/append-only/);
    expect((await sql.query('SELECT count(*)::int AS n FROM audit_events')).rows).toEqual(before.rows);
    // The API's role may not even try.
    await sql.query('BEGIN');
    try {
      await sql.query('SET LOCAL ROLE helix_app');
      await expect(sql.query(`DELETE FROM audit_events`)).rejects.toThrow(/permission denied/);
    } finally {
      await sql.query('ROLLBACK');
    }
  });
});
