/** The three helices of the triple-helix model (mô hình ba nhà). */
export const ORGANISATION_KINDS = ['STATE', 'UNIVERSITY', 'ENTERPRISE'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const ORGANISATION_STATUSES = ['PENDING', 'VERIFIED', 'SUSPENDED'] as const;
export type OrganisationStatus = (typeof ORGANISATION_STATUSES)[number];

export const MEMBERSHIP_ROLES = ['OWNER', 'ADMIN', 'MEMBER', 'VIEWER'] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

/** Only a verified organisation may publish, propose or sign (PRODUCT.md). */
export function canActPublicly(status: OrganisationStatus): boolean {
  return status === 'VERIFIED';
}

export type OrganisationStatusAction = 'VERIFY' | 'SUSPEND';

/**
 * The platform administrator's verification decisions: verify a pending or suspended
 * organisation, suspend a pending or verified one. Anything else is not a transition.
 */
export function nextOrganisationStatus(from: OrganisationStatus, action: OrganisationStatusAction): OrganisationStatus | undefined {
  if (action === 'VERIFY') return from === 'VERIFIED' ? undefined : 'VERIFIED';
  return from === 'SUSPENDED' ? undefined : 'SUSPENDED';
}
