import type { MigrationInterface, QueryRunner } from 'typeorm';

const INDICATORS: [code: string, nameVi: string, nameEn: string, descriptionVi: string, descriptionEn: string][] = [
  [
    'BROADBAND',
    'Băng thông rộng',
    'Broadband',
    'Hạ tầng kết nối tốc độ cao, phủ rộng và giá hợp lý cho người dân, doanh nghiệp và cơ quan.',
    'Fast, widely available and affordable connectivity for residents, businesses and institutions.',
  ],
  [
    'KNOWLEDGE_WORKFORCE',
    'Lực lượng lao động tri thức',
    'Knowledge Workforce',
    'Đào tạo và thu hút nhân lực có kỹ năng số, gắn nhà trường với nhu cầu của doanh nghiệp.',
    'Building and attracting a digitally skilled workforce, linking education with employers.',
  ],
  [
    'INNOVATION',
    'Đổi mới sáng tạo',
    'Innovation',
    'Hệ sinh thái khởi nghiệp, nghiên cứu và thử nghiệm giải pháp mới cho đô thị.',
    'An ecosystem of start-ups, research and pilots that brings new solutions to the city.',
  ],
  [
    'DIGITAL_EQUALITY',
    'Bình đẳng số',
    'Digital Equality',
    'Mọi người dân đều tiếp cận được công nghệ, kỹ năng và dịch vụ số.',
    'Every resident can reach digital technology, skills and services.',
  ],
  [
    'SUSTAINABILITY',
    'Phát triển bền vững',
    'Sustainability',
    'Dùng công nghệ để giảm phát thải, tiết kiệm tài nguyên và bảo vệ môi trường.',
    'Using technology to cut emissions, save resources and protect the environment.',
  ],
  [
    'ENGAGEMENT',
    'Gắn kết và vận động',
    'Engagement and Advocacy',
    'Người dân, doanh nghiệp và chính quyền cùng tham gia xây dựng và quảng bá cộng đồng thông minh.',
    'Residents, businesses and government taking part in building and promoting the intelligent community.',
  ],
];

/**
 * Smart-city projects: the ICF indicators as reference data, projects with weighted criteria,
 * invitation lists, attachments and clarification questions, and the search machinery (a weighted
 * tsvector and an accent-free trigram text kept current by triggers, a narrow search door).
 */
export class Projects1764460000000 implements MigrationInterface {
  name = 'Projects1764460000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE icf_indicators (
      code text PRIMARY KEY,
      position integer NOT NULL UNIQUE,
      name_vi text NOT NULL,
      name_en text NOT NULL,
      description_vi text NOT NULL,
      description_en text NOT NULL
    )`);
    for (const [position, [code, nameVi, nameEn, descriptionVi, descriptionEn]] of INDICATORS.entries()) {
      await q.query(`INSERT INTO icf_indicators (code, position, name_vi, name_en, description_vi, description_en) VALUES ($1, $2, $3, $4, $5, $6)`, [
        code,
        position + 1,
        nameVi,
        nameEn,
        descriptionVi,
        descriptionEn,
      ]);
    }

    await q.query(`CREATE TABLE projects (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      created_by uuid REFERENCES users (id) ON DELETE SET NULL,
      title text NOT NULL CHECK (length(btrim(title)) > 0),
      summary text NOT NULL DEFAULT '',
      description text NOT NULL DEFAULT '',
      kind text NOT NULL CHECK (kind IN ('RESEARCH_CALL', 'PILOT_TENDER', 'CHALLENGE', 'PARTNERSHIP')),
      domain text NOT NULL CHECK (domain IN ('MOBILITY', 'ENERGY', 'ENVIRONMENT', 'WATER', 'HEALTH', 'EDUCATION', 'E_GOVERNMENT',
                                             'PUBLIC_SAFETY', 'URBAN_PLANNING', 'DIGITAL_INFRASTRUCTURE', 'ECONOMY_INDUSTRY')),
      indicators text[] NOT NULL DEFAULT '{}',
      budget_amount bigint CHECK (budget_amount >= 0),
      budget_currency text NOT NULL DEFAULT 'VND' CHECK (budget_currency IN ('VND', 'USD', 'EUR')),
      location text,
      eligible_kinds text[] NOT NULL DEFAULT '{}' CHECK (eligible_kinds <@ ARRAY['STATE', 'UNIVERSITY', 'ENTERPRISE']),
      opens_at timestamptz,
      closes_at timestamptz,
      sealed boolean NOT NULL DEFAULT true,
      visibility text NOT NULL DEFAULT 'PUBLIC' CHECK (visibility IN ('PUBLIC', 'PLATFORM', 'INVITED')),
      status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'OPEN', 'EVALUATION', 'AWARDED', 'UNSUCCESSFUL', 'CANCELLED')),
      cancellation_reason text,
      published_at timestamptz,
      cancelled_at timestamptz,
      decided_at timestamptz,
      search_document tsvector NOT NULL DEFAULT ''::tsvector,
      search_text text NOT NULL DEFAULT '',
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1,
      -- Published means a closing time; a draft may also be cancelled before it was ever published.
      CHECK (published_at IS NOT NULL OR status IN ('DRAFT', 'CANCELLED')),
      CHECK (published_at IS NULL OR closes_at IS NOT NULL),
      CHECK (status <> 'CANCELLED' OR cancellation_reason IS NOT NULL),
      CHECK (opens_at IS NULL OR closes_at IS NULL OR opens_at < closes_at)
    )`);
    await q.query(`ALTER TABLE projects ADD CONSTRAINT projects_indicators_known CHECK (indicators <@ ARRAY[${INDICATORS.map(([code]) => `'${code}'`).join(', ')}])`);
    await q.query(`CREATE INDEX projects_organisation_idx ON projects (organisation_id, created_at DESC)`);
    await q.query(`CREATE INDEX projects_status_closes_idx ON projects (status, closes_at)`);
    await q.query(`CREATE INDEX projects_published_idx ON projects (published_at DESC, id) WHERE published_at IS NOT NULL`);
    // Without a pending list (fastupdate): new rows go straight into the index, so searches use it
    // from the first insert on, also where no autovacuum ever flushes that list (the embedded database).
    await q.query(`CREATE INDEX projects_search_document_idx ON projects USING gin (search_document) WITH (fastupdate = off)`);

    await q.query(`CREATE TABLE project_criteria (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      project_id uuid NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
      position integer NOT NULL,
      name text NOT NULL CHECK (length(btrim(name)) > 0),
      description text,
      weight integer NOT NULL CHECK (weight BETWEEN 1 AND 100),
      UNIQUE (project_id, position)
    )`);

    await q.query(`CREATE TABLE project_invitations (
      project_id uuid NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
      organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (project_id, organisation_id)
    )`);
    await q.query(`CREATE INDEX project_invitations_organisation_idx ON project_invitations (organisation_id)`);

    await q.query(`CREATE TABLE project_attachments (
      project_id uuid NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
      file_id uuid NOT NULL REFERENCES files (id) ON DELETE CASCADE,
      position integer NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (project_id, file_id)
    )`);
    await q.query(`CREATE INDEX project_attachments_file_idx ON project_attachments (file_id)`);

    // Who asked is kept for the asker's own view and for abuse handling, never shown to others.
    await q.query(`CREATE TABLE project_questions (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      project_id uuid NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
      asked_by_organisation uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      asked_by_user uuid REFERENCES users (id) ON DELETE SET NULL,
      question text NOT NULL CHECK (length(btrim(question)) > 0),
      answer text,
      answered_by_user uuid REFERENCES users (id) ON DELETE SET NULL,
      asked_at timestamptz NOT NULL DEFAULT now(),
      answered_at timestamptz,
      CHECK ((answer IS NULL) = (answered_at IS NULL))
    )`);
    await q.query(`CREATE INDEX project_questions_project_idx ON project_questions (project_id, asked_at)`);

    // Search: Vietnamese has no stemmer, so words are matched accent-free ('simple'); English words
    // are also stemmed. The accent-free text of title, owner, place and summary feeds the typo
    // vocabulary and the "For you" similarity.
    await q.query(`CREATE TABLE project_search_words (word text PRIMARY KEY)`);
    await q.query(`CREATE INDEX project_search_words_trgm_idx ON project_search_words USING gist (word gist_trgm_ops)`);
    await q.query(`ALTER TABLE project_search_words ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE project_search_words FORCE ROW LEVEL SECURITY`);
    // Words of every project, drafts included: only the doors below read them, never a request.
    await q.query(`REVOKE ALL ON project_search_words FROM helix_app`);
    await q.query(`CREATE FUNCTION helix.project_search_fields() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
      SET search_path = pg_catalog, public AS $$
      DECLARE
        owner_name text;
        plain_title text := helix.f_unaccent(lower(NEW.title));
        plain_summary text := helix.f_unaccent(lower(coalesce(NEW.summary, '')));
        plain_description text := helix.f_unaccent(lower(coalesce(NEW.description, '')));
      BEGIN
        SELECT helix.f_unaccent(lower(o.name || ' ' || coalesce(o.short_name, ''))) INTO owner_name FROM organisations o WHERE o.id = NEW.organisation_id;
        owner_name := coalesce(owner_name, '');
        NEW.search_document :=
          setweight(to_tsvector('simple', plain_title), 'A') || setweight(to_tsvector('english', plain_title), 'A') ||
          setweight(to_tsvector('simple', plain_summary || ' ' || owner_name), 'B') || setweight(to_tsvector('english', plain_summary), 'B') ||
          setweight(to_tsvector('simple', plain_description), 'C') || setweight(to_tsvector('english', plain_description), 'C');
        NEW.search_text := left(plain_title || ' ' || owner_name || ' ' || helix.f_unaccent(lower(coalesce(NEW.location, ''))) || ' ' || plain_summary, 2000);
        -- The words a typo may be corrected to (never removed: a stale word only finds nothing).
        INSERT INTO project_search_words (word)
        SELECT DISTINCT lexeme FROM unnest(tsvector_to_array(to_tsvector('simple', NEW.search_text))) AS lexeme
         WHERE length(lexeme) BETWEEN 2 AND 40
        ON CONFLICT DO NOTHING;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER projects_search_fields BEFORE INSERT OR UPDATE OF title, summary, description, location, organisation_id ON projects
      FOR EACH ROW EXECUTE FUNCTION helix.project_search_fields()`);
    await q.query(`CREATE FUNCTION helix.organisation_projects_reindex() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
      SET search_path = pg_catalog, public AS $$
      BEGIN
        UPDATE projects SET title = title WHERE organisation_id = NEW.id;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER organisations_projects_reindex AFTER UPDATE OF name, short_name ON organisations
      FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.short_name IS DISTINCT FROM NEW.short_name)
      EXECUTE FUNCTION helix.organisation_projects_reindex()`);

    // Operators such as @@ and %>> are not leakproof, so under row-level security PostgreSQL may not
    // use them as index conditions. These doors match the text over all projects with the GIN
    // indexes and return only ids and ranks; the caller joins them to projects, where the row
    // policies decide what is visible.
    // The query: accent-free words ('simple'), or'ed with English stems only when the English
    // parser kept every word — otherwise a Vietnamese "do thi" would shrink to the English 'thi'
    // ("do" is an English stop word) and match every "thí điểm".
    await q.query(`CREATE FUNCTION helix.project_tsquery(search text) RETURNS tsquery LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      SET search_path = pg_catalog, public AS $$
      SELECT CASE WHEN numnode(english) = numnode(plain) THEN plain || english ELSE plain END
        FROM (SELECT websearch_to_tsquery('simple', helix.f_unaccent(lower(search))) AS plain,
                     websearch_to_tsquery('english', helix.f_unaccent(lower(search))) AS english) AS queries
    $$`);
    // The query and the accent-free text are scalar sub-selects (init plans), computed once per
    // call rather than once per matching row: ts_rank_cd(…, helix.project_tsquery(search)) parsed
    // the query again for every row, 1 s instead of 0.15 s for the 17,000 rows of "Bình Dương" in the
    // search benchmark (docs/performance.md). The GIN indexes still serve them as index conditions.
    await q.query(`CREATE FUNCTION helix.match_projects(search text) RETURNS TABLE (project_id uuid, rank real)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
      SELECT p.id, ts_rank_cd(p.search_document, (SELECT helix.project_tsquery(search)))::real
        FROM public.projects p
       WHERE p.search_document @@ (SELECT helix.project_tsquery(search))
    $$`);
    // Typos: each word the projects do not contain is replaced by the nearest word they do
    // ("duogn" → "duong", a trigram KNN lookup in the vocabulary), and the corrected words are
    // searched like any others, through the full-text index. The catalogue asks it only when the
    // words themselves find nothing.
    await q.query(`CREATE FUNCTION helix.correct_search(search text) RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
      SET search_path = pg_catalog, public AS $$
      SELECT string_agg(coalesce(
               (SELECT w.word FROM public.project_search_words w WHERE w.word = t.token),
               (SELECT w.word FROM public.project_search_words w WHERE w.word % t.token ORDER BY w.word <-> t.token LIMIT 1),
               t.token), ' ' ORDER BY t.position)
        FROM regexp_split_to_table(helix.f_unaccent(lower(search)), '[^[:alnum:]]+') WITH ORDINALITY AS t (token, position)
       WHERE t.token <> ''
    $$`);
    await q.query(`CREATE FUNCTION helix.match_projects_fuzzy(search text) RETURNS TABLE (project_id uuid, rank real)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
      SELECT m.project_id, m.rank FROM helix.match_projects((SELECT helix.correct_search(search))) m
    $$`);

    // Visibility helpers, evaluated once per statement (as init plans) rather than per row.
    await q.query(`CREATE FUNCTION helix.my_organisation_ids() RETURNS uuid[] LANGUAGE sql STABLE SECURITY DEFINER
      SET search_path = pg_catalog, public AS
      $$ SELECT coalesce(array_agg(m.organisation_id), '{}') FROM public.memberships m WHERE m.user_id = helix.current_user_id() $$`);
    await q.query(`CREATE FUNCTION helix.in_verified_organisation() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
      SET search_path = pg_catalog, public AS
      $$ SELECT EXISTS (SELECT 1 FROM public.memberships m JOIN public.organisations o ON o.id = m.organisation_id
                        WHERE m.user_id = helix.current_user_id() AND o.status = 'VERIFIED') $$`);
    await q.query(`CREATE FUNCTION helix.invited_project_ids() RETURNS uuid[] LANGUAGE sql STABLE SECURITY DEFINER
      SET search_path = pg_catalog, public AS
      $$ SELECT coalesce(array_agg(DISTINCT i.project_id), '{}') FROM public.project_invitations i
          WHERE i.organisation_id = ANY (helix.my_organisation_ids()) $$`);
    await q.query(`CREATE FUNCTION helix.owns_project(project uuid) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
      SET search_path = pg_catalog, public AS
      $$ SELECT EXISTS (SELECT 1 FROM public.projects p WHERE p.id = project AND p.organisation_id = ANY (helix.my_organisation_ids())) $$`);
    const doors = 'helix.match_projects(text), helix.match_projects_fuzzy(text), helix.correct_search(text), helix.my_organisation_ids(), helix.in_verified_organisation(), helix.invited_project_ids(), helix.owns_project(uuid)';
    await q.query(`REVOKE ALL ON FUNCTION ${doors} FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION ${doors} TO helix_app`);
    await q.query(`REVOKE ALL ON FUNCTION helix.project_search_fields(), helix.organisation_projects_reindex() FROM PUBLIC`);

    for (const table of ['icf_indicators', 'projects', 'project_criteria', 'project_invitations', 'project_attachments', 'project_questions']) {
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
    }
    await q.query(`REVOKE ALL ON icf_indicators FROM helix_app`);
    await q.query(`GRANT SELECT ON icf_indicators TO helix_app`);
    await q.query(`CREATE POLICY icf_indicators_read ON icf_indicators FOR SELECT TO helix_app USING (true)`);

    // A project is seen by its owner's members in every state; once published, by everyone
    // (PUBLIC), by members of verified organisations (PLATFORM) or by the invited (INVITED). A
    // draft cancelled before publication was never published and stays the owner's.
    await q.query(`CREATE POLICY projects_read ON projects FOR SELECT TO helix_app USING (
      organisation_id = ANY ((SELECT helix.my_organisation_ids())::uuid[])
      OR (published_at IS NOT NULL
        -- a suspended (or not yet verified) organisation's projects leave the catalogue with it
        AND EXISTS (SELECT 1 FROM organisations o WHERE o.id = organisation_id AND o.status = 'VERIFIED')
        AND (
            visibility = 'PUBLIC'
         OR (visibility = 'PLATFORM' AND (SELECT helix.in_verified_organisation()))
         OR (visibility = 'INVITED' AND id = ANY ((SELECT helix.invited_project_ids())::uuid[]))
      )))`);
    await q.query(`CREATE POLICY projects_write ON projects FOR ALL TO helix_app
      USING (organisation_id = ANY ((SELECT helix.my_organisation_ids())::uuid[]))
      WITH CHECK (organisation_id = ANY ((SELECT helix.my_organisation_ids())::uuid[]))`);
    // The owner, creation facts and search fields are never written by requests.
    await q.query(`REVOKE UPDATE ON projects FROM helix_app`);
    await q.query(`GRANT UPDATE (title, summary, description, kind, domain, indicators, budget_amount, budget_currency, location, eligible_kinds,
      opens_at, closes_at, sealed, visibility, status, cancellation_reason, published_at, cancelled_at, decided_at, updated_at, version) ON projects TO helix_app`);

    // Parts of a project follow the project: visible when it is, written by its owner.
    for (const table of ['project_criteria', 'project_attachments']) {
      await q.query(`CREATE POLICY ${table}_read ON ${table} FOR SELECT TO helix_app USING (EXISTS (SELECT 1 FROM projects p WHERE p.id = project_id))`);
      await q.query(`CREATE POLICY ${table}_write ON ${table} FOR ALL TO helix_app
        USING (helix.owns_project(project_id)) WITH CHECK (helix.owns_project(project_id))`);
    }
    // The invitation list is the owner's; an invited organisation sees its own invitation.
    await q.query(`CREATE POLICY project_invitations_read ON project_invitations FOR SELECT TO helix_app
      USING (helix.owns_project(project_id) OR organisation_id = ANY ((SELECT helix.my_organisation_ids())::uuid[]))`);
    await q.query(`CREATE POLICY project_invitations_write ON project_invitations FOR ALL TO helix_app
      USING (helix.owns_project(project_id)) WITH CHECK (helix.owns_project(project_id))`);
    // Questions: the asking organisation sees its own; the owner sees all; once answered, everyone
    // who sees the project reads the question and answer (the API never names who asked).
    await q.query(`CREATE POLICY project_questions_read ON project_questions FOR SELECT TO helix_app USING (
      asked_by_organisation = ANY ((SELECT helix.my_organisation_ids())::uuid[])
      OR helix.owns_project(project_id)
      OR (answered_at IS NOT NULL AND EXISTS (SELECT 1 FROM projects p WHERE p.id = project_id)))`);
    await q.query(`CREATE POLICY project_questions_ask ON project_questions FOR INSERT TO helix_app WITH CHECK (
      asked_by_organisation = ANY ((SELECT helix.my_organisation_ids())::uuid[]) AND asked_by_user = (SELECT helix.current_user_id())
      AND answer IS NULL AND EXISTS (SELECT 1 FROM projects p WHERE p.id = project_id))`);
    await q.query(`CREATE POLICY project_questions_answer ON project_questions FOR UPDATE TO helix_app
      USING (helix.owns_project(project_id)) WITH CHECK (helix.owns_project(project_id))`);

    // Files attached to a project are as visible as the project.
    await q.query(`CREATE POLICY files_read_project_attachments ON files FOR SELECT TO helix_app
      USING (EXISTS (SELECT 1 FROM project_attachments a JOIN projects p ON p.id = a.project_id WHERE a.file_id = files.id))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP POLICY IF EXISTS files_read_project_attachments ON files`);
    await q.query(`DROP TRIGGER IF EXISTS organisations_projects_reindex ON organisations`);
    await q.query(`DROP TABLE IF EXISTS project_search_words, project_questions, project_attachments, project_invitations, project_criteria, projects, icf_indicators`);
    await q.query(`DROP FUNCTION IF EXISTS helix.match_projects(text), helix.match_projects_fuzzy(text), helix.correct_search(text), helix.my_organisation_ids(), helix.in_verified_organisation(),
      helix.invited_project_ids(), helix.owns_project(uuid), helix.project_search_fields(), helix.organisation_projects_reindex(),
      helix.project_tsquery(text)`);
  }
}
