import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Partnership agreements. The content that is negotiated and signed lives in immutable, hashed
 * versions (`agreement_versions.content`); the agreement row, its parties and its milestones mirror
 * what lists, access rules and clocks need:
 * - `agreements` — status, the current and the signed (in force) version numbers, and the current
 *   version's title, dates, time zone and value;
 * - `agreement_parties` — the current version's parties: who may read the agreement at all;
 * - `agreement_milestones` — the governing version's milestones (the current one before the
 *   agreement is active, the one in force after) with how far each has got.
 * Who sees an agreement is decided here: the managing organisation's members always, the parties'
 * members once negotiation has opened, nobody else. Signatures, versions and milestone events are
 * history: a request can add to them, never change or delete them.
 */
export class Agreements1764480000000 implements MigrationInterface {
  name = 'Agreements1764480000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE agreements (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      managing_organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      proposal_id uuid REFERENCES proposals (id) ON DELETE SET NULL,
      project_id uuid REFERENCES projects (id) ON DELETE SET NULL,
      created_by uuid REFERENCES users (id) ON DELETE SET NULL,
      status text NOT NULL DEFAULT 'DRAFT'
        CHECK (status IN ('DRAFT', 'NEGOTIATION', 'PENDING_SIGNATURES', 'ACTIVE', 'COMPLETED', 'TERMINATED', 'CANCELLED')),
      title text NOT NULL CHECK (length(btrim(title)) > 0),
      currency text NOT NULL DEFAULT 'VND' CHECK (currency IN ('VND', 'USD', 'EUR')),
      total_value bigint NOT NULL DEFAULT 0 CHECK (total_value >= 0),
      starts_on date,
      ends_on date,
      time_zone text NOT NULL DEFAULT 'Asia/Ho_Chi_Minh',
      disclosed boolean NOT NULL DEFAULT false,
      current_version integer NOT NULL DEFAULT 0,
      signed_version integer,
      signatures_requested_at timestamptz,
      activated_at timestamptz,
      completed_at timestamptz,
      terminated_at timestamptz,
      cancelled_at timestamptz,
      end_reason text,
      ended_by uuid REFERENCES users (id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK (signed_version IS NULL OR signed_version <= current_version),
      CHECK (status NOT IN ('ACTIVE', 'COMPLETED', 'TERMINATED') OR (signed_version IS NOT NULL AND activated_at IS NOT NULL)),
      CHECK (status NOT IN ('TERMINATED', 'CANCELLED') OR length(btrim(end_reason)) > 0)
    )`);
    // One living agreement per accepted proposal (a cancelled one may be replaced).
    await q.query(`CREATE UNIQUE INDEX agreements_proposal_idx ON agreements (proposal_id) WHERE proposal_id IS NOT NULL AND status <> 'CANCELLED'`);
    await q.query(`CREATE INDEX agreements_managing_idx ON agreements (managing_organisation_id, updated_at DESC)`);

    await q.query(`CREATE TABLE agreement_versions (
      agreement_id uuid NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
      number integer NOT NULL CHECK (number > 0),
      content jsonb NOT NULL,
      content_hash text NOT NULL CHECK (content_hash ~ '^[0-9a-f]{64}$'),
      attachment_ids uuid[] NOT NULL DEFAULT '{}',
      amendment boolean NOT NULL DEFAULT false,
      author_id uuid REFERENCES users (id) ON DELETE SET NULL,
      author_name text NOT NULL DEFAULT '',
      author_organisation_id uuid REFERENCES organisations (id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (agreement_id, number)
    )`);
    await q.query(`CREATE INDEX agreement_versions_attachments_idx ON agreement_versions USING gin (attachment_ids)`);

    await q.query(`CREATE TABLE agreement_parties (
      agreement_id uuid NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
      organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      role text NOT NULL CHECK (role IN ('FUNDER', 'COORDINATOR', 'RESEARCH_PARTNER', 'IMPLEMENTATION_PARTNER', 'OBSERVER')),
      money_contribution bigint NOT NULL DEFAULT 0 CHECK (money_contribution >= 0),
      in_kind_contribution text,
      position integer NOT NULL,
      PRIMARY KEY (agreement_id, organisation_id)
    )`);
    await q.query(`CREATE INDEX agreement_parties_organisation_idx ON agreement_parties (organisation_id)`);

    // A signature is an organisation's, on one version, by one of its owners or admins; the hash
    // signed is kept with it so the signature block can be checked against the version later.
    await q.query(`CREATE TABLE agreement_signatures (
      agreement_id uuid NOT NULL,
      version_number integer NOT NULL,
      organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      version_hash text NOT NULL,
      signed_by uuid REFERENCES users (id) ON DELETE SET NULL,
      signer_name text NOT NULL,
      signed_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (agreement_id, version_number, organisation_id),
      FOREIGN KEY (agreement_id, version_number) REFERENCES agreement_versions (agreement_id, number) ON DELETE CASCADE
    )`);

    await q.query(`CREATE TABLE agreement_milestones (
      id uuid PRIMARY KEY,
      agreement_id uuid NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
      position integer NOT NULL,
      title text NOT NULL,
      due_date date NOT NULL,
      responsible_organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      deliverable text NOT NULL DEFAULT '',
      payment_share integer NOT NULL DEFAULT 0 CHECK (payment_share BETWEEN 0 AND 100),
      status text NOT NULL DEFAULT 'PLANNED' CHECK (status IN ('PLANNED', 'SUBMITTED', 'ACCEPTED', 'REJECTED')),
      submitted_at timestamptz,
      reviewed_at timestamptz,
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX agreement_milestones_agreement_idx ON agreement_milestones (agreement_id, position)`);
    await q.query(`CREATE INDEX agreement_milestones_due_idx ON agreement_milestones (due_date) WHERE status <> 'ACCEPTED'`);

    // What happened to a milestone: each submission (note and files) and each review (reason).
    await q.query(`CREATE TABLE agreement_milestone_events (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      milestone_id uuid NOT NULL REFERENCES agreement_milestones (id) ON DELETE CASCADE,
      agreement_id uuid NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
      action text NOT NULL CHECK (action IN ('SUBMITTED', 'ACCEPTED', 'REJECTED')),
      note text,
      attachment_ids uuid[] NOT NULL DEFAULT '{}',
      organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      actor_id uuid REFERENCES users (id) ON DELETE SET NULL,
      actor_name text NOT NULL DEFAULT '',
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK (action <> 'REJECTED' OR length(btrim(note)) > 0)
    )`);
    await q.query(`CREATE INDEX agreement_milestone_events_milestone_idx ON agreement_milestone_events (milestone_id, created_at)`);
    await q.query(`CREATE INDEX agreement_milestone_events_files_idx ON agreement_milestone_events USING gin (attachment_ids)`);

    // Who reads an agreement: the managing organisation always; a party once the draft is shared.
    await q.query(`CREATE FUNCTION helix.agreement_readable(agreement uuid) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
      SET search_path = pg_catalog, public AS $$
      SELECT EXISTS (SELECT 1 FROM public.agreements a WHERE a.id = agreement AND (a.managing_organisation_id = ANY (helix.my_organisation_ids())
               OR (a.status <> 'DRAFT' AND EXISTS (SELECT 1 FROM public.agreement_parties p
                                                    WHERE p.agreement_id = a.id AND p.organisation_id = ANY (helix.my_organisation_ids())))))
    $$`);
    await q.query(`REVOKE ALL ON FUNCTION helix.agreement_readable(uuid) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION helix.agreement_readable(uuid) TO helix_app`);

    const tables = ['agreements', 'agreement_versions', 'agreement_parties', 'agreement_signatures', 'agreement_milestones', 'agreement_milestone_events'];
    for (const table of tables) {
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
    }

    // The managing organisation's own column first: an inserted row is not yet visible to the function (INSERT … RETURNING).
    await q.query(`CREATE POLICY agreements_read ON agreements FOR SELECT TO helix_app
      USING (managing_organisation_id = ANY ((SELECT helix.my_organisation_ids())::uuid[]) OR helix.agreement_readable(id))`);
    await q.query(`CREATE POLICY agreements_create ON agreements FOR INSERT TO helix_app
      WITH CHECK (managing_organisation_id = ANY ((SELECT helix.my_organisation_ids())::uuid[]) AND status = 'DRAFT'
                  AND created_by = (SELECT helix.current_user_id()))`);
    await q.query(`CREATE POLICY agreements_update ON agreements FOR UPDATE TO helix_app
      USING (helix.agreement_readable(id)) WITH CHECK (helix.agreement_readable(id))`);
    // Writers change an agreement's state and mirrors, never whose or which proposal's it is.
    await q.query(`REVOKE UPDATE, DELETE ON agreements FROM helix_app`);
    await q.query(`GRANT UPDATE (status, title, currency, total_value, starts_on, ends_on, time_zone, disclosed, current_version, signed_version,
      signatures_requested_at, activated_at, completed_at, terminated_at, cancelled_at, end_reason, ended_by, updated_at) ON agreements TO helix_app`);

    for (const table of ['agreement_versions', 'agreement_parties', 'agreement_signatures', 'agreement_milestones', 'agreement_milestone_events']) {
      await q.query(`CREATE POLICY ${table}_read ON ${table} FOR SELECT TO helix_app USING (helix.agreement_readable(agreement_id))`);
    }
    await q.query(`CREATE POLICY agreement_versions_write ON agreement_versions FOR INSERT TO helix_app
      WITH CHECK (helix.agreement_readable(agreement_id) AND author_id = (SELECT helix.current_user_id()))`);
    await q.query(`CREATE POLICY agreement_parties_write ON agreement_parties FOR ALL TO helix_app
      USING (helix.agreement_readable(agreement_id)) WITH CHECK (helix.agreement_readable(agreement_id))`);
    await q.query(`CREATE POLICY agreement_milestones_write ON agreement_milestones FOR ALL TO helix_app
      USING (helix.agreement_readable(agreement_id)) WITH CHECK (helix.agreement_readable(agreement_id))`);
    // An organisation signs for itself, by the signed-in user.
    await q.query(`CREATE POLICY agreement_signatures_sign ON agreement_signatures FOR INSERT TO helix_app
      WITH CHECK (helix.agreement_readable(agreement_id) AND signed_by = (SELECT helix.current_user_id())
                  AND organisation_id = ANY ((SELECT helix.my_organisation_ids())::uuid[]))`);
    await q.query(`CREATE POLICY agreement_milestone_events_write ON agreement_milestone_events FOR INSERT TO helix_app
      WITH CHECK (helix.agreement_readable(agreement_id) AND actor_id = (SELECT helix.current_user_id())
                  AND organisation_id = ANY ((SELECT helix.my_organisation_ids())::uuid[]))`);
    await q.query(`REVOKE UPDATE, DELETE ON agreement_versions, agreement_signatures, agreement_milestone_events FROM helix_app`);

    // Files: an agreement's documents and its deliverables are as visible as the agreement.
    await q.query(`CREATE POLICY files_read_agreement_attachments ON files FOR SELECT TO helix_app
      USING (EXISTS (SELECT 1 FROM agreement_versions v WHERE v.attachment_ids @> ARRAY[files.id] AND helix.agreement_readable(v.agreement_id))
          OR EXISTS (SELECT 1 FROM agreement_milestone_events e WHERE e.attachment_ids @> ARRAY[files.id] AND helix.agreement_readable(e.agreement_id)))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP POLICY IF EXISTS files_read_agreement_attachments ON files`);
    await q.query(`DROP TABLE IF EXISTS agreement_milestone_events, agreement_milestones, agreement_signatures, agreement_parties, agreement_versions, agreements`);
    await q.query(`DROP FUNCTION IF EXISTS helix.agreement_readable(uuid)`);
  }
}
