import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Uploaded files (docs/files.md): one row per upload, the bytes in the file storage under
 * `storage_key`. The uploading organisation's members see and delete its files; rows are never
 * updated. Each table that attaches files (project_attachments, later proposals and agreements)
 * adds in its own migration a further permissive SELECT policy on `files`, so a file is readable
 * by whoever may read an object it is attached to, and by nobody else.
 */
export class Files1764450000000 implements MigrationInterface {
  name = 'Files1764450000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE files (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      uploaded_by uuid REFERENCES users (id) ON DELETE SET NULL,
      original_name text NOT NULL CHECK (length(original_name) BETWEEN 1 AND 255),
      storage_key text NOT NULL UNIQUE,
      content_type text NOT NULL,
      size_bytes bigint NOT NULL CHECK (size_bytes > 0),
      sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX files_organisation_idx ON files (organisation_id, created_at)`);
    await q.query(`CREATE INDEX files_uploaded_by_idx ON files (uploaded_by)`);

    await q.query(`ALTER TABLE files ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE files FORCE ROW LEVEL SECURITY`);
    // A stored file never changes: a new version is a new upload.
    await q.query(`REVOKE UPDATE ON files FROM helix_app`);
    await q.query(`CREATE POLICY files_read_uploader ON files FOR SELECT TO helix_app USING (helix.is_member(organisation_id))`);
    await q.query(`CREATE POLICY files_upload ON files FOR INSERT TO helix_app
      WITH CHECK (helix.is_member(organisation_id) AND uploaded_by = (SELECT helix.current_user_id()))`);
    await q.query(`CREATE POLICY files_delete ON files FOR DELETE TO helix_app USING (helix.is_member(organisation_id))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS files`);
  }
}
