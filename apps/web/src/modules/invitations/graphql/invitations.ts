import { graphql } from '@web/gql';

export const INVITATION_PREVIEW_QUERY = graphql(`
  query InvitationPreview($token: String!) {
    invitation(token: $token) {
      organisationName
      organisationKind
      email
      role
      status
      expiresAt
    }
  }
`);

export const ACCEPT_INVITATION_MUTATION = graphql(`
  mutation AcceptInvitation($token: String!) {
    acceptInvitation(token: $token) {
      id
      role
      organisation {
        id
        name
      }
    }
  }
`);
