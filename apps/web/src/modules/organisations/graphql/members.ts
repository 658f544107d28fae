import { graphql } from '@web/gql';
import type { OrganisationInvitationsQuery, OrganisationMembersQuery } from '@web/gql/graphql';

export const MEMBERS_PAGE_SIZE = 100;
export const INVITATIONS_PAGE_SIZE = 50;

export const ORGANISATION_MEMBERS_QUERY = graphql(`
  query OrganisationMembers($id: ID!, $first: Int!, $after: String) {
    organisation(id: $id) {
      id
      members(first: $first, after: $after) {
        edges {
          cursor
          node {
            id
            role
            createdAt
            user {
              id
              fullName
              email
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
        totalCount
      }
    }
  }
`);

export const ORGANISATION_INVITATIONS_QUERY = graphql(`
  query OrganisationInvitations($id: ID!, $first: Int!, $after: String) {
    organisation(id: $id) {
      id
      invitations(first: $first, after: $after) {
        edges {
          cursor
          node {
            id
            email
            role
            status
            expiresAt
            createdAt
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
        totalCount
      }
    }
  }
`);

export const INVITE_MEMBER_MUTATION = graphql(`
  mutation InviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      id
      email
      role
      status
      expiresAt
      createdAt
    }
  }
`);

export const REVOKE_INVITATION_MUTATION = graphql(`
  mutation RevokeInvitation($id: ID!) {
    revokeInvitation(id: $id) {
      id
      status
    }
  }
`);

export const CHANGE_MEMBER_ROLE_MUTATION = graphql(`
  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {
    changeMemberRole(input: $input) {
      id
      role
    }
  }
`);

export const REMOVE_MEMBER_MUTATION = graphql(`
  mutation RemoveMember($membershipId: ID!) {
    removeMember(membershipId: $membershipId)
  }
`);

type MembersConnection = NonNullable<OrganisationMembersQuery['organisation']['members']>;
export type MemberNode = MembersConnection['edges'][number]['node'];
type InvitationsConnection = NonNullable<OrganisationInvitationsQuery['organisation']['invitations']>;
export type InvitationNode = InvitationsConnection['edges'][number]['node'];
