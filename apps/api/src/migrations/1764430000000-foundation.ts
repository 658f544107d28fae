import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The platform's base: contrib modules, the request role `helix_app` (not a superuser, owns
 * nothing, no BYPASSRLS), the helpers row-level security policies call, and the first tenant
 * tables (organisations, users, memberships) with RLS enabled and forced.
 */
export class Foundation1764430000000 implements MigrationInterface {
  name = 'Foundation1764430000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pgcrypto`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);

    // Roles are cluster-wide: several databases on one server share helix_app.
    await q.query(`DO $$ BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'helix_app') THEN
        CREATE ROLE helix_app NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOINHERIT;
      END IF;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN
      NULL; -- another database on this server created it at the same moment
    END $$`);
    await q.query(`DO $$ BEGIN
      IF NOT pg_has_role(current_user, 'helix_app', 'MEMBER') THEN
        EXECUTE format('GRANT helix_app TO %I', current_user);
      END IF;
    END $$`);

    await q.query(`CREATE SCHEMA IF NOT EXISTS helix`);
    await q.query(`GRANT USAGE ON SCHEMA helix, public TO helix_app`);
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO helix_app`);
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO helix_app`);

    // Request context, set per transaction with set_config(..., true).
    await q.query(`CREATE FUNCTION helix.current_user_id() RETURNS uuid LANGUAGE sql STABLE PARALLEL SAFE AS
      $$ SELECT nullif(current_setting('helix.user_id', true), '')::uuid $$`);
    await q.query(`CREATE FUNCTION helix.current_org_id() RETURNS uuid LANGUAGE sql STABLE PARALLEL SAFE AS
      $$ SELECT nullif(current_setting('helix.org_id', true), '')::uuid $$`);
    // unaccent() is only STABLE; an IMMUTABLE wrapper lets generated tsvector columns use it.
    await q.query(`CREATE FUNCTION helix.f_unaccent(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS
      $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$`);

    await q.query(`CREATE TABLE system_settings (
      key text PRIMARY KEY,
      value jsonb NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    // Platform bookkeeping (such as "demo data loaded"), never visible to requests.
    await q.query(`REVOKE ALL ON system_settings FROM helix_app`);

    await q.query(`CREATE TABLE users (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      email text NOT NULL UNIQUE CHECK (email = lower(btrim(email)) AND email LIKE '%_@_%'),
      password_hash text NOT NULL,
      full_name text NOT NULL CHECK (length(btrim(full_name)) > 0),
      locale text NOT NULL DEFAULT 'vi' CHECK (locale IN ('vi', 'en')),
      is_platform_admin boolean NOT NULL DEFAULT false,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);

    await q.query(`CREATE TABLE organisations (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name text NOT NULL CHECK (length(btrim(name)) > 0),
      short_name text,
      kind text NOT NULL CHECK (kind IN ('STATE', 'UNIVERSITY', 'ENTERPRISE')),
      status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'VERIFIED', 'SUSPENDED')),
      status_reason text,
      registration_code text,
      description_vi text,
      description_en text,
      website text,
      expertise text[] NOT NULL DEFAULT '{}',
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1
    )`);
    await q.query(`CREATE INDEX organisations_status_idx ON organisations (status)`);
    await q.query(`CREATE INDEX organisations_name_idx ON organisations (name, id)`);

    await q.query(`CREATE TABLE memberships (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      role text NOT NULL CHECK (role IN ('OWNER', 'ADMIN', 'MEMBER', 'VIEWER')),
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (organisation_id, user_id)
    )`);
    await q.query(`CREATE INDEX memberships_user_idx ON memberships (user_id)`);

    // Membership tests for policies. SECURITY DEFINER so a policy on memberships can ask about
    // memberships without recursing into its own policy.
    await q.query(`CREATE FUNCTION helix.is_member(org uuid) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
      SET search_path = pg_catalog, public AS
      $$ SELECT EXISTS (SELECT 1 FROM public.memberships m WHERE m.organisation_id = org AND m.user_id = helix.current_user_id()) $$`);
    await q.query(`CREATE FUNCTION helix.shares_organisation(other_user uuid) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
      SET search_path = pg_catalog, public AS
      $$ SELECT EXISTS (SELECT 1 FROM public.memberships mine JOIN public.memberships theirs USING (organisation_id)
                        WHERE mine.user_id = helix.current_user_id() AND theirs.user_id = other_user) $$`);
    await q.query(`CREATE FUNCTION helix.is_platform_admin() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
      SET search_path = pg_catalog, public AS
      $$ SELECT coalesce((SELECT u.is_platform_admin FROM public.users u WHERE u.id = helix.current_user_id()), false) $$`);
    await q.query(`REVOKE ALL ON FUNCTION helix.is_member(uuid), helix.shares_organisation(uuid), helix.is_platform_admin() FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION helix.is_member(uuid), helix.shares_organisation(uuid), helix.is_platform_admin() TO helix_app`);

    for (const table of ['users', 'organisations', 'memberships']) {
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
    }
    // Users: yourself, and the people you share an organisation with.
    await q.query(`CREATE POLICY users_read ON users FOR SELECT TO helix_app
      USING (id = (SELECT helix.current_user_id()) OR helix.shares_organisation(id))`);
    await q.query(`CREATE POLICY users_update_self ON users FOR UPDATE TO helix_app
      USING (id = (SELECT helix.current_user_id())) WITH CHECK (id = (SELECT helix.current_user_id()))`);
    // Organisations: verified profiles are public; members and platform administrators see the rest.
    await q.query(`CREATE POLICY organisations_read ON organisations FOR SELECT TO helix_app
      USING (status = 'VERIFIED' OR helix.is_member(id) OR helix.is_platform_admin())`);
    await q.query(`CREATE POLICY organisations_update ON organisations FOR UPDATE TO helix_app
      USING (helix.is_member(id) OR helix.is_platform_admin())
      WITH CHECK (helix.is_member(id) OR helix.is_platform_admin())`);
    // Memberships: your own, and those of the organisations you belong to.
    await q.query(`CREATE POLICY memberships_read ON memberships FOR SELECT TO helix_app
      USING (user_id = (SELECT helix.current_user_id()) OR helix.is_member(organisation_id))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS memberships, organisations, users, system_settings CASCADE`);
    await q.query(`DROP SCHEMA IF EXISTS helix CASCADE`);
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON TABLES FROM helix_app`);
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON SEQUENCES FROM helix_app`);
    await q.query(`REVOKE ALL ON SCHEMA public FROM helix_app`);
    // The role may still serve other databases on the same server; drop it only when it is free.
    await q.query(`DO $$ BEGIN
      DROP ROLE IF EXISTS helix_app;
    EXCEPTION WHEN dependent_objects_still_exist THEN NULL;
    END $$`);
  }
}
