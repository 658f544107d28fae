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
