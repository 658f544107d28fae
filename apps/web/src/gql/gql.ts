/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Ping {\n    organisations(first: 1) {\n      totalCount\n    }\n  }\n": typeof types.PingDocument,
    "\n  query AdminOrganisations($filter: OrganisationFilter!, $first: Int!, $after: String) {\n    organisations(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          shortName\n          kind\n          status\n          statusReason\n          registrationCode\n          website\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.AdminOrganisationsDocument,
    "\n  mutation VerifyOrganisation($id: ID!) {\n    verifyOrganisation(id: $id) {\n      id\n      status\n      statusReason\n      version\n    }\n  }\n": typeof types.VerifyOrganisationDocument,
    "\n  mutation SuspendOrganisation($id: ID!, $reason: String!) {\n    suspendOrganisation(id: $id, reason: $reason) {\n      id\n      status\n      statusReason\n      version\n    }\n  }\n": typeof types.SuspendOrganisationDocument,
    "\n  query MailOutbox($to: String, $first: Int!, $after: String) {\n    mailOutbox(to: $to, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          to\n          subject\n          text\n          template\n          locale\n          createdAt\n          sentAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.MailOutboxDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation UpdateMe($input: UpdateMeInput!) {\n    updateMe(input: $input) {\n      id\n      fullName\n      locale\n    }\n  }\n": typeof types.UpdateMeDocument,
    "\n  fragment SessionUser on User {\n    id\n    email\n    fullName\n    locale\n    isPlatformAdmin\n    memberships {\n      id\n      role\n      createdAt\n      organisation {\n        id\n        name\n        shortName\n        kind\n        status\n      }\n    }\n  }\n": typeof types.SessionUserFragmentDoc,
    "\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation RefreshSession {\n    refreshSession {\n      accessTokenExpiresAt\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      organisationName\n      organisationKind\n      email\n      role\n      status\n      expiresAt\n    }\n  }\n": typeof types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      id\n      role\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  query OrganisationMembers($id: ID!, $first: Int!, $after: String) {\n    organisation(id: $id) {\n      id\n      members(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            id\n            role\n            createdAt\n            user {\n              id\n              fullName\n              email\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        totalCount\n      }\n    }\n  }\n": typeof types.OrganisationMembersDocument,
    "\n  query OrganisationInvitations($id: ID!, $first: Int!, $after: String) {\n    organisation(id: $id) {\n      id\n      invitations(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            id\n            email\n            role\n            status\n            expiresAt\n            createdAt\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        totalCount\n      }\n    }\n  }\n": typeof types.OrganisationInvitationsDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      role\n      status\n      expiresAt\n      createdAt\n    }\n  }\n": typeof types.InviteMemberDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      id\n      role\n    }\n  }\n": typeof types.ChangeMemberRoleDocument,
    "\n  mutation RemoveMember($membershipId: ID!) {\n    removeMember(membershipId: $membershipId)\n  }\n": typeof types.RemoveMemberDocument,
    "\n  query Organisations($first: Int!, $after: String, $filter: OrganisationFilter) {\n    organisations(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          shortName\n          kind\n          status\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.OrganisationsDocument,
    "\n  fragment OrganisationDetails on Organisation {\n    id\n    name\n    shortName\n    kind\n    status\n    statusReason\n    registrationCode\n    descriptionVi\n    descriptionEn\n    website\n    expertise\n    logoUrl\n    createdAt\n    version\n    myRole\n  }\n": typeof types.OrganisationDetailsFragmentDoc,
    "\n  query Organisation($id: ID!) {\n    organisation(id: $id) {\n      ...OrganisationDetails\n    }\n  }\n": typeof types.OrganisationDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      ...OrganisationDetails\n    }\n  }\n": typeof types.CreateOrganisationDocument,
    "\n  mutation UpdateOrganisation($id: ID!, $input: UpdateOrganisationInput!, $expectedVersion: Int!) {\n    updateOrganisation(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...OrganisationDetails\n    }\n  }\n": typeof types.UpdateOrganisationDocument,
    "\n  mutation SetOrganisationLogo($id: ID!, $image: String!) {\n    setOrganisationLogo(id: $id, image: $image) {\n      ...OrganisationDetails\n    }\n  }\n": typeof types.SetOrganisationLogoDocument,
    "\n  mutation RemoveOrganisationLogo($id: ID!) {\n    removeOrganisationLogo(id: $id) {\n      ...OrganisationDetails\n    }\n  }\n": typeof types.RemoveOrganisationLogoDocument,
};
const documents: Documents = {
    "\n  query Ping {\n    organisations(first: 1) {\n      totalCount\n    }\n  }\n": types.PingDocument,
    "\n  query AdminOrganisations($filter: OrganisationFilter!, $first: Int!, $after: String) {\n    organisations(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          shortName\n          kind\n          status\n          statusReason\n          registrationCode\n          website\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.AdminOrganisationsDocument,
    "\n  mutation VerifyOrganisation($id: ID!) {\n    verifyOrganisation(id: $id) {\n      id\n      status\n      statusReason\n      version\n    }\n  }\n": types.VerifyOrganisationDocument,
    "\n  mutation SuspendOrganisation($id: ID!, $reason: String!) {\n    suspendOrganisation(id: $id, reason: $reason) {\n      id\n      status\n      statusReason\n      version\n    }\n  }\n": types.SuspendOrganisationDocument,
    "\n  query MailOutbox($to: String, $first: Int!, $after: String) {\n    mailOutbox(to: $to, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          to\n          subject\n          text\n          template\n          locale\n          createdAt\n          sentAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.MailOutboxDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": types.ResetPasswordDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation UpdateMe($input: UpdateMeInput!) {\n    updateMe(input: $input) {\n      id\n      fullName\n      locale\n    }\n  }\n": types.UpdateMeDocument,
    "\n  fragment SessionUser on User {\n    id\n    email\n    fullName\n    locale\n    isPlatformAdmin\n    memberships {\n      id\n      role\n      createdAt\n      organisation {\n        id\n        name\n        shortName\n        kind\n        status\n      }\n    }\n  }\n": types.SessionUserFragmentDoc,
    "\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n": types.MeDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation RefreshSession {\n    refreshSession {\n      accessTokenExpiresAt\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      organisationName\n      organisationKind\n      email\n      role\n      status\n      expiresAt\n    }\n  }\n": types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      id\n      role\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  query OrganisationMembers($id: ID!, $first: Int!, $after: String) {\n    organisation(id: $id) {\n      id\n      members(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            id\n            role\n            createdAt\n            user {\n              id\n              fullName\n              email\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        totalCount\n      }\n    }\n  }\n": types.OrganisationMembersDocument,
    "\n  query OrganisationInvitations($id: ID!, $first: Int!, $after: String) {\n    organisation(id: $id) {\n      id\n      invitations(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            id\n            email\n            role\n            status\n            expiresAt\n            createdAt\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        totalCount\n      }\n    }\n  }\n": types.OrganisationInvitationsDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      role\n      status\n      expiresAt\n      createdAt\n    }\n  }\n": types.InviteMemberDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      status\n    }\n  }\n": types.RevokeInvitationDocument,
    "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      id\n      role\n    }\n  }\n": types.ChangeMemberRoleDocument,
    "\n  mutation RemoveMember($membershipId: ID!) {\n    removeMember(membershipId: $membershipId)\n  }\n": types.RemoveMemberDocument,
    "\n  query Organisations($first: Int!, $after: String, $filter: OrganisationFilter) {\n    organisations(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          shortName\n          kind\n          status\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.OrganisationsDocument,
    "\n  fragment OrganisationDetails on Organisation {\n    id\n    name\n    shortName\n    kind\n    status\n    statusReason\n    registrationCode\n    descriptionVi\n    descriptionEn\n    website\n    expertise\n    logoUrl\n    createdAt\n    version\n    myRole\n  }\n": types.OrganisationDetailsFragmentDoc,
    "\n  query Organisation($id: ID!) {\n    organisation(id: $id) {\n      ...OrganisationDetails\n    }\n  }\n": types.OrganisationDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      ...OrganisationDetails\n    }\n  }\n": types.CreateOrganisationDocument,
    "\n  mutation UpdateOrganisation($id: ID!, $input: UpdateOrganisationInput!, $expectedVersion: Int!) {\n    updateOrganisation(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...OrganisationDetails\n    }\n  }\n": types.UpdateOrganisationDocument,
    "\n  mutation SetOrganisationLogo($id: ID!, $image: String!) {\n    setOrganisationLogo(id: $id, image: $image) {\n      ...OrganisationDetails\n    }\n  }\n": types.SetOrganisationLogoDocument,
    "\n  mutation RemoveOrganisationLogo($id: ID!) {\n    removeOrganisationLogo(id: $id) {\n      ...OrganisationDetails\n    }\n  }\n": types.RemoveOrganisationLogoDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Ping {\n    organisations(first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query Ping {\n    organisations(first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOrganisations($filter: OrganisationFilter!, $first: Int!, $after: String) {\n    organisations(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          shortName\n          kind\n          status\n          statusReason\n          registrationCode\n          website\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query AdminOrganisations($filter: OrganisationFilter!, $first: Int!, $after: String) {\n    organisations(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          shortName\n          kind\n          status\n          statusReason\n          registrationCode\n          website\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyOrganisation($id: ID!) {\n    verifyOrganisation(id: $id) {\n      id\n      status\n      statusReason\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyOrganisation($id: ID!) {\n    verifyOrganisation(id: $id) {\n      id\n      status\n      statusReason\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuspendOrganisation($id: ID!, $reason: String!) {\n    suspendOrganisation(id: $id, reason: $reason) {\n      id\n      status\n      statusReason\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation SuspendOrganisation($id: ID!, $reason: String!) {\n    suspendOrganisation(id: $id, reason: $reason) {\n      id\n      status\n      statusReason\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MailOutbox($to: String, $first: Int!, $after: String) {\n    mailOutbox(to: $to, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          to\n          subject\n          text\n          template\n          locale\n          createdAt\n          sentAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query MailOutbox($to: String, $first: Int!, $after: String) {\n    mailOutbox(to: $to, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          to\n          subject\n          text\n          template\n          locale\n          createdAt\n          sentAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMe($input: UpdateMeInput!) {\n    updateMe(input: $input) {\n      id\n      fullName\n      locale\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMe($input: UpdateMeInput!) {\n    updateMe(input: $input) {\n      id\n      fullName\n      locale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionUser on User {\n    id\n    email\n    fullName\n    locale\n    isPlatformAdmin\n    memberships {\n      id\n      role\n      createdAt\n      organisation {\n        id\n        name\n        shortName\n        kind\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SessionUser on User {\n    id\n    email\n    fullName\n    locale\n    isPlatformAdmin\n    memberships {\n      id\n      role\n      createdAt\n      organisation {\n        id\n        name\n        shortName\n        kind\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        ...SessionUser\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        ...SessionUser\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        ...SessionUser\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        ...SessionUser\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession {\n    refreshSession {\n      accessTokenExpiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshSession {\n    refreshSession {\n      accessTokenExpiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      organisationName\n      organisationKind\n      email\n      role\n      status\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      organisationName\n      organisationKind\n      email\n      role\n      status\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      id\n      role\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      id\n      role\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationMembers($id: ID!, $first: Int!, $after: String) {\n    organisation(id: $id) {\n      id\n      members(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            id\n            role\n            createdAt\n            user {\n              id\n              fullName\n              email\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        totalCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganisationMembers($id: ID!, $first: Int!, $after: String) {\n    organisation(id: $id) {\n      id\n      members(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            id\n            role\n            createdAt\n            user {\n              id\n              fullName\n              email\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        totalCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationInvitations($id: ID!, $first: Int!, $after: String) {\n    organisation(id: $id) {\n      id\n      invitations(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            id\n            email\n            role\n            status\n            expiresAt\n            createdAt\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        totalCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganisationInvitations($id: ID!, $first: Int!, $after: String) {\n    organisation(id: $id) {\n      id\n      invitations(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            id\n            email\n            role\n            status\n            expiresAt\n            createdAt\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        totalCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      role\n      status\n      expiresAt\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      role\n      status\n      expiresAt\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      id\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      id\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMember($membershipId: ID!) {\n    removeMember(membershipId: $membershipId)\n  }\n"): (typeof documents)["\n  mutation RemoveMember($membershipId: ID!) {\n    removeMember(membershipId: $membershipId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organisations($first: Int!, $after: String, $filter: OrganisationFilter) {\n    organisations(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          shortName\n          kind\n          status\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query Organisations($first: Int!, $after: String, $filter: OrganisationFilter) {\n    organisations(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          shortName\n          kind\n          status\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganisationDetails on Organisation {\n    id\n    name\n    shortName\n    kind\n    status\n    statusReason\n    registrationCode\n    descriptionVi\n    descriptionEn\n    website\n    expertise\n    logoUrl\n    createdAt\n    version\n    myRole\n  }\n"): (typeof documents)["\n  fragment OrganisationDetails on Organisation {\n    id\n    name\n    shortName\n    kind\n    status\n    statusReason\n    registrationCode\n    descriptionVi\n    descriptionEn\n    website\n    expertise\n    logoUrl\n    createdAt\n    version\n    myRole\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organisation($id: ID!) {\n    organisation(id: $id) {\n      ...OrganisationDetails\n    }\n  }\n"): (typeof documents)["\n  query Organisation($id: ID!) {\n    organisation(id: $id) {\n      ...OrganisationDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      ...OrganisationDetails\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      ...OrganisationDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganisation($id: ID!, $input: UpdateOrganisationInput!, $expectedVersion: Int!) {\n    updateOrganisation(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...OrganisationDetails\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrganisation($id: ID!, $input: UpdateOrganisationInput!, $expectedVersion: Int!) {\n    updateOrganisation(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...OrganisationDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetOrganisationLogo($id: ID!, $image: String!) {\n    setOrganisationLogo(id: $id, image: $image) {\n      ...OrganisationDetails\n    }\n  }\n"): (typeof documents)["\n  mutation SetOrganisationLogo($id: ID!, $image: String!) {\n    setOrganisationLogo(id: $id, image: $image) {\n      ...OrganisationDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveOrganisationLogo($id: ID!) {\n    removeOrganisationLogo(id: $id) {\n      ...OrganisationDetails\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveOrganisationLogo($id: ID!) {\n    removeOrganisationLogo(id: $id) {\n      ...OrganisationDetails\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;