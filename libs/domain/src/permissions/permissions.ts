import type { MembershipRole, OrganisationStatus } from '../organisations/organisation';

/**
 * Who is acting: the signed-in user and, when they act for an organisation, their membership in it.
 * Services build it from the request context and ask `can` before every write.
 */
export interface PermissionActor {
  userId: string;
  isPlatformAdmin: boolean;
  /** The membership in the organisation the action concerns, if any. */
  membership?: { role: MembershipRole; organisationStatus: OrganisationStatus };
}

export type Action =
  | 'organisation.update'
  | 'organisation.verify'
  | 'organisation.suspend'
  | 'organisation.publish'
  | 'organisation.propose'
  | 'organisation.sign'
  | 'organisation.viewMembers'
  | 'project.prepare'
  | 'proposal.answerPartnership'
  | 'evaluation.manage'
  | 'evaluation.review'
  | 'agreement.prepare'
  | 'agreement.manage'
  | 'file.upload'
  | 'member.invite'
  | 'member.changeRole'
  | 'member.remove'
  | 'platform.grantAdmin'
  | 'platform.readMail';

/** What the action is about, when the rule depends on it. */
export interface PermissionSubject {
  /** For member actions: the member's current role, and the role they would get. */
  targetRole?: MembershipRole;
  newRole?: MembershipRole;
  /** The member acted upon is the actor. */
  targetIsSelf?: boolean;
  /** How many owners the organisation has now. */
  ownerCount?: number;
}

export type DenialReason =
  | 'NOT_A_MEMBER'
  | 'ROLE_TOO_LOW'
  | 'NOT_PLATFORM_ADMIN'
  | 'ORGANISATION_PENDING'
  | 'ORGANISATION_SUSPENDED'
  | 'LAST_OWNER'
  | 'OWNER_ROLE_RESERVED';

export type Decision = { allowed: true } | { allowed: false; reason: DenialReason };

const ALLOW: Decision = { allowed: true };
const deny = (reason: DenialReason): Decision => ({ allowed: false, reason });

const RANK: Record<MembershipRole, number> = { VIEWER: 0, MEMBER: 1, ADMIN: 2, OWNER: 3 };

export function roleAtLeast(role: MembershipRole, minimum: MembershipRole): boolean {
  return RANK[role] >= RANK[minimum];
}

function requireRole(actor: PermissionActor, minimum: MembershipRole): Decision {
  if (!actor.membership) return deny('NOT_A_MEMBER');
  return roleAtLeast(actor.membership.role, minimum) ? ALLOW : deny('ROLE_TOO_LOW');
}

/** Publishing, proposing and signing need a verified organisation (PRODUCT.md). */
function requireVerified(actor: PermissionActor, minimum: MembershipRole): Decision {
  const role = requireRole(actor, minimum);
  if (!role.allowed || !actor.membership) return role;
  if (actor.membership.organisationStatus === 'PENDING') return deny('ORGANISATION_PENDING');
  if (actor.membership.organisationStatus === 'SUSPENDED') return deny('ORGANISATION_SUSPENDED');
  return ALLOW;
}

/** Owners and admins manage members; only an owner grants, removes or demotes an owner. */
function manageMember(actor: PermissionActor, subject: PermissionSubject, removing: boolean): Decision {
  const touchesOwner = subject.targetRole === 'OWNER' || subject.newRole === 'OWNER';
  const losesOwner = subject.targetRole === 'OWNER' && (removing || subject.newRole !== 'OWNER');
  if (losesOwner && (subject.ownerCount ?? 0) <= 1) return deny('LAST_OWNER');
  // Anyone may leave an organisation (the last owner excepted, above).
  if (removing && subject.targetIsSelf && actor.membership) return ALLOW;
  const role = requireRole(actor, 'ADMIN');
  if (!role.allowed) return role;
  if (touchesOwner && actor.membership?.role !== 'OWNER') return deny('OWNER_ROLE_RESERVED');
  return ALLOW;
}

/** The platform's write permissions in one place; every service asks before it writes. */
export function can(actor: PermissionActor, action: Action, subject: PermissionSubject = {}): Decision {
  switch (action) {
    case 'organisation.verify':
    case 'organisation.suspend':
    case 'platform.grantAdmin':
    case 'platform.readMail':
      return actor.isPlatformAdmin ? ALLOW : deny('NOT_PLATFORM_ADMIN');
    case 'organisation.update':
      return requireRole(actor, 'ADMIN');
    case 'organisation.viewMembers':
      // Member lists are the tenant's own: platform administrators do not read them.
      return requireRole(actor, 'VIEWER');
    case 'project.prepare':
      // Drafts are preparation: a pending organisation may write them, only publishing needs verification.
      return requireRole(actor, 'MEMBER');
    case 'file.upload':
      // Uploads are preparation too (documents for drafts): members of any organisation, viewers excepted.
      return requireRole(actor, 'MEMBER');
    case 'organisation.publish':
    case 'organisation.propose':
      return requireVerified(actor, 'MEMBER');
    case 'organisation.sign':
    case 'proposal.answerPartnership':
      // Joining a consortium commits the organisation: an owner or admin of a verified partner.
      return requireVerified(actor, 'ADMIN');
    case 'evaluation.manage':
      // Reviewers, decisions and the outcome: an owner or admin of the project's organisation.
      return requireRole(actor, 'ADMIN');
    case 'agreement.prepare':
      // Drafting, negotiating, amending and milestone work: a party's members above viewer.
      return requireRole(actor, 'MEMBER');
    case 'agreement.manage':
      // Moving the agreement on (negotiation, signatures, cancellation, termination): an owner or
      // admin of the managing organisation. Signing itself is organisation.sign.
      return requireRole(actor, 'ADMIN');
    case 'evaluation.review':
      // Declaring and scoring: an assigned reviewer, a member above viewer of the owner.
      return requireRole(actor, 'MEMBER');
    case 'member.invite': {
      const role = requireRole(actor, 'ADMIN');
      if (!role.allowed) return role;
      return subject.newRole === 'OWNER' && actor.membership?.role !== 'OWNER' ? deny('OWNER_ROLE_RESERVED') : ALLOW;
    }
    case 'member.changeRole':
      return manageMember(actor, subject, false);
    case 'member.remove':
      return manageMember(actor, subject, true);
  }
}
