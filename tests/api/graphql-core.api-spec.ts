import { randomUUID } from 'node:crypto';
import { graphql, onlyError } from '@tests/support/graphql';
import { startServer, type StartedServer } from '@tests/support/server';

const ORGANISATIONS = `query Organisations($first: Int, $after: String, $filter: OrganisationFilter) {
  organisations(first: $first, after: $after, filter: $filter) {
    totalCount
    edges { cursor node { id name shortName kind status description } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface OrganisationsData {
  organisations: {
    totalCount: number;
    edges: { cursor: string; node: { id: string; name: string; kind: string; status: string; description: string | null } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

describe('GraphQL core over HTTP (production mode, demo data)', () => {
  let server: StartedServer;

  beforeAll(async () => {
    server = await startServer({ demoData: true });
  });

  afterAll(async () => {
    await server?.stop();
  });

  it('answers /health with the database up', async () => {
    const response = await fetch(`${server.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: 'up' });
  });

  it('pages through the public organisations with cursors and no overlap', async () => {
    const first = await graphql<OrganisationsData>(server.url, ORGANISATIONS, { variables: { first: 3 } });
    expect(first.errors).toBeUndefined();
    const page1 = first.data?.organisations;
    expect(page1?.totalCount).toBe(7);
    expect(page1?.edges).toHaveLength(3);
    expect(page1?.pageInfo.hasNextPage).toBe(true);

    const seen = new Set(page1?.edges.map((edge) => edge.node.id));
    let after = page1?.pageInfo.endCursor;
    let hasNext = true;
    while (hasNext) {
      const next = await graphql<OrganisationsData>(server.url, ORGANISATIONS, { variables: { first: 3, after } });
      const page = next.data?.organisations;
      for (const edge of page?.edges ?? []) {
        expect(seen.has(edge.node.id)).toBe(false);
        seen.add(edge.node.id);
      }
      hasNext = page?.pageInfo.hasNextPage ?? false;
      after = page?.pageInfo.endCursor;
    }
    expect(seen.size).toBe(7);
  });

  it('filters by kind and finds names without diacritics', async () => {
    const universities = await graphql<OrganisationsData>(server.url, ORGANISATIONS, { variables: { filter: { kinds: ['UNIVERSITY'] } } });
    expect(universities.data?.organisations.edges.map((edge) => edge.node.kind)).toEqual(['UNIVERSITY', 'UNIVERSITY']);
    const search = await graphql<OrganisationsData>(server.url, ORGANISATIONS, { variables: { filter: { search: 'thu dau mot' } } });
    expect(search.data?.organisations.edges.map((edge) => edge.node.name)).toEqual(['Trường Đại học Thủ Dầu Một']);
    const percent = await graphql<OrganisationsData>(server.url, ORGANISATIONS, { variables: { filter: { search: "%' OR 1=1 --" } } });
    expect(percent.data?.organisations.totalCount).toBe(0);
  });

  it('describes organisations in the reader language', async () => {
    const query = `query { organisations(first: 1, filter: { search: "TDMU" }) { edges { node { description } } } }`;
    const vi = await graphql<OrganisationsData>(server.url, query);
    const en = await graphql<OrganisationsData>(server.url, query, { headers: { 'accept-language': 'en-GB,en;q=0.9' } });
    expect(vi.data?.organisations.edges[0]?.node.description).toMatch(/^Trường đại học công lập/);
    expect(en.data?.organisations.edges[0]?.node.description).toMatch(/^Public university/);
  });

  it('refuses pages over 100 with BAD_USER_INPUT on `first`, in Vietnamese by default and English on request', async () => {
    const vi = onlyError(await graphql(server.url, ORGANISATIONS, { variables: { first: 101 } }));
    expect(vi.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(vi.message).toBe('Mỗi trang có tối đa 100 mục.');
    const en = onlyError(await graphql(server.url, ORGANISATIONS, { variables: { first: 101 }, headers: { 'accept-language': 'en' } }));
    expect(en.message).toBe('A page holds at most 100 items.');
    expect(onlyError(await graphql(server.url, ORGANISATIONS, { variables: { first: 0 } })).extensions?.field).toBe('first');
  });

  it('refuses a forged cursor with BAD_USER_INPUT on `after`', async () => {
    const error = onlyError(await graphql(server.url, ORGANISATIONS, { variables: { after: 'not-a-cursor' } }));
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('answers NOT_FOUND for an unknown id and BAD_USER_INPUT for a malformed one', async () => {
    const query = 'query ($id: ID!) { organisation(id: $id) { id name } }';
    const missing = onlyError(await graphql(server.url, query, { variables: { id: randomUUID() }, headers: { 'accept-language': 'en' } }));
    expect(missing.extensions).toEqual({ code: 'NOT_FOUND' });
    expect(missing.message).toBe('The requested organisation was not found.');
    const malformed = onlyError(await graphql(server.url, query, { variables: { id: "1' OR '1'='1" } }));
    expect(malformed.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('maps invalid queries and wrongly typed variables to BAD_USER_INPUT without internals', async () => {
    const unknownField = onlyError(await graphql(server.url, '{ organisations { nope } }'));
    expect(unknownField.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(unknownField)).not.toMatch(/stacktrace|at .*\.js/);
    const wrongType = onlyError(await graphql(server.url, ORGANISATIONS, { variables: { first: 'many' } }));
    expect(wrongType.extensions?.code).toBe('BAD_USER_INPUT');
    const syntax = onlyError(await graphql(server.url, '{ organisations { '));
    expect(syntax.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('enforces operation limits: aliases, depth and tokens', async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: organisations(first: 1) { totalCount }`).join(' ');
    const tooManyAliases = await graphql(server.url, `{ ${aliases} }`);
    expect(tooManyAliases.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(tooManyAliases.data ?? null).toBeNull();

    const tokens = `{ organisations { totalCount ${'__typename '.repeat(4000)} } }`;
    const tooManyTokens = await graphql(server.url, tokens, { headers: { 'accept-language': 'en' } });
    expect(tooManyTokens.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(tooManyTokens.errors?.[0]?.message).toMatch(/exceeds the allowed limits/);
  });

  it('does not serve introspection in production', async () => {
    const response = await graphql(server.url, '{ __schema { queryType { name } } }');
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.data ?? null).toBeNull();
  });

  it('refuses batched requests and simple cross-site GETs (CSRF prevention)', async () => {
    const batched = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ organisations { totalCount } }' }, { query: '{ organisations { totalCount } }' }]),
    });
    expect(batched.status).toBe(400);

    const simpleGet = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ organisations { totalCount } }')}`);
    expect(simpleGet.status).toBe(400);
  });

  it('echoes a request id for tracing', async () => {
    const response = await fetch(`${server.url}/health`, { headers: { 'x-request-id': 'trace-123' } });
    expect(response.headers.get('x-request-id')).toBe('trace-123');
    const generated = await fetch(`${server.url}/health`);
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('serves the web client for client-side routes and keeps API paths out of the fallback', async () => {
    const deepLink = await fetch(`${server.url}/organisations/some-id`, { headers: { accept: 'text/html' } });
    expect(deepLink.status).toBe(200);
    expect(deepLink.headers.get('content-type')).toMatch(/text\/html/);
    expect(await deepLink.text()).toMatch(/<div id="root">/);
    const unknownApi = await fetch(`${server.url}/api/nothing-here`, { headers: { accept: 'text/html' } });
    expect(unknownApi.status).toBe(404);
  });
});
