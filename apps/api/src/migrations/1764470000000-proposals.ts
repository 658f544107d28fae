import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Proposals, consortia and evaluation. Who sees what is decided here, by row-level security:
 * - `proposals` (metadata: project, lead, status, when) — the lead's and the named partners'
 *   members; the project owner's members once it was submitted at least once.
 * - `proposal_contents` (the working draft) — lead and named (not declined) partners only; the
 *   owner never reads a draft.
 * - `proposal_submissions` (frozen, hashed versions) — lead and partners; the owner only when the
 *   project is not sealed or its closing time has passed. This is the sealed-bid rule, enforced by
 *   the database rather than by a resolver.
 * - reviewers, scores and decision justifications — the owner's members only.
 * A submission after the closing time is refused by a trigger on the database's clock, so no race
 * between a check and an insert can let a late one through.
 */
export class Proposals1764470000000 implements MigrationInterface {
  name = 'Proposals1764470000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE proposals (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      project_id uuid NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
      lead_organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      created_by uuid REFERENCES users (id) ON DELETE SET NULL,
      status text NOT NULL DEFAULT 'DRAFT'
        CHECK (status IN ('DRAFT', 'SUBMITTED', 'WITHDRAWN', 'UNDER_REVIEW', 'SHORTLISTED', 'ACCEPTED', 'REJECTED')),
      submitted_at timestamptz,
      withdrawn_at timestamptz,
      feedback text,
      decided_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1,
      -- One proposal per organisation and call: a consortium is one proposal with partners.
      UNIQUE (project_id, lead_organisation_id),
      CHECK (status IN ('DRAFT') OR submitted_at IS NOT NULL)
    )`);
    await q.query(`CREATE INDEX proposals_lead_idx ON proposals (lead_organisation_id, created_at DESC)`);

    await q.query(`CREATE TABLE proposal_contents (
      proposal_id uuid PRIMARY KEY REFERENCES proposals (id) ON DELETE CASCADE,
      title text NOT NULL CHECK (length(btrim(title)) > 0),
      abstract text NOT NULL DEFAULT '',
      approach text NOT NULL DEFAULT '',
      requested_budget bigint CHECK (requested_budget >= 0),
      currency text NOT NULL DEFAULT 'VND' CHECK (currency IN ('VND', 'USD', 'EUR')),
      duration_months integer CHECK (duration_months BETWEEN 1 AND 120),
      team jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(team) = 'array'),
      budget_lines jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(budget_lines) = 'array'),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);

    await q.query(`CREATE TABLE proposal_submissions (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      proposal_id uuid NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
      number integer NOT NULL CHECK (number > 0),
      content jsonb NOT NULL,
      content_hash text NOT NULL CHECK (content_hash ~ '^[0-9a-f]{64}$'),
      submitted_at timestamptz NOT NULL DEFAULT now(),
      submitted_by uuid REFERENCES users (id) ON DELETE SET NULL,
      UNIQUE (proposal_id, number)
    )`);

    await q.query(`CREATE TABLE proposal_partners (
      proposal_id uuid NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
      organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'CONFIRMED', 'DECLINED')),
      contribution text,
      responded_at timestamptz,
      responded_by uuid REFERENCES users (id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (proposal_id, organisation_id)
    )`);
    await q.query(`CREATE INDEX proposal_partners_organisation_idx ON proposal_partners (organisation_id, status)`);

    await q.query(`CREATE TABLE proposal_attachments (
      proposal_id uuid NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
      file_id uuid NOT NULL REFERENCES files (id) ON DELETE CASCADE,
      position integer NOT NULL,
      PRIMARY KEY (proposal_id, file_id)
    )`);

    await q.query(`CREATE TABLE proposal_reviewers (
      proposal_id uuid NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
      reviewer_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      assigned_by uuid REFERENCES users (id) ON DELETE SET NULL,
      assigned_at timestamptz NOT NULL DEFAULT now(),
      declaration text NOT NULL DEFAULT 'UNDECLARED' CHECK (declaration IN ('UNDECLARED', 'CONFLICT', 'NO_CONFLICT')),
      declaration_note text,
      declared_at timestamptz,
      PRIMARY KEY (proposal_id, reviewer_id)
    )`);

    await q.query(`CREATE TABLE proposal_scores (
      proposal_id uuid NOT NULL,
      reviewer_id uuid NOT NULL,
      criterion_id uuid NOT NULL REFERENCES project_criteria (id) ON DELETE CASCADE,
      score integer NOT NULL CHECK (score BETWEEN 0 AND 10),
      comment text,
      scored_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (proposal_id, reviewer_id, criterion_id),
      FOREIGN KEY (proposal_id, reviewer_id) REFERENCES proposal_reviewers (proposal_id, reviewer_id) ON DELETE CASCADE
    )`);

    // Every decision, kept: the justification is the owner's; the feedback is copied to the proposal.
    await q.query(`CREATE TABLE proposal_decisions (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      proposal_id uuid NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
      decision text NOT NULL CHECK (decision IN ('SHORTLISTED', 'ACCEPTED', 'REJECTED')),
      justification text NOT NULL CHECK (length(btrim(justification)) > 0),
      feedback text,
      decided_by uuid REFERENCES users (id) ON DELETE SET NULL,
      decided_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX proposal_decisions_proposal_idx ON proposal_decisions (proposal_id, decided_at)`);

    // Parties of a proposal, for the policies (security definer: no recursion into their own policies).
    await q.query(`CREATE FUNCTION helix.proposal_parties(proposal uuid) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
      SET search_path = pg_catalog, public AS $$
      SELECT EXISTS (SELECT 1 FROM public.proposals p WHERE p.id = proposal AND p.lead_organisation_id = ANY (helix.my_organisation_ids()))
          OR EXISTS (SELECT 1 FROM public.proposal_partners pp WHERE pp.proposal_id = proposal AND pp.status <> 'DECLINED'
                       AND pp.organisation_id = ANY (helix.my_organisation_ids()))
    $$`);
    await q.query(`CREATE FUNCTION helix.owns_proposal_project(proposal uuid) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
      SET search_path = pg_catalog, public AS $$
      SELECT EXISTS (SELECT 1 FROM public.proposals p JOIN public.projects j ON j.id = p.project_id
                      WHERE p.id = proposal AND p.submitted_at IS NOT NULL AND j.organisation_id = ANY (helix.my_organisation_ids()))
    $$`);
    // The sealed-bid rule: the owner reads submitted content of an open sealed call only after its closing time.
    await q.query(`CREATE FUNCTION helix.owner_may_read_content(proposal uuid) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
      SET search_path = pg_catalog, public AS $$
      SELECT EXISTS (SELECT 1 FROM public.proposals p JOIN public.projects j ON j.id = p.project_id
                      WHERE p.id = proposal AND p.submitted_at IS NOT NULL AND j.organisation_id = ANY (helix.my_organisation_ids())
                        AND (NOT j.sealed OR j.status <> 'OPEN' OR j.closes_at <= now()))
    $$`);
    // The call's clock for proposals the caller may see (a partner may not see an invited call itself).
    await q.query(`CREATE FUNCTION helix.proposal_calls(proposals uuid[])
      RETURNS TABLE (proposal_id uuid, project_id uuid, owner_id uuid, status text, closes_at timestamptz, sealed boolean)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
      SELECT p.id, j.id, j.organisation_id, j.status, j.closes_at, j.sealed FROM public.proposals p JOIN public.projects j ON j.id = p.project_id
       WHERE p.id = ANY (proposals) AND (helix.proposal_parties(p.id) OR helix.owns_proposal_project(p.id))
    $$`);
    // Project.proposalCount: how many proposals stand submitted (withdrawn ones excepted). Called
    // per visible project row (the caller's SELECT on projects is under row-level security).
    await q.query(`CREATE FUNCTION helix.submitted_proposal_count(project uuid) RETURNS integer LANGUAGE sql STABLE SECURITY DEFINER
      SET search_path = pg_catalog, public AS $$
      SELECT count(*)::integer FROM public.proposals p WHERE p.project_id = project AND p.submitted_at IS NOT NULL AND p.status <> 'WITHDRAWN'
    $$`);
    const doors =
      'helix.proposal_parties(uuid), helix.owns_proposal_project(uuid), helix.owner_may_read_content(uuid), helix.proposal_calls(uuid[]), helix.submitted_proposal_count(uuid)';
    await q.query(`REVOKE ALL ON FUNCTION ${doors} FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION ${doors} TO helix_app`);

    // Late submissions are refused by the database's clock, inside the submitting transaction.
    await q.query(`CREATE FUNCTION helix.refuse_late_submission() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
      SET search_path = pg_catalog, public AS $$
      DECLARE
        closing timestamptz;
      BEGIN
        SELECT j.closes_at INTO closing FROM public.proposals p JOIN public.projects j ON j.id = p.project_id
         WHERE p.id = NEW.proposal_id FOR SHARE OF j;
        IF closing IS NULL OR closing <= clock_timestamp() THEN
          RAISE EXCEPTION 'the closing time has passed' USING ERRCODE = 'HX001';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER proposal_submissions_on_time BEFORE INSERT ON proposal_submissions
      FOR EACH ROW EXECUTE FUNCTION helix.refuse_late_submission()`);
    await q.query(`REVOKE ALL ON FUNCTION helix.refuse_late_submission() FROM PUBLIC`);

    const tables = ['proposals', 'proposal_contents', 'proposal_submissions', 'proposal_partners', 'proposal_attachments', 'proposal_reviewers', 'proposal_scores', 'proposal_decisions'];
    for (const table of tables) {
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
    }

    // The lead's own column first: a row being inserted is not yet visible to the functions' snapshot (INSERT … RETURNING).
    await q.query(`CREATE POLICY proposals_read ON proposals FOR SELECT TO helix_app
      USING (lead_organisation_id = ANY ((SELECT helix.my_organisation_ids())::uuid[]) OR helix.proposal_parties(id) OR helix.owns_proposal_project(id))`);
    await q.query(`CREATE POLICY proposals_create ON proposals FOR INSERT TO helix_app
      WITH CHECK (lead_organisation_id = ANY ((SELECT helix.my_organisation_ids())::uuid[]) AND status = 'DRAFT'
                  AND EXISTS (SELECT 1 FROM projects j WHERE j.id = project_id))`);
    // The lead writes its proposal; the owner writes decisions (status, feedback) on submitted ones.
    await q.query(`CREATE POLICY proposals_update ON proposals FOR UPDATE TO helix_app
      USING (lead_organisation_id = ANY ((SELECT helix.my_organisation_ids())::uuid[]) OR helix.owns_proposal_project(id))
      WITH CHECK (lead_organisation_id = ANY ((SELECT helix.my_organisation_ids())::uuid[]) OR helix.owns_proposal_project(id))`);

    await q.query(`CREATE POLICY proposal_contents_parties ON proposal_contents FOR SELECT TO helix_app USING (helix.proposal_parties(proposal_id))`);
    await q.query(`CREATE POLICY proposal_contents_lead ON proposal_contents FOR ALL TO helix_app
      USING (EXISTS (SELECT 1 FROM proposals p WHERE p.id = proposal_id AND p.lead_organisation_id = ANY ((SELECT helix.my_organisation_ids())::uuid[])))
      WITH CHECK (EXISTS (SELECT 1 FROM proposals p WHERE p.id = proposal_id AND p.lead_organisation_id = ANY ((SELECT helix.my_organisation_ids())::uuid[])))`);

    await q.query(`CREATE POLICY proposal_submissions_read ON proposal_submissions FOR SELECT TO helix_app
      USING (helix.proposal_parties(proposal_id) OR helix.owner_may_read_content(proposal_id))`);
    await q.query(`CREATE POLICY proposal_submissions_submit ON proposal_submissions FOR INSERT TO helix_app
      WITH CHECK (EXISTS (SELECT 1 FROM proposals p WHERE p.id = proposal_id AND p.lead_organisation_id = ANY ((SELECT helix.my_organisation_ids())::uuid[])))`);
    // Submissions are history: never changed, never deleted by a request.
    await q.query(`REVOKE UPDATE, DELETE ON proposal_submissions FROM helix_app`);

    await q.query(`CREATE POLICY proposal_partners_read ON proposal_partners FOR SELECT TO helix_app
      USING (helix.proposal_parties(proposal_id) OR organisation_id = ANY ((SELECT helix.my_organisation_ids())::uuid[]) OR helix.owner_may_read_content(proposal_id))`);
    await q.query(`CREATE POLICY proposal_partners_lead ON proposal_partners FOR ALL TO helix_app
      USING (EXISTS (SELECT 1 FROM proposals p WHERE p.id = proposal_id AND p.lead_organisation_id = ANY ((SELECT helix.my_organisation_ids())::uuid[])))
      WITH CHECK (EXISTS (SELECT 1 FROM proposals p WHERE p.id = proposal_id AND p.lead_organisation_id = ANY ((SELECT helix.my_organisation_ids())::uuid[])))`);
    await q.query(`CREATE POLICY proposal_partners_answer ON proposal_partners FOR UPDATE TO helix_app
      USING (organisation_id = ANY ((SELECT helix.my_organisation_ids())::uuid[]))
      WITH CHECK (organisation_id = ANY ((SELECT helix.my_organisation_ids())::uuid[]))`);

    await q.query(`CREATE POLICY proposal_attachments_parties ON proposal_attachments FOR SELECT TO helix_app USING (helix.proposal_parties(proposal_id))`);
    await q.query(`CREATE POLICY proposal_attachments_lead ON proposal_attachments FOR ALL TO helix_app
      USING (EXISTS (SELECT 1 FROM proposals p WHERE p.id = proposal_id AND p.lead_organisation_id = ANY ((SELECT helix.my_organisation_ids())::uuid[])))
      WITH CHECK (EXISTS (SELECT 1 FROM proposals p WHERE p.id = proposal_id AND p.lead_organisation_id = ANY ((SELECT helix.my_organisation_ids())::uuid[])))`);

    // Evaluation is the owner's private work: its members read it; reviewers are assigned and
    // decisions recorded by them; a declaration and a score sheet are written by the reviewer alone.
    for (const table of ['proposal_reviewers', 'proposal_scores', 'proposal_decisions']) {
      await q.query(`CREATE POLICY ${table}_owner ON ${table} FOR SELECT TO helix_app USING (helix.owns_proposal_project(proposal_id))`);
    }
    await q.query(`CREATE POLICY proposal_reviewers_assign ON proposal_reviewers FOR INSERT TO helix_app WITH CHECK (helix.owns_proposal_project(proposal_id))`);
    await q.query(`CREATE POLICY proposal_reviewers_declare ON proposal_reviewers FOR UPDATE TO helix_app
      USING (reviewer_id = (SELECT helix.current_user_id()) AND helix.owns_proposal_project(proposal_id))
      WITH CHECK (reviewer_id = (SELECT helix.current_user_id()) AND helix.owns_proposal_project(proposal_id))`);
    await q.query(`CREATE POLICY proposal_scores_reviewer ON proposal_scores FOR ALL TO helix_app
      USING (reviewer_id = (SELECT helix.current_user_id()) AND helix.owns_proposal_project(proposal_id))
      WITH CHECK (reviewer_id = (SELECT helix.current_user_id()) AND helix.owns_proposal_project(proposal_id))`);
    await q.query(`CREATE POLICY proposal_decisions_record ON proposal_decisions FOR INSERT TO helix_app WITH CHECK (helix.owns_proposal_project(proposal_id))`);
    // Decisions are history too.
    await q.query(`REVOKE UPDATE, DELETE ON proposal_decisions FROM helix_app`);

    // Writers change values, never what a row belongs to (no moving a partnership or a proposal elsewhere).
    await q.query(`REVOKE UPDATE ON proposals, proposal_partners, proposal_reviewers FROM helix_app`);
    await q.query(`GRANT UPDATE (status, submitted_at, withdrawn_at, feedback, decided_at, updated_at, version) ON proposals TO helix_app`);
    await q.query(`GRANT UPDATE (status, contribution, responded_at, responded_by) ON proposal_partners TO helix_app`);
    await q.query(`GRANT UPDATE (declaration, declaration_note, declared_at) ON proposal_reviewers TO helix_app`);

    // Files: a proposal's documents are as visible as its draft (parties) or its submitted content.
    await q.query(`CREATE POLICY files_read_proposal_attachments ON files FOR SELECT TO helix_app
      USING (EXISTS (SELECT 1 FROM proposal_attachments a WHERE a.file_id = files.id AND helix.proposal_parties(a.proposal_id))
          OR EXISTS (SELECT 1 FROM proposal_submissions s WHERE s.content -> 'attachmentIds' ? files.id::text))`);

    // The consortium's working notes on a draft: lead and named (not declined) partners read and
    // write them; the project owner never does (general discussion comes with issue 7). The author's
    // name is copied at write time (users of other organisations are not readable under RLS), so a
    // partner reads who wrote without any door into `users`.
    await q.query(`CREATE TABLE proposal_comments (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      proposal_id uuid NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
      organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      author_id uuid REFERENCES users (id) ON DELETE SET NULL,
      author_name text NOT NULL DEFAULT '',
      body text NOT NULL CHECK (length(btrim(body)) BETWEEN 1 AND 3000),
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX proposal_comments_proposal_idx ON proposal_comments (proposal_id, created_at, id)`);
    await q.query(`ALTER TABLE proposal_comments ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE proposal_comments FORCE ROW LEVEL SECURITY`);
    await q.query(`CREATE POLICY proposal_comments_read ON proposal_comments FOR SELECT TO helix_app USING (helix.proposal_parties(proposal_id))`);
    await q.query(`CREATE POLICY proposal_comments_write ON proposal_comments FOR INSERT TO helix_app
      WITH CHECK (helix.proposal_parties(proposal_id) AND author_id = (SELECT helix.current_user_id())
                  AND organisation_id = ANY ((SELECT helix.my_organisation_ids())::uuid[]))`);
    // Notes are kept as written: no edit, no deletion by a request.
    await q.query(`REVOKE UPDATE, DELETE ON proposal_comments FROM helix_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP POLICY IF EXISTS files_read_proposal_attachments ON files`);
    await q.query(`DROP TABLE IF EXISTS proposal_comments`);
    await q.query(`DROP TABLE IF EXISTS proposal_decisions, proposal_scores, proposal_reviewers, proposal_attachments, proposal_partners,
      proposal_submissions, proposal_contents, proposals`);
    await q.query(`DROP FUNCTION IF EXISTS helix.proposal_parties(uuid), helix.owns_proposal_project(uuid), helix.owner_may_read_content(uuid),
      helix.proposal_calls(uuid[]), helix.submitted_proposal_count(uuid), helix.refuse_late_submission()`);
  }
}
