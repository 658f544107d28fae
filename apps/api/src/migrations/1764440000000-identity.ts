import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts and tenancy: sessions with rotating refresh tokens, password resets, sign-in attempts
 * (platform tables requests cannot touch), invitations, organisation logos and the mail outbox,
 * with the write policies of organisations and memberships.
 */
export class Identity1764440000000 implements MigrationInterface {
  name = 'Identity1764440000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE organisations ADD COLUMN created_by uuid REFERENCES users (id) ON DELETE SET NULL`);

    await q.query(`CREATE TABLE sessions (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      created_at timestamptz NOT NULL DEFAULT now(),
      last_used_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      revoked_at timestamptz,
      revoked_reason text,
      user_agent text,
      ip text
    )`);
    await q.query(`CREATE INDEX sessions_user_idx ON sessions (user_id)`);
    await q.query(`CREATE TABLE refresh_tokens (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      session_id uuid NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
      token_hash text NOT NULL UNIQUE,
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      used_at timestamptz
    )`);
    await q.query(`CREATE INDEX refresh_tokens_session_idx ON refresh_tokens (session_id)`);
    await q.query(`CREATE TABLE password_reset_tokens (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      token_hash text NOT NULL UNIQUE,
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      used_at timestamptz
    )`);
    await q.query(`CREATE TABLE sign_in_attempts (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      email text NOT NULL,
      ip text NOT NULL,
      succeeded boolean NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX sign_in_attempts_email_idx ON sign_in_attempts (email, created_at)`);
    await q.query(`CREATE INDEX sign_in_attempts_ip_idx ON sign_in_attempts (ip, created_at)`);
    // Credentials and throttling are platform work: requests never read or write them directly.
    await q.query(`REVOKE ALL ON refresh_tokens, password_reset_tokens, sign_in_attempts FROM helix_app`);
    // Sessions: a request may read its own user's sessions (to check its own is live) and revoke them.
    await q.query(`REVOKE ALL ON sessions FROM helix_app`);
    await q.query(`GRANT SELECT ON sessions TO helix_app`);
    await q.query(`GRANT UPDATE (revoked_at, revoked_reason) ON sessions TO helix_app`);

    await q.query(`CREATE TABLE invitations (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      email text NOT NULL CHECK (email = lower(btrim(email))),
      role text NOT NULL CHECK (role IN ('OWNER', 'ADMIN', 'MEMBER', 'VIEWER')),
      token_hash text NOT NULL UNIQUE,
      invited_by uuid REFERENCES users (id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      accepted_at timestamptz,
      accepted_by uuid REFERENCES users (id) ON DELETE SET NULL,
      revoked_at timestamptz
    )`);
    await q.query(`CREATE INDEX invitations_organisation_idx ON invitations (organisation_id, created_at)`);

    await q.query(`CREATE TABLE organisation_logos (
      organisation_id uuid PRIMARY KEY REFERENCES organisations (id) ON DELETE CASCADE,
      content_type text NOT NULL CHECK (content_type IN ('image/png', 'image/jpeg', 'image/webp')),
      data bytea NOT NULL,
      sha256 text NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);

    await q.query(`CREATE TABLE mail_outbox (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      to_email text NOT NULL,
      subject text NOT NULL,
      text_body text NOT NULL,
      html_body text NOT NULL,
      template text NOT NULL,
      locale text NOT NULL CHECK (locale IN ('vi', 'en')),
      created_at timestamptz NOT NULL DEFAULT now(),
      sent_at timestamptz,
      attempts integer NOT NULL DEFAULT 0,
      last_error text
    )`);
    await q.query(`CREATE INDEX mail_outbox_pending_idx ON mail_outbox (created_at) WHERE sent_at IS NULL`);

    await q.query(`CREATE FUNCTION helix.is_unclaimed_creation(org uuid) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
      SET search_path = pg_catalog, public AS
      $$ SELECT EXISTS (SELECT 1 FROM public.organisations o WHERE o.id = org AND o.created_by = helix.current_user_id())
            AND NOT EXISTS (SELECT 1 FROM public.memberships m WHERE m.organisation_id = org) $$`);
    await q.query(`REVOKE ALL ON FUNCTION helix.is_unclaimed_creation(uuid) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION helix.is_unclaimed_creation(uuid) TO helix_app`);

    for (const table of ['sessions', 'invitations', 'organisation_logos', 'mail_outbox']) {
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
    }
    for (const table of ['refresh_tokens', 'password_reset_tokens', 'sign_in_attempts']) {
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
    }

    await q.query(`CREATE POLICY sessions_own ON sessions FOR SELECT TO helix_app USING (user_id = (SELECT helix.current_user_id()))`);
    await q.query(`CREATE POLICY sessions_revoke ON sessions FOR UPDATE TO helix_app
      USING (user_id = (SELECT helix.current_user_id())) WITH CHECK (user_id = (SELECT helix.current_user_id()))`);

    // Narrow, audited doors for what a request needs beyond its own rows. Each runs as the owner
    // and checks its caller itself; all of them work inside the request's single transaction.
    await q.query(`CREATE FUNCTION helix.invitation_by_token(hash text)
      RETURNS TABLE (id uuid, organisation_id uuid, organisation_name text, organisation_kind text, email text, role text,
                     expires_at timestamptz, accepted_at timestamptz, revoked_at timestamptz)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS
      $$ SELECT i.id, i.organisation_id, o.name, o.kind, i.email, i.role, i.expires_at, i.accepted_at, i.revoked_at
           FROM public.invitations i JOIN public.organisations o ON o.id = i.organisation_id WHERE i.token_hash = hash $$`);
    await q.query(`CREATE FUNCTION helix.has_pending_invitation(org uuid, wanted_role text) RETURNS boolean
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS
      $$ SELECT EXISTS (SELECT 1 FROM public.invitations i JOIN public.users u ON u.email = i.email
                        WHERE i.organisation_id = org AND i.role = wanted_role AND u.id = helix.current_user_id()
                          AND i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > now()) $$`);
    await q.query(`CREATE FUNCTION helix.account_locale(address text) RETURNS text
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS
      $$ SELECT u.locale FROM public.users u WHERE helix.current_user_id() IS NOT NULL AND u.email = address $$`);
    await q.query(`CREATE FUNCTION helix.owner_contacts(org uuid) RETURNS TABLE (email text, locale text)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS
      $$ SELECT u.email, u.locale FROM public.memberships m JOIN public.users u ON u.id = m.user_id
          WHERE m.organisation_id = org AND m.role = 'OWNER' AND helix.is_platform_admin() $$`);
    await q.query(`CREATE FUNCTION helix.grant_platform_admin(address text) RETURNS boolean
      LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public AS
      $$ BEGIN
           IF NOT helix.is_platform_admin() THEN RAISE EXCEPTION 'not a platform administrator' USING ERRCODE = '42501'; END IF;
           UPDATE public.users SET is_platform_admin = true, updated_at = now() WHERE email = address;
           RETURN FOUND;
         END $$`);
    const doors = 'helix.invitation_by_token(text), helix.has_pending_invitation(uuid, text), helix.account_locale(text), helix.owner_contacts(uuid), helix.grant_platform_admin(text)';
    await q.query(`REVOKE ALL ON FUNCTION ${doors} FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION ${doors} TO helix_app`);

    // Organisations: any signed-in user creates one (becoming its owner); its creator sees it
    // before the owner membership exists.
    await q.query(`DROP POLICY organisations_read ON organisations`);
    await q.query(`CREATE POLICY organisations_read ON organisations FOR SELECT TO helix_app
      USING (status = 'VERIFIED' OR helix.is_member(id) OR created_by = (SELECT helix.current_user_id()) OR helix.is_platform_admin())`);
    await q.query(`CREATE POLICY organisations_create ON organisations FOR INSERT TO helix_app
      WITH CHECK (created_by = (SELECT helix.current_user_id()) AND status = 'PENDING')`);

    // Memberships: the creator claims an organisation once; everything else goes through the
    // rules of libs/domain and these checks.
    await q.query(`CREATE POLICY memberships_claim ON memberships FOR INSERT TO helix_app
      WITH CHECK (user_id = (SELECT helix.current_user_id()) AND role = 'OWNER' AND helix.is_unclaimed_creation(organisation_id))`);
    await q.query(`CREATE POLICY memberships_accept ON memberships FOR INSERT TO helix_app
      WITH CHECK (user_id = (SELECT helix.current_user_id()) AND helix.has_pending_invitation(organisation_id, role))`);
    await q.query(`CREATE POLICY memberships_update ON memberships FOR UPDATE TO helix_app
      USING (helix.is_member(organisation_id)) WITH CHECK (helix.is_member(organisation_id))`);
    await q.query(`CREATE POLICY memberships_delete ON memberships FOR DELETE TO helix_app
      USING (helix.is_member(organisation_id))`);

    await q.query(`CREATE POLICY invitations_members ON invitations FOR ALL TO helix_app
      USING (helix.is_member(organisation_id)) WITH CHECK (helix.is_member(organisation_id))`);

    await q.query(`CREATE POLICY logos_read ON organisation_logos FOR SELECT TO helix_app
      USING (EXISTS (SELECT 1 FROM organisations o WHERE o.id = organisation_id))`);
    await q.query(`CREATE POLICY logos_write ON organisation_logos FOR ALL TO helix_app
      USING (helix.is_member(organisation_id)) WITH CHECK (helix.is_member(organisation_id))`);

    // Any request may queue an e-mail (an invitation, say); only platform administrators read them.
    await q.query(`REVOKE ALL ON mail_outbox FROM helix_app`);
    await q.query(`GRANT SELECT, INSERT ON mail_outbox TO helix_app`);
    await q.query(`CREATE POLICY mail_queue ON mail_outbox FOR INSERT TO helix_app WITH CHECK (sent_at IS NULL)`);
    await q.query(`CREATE POLICY mail_preview ON mail_outbox FOR SELECT TO helix_app USING (helix.is_platform_admin())`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP POLICY IF EXISTS memberships_claim ON memberships`);
    await q.query(`DROP POLICY IF EXISTS memberships_update ON memberships`);
    await q.query(`DROP POLICY IF EXISTS memberships_delete ON memberships`);
    await q.query(`DROP POLICY IF EXISTS organisations_create ON organisations`);
    await q.query(`DROP POLICY IF EXISTS organisations_read ON organisations`);
    await q.query(`CREATE POLICY organisations_read ON organisations FOR SELECT TO helix_app
      USING (status = 'VERIFIED' OR helix.is_member(id) OR helix.is_platform_admin())`);
    await q.query(`DROP TABLE IF EXISTS mail_outbox, organisation_logos, invitations, sign_in_attempts, password_reset_tokens, refresh_tokens, sessions`);
    await q.query(`DROP FUNCTION IF EXISTS helix.is_unclaimed_creation(uuid), helix.invitation_by_token(text), helix.has_pending_invitation(uuid, text), helix.account_locale(text), helix.owner_contacts(uuid), helix.grant_platform_admin(text)`);
    await q.query(`DROP POLICY IF EXISTS memberships_accept ON memberships`);
    await q.query(`ALTER TABLE organisations DROP COLUMN IF EXISTS created_by`);
  }
}
