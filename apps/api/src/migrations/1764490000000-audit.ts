import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit trail: every state change and permission-relevant action, appended with who (and for
 * which organisation), when, on what, and the state before and after. Rows are never changed: a
 * trigger refuses UPDATE, DELETE and TRUNCATE whoever asks, the table's owner included. No foreign
 * keys, so deleting a user or an organisation never has to touch its history. Who reads an event:
 * the members of the organisations it concerns, and the person who acted.
 */
export class Audit1764490000000 implements MigrationInterface {
  name = 'Audit1764490000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE audit_events (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      occurred_at timestamptz NOT NULL DEFAULT clock_timestamp(),
      actor_id uuid,
      actor_name text NOT NULL DEFAULT '',
      organisation_id uuid,
      subject_type text NOT NULL CHECK (subject_type IN ('ORGANISATION', 'MEMBERSHIP', 'INVITATION', 'PROJECT', 'PROPOSAL', 'AGREEMENT', 'MILESTONE')),
      subject_id uuid NOT NULL,
      -- The object whose activity timeline also shows it (a milestone's agreement, a membership's organisation).
      parent_id uuid,
      action text NOT NULL CHECK (action ~ '^[A-Z_]+$'),
      before jsonb,
      after jsonb,
      concerned uuid[] NOT NULL DEFAULT '{}'
    )`);
    await q.query(`CREATE INDEX audit_events_subject_idx ON audit_events (subject_id, occurred_at, id)`);
    await q.query(`CREATE INDEX audit_events_parent_idx ON audit_events (parent_id, occurred_at, id) WHERE parent_id IS NOT NULL`);
    await q.query(`CREATE INDEX audit_events_concerned_idx ON audit_events USING gin (concerned)`);

    await q.query(`CREATE FUNCTION helix.refuse_audit_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'the audit trail is append-only' USING ERRCODE = 'HX002';
      END $$`);
    await q.query(`CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
      FOR EACH ROW EXECUTE FUNCTION helix.refuse_audit_change()`);
    await q.query(`CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
      FOR EACH STATEMENT EXECUTE FUNCTION helix.refuse_audit_change()`);

    await q.query(`ALTER TABLE audit_events ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE audit_events FORCE ROW LEVEL SECURITY`);
    await q.query(`CREATE POLICY audit_events_read ON audit_events FOR SELECT TO helix_app
      USING (concerned && (SELECT helix.my_organisation_ids())::uuid[] OR actor_id = (SELECT helix.current_user_id()))`);
    await q.query(`CREATE POLICY audit_events_append ON audit_events FOR INSERT TO helix_app
      WITH CHECK (actor_id IS NOT DISTINCT FROM (SELECT helix.current_user_id()))`);
    await q.query(`REVOKE UPDATE, DELETE, TRUNCATE ON audit_events FROM helix_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS audit_events`);
    await q.query(`DROP FUNCTION IF EXISTS helix.refuse_audit_change()`);
  }
}
