import { can, MEMBERSHIP_ROLES, type MembershipRole, type OrganisationStatus, type PermissionActor } from '@helix/domain';

export interface MemberFacts {
  role: MembershipRole;
  isSelf: boolean;
}

export interface MemberActions {
  /** Roles offered in the member's role menu; those the caller may not give are disabled. */
  roles: { role: MembershipRole; allowed: boolean }[];
  canChangeRole: boolean;
  canRemove: boolean;
  /** The organisation's only owner: neither removable nor demotable. */
  isLastOwner: boolean;
}

/**
 * What the caller may do to one member, by the same rules the API applies (`can` from the domain
 * library): owners and admins manage members, only owners touch the OWNER role, anyone may leave,
 * and the last owner can be neither removed nor demoted.
 */
export function memberActions(myRole: MembershipRole | null | undefined, status: OrganisationStatus, member: MemberFacts, ownerCount: number): MemberActions {
  const isLastOwner = member.role === 'OWNER' && ownerCount <= 1;
  if (!myRole) return { roles: MEMBERSHIP_ROLES.map((role) => ({ role, allowed: role === member.role })), canChangeRole: false, canRemove: false, isLastOwner };
  const actor: PermissionActor = { userId: 'me', isPlatformAdmin: false, membership: { role: myRole, organisationStatus: status } };
  const subject = { targetRole: member.role, targetIsSelf: member.isSelf, ownerCount };
  const roles = MEMBERSHIP_ROLES.map((role) => ({
    role,
    allowed: role === member.role || can(actor, 'member.changeRole', { ...subject, newRole: role }).allowed,
  }));
  return {
    roles,
    canChangeRole: roles.some(({ role, allowed }) => allowed && role !== member.role),
    canRemove: can(actor, 'member.remove', subject).allowed,
    isLastOwner,
  };
}

/** The roles an inviter may offer: only owners invite owners. */
export function invitableRoles(myRole: MembershipRole | null | undefined, status: OrganisationStatus): MembershipRole[] {
  if (!myRole) return [];
  const actor: PermissionActor = { userId: 'me', isPlatformAdmin: false, membership: { role: myRole, organisationStatus: status } };
  return MEMBERSHIP_ROLES.filter((role) => can(actor, 'member.invite', { newRole: role }).allowed);
}
