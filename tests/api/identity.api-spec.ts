import { randomUUID } from 'node:crypto';
import { ADMIN, ADMIN_ENV, createOrganisation, invite, mailedToken, type Session, signIn, signUp } from '@tests/support/accounts';
import { graphql, onlyError } from '@tests/support/graphql';
import { startServer, type StartedServer } from '@tests/support/server';

const SIGN_IN = 'mutation ($input: SignInInput!) { signIn(input: $input) { accessToken } }';
const ME = '{ me { id email fullName locale isPlatformAdmin memberships { role organisation { id } } } }';
const PNG_1x1 =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

describe('identity, organisations and memberships over HTTP', () => {
  let server: StartedServer;
  let admin: Session;

  beforeAll(async () => {
    server = await startServer({ env: ADMIN_ENV });
    admin = await signIn(server.url, ADMIN.email, ADMIN.password);
  });

  afterAll(async () => {
    await server?.stop();
  });

  describe('accounts', () => {
    it('signs up with a normalised e-mail and reads `me`', async () => {
      const email = `Mixed.Case-${randomUUID().slice(0, 6)}@Example.TEST`;
      const response = await graphql<{ signUp: { user: { email: string; locale: string } } }>(
        server.url,
        'mutation ($input: SignUpInput!) { signUp(input: $input) { accessToken user { email locale } } }',
        { variables: { input: { email: `  ${email} `, password: 'a sufficiently long one', fullName: 'Mai', locale: 'en' } } },
      );
      expect(response.data?.signUp.user).toEqual({ email: email.toLowerCase(), locale: 'en' });
      const again = onlyError(
        await graphql(server.url, 'mutation ($input: SignUpInput!) { signUp(input: $input) { accessToken } }', {
          variables: { input: { email: email.toUpperCase(), password: 'another long password', fullName: 'Mai' } },
          headers: { 'accept-language': 'en' },
        }),
      );
      expect(again.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.email' });
      expect(again.message).toBe('An account with this e-mail address already exists.');
    });

    it.each([
      ['short', 'input.password', 'The password needs at least 10 characters.'],
      ['Password123!', 'input.password', 'This password is too common. Choose another one.'],
    ])('refuses the password %p', async (password, field, message) => {
      const error = onlyError(
        await graphql(server.url, 'mutation ($input: SignUpInput!) { signUp(input: $input) { accessToken } }', {
          variables: { input: { email: `p-${randomUUID()}@example.test`, password, fullName: 'X' } },
          headers: { 'accept-language': 'en' },
        }),
      );
      expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field });
      expect(error.message).toBe(message);
    });

    it('refuses a malformed e-mail and an empty name', async () => {
      const bad = await graphql(server.url, 'mutation ($input: SignUpInput!) { signUp(input: $input) { accessToken } }', {
        variables: { input: { email: 'not-an-address', password: 'long enough password', fullName: 'X' } },
      });
      expect(onlyError(bad).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.email' });
      const noName = await graphql(server.url, 'mutation ($input: SignUpInput!) { signUp(input: $input) { accessToken } }', {
        variables: { input: { email: `n-${randomUUID()}@example.test`, password: 'long enough password', fullName: '   ' } },
      });
      expect(onlyError(noName).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.fullName' });
    });

    it('answers `me` with null for anonymous callers and UNAUTHENTICATED for a forged token', async () => {
      expect((await graphql(server.url, ME)).data).toEqual({ me: null });
      const forged = await graphql(server.url, 'mutation { updateMe(input: { fullName: "X" }) { id } }', { headers: { authorization: 'Bearer not.a.token' } });
      expect(onlyError(forged).extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('refuses a wrong password without saying whether the account exists', async () => {
      const user = await signUp(server.url, 'Wrong');
      const wrong = onlyError(await graphql(server.url, SIGN_IN, { variables: { input: { email: user.email, password: 'not the password' } }, headers: { 'accept-language': 'en' } }));
      const unknown = onlyError(await graphql(server.url, SIGN_IN, { variables: { input: { email: `nobody-${randomUUID()}@example.test`, password: 'whatever it is' } }, headers: { 'accept-language': 'en' } }));
      expect(wrong).toMatchObject({ message: 'The e-mail address or password is wrong.', extensions: { code: 'UNAUTHENTICATED' } });
      expect(unknown.message).toBe(wrong.message);
    });

    it('throttles the tenth wrong password in a row with RATE_LIMITED and the wait', async () => {
      const user = await signUp(server.url, 'Throttled');
      const codes: (string | undefined)[] = [];
      let last: { message: string; extensions?: Record<string, unknown> } | undefined;
      for (let attempt = 0; attempt < 10; attempt += 1) {
        const response = await graphql(server.url, SIGN_IN, { variables: { input: { email: user.email, password: `wrong ${attempt} password` } }, headers: { 'accept-language': 'en' } });
        last = response.errors?.[0];
        codes.push(last?.extensions?.code as string | undefined);
      }
      expect(codes.slice(0, 5)).toEqual(Array(5).fill('UNAUTHENTICATED'));
      expect(codes[9]).toBe('RATE_LIMITED');
      expect(last?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
      expect(last?.message).toMatch(/^Too many requests\. Try again in \d+ seconds\.$/);
      // Even the right password waits until the throttle has passed.
      const right = onlyError(await graphql(server.url, SIGN_IN, { variables: { input: { email: user.email, password: user.password } } }));
      expect(right.extensions?.code).toBe('RATE_LIMITED');
    });

    it('sets httpOnly SameSite session cookies for the web client', async () => {
      const user = await signUp(server.url, 'Cookie');
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: SIGN_IN, variables: { input: { email: user.email, password: user.password } } }),
      });
      const cookies = response.headers.getSetCookie();
      expect(cookies.find((c) => c.startsWith('helix_access='))).toMatch(/HttpOnly/i);
      expect(cookies.find((c) => c.startsWith('helix_access='))).toMatch(/SameSite=Lax/i);
      expect(cookies.find((c) => c.startsWith('helix_refresh='))).toMatch(/Path=\/graphql.*HttpOnly.*SameSite=Strict|HttpOnly.*SameSite=Strict/i);
      const access = cookies.find((c) => c.startsWith('helix_access='))?.split(';')[0] ?? '';
      const me = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: access },
        body: JSON.stringify({ query: '{ me { email } }' }),
      });
      expect(await me.json()).toEqual({ data: { me: { email: user.email } } });
    });

    it('rotates refresh tokens, and a reused one ends the whole session', async () => {
      const user = await signUp(server.url, 'Rotate');
      const REFRESH = 'mutation ($token: String) { refreshSession(refreshToken: $token) { accessToken refreshToken } }';
      const first = await graphql<{ refreshSession: { accessToken: string; refreshToken: string } }>(server.url, REFRESH, { variables: { token: user.refreshToken } });
      const rotated = first.data?.refreshSession;
      expect(rotated?.refreshToken).toBeDefined();
      expect(rotated?.refreshToken).not.toBe(user.refreshToken);

      // The old token again: somebody copied it. The session ends for everyone holding it.
      const reused = onlyError(await graphql(server.url, REFRESH, { variables: { token: user.refreshToken } }));
      expect(reused.extensions?.code).toBe('UNAUTHENTICATED');
      const afterReuse = onlyError(await graphql(server.url, REFRESH, { variables: { token: rotated?.refreshToken } }));
      expect(afterReuse.extensions?.code).toBe('UNAUTHENTICATED');
      const access = await graphql(server.url, 'mutation { updateMe(input: { fullName: "Still here?" }) { id } }', {
        headers: { authorization: `Bearer ${rotated?.accessToken}` },
      });
      expect(onlyError(access).extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('signs out: the access token stops working at once', async () => {
      const user = await signUp(server.url, 'Leaving');
      expect((await user.gql('mutation { signOut }')).data).toEqual({ signOut: true });
      expect((await user.gql(ME)).data).toEqual({ me: null });
    });

    it('resets a forgotten password by an e-mailed single-use link and ends old sessions', async () => {
      const user = await signUp(server.url, 'Forgetful');
      const requested = await graphql(server.url, 'mutation ($email: String!) { requestPasswordReset(email: $email) }', { variables: { email: user.email } });
      expect(requested.data).toEqual({ requestPasswordReset: true });
      const unknown = await graphql(server.url, 'mutation ($email: String!) { requestPasswordReset(email: $email) }', { variables: { email: `ghost-${randomUUID()}@example.test` } });
      expect(unknown.data).toEqual({ requestPasswordReset: true });

      const token = await mailedToken(admin, user.email, '/reset-password');
      const RESET = 'mutation ($input: ResetPasswordInput!) { resetPassword(input: $input) }';
      const weak = onlyError(await graphql(server.url, RESET, { variables: { input: { token, password: 'short' } } }));
      expect(weak.extensions?.field).toBe('input.password');
      expect((await graphql(server.url, RESET, { variables: { input: { token, password: 'my brand new passphrase' } } })).data).toEqual({ resetPassword: true });
      const reused = onlyError(await graphql(server.url, RESET, { variables: { input: { token, password: 'yet another passphrase' } }, headers: { 'accept-language': 'en' } }));
      expect(reused).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.token' }, message: expect.stringMatching(/invalid, used or expired/) });

      expect((await user.gql(ME)).data).toEqual({ me: null });
      await expect(signIn(server.url, user.email, 'my brand new passphrase')).resolves.toMatchObject({ email: user.email });
    });

    it('changes the password with the current one and updates name and language', async () => {
      const user = await signUp(server.url, 'Changer');
      const wrong = onlyError(await user.gql('mutation { changePassword(input: { currentPassword: "not it at all", newPassword: "a new long password" }) }'));
      expect(wrong.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.currentPassword' });
      expect((await user.gql(`mutation { changePassword(input: { currentPassword: "${user.password}", newPassword: "a new long password" }) }`)).data).toEqual({ changePassword: true });
      const updated = await user.gql<{ updateMe: { fullName: string; locale: string } }>('mutation { updateMe(input: { fullName: "Changed Name", locale: "en" }) { fullName locale } }');
      expect(updated.data?.updateMe).toEqual({ fullName: 'Changed Name', locale: 'en' });
      const badLocale = onlyError(await user.gql('mutation { updateMe(input: { locale: "fr" }) { id } }'));
      expect(badLocale.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.locale' });
    });
  });

  describe('organisations', () => {
    it('creates a PENDING organisation owned by its creator, visible only to its members', async () => {
      const owner = await signUp(server.url, 'Founder');
      const outsider = await signUp(server.url, 'Outsider');
      const created = await owner.gql<{ createOrganisation: { id: string; status: string; myRole: string; description: string } }>(
        'mutation { createOrganisation(input: { name: "Viện Đô thị Xanh", kind: UNIVERSITY, description: "Nghiên cứu đô thị" }) { id status myRole description } }',
      );
      const organisation = created.data?.createOrganisation;
      expect(organisation).toMatchObject({ status: 'PENDING', myRole: 'OWNER', description: 'Nghiên cứu đô thị' });
      const hidden = onlyError(await outsider.gql('query ($id: ID!) { organisation(id: $id) { id } }', { id: organisation?.id }));
      expect(hidden.extensions?.code).toBe('NOT_FOUND');
      const queue = await admin.gql<{ organisations: { edges: { node: { id: string } }[] } }>(
        'query { organisations(first: 100, filter: { statuses: [PENDING] }) { edges { node { id } } } }',
      );
      expect(queue.data?.organisations.edges.map((edge) => edge.node.id)).toContain(organisation?.id);
    });

    it('lets only platform administrators verify and suspend, with a reason the members see and an e-mail', async () => {
      const owner = await signUp(server.url, 'Owner');
      const { id } = await createOrganisation(owner, 'ENTERPRISE');
      expect(onlyError(await owner.gql('query ($id: ID!) { v: verifyOrganisation(id: $id) { id } }'.replace('query', 'mutation'), { id })).extensions?.code).toBe('FORBIDDEN');
      expect((await admin.gql<{ verifyOrganisation: { status: string } }>('mutation ($id: ID!) { verifyOrganisation(id: $id) { status } }', { id })).data).toEqual({
        verifyOrganisation: { status: 'VERIFIED' },
      });
      const noReason = onlyError(await admin.gql('mutation ($id: ID!) { suspendOrganisation(id: $id, reason: "  ") { status } }', { id }));
      expect(noReason.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'reason' });
      await admin.gql('mutation ($id: ID!) { suspendOrganisation(id: $id, reason: "Registration documents expired") { status } }', { id });
      const seen = await owner.gql<{ organisation: { status: string; statusReason: string } }>('query ($id: ID!) { organisation(id: $id) { status statusReason } }', { id });
      expect(seen.data?.organisation).toEqual({ status: 'SUSPENDED', statusReason: 'Registration documents expired' });
      const again = onlyError(await admin.gql('mutation ($id: ID!) { suspendOrganisation(id: $id, reason: "again") { status } }', { id }));
      expect(again.extensions?.code).toBe('INVALID_TRANSITION');
      const mail = await admin.gql<{ mailOutbox: { edges: { node: { subject: string } }[] } }>('query ($to: String) { mailOutbox(to: $to) { edges { node { subject } } } }', { to: owner.email });
      expect(mail.data?.mailOutbox.edges.map((edge) => edge.node.subject)).toEqual([expect.stringMatching(/tạm ngưng/), expect.stringMatching(/xác minh/)]);
    });

    it('edits the profile with optimistic versions: a stale version gets CONFLICT and changes nothing', async () => {
      const owner = await signUp(server.url, 'Editor');
      const { id } = await createOrganisation(owner, 'STATE');
      const UPDATE = 'mutation ($id: ID!, $input: UpdateOrganisationInput!, $v: Int!) { updateOrganisation(id: $id, input: $input, expectedVersion: $v) { name kind version website expertise } }';
      const first = await owner.gql<{ updateOrganisation: { version: number } }>(UPDATE, { id, input: { name: 'Sở Xây dựng', kind: 'UNIVERSITY', website: 'https://xd.example', expertise: ['quy hoạch', 'quy hoạch', ' giao thông '] }, v: 1 });
      expect(first.data?.updateOrganisation).toEqual({ name: 'Sở Xây dựng', kind: 'UNIVERSITY', version: 2, website: 'https://xd.example/', expertise: ['quy hoạch', 'giao thông'] });
      const stale = onlyError(await owner.gql(UPDATE, { id, input: { name: 'Overwritten' }, v: 1 }));
      expect(stale.extensions?.code).toBe('CONFLICT');
      const badUrl = onlyError(await owner.gql(UPDATE, { id, input: { website: 'javascript:alert(1)' }, v: 2 }));
      expect(badUrl.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.website' });
      const current = await owner.gql<{ organisation: { name: string; version: number } }>('query ($id: ID!) { organisation(id: $id) { name version } }', { id });
      expect(current.data?.organisation).toEqual({ name: 'Sở Xây dựng', version: 2 });

      await admin.gql('mutation ($id: ID!) { verifyOrganisation(id: $id) { id } }', { id });
      const kindLocked = onlyError(await owner.gql(UPDATE, { id, input: { kind: 'STATE' }, v: 3 }));
      expect(kindLocked.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.kind' });
    });

    it('stores a logo sniffed from its bytes and serves it; refuses other content and oversize images', async () => {
      const owner = await signUp(server.url, 'Logo');
      const { id } = await createOrganisation(owner, 'ENTERPRISE');
      const SET = 'mutation ($id: ID!, $image: String!) { setOrganisationLogo(id: $id, image: $image) { logoUrl } }';
      const set = await owner.gql<{ setOrganisationLogo: { logoUrl: string } }>(SET, { id, image: PNG_1x1.replace('image/png', 'image/gif') });
      const logoUrl = set.data?.setOrganisationLogo.logoUrl;
      expect(logoUrl).toMatch(new RegExp(`^/api/organisations/${id}/logo\\?v=[0-9a-f]{12}$`));
      const logo = await fetch(`${server.url}${logoUrl}`, { headers: { authorization: `Bearer ${owner.token}` } });
      expect(logo.status).toBe(200);
      expect(logo.headers.get('content-type')).toBe('image/png');
      expect(logo.headers.get('x-content-type-options')).toBe('nosniff');
      // The organisation is still pending: its logo is as hidden as the organisation itself.
      expect((await fetch(`${server.url}${logoUrl}`)).status).toBe(404);

      const svg = `data:image/png;base64,${Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>').toString('base64')}`;
      expect(onlyError(await owner.gql(SET, { id, image: svg })).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'image' });
      expect(onlyError(await owner.gql(SET, { id, image: 'https://example.test/logo.png' })).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'image' });
      const huge = `data:image/png;base64,${Buffer.alloc(600 * 1024, 1).toString('base64')}`;
      expect(onlyError(await owner.gql(SET, { id, image: huge })).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'image' });
      const removed = await owner.gql<{ removeOrganisationLogo: { logoUrl: string | null } }>('mutation ($id: ID!) { removeOrganisationLogo(id: $id) { logoUrl } }', { id });
      expect(removed.data?.removeOrganisationLogo.logoUrl).toBeNull();
    });

    it('refuses an X-Organisation-Id the caller does not belong to', async () => {
      const user = await signUp(server.url, 'Switcher');
      const { id } = await createOrganisation(user, 'STATE');
      const mine = await user.gql(ME, {}, { 'x-organisation-id': id });
      expect(mine.errors).toBeUndefined();
      const notMine = onlyError(await user.gql(ME, {}, { 'x-organisation-id': randomUUID() }));
      expect(notMine.extensions?.code).toBe('FORBIDDEN');
    });
  });

  describe('memberships and invitations', () => {
    it('invites by e-mail someone without an account, who signs up and accepts once', async () => {
      const owner = await signUp(server.url, 'Inviter');
      const { id } = await createOrganisation(owner, 'UNIVERSITY');
      const email = `colleague-${randomUUID().slice(0, 8)}@example.test`;
      const token = await invite(owner, admin, id, email, 'ADMIN');
      const preview = await graphql<{ invitation: { email: string; role: string; status: string } }>(server.url, 'query ($t: String!) { invitation(token: $t) { email role status } }', { variables: { t: token } });
      expect(preview.data?.invitation).toEqual({ email, role: 'ADMIN', status: 'PENDING' });

      const someoneElse = await signUp(server.url, 'Interloper');
      const ACCEPT = 'mutation ($t: String!) { acceptInvitation(token: $t) { role organisation { id myRole } } }';
      const wrongAccount = onlyError(await someoneElse.gql(ACCEPT, { t: token }));
      expect(wrongAccount.extensions?.code).toBe('FORBIDDEN');
      expect(wrongAccount.message).toContain(email);

      const signedUp = await graphql<{ signUp: { accessToken: string } }>(server.url, 'mutation ($input: SignUpInput!) { signUp(input: $input) { accessToken } }', {
        variables: { input: { email, password: 'colleague long password', fullName: 'Colleague' } },
      });
      const colleague = { gql: (q: string, v?: Record<string, unknown>) => graphql(server.url, q, { variables: v, headers: { authorization: `Bearer ${signedUp.data?.signUp.accessToken}`, 'accept-language': 'en' } }) };
      expect((await colleague.gql(ACCEPT, { t: token })).data).toEqual({ acceptInvitation: { role: 'ADMIN', organisation: { id, myRole: 'ADMIN' } } });
      const used = onlyError(await colleague.gql(ACCEPT, { t: token }));
      expect(used).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'token' }, message: 'This invitation has already been used.' });
      const members = await owner.gql<{ organisation: { members: { totalCount: number } } }>('query ($id: ID!) { organisation(id: $id) { members { totalCount } } }', { id });
      expect(members.data?.organisation.members.totalCount).toBe(2);
    });

    it('refuses a revoked invitation and an unknown token with clear messages', async () => {
      const owner = await signUp(server.url, 'Revoker');
      const { id } = await createOrganisation(owner, 'STATE');
      const email = `revoked-${randomUUID().slice(0, 8)}@example.test`;
      const token = await invite(owner, admin, id, email);
      const invitations = await owner.gql<{ organisation: { invitations: { edges: { node: { id: string } }[] } } }>(
        'query ($id: ID!) { organisation(id: $id) { invitations { edges { node { id } } } } }',
        { id },
      );
      const invitationId = invitations.data?.organisation.invitations.edges[0]?.node.id;
      const revoked = await owner.gql<{ revokeInvitation: { status: string } }>('mutation ($id: ID!) { revokeInvitation(id: $id) { status } }', { id: invitationId });
      expect(revoked.data?.revokeInvitation.status).toBe('REVOKED');
      const invitee = await graphql<{ signUp: { accessToken: string } }>(server.url, 'mutation ($input: SignUpInput!) { signUp(input: $input) { accessToken } }', {
        variables: { input: { email, password: 'invitee long password', fullName: 'Invitee' } },
      });
      const accept = (t: string) =>
        graphql(server.url, 'mutation ($t: String!) { acceptInvitation(token: $t) { id } }', { variables: { t }, headers: { authorization: `Bearer ${invitee.data?.signUp.accessToken}`, 'accept-language': 'en' } });
      expect(onlyError(await accept(token)).message).toBe('This invitation has been revoked.');
      expect(onlyError(await accept('made-up-token')).message).toBe('This invitation is not valid.');
    });

    it('enforces roles: admins cannot grant ownership, viewers cannot invite, the last owner stays', async () => {
      const owner = await signUp(server.url, 'Boss');
      const { id } = await createOrganisation(owner, 'ENTERPRISE');
      const adminUser = await signUp(server.url, 'Deputy');
      const viewer = await signUp(server.url, 'Watcher');
      for (const [user, role] of [
        [adminUser, 'ADMIN'],
        [viewer, 'VIEWER'],
      ] as const) {
        const token = await invite(owner, admin, id, user.email, role);
        const accepted = await user.gql('mutation ($t: String!) { acceptInvitation(token: $t) { id } }', { t: token });
        expect(accepted.errors).toBeUndefined();
      }
      const INVITE = 'mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { id } }';
      expect(onlyError(await viewer.gql(INVITE, { input: { organisationId: id, email: 'x@example.test', role: 'MEMBER' } }, { 'x-organisation-id': id })).extensions?.code).toBe('FORBIDDEN');
      expect(onlyError(await adminUser.gql(INVITE, { input: { organisationId: id, email: 'y@example.test', role: 'OWNER' } })).extensions?.code).toBe('FORBIDDEN');
      expect(onlyError(await owner.gql(INVITE, { input: { organisationId: id, email: viewer.email, role: 'MEMBER' } })).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.email' });

      const members = await owner.gql<{ organisation: { members: { edges: { node: { id: string; role: string } }[] } } }>(
        'query ($id: ID!) { organisation(id: $id) { members { edges { node { id role } } } } }',
        { id },
      );
      const byRole = (role: string) => members.data?.organisation.members.edges.find((edge) => edge.node.role === role)?.node.id;
      const CHANGE = 'mutation ($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { role } }';
      const lastOwner = onlyError(await owner.gql(CHANGE, { input: { membershipId: byRole('OWNER'), role: 'ADMIN' } }, { 'accept-language': 'en' }));
      expect(lastOwner).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: expect.stringMatching(/last owner/) });
      expect(onlyError(await owner.gql('mutation ($m: ID!) { removeMember(membershipId: $m) }', { m: byRole('OWNER') })).extensions?.code).toBe('FORBIDDEN');
      expect(onlyError(await adminUser.gql(CHANGE, { input: { membershipId: byRole('OWNER'), role: 'MEMBER' } })).extensions?.code).toBe('FORBIDDEN');
      expect((await adminUser.gql(CHANGE, { input: { membershipId: byRole('VIEWER'), role: 'MEMBER' } })).data).toEqual({ changeMemberRole: { role: 'MEMBER' } });

      // Promote the deputy to owner; now the first owner may step down, and the viewer may leave.
      expect((await owner.gql(CHANGE, { input: { membershipId: byRole('ADMIN'), role: 'OWNER' } })).data).toEqual({ changeMemberRole: { role: 'OWNER' } });
      expect((await owner.gql(CHANGE, { input: { membershipId: byRole('OWNER'), role: 'ADMIN' } })).data).toEqual({ changeMemberRole: { role: 'ADMIN' } });
      expect((await viewer.gql('mutation ($m: ID!) { removeMember(membershipId: $m) }', { m: byRole('VIEWER') })).data).toEqual({ removeMember: true });
      expect(onlyError(await viewer.gql('query ($id: ID!) { organisation(id: $id) { members { totalCount } } }', { id })).extensions?.code).toBe('NOT_FOUND');
    });

    it('keeps the member list to members and never lets platform administrators read it', async () => {
      const owner = await signUp(server.url, 'Private');
      const { id } = await createOrganisation(owner, 'UNIVERSITY', admin);
      const outsider = await signUp(server.url, 'Curious');
      const MEMBERS = 'query ($id: ID!) { organisation(id: $id) { name members { totalCount } } }';
      const asOutsider = await outsider.gql<{ organisation: { name: string; members: null } }>(MEMBERS, { id });
      expect(asOutsider.data?.organisation).toEqual({ name: expect.any(String), members: null });
      expect(asOutsider.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const asAdmin = await admin.gql<{ organisation: { members: null } }>(MEMBERS, { id });
      expect(asAdmin.data?.organisation.members).toBeNull();
    });

    it('lets platform administrators grant the flag, and nobody else', async () => {
      const user = await signUp(server.url, 'Future admin');
      expect(onlyError(await user.gql('mutation ($e: String!) { grantPlatformAdmin(email: $e) }', { e: user.email })).extensions?.code).toBe('FORBIDDEN');
      expect((await admin.gql('mutation ($e: String!) { grantPlatformAdmin(email: $e) }', { e: user.email })).data).toEqual({ grantPlatformAdmin: true });
      expect((await user.gql<{ me: { isPlatformAdmin: boolean } }>('{ me { isPlatformAdmin } }')).data?.me.isPlatformAdmin).toBe(true);
      expect(onlyError(await admin.gql('mutation ($e: String!) { grantPlatformAdmin(email: $e) }', { e: `nobody-${randomUUID()}@example.test` })).extensions?.code).toBe('NOT_FOUND');
    });

    it('shows the mail preview to platform administrators only', async () => {
      const user = await signUp(server.url, 'Nosy');
      expect(onlyError(await user.gql('{ mailOutbox { totalCount } }')).extensions?.code).toBe('FORBIDDEN');
      expect(onlyError(await graphql(server.url, '{ mailOutbox { totalCount } }')).extensions?.code).toBe('UNAUTHENTICATED');
    });
  });
});
