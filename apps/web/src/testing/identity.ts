import type { MembershipRole, OrganisationKind, OrganisationStatus } from '@helix/domain';
import { ME_QUERY, type SessionMembership, type SessionUser } from '@web/modules/identity/graphql/session';
import type { MockedResponses } from './render';

interface MembershipOptions {
  id?: string;
  organisationId: string;
  name: string;
  shortName?: string | null;
  role?: MembershipRole;
  kind?: OrganisationKind;
  status?: OrganisationStatus;
}

export function sessionMembership({ id, organisationId, name, shortName = null, role = 'OWNER', kind = 'UNIVERSITY', status = 'VERIFIED' }: MembershipOptions): SessionMembership {
  return {
    __typename: 'Membership',
    id: id ?? `m-${organisationId}`,
    role,
    createdAt: '2025-03-12T12:00:00Z',
    organisation: { __typename: 'Organisation', id: organisationId, name, shortName, kind, status },
  };
}

export function sessionUser(overrides: Partial<SessionUser> = {}): SessionUser {
  return {
    __typename: 'User',
    id: 'u-lan',
    email: 'lan.nguyen@tdmu.edu.vn',
    fullName: 'Nguyễn Thị Lan',
    locale: 'vi',
    isPlatformAdmin: false,
    memberships: [],
    ...overrides,
  };
}

/** `me` answering `user` (null: nobody signed in), `maxUsageCount` times (once by default). */
export function meAnswer(user: SessionUser | null, maxUsageCount = 1): MockedResponses[number] {
  return { request: { query: ME_QUERY }, result: { data: { me: user } }, maxUsageCount };
}
