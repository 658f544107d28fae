import { registerEnumType } from '@nestjs/graphql';
import { MEMBERSHIP_ROLES, ORGANISATION_KINDS, ORGANISATION_STATUSES } from '@helix/domain';

/** Turns a domain list of names into the object form GraphQL enums are registered from. */
function enumObject<const T extends readonly string[]>(values: T): { [K in T[number]]: K } {
  return Object.fromEntries(values.map((value) => [value, value])) as { [K in T[number]]: K };
}

export const OrganisationKindEnum = enumObject(ORGANISATION_KINDS);
export const OrganisationStatusEnum = enumObject(ORGANISATION_STATUSES);
export const MembershipRoleEnum = enumObject(MEMBERSHIP_ROLES);

registerEnumType(OrganisationKindEnum, { name: 'OrganisationKind', description: 'State, University or Enterprise: the three helices.' });
registerEnumType(OrganisationStatusEnum, { name: 'OrganisationStatus' });
registerEnumType(MembershipRoleEnum, { name: 'MembershipRole' });
