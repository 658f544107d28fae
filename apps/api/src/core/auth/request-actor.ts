import type { Locale, MembershipRole, OrganisationStatus } from '@helix/domain';

export interface ActorMembership {
  membershipId: string;
  organisationId: string;
  role: MembershipRole;
  organisationStatus: OrganisationStatus;
}

/** The signed-in caller of a request, resolved once from the access token and the database. */
export interface RequestActor {
  userId: string;
  sessionId: string;
  isPlatformAdmin: boolean;
  locale: Locale;
  memberships: ActorMembership[];
  /** The organisation acted for: X-Organisation-Id, else the first membership. */
  active?: ActorMembership;
}
