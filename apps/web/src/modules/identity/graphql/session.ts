import { graphql } from '@web/gql';
import type { SessionUserFragment } from '@web/gql/graphql';

/** Who is signed in, with the organisations they can act for (oldest membership first). */
export const SESSION_USER_FRAGMENT = graphql(`
  fragment SessionUser on User {
    id
    email
    fullName
    locale
    isPlatformAdmin
    memberships {
      id
      role
      createdAt
      organisation {
        id
        name
        shortName
        kind
        status
      }
    }
  }
`);

export const ME_QUERY = graphql(`
  query Me {
    me {
      ...SessionUser
    }
  }
`);

export const SIGN_IN_MUTATION = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      user {
        ...SessionUser
      }
    }
  }
`);

export const SIGN_UP_MUTATION = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      user {
        ...SessionUser
      }
    }
  }
`);

export const SIGN_OUT_MUTATION = graphql(`
  mutation SignOut {
    signOut
  }
`);

/** Sent by the session link itself (cookies only; the tokens in the answer are ignored). */
export const REFRESH_SESSION_MUTATION = graphql(`
  mutation RefreshSession {
    refreshSession {
      accessTokenExpiresAt
    }
  }
`);

export type SessionUser = SessionUserFragment;
export type SessionMembership = SessionUser['memberships'][number];
