/**
 * Catalogue search benchmark (not part of `npm test`): 20,000 generated projects, the web
 * client's `projects` query over HTTP against the built API, p50/p95/max per kind of query.
 *
 *   npm run bench:search                                              # embedded PGlite
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:search
 *                                     # a fresh database of its own on that server, dropped afterwards
 *
 * BENCH_PROJECTS (20000), BENCH_ITERATIONS (20 per query type) and BENCH_WARMUP (2) adjust it;
 * BENCH_KEEP_DATABASE=1 keeps the PostgreSQL database (its URL is printed) for EXPLAIN sessions.
 * Steps: start the built server on a fresh database (it migrates), create verified organisations
 * through the API, stop it; generate the projects with one INSERT … SELECT generate_series (the
 * search trigger fills search_document/search_text) and VACUUM ANALYZE; print the plan of the
 * main search statement as the request role sees it; start the server again and measure.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { pgcrypto } from '@electric-sql/pglite/contrib/pgcrypto';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { Client } from 'pg';
import { createTestDatabase } from '../support/database';
import { graphql } from '../support/graphql';
import { startServer, type StartServerOptions, WORKSPACE_ROOT } from '../support/server';

const PROJECTS = Number(process.env.BENCH_PROJECTS ?? 20_000);
const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 20);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 2);
const PAGE_SIZE = 12; // the web catalogue's page
const ADMIN = { email: 'admin@bench.example', password: 'Bench-admin-2026!' };
const PASSWORD = 'bench passphrase 2026';

// ---------------------------------------------------------------------------------------------
// Databases: the owner's SQL connection, used while the server is stopped.

interface Sql {
  query<T>(text: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

interface Target {
  label: string;
  server: StartServerOptions;
  connect(): Promise<Sql>;
  dispose(): Promise<void>;
}

async function postgresTarget(): Promise<Target> {
  const database = await createTestDatabase();
  return {
    label: 'PostgreSQL',
    // The server's env wins over the harness's own fresh database (which it creates and drops unused).
    server: { env: { DATABASE_URL: database.url } },
    async connect() {
      const client = new Client({ connectionString: database.url });
      await client.connect();
      return { query: async <T>(text: string, params?: unknown[]) => (await client.query(text, params)).rows as T[], close: () => client.end() };
    },
    dispose: async () => {
      if (!process.env.BENCH_KEEP_DATABASE) return database.drop();
      process.stdout.write(`kept for investigation: ${database.url}\n`);
    },
  };
}

function embeddedTarget(): Target {
  const dataDir = mkdtempSync(join(tmpdir(), 'helix-bench-'));
  return {
    label: 'embedded PGlite',
    server: { database: 'embedded-disk', dataDir },
    async connect() {
      const db = await PGlite.create({ dataDir: join(dataDir, 'pgdata'), extensions: { pgcrypto, unaccent, pg_trgm } });
      return { query: async <T>(text: string, params?: unknown[]) => (await db.query<T>(text, params)).rows, close: () => db.close() };
    },
    dispose: async () => rmSync(dataDir, { recursive: true, force: true }),
  };
}

// ---------------------------------------------------------------------------------------------
// Organisations, created through the API as people would.

interface BenchOrganisation {
  slug: string;
  name: string;
  kind: 'STATE' | 'UNIVERSITY' | 'ENTERPRISE';
}

const ORGANISATIONS: BenchOrganisation[] = [
  { slug: 'sgtvt', name: 'Sở Giao thông Vận tải tỉnh Bình Dương', kind: 'STATE' },
  { slug: 'ubnd-dian', name: 'Ủy ban nhân dân TP. Dĩ An', kind: 'STATE' },
  { slug: 'bqlkcn', name: 'Ban Quản lý các Khu công nghiệp Bình Dương', kind: 'STATE' },
  { slug: 'cds-thuanan', name: 'Trung tâm Chuyển đổi số TP. Thuận An', kind: 'STATE' },
  { slug: 'bdu', name: 'Trường Đại học Bình Dương', kind: 'UNIVERSITY' },
  { slug: 'ktkt', name: 'Trường Đại học Kinh tế – Kỹ thuật Bình Dương', kind: 'UNIVERSITY' },
  { slug: 'vdtm', name: 'Viện Đô thị thông minh Miền Đông', kind: 'UNIVERSITY' },
  { slug: 'cdvl', name: 'Trường Cao đẳng Việt Nam – Singapore', kind: 'UNIVERSITY' },
  { slug: 'songbe', name: 'Công ty CP Giải pháp Đô thị Sông Bé', kind: 'ENTERPRISE' },
  { slug: 'xanh', name: 'Công ty TNHH Năng lượng Xanh Tân Uyên', kind: 'ENTERPRISE' },
  { slug: 'laithieu', name: 'Công ty CP Dữ liệu Lái Thiêu', kind: 'ENTERPRISE' },
  { slug: 'mobility', name: 'Binh Duong Mobility Solutions JSC', kind: 'ENTERPRISE' },
];
/** The signed-in caller: the owner of a university (sees PLATFORM calls and its invitations). */
const READER = 'bdu';
const ownerEmail = (slug: string) => `owner@${slug}.bench.example`;

async function gql<T>(url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const response = await graphql<T>(url, query, { variables, headers: { 'accept-language': 'vi', ...(token ? { authorization: `Bearer ${token}` } : {}) } });
  if (response.errors?.length || !response.data) throw new Error(`GraphQL failed: ${JSON.stringify(response.errors)}`);
  return response.data;
}

async function signIn(url: string, email: string, password: string): Promise<string> {
  const data = await gql<{ signIn: { accessToken: string } }>(url, 'mutation ($i: SignInInput!) { signIn(input: $i) { accessToken } }', { i: { email, password } });
  return data.signIn.accessToken;
}

async function createOrganisations(url: string): Promise<void> {
  const admin = await signIn(url, ADMIN.email, ADMIN.password);
  for (const organisation of ORGANISATIONS) {
    const { signUp } = await gql<{ signUp: { accessToken: string } }>(url, 'mutation ($i: SignUpInput!) { signUp(input: $i) { accessToken } }', {
      i: { email: ownerEmail(organisation.slug), password: PASSWORD, fullName: `Chủ sở hữu ${organisation.slug}` },
    });
    const { createOrganisation } = await gql<{ createOrganisation: { id: string } }>(
      url,
      'mutation ($i: CreateOrganisationInput!) { createOrganisation(input: $i) { id } }',
      { i: { name: organisation.name, kind: organisation.kind } },
      signUp.accessToken,
    );
    await gql(url, 'mutation ($id: ID!) { verifyOrganisation(id: $id) { id } }', { id: createOrganisation.id }, admin);
  }
}

// ---------------------------------------------------------------------------------------------
// 20,000 projects in one statement. Pseudo-random but repeatable: every choice hashes the row
// number, so both databases get the same catalogue.

const TOPICS: [title: string, domain: string][] = [
  ['Hệ thống giao thông thông minh', 'MOBILITY'],
  ['Điều khiển đèn tín hiệu thích ứng', 'MOBILITY'],
  ['Bãi đỗ xe thông minh', 'MOBILITY'],
  ['Xe buýt điện và trạm sạc', 'MOBILITY'],
  ['Điện mặt trời áp mái', 'ENERGY'],
  ['Chiếu sáng công cộng tiết kiệm năng lượng', 'ENERGY'],
  ['Quản lý năng lượng khu công nghiệp', 'ENERGY'],
  ['Quan trắc chất lượng không khí', 'ENVIRONMENT'],
  ['Phân loại và thu gom rác thải', 'ENVIRONMENT'],
  ['Cảnh báo ngập úng đô thị', 'WATER'],
  ['Phát hiện rò rỉ mạng cấp nước', 'WATER'],
  ['Y tế từ xa cho người lao động', 'HEALTH'],
  ['Hồ sơ sức khỏe điện tử', 'HEALTH'],
  ['Học liệu số cho trường phổ thông', 'EDUCATION'],
  ['Đào tạo kỹ năng số', 'EDUCATION'],
  ['Cổng dịch vụ công trực tuyến', 'E_GOVERNMENT'],
  ['Trợ lý ảo hành chính công', 'E_GOVERNMENT'],
  ['Camera an ninh và phân tích video', 'PUBLIC_SAFETY'],
  ['Phòng cháy chữa cháy thông minh', 'PUBLIC_SAFETY'],
  ['Bản sao số quy hoạch đô thị', 'URBAN_PLANNING'],
  ['Bản đồ số hạ tầng ngầm', 'URBAN_PLANNING'],
  ['Wi-Fi công cộng miễn phí', 'DIGITAL_INFRASTRUCTURE'],
  ['Mạng cảm biến LoRaWAN', 'DIGITAL_INFRASTRUCTURE'],
  ['Trung tâm dữ liệu tỉnh', 'DIGITAL_INFRASTRUCTURE'],
  ['Logistics số và truy xuất nguồn gốc', 'ECONOMY_INDUSTRY'],
  ['Nhà máy thông minh cho doanh nghiệp nhỏ', 'ECONOMY_INDUSTRY'],
  // English titles, as a foreign partner writes them.
  ['Smart parking guidance', 'MOBILITY'],
  ['Rooftop solar and energy management', 'ENERGY'],
  ['Air quality sensor network', 'ENVIRONMENT'],
  ['Flood early warning', 'WATER'],
  ['Telemedicine for factory workers', 'HEALTH'],
  ['Open data portal', 'E_GOVERNMENT'],
  ['Video analytics for public safety', 'PUBLIC_SAFETY'],
  ['Urban digital twin', 'URBAN_PLANNING'],
  ['Container tracking platform', 'ECONOMY_INDUSTRY'],
];
const ENGLISH_FROM = TOPICS.findIndex(([title]) => title === 'Smart parking guidance');

const PLACES = [
  'Thủ Dầu Một',
  'Dĩ An',
  'Thuận An',
  'Bến Cát',
  'Tân Uyên',
  'Bắc Tân Uyên',
  'Bàu Bàng',
  'Phú Giáo',
  'Dầu Tiếng',
  'VSIP',
  'Thành phố mới Bình Dương',
  'KCN Mỹ Phước',
  'Lái Thiêu',
];
const KINDS = ['RESEARCH_CALL', 'PILOT_TENDER', 'CHALLENGE', 'PARTNERSHIP'];
const PREFIX_VI = ['Nghiên cứu', 'Thí điểm', 'Thách thức', 'Hợp tác'];
const PREFIX_EN = ['Research call', 'Pilot', 'Challenge', 'Partnership'];
const PHRASES_VI = [
  'kết nối dữ liệu với Trung tâm Điều hành Thông minh (IOC) của tỉnh',
  'ưu tiên giải pháp mã nguồn mở và dữ liệu mở',
  'thí điểm 12 tháng trước khi nhân rộng toàn tỉnh',
  'phối hợp giữa Nhà nước, Nhà trường và Doanh nghiệp',
  'giảm chi phí vận hành và giảm phát thải',
  'bảo đảm an toàn thông tin và bảo vệ dữ liệu cá nhân',
  'phục vụ công nhân các khu công nghiệp',
  'đào tạo cán bộ vận hành và chuyển giao công nghệ',
];
const PHRASES_EN = [
  'linked to the provincial Intelligent Operations Centre (IOC)',
  'open source and open data first',
  'a twelve-month pilot before a province-wide rollout',
  'with the State, universities and companies together',
  'lower operating costs and emissions',
  'secure by design and respectful of personal data',
];
const SENTENCES_VI = [
  'Hiện nay dữ liệu còn phân tán giữa các sở, ngành và doanh nghiệp, khó dùng chung.',
  'Người dân phản ánh nhiều về thời gian chờ và chất lượng dịch vụ vào giờ cao điểm.',
  'Tỉnh đặt mục tiêu hoàn thành chuyển đổi số các dịch vụ thiết yếu trước năm 2030.',
  'Giải pháp cần vận hành ổn định trong điều kiện mưa lớn và nắng nóng kéo dài.',
  'Khảo sát hiện trạng, thu thập dữ liệu và đề xuất kiến trúc hệ thống.',
  'Cung cấp, lắp đặt thiết bị, phần mềm và tích hợp với nền tảng hiện có.',
  'Vận hành thử, đo lường hiệu quả và báo cáo định kỳ hằng tháng.',
  'Đào tạo cán bộ, chuyển giao tài liệu và mã nguồn.',
  'Hồ sơ nêu rõ kinh nghiệm, nhân sự chủ chốt và kế hoạch triển khai.',
  'Ưu tiên liên danh có sự tham gia của trường đại học trong tỉnh.',
];
const SENTENCES_EN = [
  'Data is scattered across departments and companies and hard to share.',
  'Install, integrate and operate the solution for twelve months.',
  'Bidders describe their experience, key staff and delivery plan.',
  'Consortia including a local university are preferred.',
];
const ELIGIBLE = ['UNIVERSITY', 'ENTERPRISE', 'STATE,UNIVERSITY,ENTERPRISE', 'UNIVERSITY,ENTERPRISE', 'STATE,UNIVERSITY', 'ENTERPRISE'];
const INDICATORS = [
  'INNOVATION',
  'SUSTAINABILITY,INNOVATION',
  'BROADBAND,DIGITAL_EQUALITY',
  'KNOWLEDGE_WORKFORCE',
  'ENGAGEMENT,DIGITAL_EQUALITY',
  'SUSTAINABILITY',
  'INNOVATION,KNOWLEDGE_WORKFORCE,ENGAGEMENT',
  'BROADBAND',
];

/** A repeatable number in [0, 1) for the row number `i` of `row` and choice `k`. */
const r = (k: number, row = 'g') => `((hashint4(${row}.i * 7919 + ${k}) & 2147483647)::float8 / 2147483648.0)`;
/** A repeatable element of the array parameter `array` (1-based SQL arrays). */
const pick = (array: string, length: number, k: number) => `(${array})[1 + floor(${r(k)} * ${length})::int]`;

async function generateProjects(sql: Sql): Promise<void> {
  // As a bulk load does: the GIN indexes are built once afterwards (from their own definitions, so
  // they are exactly the migration's) rather than maintained row by row, four times faster.
  const gin = await sql.query<{ name: string; definition: string }>(
    `SELECT indexname AS name, indexdef AS definition FROM pg_indexes WHERE schemaname = 'public' AND tablename = 'projects' AND indexdef ILIKE '% USING gin %'`,
  );
  for (const index of gin) await sql.query(`DROP INDEX public.${index.name}`);
  const organisations = await sql.query<{ id: string; owner: string }>(
    `SELECT o.id, m.user_id AS owner FROM organisations o JOIN memberships m ON m.organisation_id = o.id AND m.role = 'OWNER' ORDER BY o.created_at`,
  );
  await sql.query(
    `INSERT INTO projects (organisation_id, created_by, title, summary, description, kind, domain, indicators, budget_amount, budget_currency, location,
                           eligible_kinds, closes_at, sealed, visibility, status, cancellation_reason, published_at, decided_at, created_at, updated_at)
     SELECT x.organisation_id, x.created_by, x.title, x.summary, x.description, x.kind, x.domain, x.indicators, x.budget_amount, x.budget_currency, x.location,
            x.eligible_kinds, x.closes_at, x.sealed, x.visibility, x.status,
            CASE WHEN x.status = 'CANCELLED' THEN 'Dừng để điều chỉnh phạm vi theo kế hoạch ngân sách năm sau.' END,
            x.published_at,
            CASE WHEN x.status IN ('AWARDED', 'UNSUCCESSFUL') THEN least(now(), x.closes_at + interval '12 days') END,
            coalesce(x.published_at, now()) - interval '3 days', coalesce(x.published_at, now())
       FROM (
         SELECT s.*,
                CASE WHEN s.status = 'DRAFT' THEN NULL
                     ELSE least(now() - (0.1 + ${r(19, 's')} * 45) * interval '1 day', s.closes_at - (20 + ${r(7, 's')} * 70) * interval '1 day') END AS published_at
           FROM (
             SELECT g.i,
                    ($1::uuid[])[1 + (g.i % ${organisations.length})] AS organisation_id,
                    ($2::uuid[])[1 + (g.i % ${organisations.length})] AS created_by,
                    CASE WHEN t.n >= ${ENGLISH_FROM + 1}
                         THEN ($8::text[])[k.n] || ': ' || t.title || ' ' || pl.place || ' ' || g.i
                         ELSE ($7::text[])[k.n] || ': ' || t.title || ' ' || pl.place || ' ' || g.i END AS title,
                    CASE WHEN t.n >= ${ENGLISH_FROM + 1}
                         THEN t.title || ' for residents and companies in ' || pl.place || ', ' || ${pick('$10::text[]', PHRASES_EN.length, 3)} || '.'
                         ELSE 'Dự án ' || lower(t.title) || ' phục vụ người dân và doanh nghiệp tại ' || pl.place || ', ' || ${pick('$9::text[]', PHRASES_VI.length, 3)} || '.' END AS summary,
                    CASE WHEN t.n >= ${ENGLISH_FROM + 1}
                         THEN E'## Background\\n\\n' || ${pick('$12::text[]', SENTENCES_EN.length, 11)} || E'\\n\\n## Scope\\n\\n- ' || ${pick('$12::text[]', SENTENCES_EN.length, 12)}
                              || E'\\n- ' || ${pick('$12::text[]', SENTENCES_EN.length, 13)} || E'\\n\\n## In Vietnamese\\n\\n' || ${pick('$11::text[]', SENTENCES_VI.length, 14)}
                         ELSE E'## Bối cảnh\\n\\n' || ${pick('$11::text[]', SENTENCES_VI.length, 11)} || ' ' || ${pick('$11::text[]', SENTENCES_VI.length, 15)}
                              || E'\\n\\n## Phạm vi\\n\\n- ' || ${pick('$11::text[]', SENTENCES_VI.length, 12)} || E'\\n- ' || ${pick('$11::text[]', SENTENCES_VI.length, 13)}
                              || E'\\n- ' || ${pick('$11::text[]', SENTENCES_VI.length, 16)} || E'\\n\\n## Yêu cầu\\n\\n' || ${pick('$11::text[]', SENTENCES_VI.length, 14)}
                              || E'\\n\\nĐịa điểm: ' || pl.place || ', tỉnh Bình Dương.' END AS description,
                    ($6::text[])[k.n] AS kind,
                    t.domain,
                    string_to_array(${pick('$14::text[]', INDICATORS.length, 17)}, ',') AS indicators,
                    CASE WHEN ${r(9)} < 0.1 THEN NULL
                         WHEN ${r(9)} < 0.95 THEN (round(exp(ln(1e8) + ${r(10)} * (ln(5e10) - ln(1e8))) / 1e6) * 1e6)::bigint
                         ELSE round((5e6 + ${r(10)} * 2e8)::numeric, -5)::bigint END AS budget_amount,
                    CASE WHEN ${r(9)} < 0.95 THEN 'VND' WHEN ${r(9)} < 0.975 THEN 'EUR' ELSE 'USD' END AS budget_currency,
                    pl.place || ', Bình Dương' AS location,
                    string_to_array(${pick('$13::text[]', ELIGIBLE.length, 18)}, ',') AS eligible_kinds,
                    ${r(11)} < 0.5 AS sealed,
                    CASE WHEN ${r(8)} < 0.7 THEN 'PUBLIC' WHEN ${r(8)} < 0.9 THEN 'PLATFORM' ELSE 'INVITED' END AS visibility,
                    st.status,
                    CASE WHEN st.future THEN now() + (1 + ${r(6)} * 120) * interval '1 day'
                         ELSE now() - (1 + ${r(6)} * 200) * interval '1 day' END AS closes_at
               FROM generate_series(1, ${PROJECTS}) AS g (i)
               CROSS JOIN LATERAL (SELECT 1 + floor(${r(1)} * ${TOPICS.length})::int AS n) tn
               CROSS JOIN LATERAL (SELECT tn.n, ($3::text[])[tn.n] AS title, ($4::text[])[tn.n] AS domain) t
               CROSS JOIN LATERAL (SELECT ${pick('$5::text[]', PLACES.length, 2)} AS place) pl
               CROSS JOIN LATERAL (SELECT 1 + floor(${r(4)} * 4)::int AS n) k
               CROSS JOIN LATERAL (SELECT ${r(5)} AS v) sv
               CROSS JOIN LATERAL (SELECT CASE WHEN sv.v < 0.08 THEN 'DRAFT' WHEN sv.v < 0.80 THEN 'OPEN' WHEN sv.v < 0.86 THEN 'EVALUATION'
                                               WHEN sv.v < 0.91 THEN 'AWARDED' WHEN sv.v < 0.94 THEN 'UNSUCCESSFUL' ELSE 'CANCELLED' END AS status,
                                          sv.v < 0.58 AS future) st
           ) s
       ) x`,
    [
      organisations.map((o) => o.id),
      organisations.map((o) => o.owner),
      TOPICS.map(([title]) => title),
      TOPICS.map(([, domain]) => domain),
      PLACES,
      KINDS,
      PREFIX_VI,
      PREFIX_EN,
      PHRASES_VI,
      PHRASES_EN,
      SENTENCES_VI,
      SENTENCES_EN,
      ELIGIBLE,
      INDICATORS,
    ],
  );
  // Two or three weighted criteria each, and invitation lists (about three organisations) for INVITED calls.
  await sql.query(`INSERT INTO project_criteria (project_id, position, name, weight)
    SELECT id, 0, 'Giải pháp kỹ thuật', 50 FROM projects UNION ALL SELECT id, 1, 'Năng lực triển khai', 30 FROM projects
    UNION ALL SELECT id, 2, 'Chi phí', 20 FROM projects`);
  await sql.query(`INSERT INTO project_invitations (project_id, organisation_id)
    SELECT p.id, o.id FROM projects p JOIN organisations o ON o.id <> p.organisation_id
     WHERE p.visibility = 'INVITED' AND (hashint4(hashtext(p.id::text) # hashtext(o.id::text)) & 3) = 0`);
  for (const index of gin) await sql.query(index.definition);
  await sql.query('VACUUM ANALYZE');
}

// ---------------------------------------------------------------------------------------------
// What the database does with the main search statement, as a request sees it.

/** The statement of ProjectSearchService.list for a search (total and first page), as the service builds it. */
const pageStatement = (search: string) => `WITH hits AS MATERIALIZED (
    SELECT p.id, m.rank AS sort_value FROM projects p JOIN organisations o ON o.id = p.organisation_id
      JOIN helix.match_projects(${literal(search)}) m ON m.project_id = p.id
     WHERE p.published_at IS NOT NULL)
  SELECT (SELECT count(*)::int FROM hits) AS total, page.id, page.sort_value::text AS sort_key
    FROM (SELECT 1) AS one
    LEFT JOIN LATERAL (SELECT hit.id, hit.sort_value FROM hits hit ORDER BY hit.sort_value DESC, hit.id DESC LIMIT ${PAGE_SIZE + 1}) page ON true
   ORDER BY page.sort_value DESC, page.id DESC`;

const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

async function explain(sql: Sql, search: string): Promise<string> {
  const [reader] = await sql.query<{ user_id: string; organisation_id: string }>(
    `SELECT m.user_id, m.organisation_id FROM memberships m JOIN users u ON u.id = m.user_id WHERE u.email = $1`,
    [ownerEmail(READER)],
  );
  if (!reader) throw new Error('the reader is missing');
  const plan = async (statement: string, asRequest: boolean): Promise<string> => {
    await sql.query('BEGIN');
    try {
      if (asRequest) {
        // As ProjectSearchService runs it: JIT off, the request role, the caller's settings.
        await sql.query('SET LOCAL jit = off');
        await sql.query('SET LOCAL ROLE helix_app');
        await sql.query(`SELECT set_config('helix.user_id', $1, true), set_config('helix.org_id', $2, true)`, [reader.user_id, reader.organisation_id]);
      }
      await sql.query(statement); // once to warm the cache
      const rows = await sql.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${statement}`);
      return rows.map((row) => row['QUERY PLAN']).join('\n');
    } finally {
      await sql.query('ROLLBACK');
    }
  };
  // The body of the security-definer door, where the GIN indexes do the matching.
  const [door] = await sql.query<{ prosrc: string }>(`SELECT prosrc FROM pg_proc WHERE proname = 'match_projects'`);
  const body = (door?.prosrc ?? '').replace(/\bsearch\b/g, literal(search)).trim();
  return [
    `-- as helix_app (row-level security on), search ${JSON.stringify(search)}:`,
    pageStatement(search),
    await plan(pageStatement(search), true),
    '',
    '-- inside helix.match_projects (security definer, as the owner):',
    await plan(body, false),
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------
// The measured queries: the web catalogue's document (ProjectCard fields and the facets).

const CARD = `id title summary kind domain status visibility eligibleKinds closesAt publishedAt budget { amount currency } indicators { code } owner { id name shortName kind }`;
const FACETS = `facets { kinds { value count } domains { value count } indicators { value count } statuses { value count } eligibleKinds { value count } organisationKinds { value count } }`;
const document = (facets: boolean) => `query Projects($first: Int!, $after: String, $filter: ProjectFilter, $sort: ProjectSort) {
  projects(first: $first, after: $after, filter: $filter, sort: $sort) {
    edges { cursor node { ${CARD} } } pageInfo { hasNextPage endCursor } totalCount ${facets ? FACETS : ''}
  }
}`;

type Variables = { filter?: Record<string, unknown>; sort?: string; after?: string };

interface QueryType {
  name: string;
  signedIn: boolean;
  variants: Variables[];
  /** Ask for the second page (the web client asks for facets again). */
  secondPage?: boolean;
  facets?: boolean;
}

const QUERY_TYPES: QueryType[] = [
  { name: 'browse (newest, no filter)', signedIn: false, variants: [{}] },
  {
    name: 'filters only',
    signedIn: false,
    variants: [
      { filter: { statuses: ['OPEN'], kinds: ['PILOT_TENDER', 'CHALLENGE'] } },
      { filter: { domains: ['MOBILITY', 'ENERGY'], indicators: ['SUSTAINABILITY'] } },
      { filter: { eligibleKinds: ['UNIVERSITY'], organisationKinds: ['STATE'], statuses: ['OPEN', 'EVALUATION'] } },
    ],
  },
  {
    name: 'search: Vietnamese, diacritics',
    signedIn: false,
    variants: [{ filter: { search: 'giao thông thông minh' } }, { filter: { search: 'chiếu sáng công cộng' } }, { filter: { search: 'quan trắc không khí' } }],
  },
  {
    name: 'search: Vietnamese, no diacritics',
    signedIn: false,
    variants: [{ filter: { search: 'giao thong thong minh' } }, { filter: { search: 'chieu sang cong cong' } }, { filter: { search: 'quan trac khong khi' } }],
  },
  { name: 'search: typo', signedIn: false, variants: [{ filter: { search: 'Binh Duogn' } }, { filter: { search: 'Thu Dau Mott' } }, { filter: { search: 'ngap ung do thij' } }] },
  { name: 'search: English', signedIn: false, variants: [{ filter: { search: 'air quality sensors' } }, { filter: { search: 'parking' } }, { filter: { search: 'flood warning' } }] },
  {
    name: 'search + filters',
    signedIn: true,
    variants: [
      { filter: { search: 'điện mặt trời', statuses: ['OPEN'], budgetMin: 1_000_000_000 } },
      { filter: { search: 'camera', domains: ['PUBLIC_SAFETY'], eligibleKinds: ['ENTERPRISE'] } },
      { filter: { search: 'Dĩ An', kinds: ['RESEARCH_CALL'], statuses: ['OPEN'] } },
    ],
  },
  {
    name: 'sort: closing soon / budget',
    signedIn: true,
    variants: [
      { filter: { statuses: ['OPEN'] }, sort: 'CLOSING_SOON' },
      { filter: { search: 'năng lượng' }, sort: 'BUDGET_HIGH' },
      { sort: 'BUDGET_LOW', filter: { budgetMin: 100_000_000 } },
    ],
  },
  { name: 'second page: browse', signedIn: false, secondPage: true, variants: [{}, { filter: { statuses: ['OPEN'] } }] },
  { name: 'second page: search', signedIn: true, secondPage: true, variants: [{ filter: { search: 'thông minh' } }, { filter: { search: 'Bình Dương' } }] },
  { name: 'signed in: browse', signedIn: true, variants: [{}, { filter: { statuses: ['OPEN'] } }] },
  { name: 'search without facets', signedIn: false, facets: false, variants: [{ filter: { search: 'giao thông thông minh' } }, { filter: { search: 'Binh Duogn' } }] },
];

interface Result {
  name: string;
  caller: string;
  matches: number;
  samples: number[];
  /** Median per variant (search text or filter), to tell which one is slow. */
  variants: { label: string; matches: number; samples: number[] }[];
}

const variantLabel = (variables: Variables) => JSON.stringify(variables.filter ?? {}) + (variables.sort ? ` ${variables.sort}` : '');

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;

async function measure(url: string, token: string): Promise<Result[]> {
  const run = async (type: QueryType, variables: Variables) => {
    const started = performance.now();
    const data = await gql<{ projects: { totalCount: number; pageInfo: { endCursor: string | null } } }>(
      url,
      document(type.facets !== false),
      { first: PAGE_SIZE, ...variables },
      type.signedIn ? token : undefined,
    );
    return { ms: performance.now() - started, total: data.projects.totalCount, endCursor: data.projects.pageInfo.endCursor };
  };
  // The second pages start where the first pages end.
  const prepared = new Map<QueryType, Variables[]>();
  for (const type of QUERY_TYPES) {
    const variants: Variables[] = [];
    for (const variables of type.variants) {
      if (!type.secondPage) variants.push(variables);
      else variants.push({ ...variables, after: (await run(type, variables)).endCursor ?? undefined });
    }
    prepared.set(type, variants);
  }
  const results = new Map<QueryType, Result>(
    QUERY_TYPES.map((type) => [
      type,
      {
        name: type.name,
        caller: type.signedIn ? 'signed in' : 'anonymous',
        matches: 0,
        samples: [],
        variants: type.variants.map((variables) => ({ label: variantLabel(variables), matches: 0, samples: [] })),
      },
    ]),
  );
  // Round robin, so a slow moment of the machine spreads over every query type.
  for (let round = 0; round < WARMUP + ITERATIONS; round++) {
    for (const type of QUERY_TYPES) {
      const variants = prepared.get(type) ?? [];
      const index = round % variants.length;
      const outcome = await run(type, variants[index] ?? {});
      const result = results.get(type);
      const variant = result?.variants[index];
      if (!result || !variant) continue;
      if (round === 0) result.matches = outcome.total;
      if (round < variants.length) variant.matches = outcome.total;
      if (round >= WARMUP) {
        result.samples.push(outcome.ms);
        variant.samples.push(outcome.ms);
      }
    }
  }
  return [...results.values()];
}

function table(results: Result[]): string {
  const rows = results.map((result) => {
    const sorted = [...result.samples].sort((a, b) => a - b);
    return [result.name, result.caller, String(result.matches), percentile(sorted, 50).toFixed(1), percentile(sorted, 95).toFixed(1), (sorted.at(-1) ?? NaN).toFixed(1)];
  });
  const all = results.flatMap((result) => result.samples).sort((a, b) => a - b);
  rows.push(['overall', '', '', percentile(all, 50).toFixed(1), percentile(all, 95).toFixed(1), (all.at(-1) ?? NaN).toFixed(1)]);
  const header = ['query type', 'caller', 'matches', 'p50 ms', 'p95 ms', 'max ms'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((cell, column) => (column >= 2 ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0))).join(' | ')} |`;
  return [line(header), `| ${widths.map((width, column) => (column >= 2 ? `${'-'.repeat(width - 1)}:` : '-'.repeat(width))).join(' | ')} |`, ...rows.map(line)].join('\n');
}

function variantTable(results: Result[]): string {
  return results
    .flatMap((result) =>
      result.variants.map((variant) => {
        const sorted = [...variant.samples].sort((a, b) => a - b);
        return `  ${result.name.padEnd(34)} ${String(variant.matches).padStart(6)} matches  p50 ${percentile(sorted, 50).toFixed(1).padStart(7)} ms  ${variant.label}`;
      }),
    )
    .join('\n');
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const began = performance.now();
  const target = process.env.DATABASE_URL ? await postgresTarget() : embeddedTarget();
  const log = (message: string) => process.stdout.write(`[${((performance.now() - began) / 1000).toFixed(1).padStart(5)} s] ${message}\n`);
  const admin = { HELIX_ADMIN_EMAIL: ADMIN.email, HELIX_ADMIN_PASSWORD: ADMIN.password };
  try {
    log(`${target.label}: starting the built server on a fresh database`);
    const first = await startServer({ ...target.server, env: { ...target.server.env, ...admin } });
    await createOrganisations(first.url);
    await first.stop();
    log(`${ORGANISATIONS.length} verified organisations created through the API`);

    const sql = await target.connect();
    let plan: string;
    let facts: { version: string; statuses: string; size: string };
    try {
      const generating = performance.now();
      await generateProjects(sql);
      log(`${PROJECTS} projects generated, indexed and analysed in ${((performance.now() - generating) / 1000).toFixed(1)} s`);
      const [version] = await sql.query<{ version: string }>('SELECT version()');
      const statuses = await sql.query<{ status: string; n: number }>(
        `SELECT CASE WHEN status = 'OPEN' AND closes_at <= now() THEN 'EVALUATION' ELSE status END AS status, count(*)::int AS n FROM projects GROUP BY 1 ORDER BY 2 DESC`,
      );
      const [size] = await sql.query<{ size: string }>(`SELECT pg_size_pretty(pg_total_relation_size('projects')) AS size`);
      facts = { version: version?.version ?? '?', statuses: statuses.map((row) => `${row.status} ${row.n}`).join(', '), size: size?.size ?? '?' };
      plan = await explain(sql, 'giao thông thông minh');
    } finally {
      await sql.close();
    }

    const second = await startServer({ ...target.server, env: { ...target.server.env, ...admin } });
    try {
      const token = await signIn(second.url, ownerEmail(READER), PASSWORD);
      log(`measuring: ${QUERY_TYPES.length} query types × (${WARMUP} warm-up + ${ITERATIONS}) requests, first: ${PAGE_SIZE}`);
      const results = await measure(second.url, token);
      log('done');
      const report = [
        '',
        `Search benchmark — ${target.label}`,
        `machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
        `database: ${facts.version.split(',')[0]}`,
        `data: ${PROJECTS} projects (${facts.statuses}), ${ORGANISATIONS.length} organisations, projects table with indexes ${facts.size}`,
        `requests: sequential over HTTP, the web catalogue's query (ProjectCard fields + facets unless stated), ${ITERATIONS} per type after ${WARMUP} warm-up rounds`,
        '',
        table(results),
        '',
        'Per variant (matches: totalCount of the first page; "second page" variants show the first page\'s):',
        variantTable(results),
        '',
        'Plan of the main search statement:',
        '',
        plan,
        '',
      ].join('\n');
      process.stdout.write(report);
      mkdirSync(join(WORKSPACE_ROOT, 'tmp'), { recursive: true });
      const file = join(WORKSPACE_ROOT, 'tmp', `bench-search-${process.env.DATABASE_URL ? 'postgres' : 'embedded'}.txt`);
      writeFileSync(file, report);
      log(`report written to ${file}`);
    } finally {
      await second.stop();
    }
  } finally {
    await target.dispose();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
