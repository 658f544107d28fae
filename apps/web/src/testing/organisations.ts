import type { InvitationStatus, MembershipRole, OrganisationKind } from '@helix/domain';
import type { OrganisationQuery, OrganisationsQuery } from '@web/gql/graphql';
import {
  INVITATIONS_PAGE_SIZE,
  MEMBERS_PAGE_SIZE,
  ORGANISATION_INVITATIONS_QUERY,
  ORGANISATION_MEMBERS_QUERY,
} from '@web/modules/organisations/graphql/members';
import { ORGANISATION_QUERY, ORGANISATIONS_QUERY } from '@web/modules/organisations/graphql/organisations';
import { ORGANISATIONS_PAGE_SIZE } from '@web/modules/organisations/hooks/use-organisations';
import type { MockedResponses } from './render';

type Node = OrganisationsQuery['organisations']['edges'][number]['node'];
type Profile = OrganisationQuery['organisation'];

export function organisationNode(overrides: Partial<Node> & Pick<Node, 'id' | 'name'>): Node {
  return { __typename: 'Organisation', shortName: null, kind: 'STATE', status: 'VERIFIED', ...overrides };
}

export function organisationProfile(overrides: Partial<Profile> = {}): Profile {
  return {
    __typename: 'Organisation',
    id: '6f1c2a8e-3b7d-4c55-9a21-0d4e8b9f7a10',
    name: 'Sở Thông tin và Truyền thông Bình Dương',
    shortName: 'STTTT',
    kind: 'STATE',
    status: 'VERIFIED',
    descriptionVi: 'Cơ quan chuyên môn phụ trách chuyển đổi số của tỉnh.',
    descriptionEn: 'The provincial department in charge of digital transformation.',
    website: 'https://stttt.binhduong.gov.vn/',
    createdAt: '2025-03-12T12:00:00Z',
    statusReason: null,
    registrationCode: null,
    expertise: [],
    logoUrl: null,
    version: 1,
    myRole: null,
    ...overrides,
  };
}

interface PageOptions {
  nodes: Node[];
  kinds?: OrganisationKind[];
  after?: string;
  totalCount?: number;
  endCursor?: string | null;
  hasNextPage?: boolean;
}

/** The variables the ecosystem list sends for a page. */
export function organisationsVariables(kinds: OrganisationKind[] = [], after?: string) {
  return { first: ORGANISATIONS_PAGE_SIZE, filter: kinds.length > 0 ? { kinds } : null, ...(after ? { after } : {}) };
}

/** One page of `organisations` as the API answers it. */
export function organisationsPage({ nodes, kinds, after, totalCount, endCursor = null, hasNextPage = false }: PageOptions): MockedResponses[number] {
  return {
    request: { query: ORGANISATIONS_QUERY, variables: organisationsVariables(kinds, after) },
    result: {
      data: {
        organisations: {
          __typename: 'OrganisationConnection',
          totalCount: totalCount ?? nodes.length,
          edges: nodes.map((node) => ({ __typename: 'OrganisationEdge', cursor: `cursor-${node.id}`, node })),
          pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor },
        },
      },
    },
  };
}

/** A GraphQL refusal of the list, with the message the API translated. */
export function organisationsError(message: string, code: string, kinds?: OrganisationKind[]): MockedResponses[number] {
  return {
    request: { query: ORGANISATIONS_QUERY, variables: organisationsVariables(kinds) },
    result: { errors: [{ message, extensions: { code } }] },
  };
}

export function organisationAnswer(id: string, result: { organisation: Profile } | { errors: { message: string; extensions: Record<string, string> }[] }): MockedResponses[number] {
  return {
    request: { query: ORGANISATION_QUERY, variables: { id } },
    result: 'organisation' in result ? { data: result } : { errors: result.errors },
  };
}

type MemberInput = { id: string; role: MembershipRole; userId: string; fullName: string; email: string };

/** The members of an organisation as `organisation.members` answers them (one page). */
export function membersAnswer(organisationId: string, members: MemberInput[]): MockedResponses[number] {
  return {
    request: { query: ORGANISATION_MEMBERS_QUERY, variables: { id: organisationId, first: MEMBERS_PAGE_SIZE } },
    result: {
      data: {
        organisation: {
          __typename: 'Organisation',
          id: organisationId,
          members: {
            __typename: 'MembershipConnection',
            totalCount: members.length,
            pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
            edges: members.map((member) => ({
              __typename: 'MembershipEdge',
              cursor: `cursor-${member.id}`,
              node: {
                __typename: 'Membership',
                id: member.id,
                role: member.role,
                createdAt: '2025-03-12T12:00:00Z',
                user: { __typename: 'User', id: member.userId, fullName: member.fullName, email: member.email },
              },
            })),
          },
        },
      },
    },
  };
}

type InvitationInput = { id: string; email: string; role: MembershipRole; status: InvitationStatus };

export function invitationsAnswer(organisationId: string, invitations: InvitationInput[]): MockedResponses[number] {
  return {
    request: { query: ORGANISATION_INVITATIONS_QUERY, variables: { id: organisationId, first: INVITATIONS_PAGE_SIZE } },
    result: {
      data: {
        organisation: {
          __typename: 'Organisation',
          id: organisationId,
          invitations: {
            __typename: 'InvitationConnection',
            totalCount: invitations.length,
            pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
            edges: invitations.map((invitation) => ({
              __typename: 'InvitationEdge',
              cursor: `cursor-${invitation.id}`,
              node: { __typename: 'Invitation', expiresAt: '2025-03-19T12:00:00Z', createdAt: '2025-03-12T12:00:00Z', ...invitation },
            })),
          },
        },
      },
    },
  };
}
