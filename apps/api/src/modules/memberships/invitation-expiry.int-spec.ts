import { Client } from 'pg';
import type { RunningServer } from '@api/core/bootstrap';
import { startTestApi, type TestApi } from '@api/testing/test-api';

interface GraphQLBody<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string; field?: string } }[];
}

/**
 * Expiry is decided by the clock at the moment of asking. The test moves an invitation's expiry
 * in the database (the only way to "wait seven days") and asks the running API.
 */
describe('invitation expiry', () => {
  let api: TestApi;
  let server: RunningServer;
  let sql: Client;

  const gql = async <T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GraphQLBody<T>> => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'en', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLBody<T>;
  };

  const signUp = async (email: string) => {
    const body = await gql<{ signUp: { accessToken: string } }>('mutation ($i: SignUpInput!) { signUp(input: $i) { accessToken } }', {
      i: { email, password: 'a long enough password', fullName: email.split('@')[0] },
    });
    const token = body.data?.signUp.accessToken;
    if (!token) throw new Error(JSON.stringify(body.errors));
    return token;
  };

  beforeAll(async () => {
    api = await startTestApi({ HELIX_ADMIN_EMAIL: 'admin@expiry.test', HELIX_ADMIN_PASSWORD: 'Expiry-admin-2026' });
    server = api.server;
    sql = new Client({ connectionString: api.databaseUrl });
    await sql.connect();
  });

  afterAll(async () => {
    await sql?.end();
    await api?.close();
  });

  it('accepts one second before the expiry and refuses one second after it', async () => {
    const owner = await signUp('owner@expiry.test');
    const created = await gql<{ createOrganisation: { id: string } }>('mutation { createOrganisation(input: { name: "Expiry Lab", kind: STATE }) { id } }', {}, owner);
    const organisationId = created.data?.createOrganisation.id;
    const admin = (await gql<{ signIn: { accessToken: string } }>('mutation { signIn(input: { email: "admin@expiry.test", password: "Expiry-admin-2026" }) { accessToken } }')).data?.signIn.accessToken;

    const tokenFor = async (email: string) => {
      await gql('mutation ($i: InviteMemberInput!) { inviteMember(input: $i) { id } }', { i: { organisationId, email, role: 'MEMBER' } }, owner);
      const mail = await gql<{ mailOutbox: { edges: { node: { text: string } }[] } }>('query ($to: String) { mailOutbox(to: $to) { edges { node { text } } } }', { to: email }, admin);
      const match = /token=([\w%-]+)/.exec(mail.data?.mailOutbox.edges[0]?.node.text ?? '');
      return decodeURIComponent(match?.[1] ?? '');
    };

    const late = await tokenFor('late@expiry.test');
    await sql.query(`UPDATE invitations SET expires_at = now() - interval '1 second' WHERE email = 'late@expiry.test'`);
    const preview = await gql<{ invitation: { status: string } }>('query ($t: String!) { invitation(token: $t) { status } }', { t: late });
    expect(preview.data?.invitation.status).toBe('EXPIRED');
    const lateUser = await signUp('late@expiry.test');
    const refused = await gql('mutation ($t: String!) { acceptInvitation(token: $t) { id } }', { t: late }, lateUser);
    expect(refused.errors?.[0]).toEqual(expect.objectContaining({ message: 'This invitation has expired. Ask for a new one.', extensions: { code: 'BAD_USER_INPUT', field: 'token' } }));

    const onTime = await tokenFor('ontime@expiry.test');
    await sql.query(`UPDATE invitations SET expires_at = now() + interval '2 seconds' WHERE email = 'ontime@expiry.test'`);
    const onTimeUser = await signUp('ontime@expiry.test');
    const accepted = await gql<{ acceptInvitation: { role: string } }>('mutation ($t: String!) { acceptInvitation(token: $t) { role } }', { t: onTime }, onTimeUser);
    expect(accepted.data?.acceptInvitation.role).toBe('MEMBER');
  });
});
