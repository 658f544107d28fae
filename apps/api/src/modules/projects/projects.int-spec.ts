import { Client } from 'pg';
import { ADMIN, ADMIN_ENV, createOrganisation, type Session, signIn, signUp } from '@tests/support/accounts';
import { startTestApi, type TestApi } from '@api/testing/test-api';

/**
 * What the catalogue costs the database: the number of SQL statements for a page does not grow
 * with the page (no N+1 over owners, indicators, criteria, attachments, questions or eligibility),
 * and the search door `helix.match_projects` is answered from its GIN indexes.
 */

/** One page of the catalogue with every relation a card or a list shows. */
const PAGE = `query ($first: Int) { projects(first: $first, sort: CLOSING_SOON) {
  totalCount
  edges { node {
    id title status budget { amount currency } closesAt
    owner { id name kind }
    indicators { code name }
    criteria { id name weight }
    attachments { id name url }
    questions { id text answer askedByYou }
    eligibility { eligible reason message }
    viewerCanManage
    proposalCount
  } }
} }`;

interface PageData {
  projects: {
    totalCount: number;
    edges: {
      node: { id: string; owner: { id: string }; criteria: unknown[]; attachments: unknown[]; questions: unknown[]; indicators: unknown[]; proposalCount: number };
    }[];
  };
}

interface PlanNode {
  'Node Type': string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

/** Every node of an EXPLAIN (FORMAT JSON) plan, depth first. */
function nodesOf(node: PlanNode): PlanNode[] {
  return [node, ...(node.Plans ?? []).flatMap(nodesOf)];
}

describe('projects: statements per catalogue page, and the search plan', () => {
  let api: TestApi;
  let sql: Client;
  let owner: Session;
  let viewer: Session;
  let ownerOrganisation: string;
  let viewerOrganisation: string;

  const gql = async <T>(query: string, variables: Record<string, unknown>, session?: Session, organisationId?: string): Promise<{ data?: T; errors?: unknown[] }> => {
    const response = await fetch(`${api.server.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'accept-language': 'en',
        ...(session ? { authorization: `Bearer ${session.token}` } : {}),
        ...(organisationId ? { 'x-organisation-id': organisationId } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data?: T; errors?: unknown[] };
  };

  beforeAll(async () => {
    api = await startTestApi(ADMIN_ENV);
    sql = new Client({ connectionString: api.databaseUrl });
    await sql.connect();
    const admin = await signIn(api.server.url, ADMIN.email, ADMIN.password);
    owner = await signUp(api.server.url, 'Owner', 'en');
    viewer = await signUp(api.server.url, 'Viewer', 'en');
    ownerOrganisation = (await createOrganisation(owner, 'STATE', admin)).id;
    viewerOrganisation = (await createOrganisation(viewer, 'ENTERPRISE', admin)).id;
  });

  afterAll(async () => {
    jest.restoreAllMocks();
    await sql?.end();
    await api?.close();
  });

  describe('statements per page', () => {
    beforeAll(async () => {
      // 60 open calls, inserted as the database owner for speed, each with what a card shows: two
      // indicators, two criteria, an attachment, an answered question and one of the viewer's own.
      await sql.query(
        `INSERT INTO projects (organisation_id, created_by, title, summary, kind, domain, indicators, budget_amount, eligible_kinds,
                               closes_at, published_at, status, visibility)
         SELECT $1, $2, 'Call ' || g, 'Summary ' || g, 'RESEARCH_CALL', 'MOBILITY', ARRAY['BROADBAND', 'INNOVATION'], g * 1000000,
                ARRAY['ENTERPRISE', 'UNIVERSITY'], now() + g * interval '1 day', now(), 'OPEN', 'PUBLIC'
           FROM generate_series(1, 60) AS g`,
        [ownerOrganisation, owner.userId],
      );
      await sql.query(
        `INSERT INTO project_criteria (project_id, position, name, weight)
         SELECT p.id, c.position, 'Criterion ' || c.position, 50 FROM projects p, generate_series(0, 1) AS c (position) WHERE p.organisation_id = $1`,
        [ownerOrganisation],
      );
      await sql.query(
        `WITH added AS (
           INSERT INTO files (organisation_id, uploaded_by, original_name, storage_key, content_type, size_bytes, sha256)
           SELECT $1, $2, 'terms-' || p.id || '.pdf', 'key-' || p.id, 'application/pdf', 1000, repeat('a', 64) FROM projects p WHERE p.organisation_id = $1
           RETURNING id, storage_key
         )
         INSERT INTO project_attachments (project_id, file_id, position) SELECT substr(added.storage_key, 5)::uuid, added.id, 0 FROM added`,
        [ownerOrganisation, owner.userId],
      );
      // One submitted proposal per project, from the viewer (counted for everyone who sees the project).
      await sql.query(
        `INSERT INTO proposals (project_id, lead_organisation_id, status, submitted_at)
         SELECT p.id, $2, 'SUBMITTED', now() FROM projects p WHERE p.organisation_id = $1`,
        [ownerOrganisation, viewerOrganisation],
      );
      await sql.query(
        `INSERT INTO project_questions (project_id, asked_by_organisation, asked_by_user, question, answer, answered_at)
         SELECT p.id, $2, $3, q.text, q.answer, CASE WHEN q.answer IS NULL THEN NULL ELSE now() END
           FROM projects p, (VALUES ('Answered?', 'Yes.'), ('Pending?', NULL)) AS q (text, answer) WHERE p.organisation_id = $1`,
        [ownerOrganisation, viewerOrganisation, viewer.userId],
      );
    });

    it('is the same for 50 projects as for 5, for a signed-in organisation and for an anonymous visitor', async () => {
      const spy = jest.spyOn(Client.prototype, 'query');
      const statementsFor = async (first: number, session?: Session, organisationId?: string) => {
        spy.mockClear();
        const response = await gql<PageData>(PAGE, { first }, session, organisationId);
        const statements = spy.mock.calls.map(([statement]) => {
          const text = typeof statement === 'string' ? statement : (statement as { text?: string } | undefined)?.text;
          return String(text).replace(/\s+/g, ' ').slice(0, 100);
        });
        expect(response.errors).toBeUndefined();
        const nodes = response.data?.projects.edges.map((edge) => edge.node) ?? [];
        // The page really carries every relation, so a batched one cannot hide behind an empty list.
        expect(nodes).toHaveLength(first);
        for (const node of nodes) {
          expect(node.owner.id).toBe(ownerOrganisation);
          expect([node.indicators.length, node.criteria.length, node.attachments.length]).toEqual([2, 2, 1]);
          expect(node.questions.length).toBe(session ? 2 : 1);
          expect(node.proposalCount).toBe(1);
        }
        return statements;
      };
      // Warm-up: reference data read once per process (the indicator names) is not per page.
      await statementsFor(5, viewer, viewerOrganisation);
      await statementsFor(5);

      const counts: Record<string, { five: number; fifty: number }> = {};
      for (const [label, session, organisationId] of [
        ['signed-in enterprise', viewer, viewerOrganisation],
        ['anonymous', undefined, undefined],
      ] as const) {
        const five = await statementsFor(5, session, organisationId);
        const fifty = await statementsFor(50, session, organisationId);
        counts[label] = { five: five.length, fifty: fifty.length };
        console.log(`${label}: ${five.length} statements for 5 projects, ${fifty.length} for 50:\n  ${fifty.join('\n  ')}`);
        expect({ label, statements: fifty.length }).toEqual({ label, statements: five.length });
      }
      // proposalCount (issue 5) is one batched statement per page: the count stays flat with it.
      spy.mockRestore();
      expect(counts['signed-in enterprise']?.five).toBeGreaterThan(0);
    });
  });

  describe('the search plan', () => {
    beforeAll(async () => {
      // A few thousand calls of varied text, three of them about "thông minh", then fresh statistics.
      await sql.query(
        `INSERT INTO projects (organisation_id, title, summary, description, kind, domain, closes_at, published_at, status, location)
         SELECT $1,
                'Dự án ' || (ARRAY['cấp nước', 'y tế cơ sở', 'giáo dục nghề', 'năng lượng mặt trời', 'chiếu sáng công cộng', 'xử lý rác'])[1 + g % 6]
                  || ' ' || substr(md5(g::text), 1, 10),
                'Tóm tắt ' || md5((g * 7)::text),
                'Mô tả ' || md5((g * 13)::text) || ' ' || md5((g * 17)::text),
                'RESEARCH_CALL', 'ENERGY', now() + interval '30 days', now(), 'OPEN',
                (ARRAY['Thuận An', 'Dĩ An', 'Bến Cát', 'Tân Uyên'])[1 + g % 4]
           FROM generate_series(1, 5000) AS g`,
        [ownerOrganisation],
      );
      await sql.query(
        `INSERT INTO projects (organisation_id, title, kind, domain, closes_at, published_at, status)
         SELECT $1, t, 'PILOT_TENDER', 'MOBILITY', now() + interval '30 days', now(), 'OPEN'
           FROM unnest(ARRAY['Hệ thống giao thông thông minh', 'Chiếu sáng thông minh', 'Đô thị thông minh Bình Dương']) AS t`,
        [ownerOrganisation],
      );
      await sql.query('ANALYZE projects, project_search_words');
    });

    it.each([
      ['helix.match_projects', 'match_projects', 'Bitmap Index Scan', 'projects_search_document_idx'],
      ['helix.correct_search (typos)', 'correct_search', 'Index Scan', 'project_search_words_trgm_idx'],
    ])('%s uses its index (%s → %s on %s)', async (_label, name, scan, index) => {
      const { rows } = await sql.query<{ prosrc: string }>(
        `SELECT p.prosrc FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'helix' AND p.proname = $1`,
        [name],
      );
      const body = rows[0]?.prosrc;
      if (!body) throw new Error(`helix.${name} not found`);
      expect(body).toMatch(/\bsearch\b/);
      const explain = async (statement: string) => {
        const explained = await sql.query<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(`EXPLAIN (FORMAT JSON) ${statement}`);
        const plan = explained.rows[0]?.['QUERY PLAN'][0].Plan;
        if (!plan) throw new Error('no plan');
        return plan;
      };
      // With the search text as a literal (a custom plan), and as the parameter the function body
      // really is planned with (a generic plan).
      await sql.query(`PREPARE match_probe(text) AS ${body.replace(/\bsearch\b/g, '$1')}`);
      await sql.query('SET plan_cache_mode = force_generic_plan');
      const variants: [string, () => Promise<PlanNode>][] = [
        ...['thong minh', 'Bình Dương'].map((text): [string, () => Promise<PlanNode>] => [`'${text}' as a literal`, () => explain(body.replace(/\bsearch\b/g, `'${text}'::text`))]),
        ['a parameter (generic plan)', () => explain(`EXECUTE match_probe('thong minh')`)],
      ];
      try {
        for (const [text, planOf] of variants) {
          const plan = await planOf();
          const scans = nodesOf(plan).map((node) => (node['Index Name'] ? `${node['Node Type']} on ${node['Index Name']}` : node['Node Type']));
          const indexed = scans.includes(`${scan} on ${index}`) && !scans.includes('Seq Scan');
          // The whole plan when it is not the indexed one, to say precisely what the planner chose.
          console.log(`plan of helix.${name} with ${text}: ${indexed ? scans.join(' > ') : JSON.stringify(plan, null, 2)}`);
          expect({ text, scans }).toEqual({ text, scans: expect.arrayContaining([`${scan} on ${index}`]) });
          expect({ text, scans }).toEqual({ text, scans: expect.not.arrayContaining(['Seq Scan']) });
        }
      } finally {
        await sql.query('RESET plan_cache_mode');
        await sql.query('DEALLOCATE match_probe');
      }
    });

    it('finds words through the API, and similar spellings only when the words find nothing', async () => {
      type Found = { projects: { approximate: boolean; edges: { node: { title: string } }[] } };
      const search = async (text: string) => {
        const found = await gql<Found>('query ($text: String) { projects(filter: { search: $text }, first: 10) { approximate edges { node { title } } } }', { text });
        return { approximate: found.data?.projects.approximate, titles: found.data?.projects.edges.map((edge) => edge.node.title).sort() };
      };
      expect(await search('thong minh')).toEqual({
        approximate: false,
        titles: ['Chiếu sáng thông minh', 'Hệ thống giao thông thông minh', 'Đô thị thông minh Bình Dương'],
      });
      expect(await search('Binh Duogn')).toEqual({ approximate: true, titles: ['Đô thị thông minh Bình Dương'] });
    });
  });
});
