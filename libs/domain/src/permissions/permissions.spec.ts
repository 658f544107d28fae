import type { MembershipRole, OrganisationStatus } from '../organisations/organisation';
import { type Action, can, type DenialReason, type PermissionActor, roleAtLeast } from './permissions';

type Who = 'NONE' | MembershipRole;
const WHO: Who[] = ['NONE', 'VIEWER', 'MEMBER', 'ADMIN', 'OWNER'];

function actor(who: Who, status: OrganisationStatus = 'VERIFIED', isPlatformAdmin = false): PermissionActor {
  return { userId: 'u', isPlatformAdmin, membership: who === 'NONE' ? undefined : { role: who, organisationStatus: status } };
}

const outcome = (decision: ReturnType<typeof can>): true | DenialReason => (decision.allowed ? true : decision.reason);

/** Expected outcome of each action for each role in a verified organisation. */
const MATRIX: Record<Exclude<Action, 'member.changeRole' | 'member.remove'>, Record<Who, true | DenialReason>> = {
  'organisation.update': { NONE: 'NOT_A_MEMBER', VIEWER: 'ROLE_TOO_LOW', MEMBER: 'ROLE_TOO_LOW', ADMIN: true, OWNER: true },
  'organisation.viewMembers': { NONE: 'NOT_A_MEMBER', VIEWER: true, MEMBER: true, ADMIN: true, OWNER: true },
  'project.prepare': { NONE: 'NOT_A_MEMBER', VIEWER: 'ROLE_TOO_LOW', MEMBER: true, ADMIN: true, OWNER: true },
  'organisation.publish': { NONE: 'NOT_A_MEMBER', VIEWER: 'ROLE_TOO_LOW', MEMBER: true, ADMIN: true, OWNER: true },
  'organisation.propose': { NONE: 'NOT_A_MEMBER', VIEWER: 'ROLE_TOO_LOW', MEMBER: true, ADMIN: true, OWNER: true },
  'organisation.sign': { NONE: 'NOT_A_MEMBER', VIEWER: 'ROLE_TOO_LOW', MEMBER: 'ROLE_TOO_LOW', ADMIN: true, OWNER: true },
  'proposal.answerPartnership': { NONE: 'NOT_A_MEMBER', VIEWER: 'ROLE_TOO_LOW', MEMBER: 'ROLE_TOO_LOW', ADMIN: true, OWNER: true },
  'evaluation.manage': { NONE: 'NOT_A_MEMBER', VIEWER: 'ROLE_TOO_LOW', MEMBER: 'ROLE_TOO_LOW', ADMIN: true, OWNER: true },
  'evaluation.review': { NONE: 'NOT_A_MEMBER', VIEWER: 'ROLE_TOO_LOW', MEMBER: true, ADMIN: true, OWNER: true },
  'agreement.prepare': { NONE: 'NOT_A_MEMBER', VIEWER: 'ROLE_TOO_LOW', MEMBER: true, ADMIN: true, OWNER: true },
  'agreement.manage': { NONE: 'NOT_A_MEMBER', VIEWER: 'ROLE_TOO_LOW', MEMBER: 'ROLE_TOO_LOW', ADMIN: true, OWNER: true },
  'file.upload': { NONE: 'NOT_A_MEMBER', VIEWER: 'ROLE_TOO_LOW', MEMBER: true, ADMIN: true, OWNER: true },
  'member.invite': { NONE: 'NOT_A_MEMBER', VIEWER: 'ROLE_TOO_LOW', MEMBER: 'ROLE_TOO_LOW', ADMIN: true, OWNER: true },
  'organisation.verify': { NONE: 'NOT_PLATFORM_ADMIN', VIEWER: 'NOT_PLATFORM_ADMIN', MEMBER: 'NOT_PLATFORM_ADMIN', ADMIN: 'NOT_PLATFORM_ADMIN', OWNER: 'NOT_PLATFORM_ADMIN' },
  'organisation.suspend': { NONE: 'NOT_PLATFORM_ADMIN', VIEWER: 'NOT_PLATFORM_ADMIN', MEMBER: 'NOT_PLATFORM_ADMIN', ADMIN: 'NOT_PLATFORM_ADMIN', OWNER: 'NOT_PLATFORM_ADMIN' },
  'platform.grantAdmin': { NONE: 'NOT_PLATFORM_ADMIN', VIEWER: 'NOT_PLATFORM_ADMIN', MEMBER: 'NOT_PLATFORM_ADMIN', ADMIN: 'NOT_PLATFORM_ADMIN', OWNER: 'NOT_PLATFORM_ADMIN' },
  'platform.readMail': { NONE: 'NOT_PLATFORM_ADMIN', VIEWER: 'NOT_PLATFORM_ADMIN', MEMBER: 'NOT_PLATFORM_ADMIN', ADMIN: 'NOT_PLATFORM_ADMIN', OWNER: 'NOT_PLATFORM_ADMIN' },
};

describe('can: every role × action in a verified organisation', () => {
  for (const [action, expected] of Object.entries(MATRIX) as [Action, Record<Who, true | DenialReason>][]) {
    it.each(WHO)(`${action} by %s`, (who) => {
      expect(outcome(can(actor(who), action))).toBe(expected[who]);
    });
  }
});

describe('platform administrators', () => {
  it.each(['organisation.verify', 'organisation.suspend', 'platform.grantAdmin', 'platform.readMail'] as Action[])(
    'may %s without being a member',
    (action) => {
      expect(can(actor('NONE', 'VERIFIED', true), action).allowed).toBe(true);
    },
  );

  it('do not act for an organisation they do not belong to', () => {
    expect(outcome(can(actor('NONE', 'VERIFIED', true), 'organisation.update'))).toBe('NOT_A_MEMBER');
    expect(outcome(can(actor('NONE', 'VERIFIED', true), 'organisation.publish'))).toBe('NOT_A_MEMBER');
    expect(outcome(can(actor('NONE', 'VERIFIED', true), 'organisation.viewMembers'))).toBe('NOT_A_MEMBER');
  });
});

describe('an organisation that is not verified can prepare but not publish, propose or sign', () => {
  it.each([
    ['PENDING', 'ORGANISATION_PENDING'],
    ['SUSPENDED', 'ORGANISATION_SUSPENDED'],
  ] as const)('%s', (status, reason) => {
    for (const action of ['organisation.publish', 'organisation.propose', 'organisation.sign', 'proposal.answerPartnership'] as Action[]) {
      expect(outcome(can(actor('OWNER', status), action))).toBe(reason);
    }
    expect(can(actor('OWNER', status), 'organisation.update').allowed).toBe(true);
    expect(can(actor('MEMBER', status), 'file.upload').allowed).toBe(true);
    expect(can(actor('OWNER', status), 'member.invite', { newRole: 'MEMBER' }).allowed).toBe(true);
  });

  it('still refuses a role that is too low before the status', () => {
    expect(outcome(can(actor('VIEWER', 'PENDING'), 'organisation.publish'))).toBe('ROLE_TOO_LOW');
  });
});

describe('member management', () => {
  it('lets only owners invite owners', () => {
    expect(outcome(can(actor('ADMIN'), 'member.invite', { newRole: 'OWNER' }))).toBe('OWNER_ROLE_RESERVED');
    expect(can(actor('OWNER'), 'member.invite', { newRole: 'OWNER' }).allowed).toBe(true);
    expect(can(actor('ADMIN'), 'member.invite', { newRole: 'ADMIN' }).allowed).toBe(true);
  });

  it.each(WHO)('changing a MEMBER to VIEWER by %s', (who) => {
    const expected: Record<Who, true | DenialReason> = { NONE: 'NOT_A_MEMBER', VIEWER: 'ROLE_TOO_LOW', MEMBER: 'ROLE_TOO_LOW', ADMIN: true, OWNER: true };
    expect(outcome(can(actor(who), 'member.changeRole', { targetRole: 'MEMBER', newRole: 'VIEWER', ownerCount: 1 }))).toBe(expected[who]);
  });

  it.each(WHO)('removing a MEMBER by %s', (who) => {
    const expected: Record<Who, true | DenialReason> = { NONE: 'NOT_A_MEMBER', VIEWER: 'ROLE_TOO_LOW', MEMBER: 'ROLE_TOO_LOW', ADMIN: true, OWNER: true };
    expect(outcome(can(actor(who), 'member.remove', { targetRole: 'MEMBER', ownerCount: 1 }))).toBe(expected[who]);
  });

  it('reserves promoting to, demoting from and removing an owner to owners', () => {
    expect(outcome(can(actor('ADMIN'), 'member.changeRole', { targetRole: 'MEMBER', newRole: 'OWNER', ownerCount: 1 }))).toBe('OWNER_ROLE_RESERVED');
    expect(outcome(can(actor('ADMIN'), 'member.changeRole', { targetRole: 'OWNER', newRole: 'ADMIN', ownerCount: 2 }))).toBe('OWNER_ROLE_RESERVED');
    expect(outcome(can(actor('ADMIN'), 'member.remove', { targetRole: 'OWNER', ownerCount: 2 }))).toBe('OWNER_ROLE_RESERVED');
    expect(can(actor('OWNER'), 'member.changeRole', { targetRole: 'OWNER', newRole: 'ADMIN', ownerCount: 2 }).allowed).toBe(true);
  });

  it('never removes or demotes the last owner, not even by themselves', () => {
    expect(outcome(can(actor('OWNER'), 'member.changeRole', { targetRole: 'OWNER', newRole: 'ADMIN', ownerCount: 1, targetIsSelf: true }))).toBe('LAST_OWNER');
    expect(outcome(can(actor('OWNER'), 'member.remove', { targetRole: 'OWNER', ownerCount: 1, targetIsSelf: true }))).toBe('LAST_OWNER');
    expect(can(actor('OWNER'), 'member.changeRole', { targetRole: 'OWNER', newRole: 'OWNER', ownerCount: 1 }).allowed).toBe(true);
  });

  it('lets anyone leave, except the last owner', () => {
    expect(can(actor('VIEWER'), 'member.remove', { targetRole: 'VIEWER', targetIsSelf: true, ownerCount: 1 }).allowed).toBe(true);
    expect(can(actor('OWNER'), 'member.remove', { targetRole: 'OWNER', targetIsSelf: true, ownerCount: 2 }).allowed).toBe(true);
  });
});

describe('roleAtLeast', () => {
  it('orders VIEWER < MEMBER < ADMIN < OWNER', () => {
    expect(roleAtLeast('OWNER', 'ADMIN')).toBe(true);
    expect(roleAtLeast('MEMBER', 'ADMIN')).toBe(false);
    expect(roleAtLeast('VIEWER', 'VIEWER')).toBe(true);
  });
});

describe('project drafts', () => {
  it('a pending organisation prepares project drafts but cannot publish them', () => {
    expect(can(actor('MEMBER', 'PENDING'), 'project.prepare').allowed).toBe(true);
    expect(outcome(can(actor('MEMBER', 'PENDING'), 'organisation.publish'))).toBe('ORGANISATION_PENDING');
  });
});
