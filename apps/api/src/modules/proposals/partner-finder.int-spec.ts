import { Client } from 'pg';
import { ADMIN, ADMIN_ENV, type Session, signIn } from '@tests/support/accounts';
import { asParty, newParty, type OrganisationKind, type Party } from '@tests/support/parties';
import { startTestApi, type TestApi } from '@api/testing/test-api';

/**
 * The partner finder against the running API: who is suggested (verified organisations other than
 * the lead, the owner and those already named), in which order and why, and who may ask.
 */

interface Suggestion {
  organisation: { id: string };
  score: number;
  reasons: string[];
  matchedExpertise: string[];
}

const SUGGESTIONS = `query ($proposalId: ID!, $first: Int) { partnerSuggestions(proposalId: $proposalId, first: $first) { organisation { id } score reasons matchedExpertise } }`;

describe('partner finder', () => {
  let api: TestApi;
  let sql: Client;
  let admin: Session;
  let owner: Party;
  let lead: Party;
  let expert: Party;
  let pastPartner: Party;
  let city: Party;
  let named: Party;
  let unverified: Party;
  let agreed: Party;
  let negotiating: Party;
  let proposalId: string;

  const as = asParty;
  const party = (kind: OrganisationKind, name: string, verified = true): Promise<Party> => newParty(api.server.url, kind, name, verified ? admin : undefined);

  const openProject = async (title: string): Promise<string> => {
    const { rows } = await sql.query<{ id: string }>(
      `INSERT INTO projects (organisation_id, created_by, title, summary, kind, domain, eligible_kinds, closes_at, published_at, status, visibility, sealed)
       VALUES ($1, $2, $3, 'Adaptive traffic signals with sensors', 'RESEARCH_CALL', 'MOBILITY', ARRAY['UNIVERSITY', 'ENTERPRISE'], now() + interval '10 days', now(), 'OPEN', 'PUBLIC', true)
       RETURNING id`,
      [owner.organisationId, owner.session.userId, title],
    );
    return rows[0]?.id as string;
  };

  const propose = async (by: Party, projectId: string, partnerOrganisationIds: string[] = []): Promise<string> => {
    const created = await as<{ createProposal: { id: string } }>(by, `mutation ($input: CreateProposalInput!) { createProposal(input: $input) { id } }`, {
      input: { projectId, title: 'Signals', partnerOrganisationIds },
    });
    if (!created.data?.createProposal) throw new Error(`createProposal failed: ${JSON.stringify(created.errors)}`);
    return created.data.createProposal.id;
  };

  beforeAll(async () => {
    api = await startTestApi(ADMIN_ENV);
    sql = new Client({ connectionString: api.databaseUrl });
    await sql.connect();
    admin = await signIn(api.server.url, ADMIN.email, ADMIN.password);
    owner = await party('STATE', 'Office');
    lead = await party('UNIVERSITY', 'Lead');
    expert = await party('ENTERPRISE', 'Expert');
    pastPartner = await party('UNIVERSITY', 'Past partner');
    city = await party('STATE', 'City');
    named = await party('ENTERPRISE', 'Named');
    unverified = await party('ENTERPRISE', 'Unverified', false);
    agreed = await party('ENTERPRISE', 'Agreed');
    negotiating = await party('ENTERPRISE', 'Negotiating');
    await sql.query(`UPDATE organisations SET expertise = ARRAY['traffic signals', 'sensors', 'hydrology'] WHERE id = $1`, [expert.organisationId]);
    // An earlier consortium: the lead with the past partner, on another call.
    await propose(lead, await openProject('Earlier call'), [pastPartner.organisationId]);
    proposalId = await propose(lead, await openProject('Smart traffic lights'), [named.organisationId]);
    // A signed partnership with one enterprise, one still in negotiation with another.
    for (const [partner, status] of [
      [agreed, 'ACTIVE'],
      [negotiating, 'NEGOTIATION'],
    ] as const) {
      const { rows } = await sql.query<{ id: string }>(
        `INSERT INTO agreements (managing_organisation_id, created_by, title, status, current_version, signed_version, activated_at)
         VALUES ($1, $2, 'Earlier partnership', $3, 1, CASE WHEN $3 = 'ACTIVE' THEN 1 END, CASE WHEN $3 = 'ACTIVE' THEN now() END) RETURNING id`,
        [lead.organisationId, lead.session.userId, status],
      );
      await sql.query(
        `INSERT INTO agreement_parties (agreement_id, organisation_id, role, position) VALUES ($1, $2, 'COORDINATOR', 0), ($1, $3, 'IMPLEMENTATION_PARTNER', 1)`,
        [rows[0]?.id, lead.organisationId, partner.organisationId],
      );
    }
  });

  afterAll(async () => {
    await sql?.end();
    await api?.close();
  });

  it('ranks verified organisations by fit and says why, leaving out the lead, the owner, named partners and unverified ones', async () => {
    const response = await as<{ partnerSuggestions: Suggestion[] }>(lead, SUGGESTIONS, { proposalId, first: 50 });
    expect(response.errors).toBeUndefined();
    const suggestions = response.data?.partnerSuggestions ?? [];
    const ids = suggestions.map((suggestion) => suggestion.organisation.id);
    for (const excluded of [lead, owner, named, unverified]) expect(ids).not.toContain(excluded.organisationId);
    const of = (party: Party) => suggestions.find((suggestion) => suggestion.organisation.id === party.organisationId);
    // The consortium is a university and an enterprise: only the state completes the triple helix.
    expect(of(expert)).toEqual({ organisation: { id: expert.organisationId }, score: 0.5, reasons: ['ELIGIBLE_KIND', 'EXPERTISE_MATCH'], matchedExpertise: ['traffic signals', 'sensors'] });
    expect(of(pastPartner)).toMatchObject({ score: 0.2, reasons: ['ELIGIBLE_KIND', 'PAST_COLLABORATION'] });
    expect(of(city)).toMatchObject({ score: 0.3, reasons: ['COMPLETES_HELIX'] });
    // A signed agreement is a collaboration; one still being negotiated is not yet.
    expect(of(agreed)).toMatchObject({ reasons: ['ELIGIBLE_KIND', 'PAST_COLLABORATION'] });
    expect(of(negotiating)).toMatchObject({ reasons: ['ELIGIBLE_KIND'] });
    expect(ids.indexOf(expert.organisationId)).toBeLessThan(ids.indexOf(city.organisationId));
    expect(ids.indexOf(city.organisationId)).toBeLessThan(ids.indexOf(pastPartner.organisationId));
    expect(suggestions.map((suggestion) => suggestion.score)).toEqual([...suggestions.map((suggestion) => suggestion.score)].sort((a, b) => b - a));
    const one = await as<{ partnerSuggestions: Suggestion[] }>(lead, SUGGESTIONS, { proposalId, first: 1 });
    expect(one.data?.partnerSuggestions).toHaveLength(1);
  });

  it('refuses partners (FORBIDDEN) and outsiders (NOT_FOUND, as for a random id)', async () => {
    const partner = await as(named, SUGGESTIONS, { proposalId });
    expect(partner.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const outsider = await as(expert, SUGGESTIONS, { proposalId });
    expect(outsider.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    const random = await as(expert, SUGGESTIONS, { proposalId: '00000000-0000-4000-8000-000000000000' });
    expect(random.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  });
});
