import { randomUUID } from 'node:crypto';
import { graphql, type GraphQLResponse } from './graphql';

export const ADMIN = { email: 'admin@helix.test', password: 'Platform-admin-2026' };
export const ADMIN_ENV = { HELIX_ADMIN_EMAIL: ADMIN.email, HELIX_ADMIN_PASSWORD: ADMIN.password };

export interface Session {
  token: string;
  refreshToken: string;
  userId: string;
  email: string;
  /** GraphQL as this user (optionally acting for an organisation). */
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
}

function sessionFrom(url: string, payload: { accessToken: string; refreshToken: string; user: { id: string; email: string } }): Session {
  return {
    token: payload.accessToken,
    refreshToken: payload.refreshToken,
    userId: payload.user.id,
    email: payload.user.email,
    gql: (query, variables, headers) => graphql(url, query, { variables, headers: { authorization: `Bearer ${payload.accessToken}`, ...headers } }),
  };
}

const AUTH_FIELDS = 'accessToken refreshToken user { id email }';

/** A new account with a unique address, so suites never collide. */
export async function signUp(url: string, name = 'Tester', locale = 'vi'): Promise<Session & { password: string }> {
  const email = `${name.toLowerCase().replace(/\W+/g, '-')}-${randomUUID().slice(0, 8)}@example.test`;
  const password = `long enough passphrase ${randomUUID().slice(0, 6)}`;
  const response = await graphql<{ signUp: { accessToken: string; refreshToken: string; user: { id: string; email: string } } }>(
    url,
    `mutation ($input: SignUpInput!) { signUp(input: $input) { ${AUTH_FIELDS} } }`,
    { variables: { input: { email, password, fullName: name, locale } } },
  );
  if (!response.data?.signUp) throw new Error(`signUp failed: ${JSON.stringify(response.errors)}`);
  return { ...sessionFrom(url, response.data.signUp), password };
}

export async function signIn(url: string, email: string, password: string): Promise<Session> {
  const response = await graphql<{ signIn: { accessToken: string; refreshToken: string; user: { id: string; email: string } } }>(
    url,
    `mutation ($input: SignInInput!) { signIn(input: $input) { ${AUTH_FIELDS} } }`,
    { variables: { input: { email, password } } },
  );
  if (!response.data?.signIn) throw new Error(`signIn failed: ${JSON.stringify(response.errors)}`);
  return sessionFrom(url, response.data.signIn);
}

/** Creates an organisation as `owner`; verified by `admin` when given. */
export async function createOrganisation(owner: Session, kind: 'STATE' | 'UNIVERSITY' | 'ENTERPRISE', admin?: Session): Promise<{ id: string; name: string }> {
  const name = `${kind} organisation ${randomUUID().slice(0, 8)}`;
  const created = await owner.gql<{ createOrganisation: { id: string } }>(
    'mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }',
    { input: { name, kind } },
  );
  const id = created.data?.createOrganisation.id;
  if (!id) throw new Error(`createOrganisation failed: ${JSON.stringify(created.errors)}`);
  if (admin) {
    const verified = await admin.gql('mutation ($id: ID!) { verifyOrganisation(id: $id) { id } }', { id });
    if (verified.errors) throw new Error(`verifyOrganisation failed: ${JSON.stringify(verified.errors)}`);
  }
  return { id, name };
}

/** The newest link of a kind sent to an address, read from the administrator's mail preview. */
export async function mailedToken(admin: Session, to: string, path: '/invitations/accept' | '/reset-password'): Promise<string> {
  const response = await admin.gql<{ mailOutbox: { edges: { node: { text: string } }[] } }>(
    'query ($to: String) { mailOutbox(to: $to, first: 20) { edges { node { text } } } }',
    { to },
  );
  for (const { node } of response.data?.mailOutbox.edges ?? []) {
    const match = new RegExp(`${path.replace('/', '\\/')}\\?token=([\\w%-]+)`).exec(node.text);
    if (match?.[1]) return decodeURIComponent(match[1]);
  }
  throw new Error(`no ${path} mail to ${to}: ${JSON.stringify(response)}`);
}

/** Invites `email` into an organisation and returns the link's token. */
export async function invite(owner: Session, admin: Session, organisationId: string, email: string, role = 'MEMBER'): Promise<string> {
  const invited = await owner.gql('mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { id } }', { input: { organisationId, email, role } });
  if (invited.errors) throw new Error(`inviteMember failed: ${JSON.stringify(invited.errors)}`);
  return mailedToken(admin, email, '/invitations/accept');
}
