import { graphql } from '@web/gql';
import type { AdminOrganisationsQuery, MailOutboxQuery } from '@web/gql/graphql';

export const ADMIN_PAGE_SIZE = 20;

export const ADMIN_ORGANISATIONS_QUERY = graphql(`
  query AdminOrganisations($filter: OrganisationFilter!, $first: Int!, $after: String) {
    organisations(filter: $filter, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          name
          shortName
          kind
          status
          statusReason
          registrationCode
          website
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
`);

export const VERIFY_ORGANISATION_MUTATION = graphql(`
  mutation VerifyOrganisation($id: ID!) {
    verifyOrganisation(id: $id) {
      id
      status
      statusReason
      version
    }
  }
`);

export const SUSPEND_ORGANISATION_MUTATION = graphql(`
  mutation SuspendOrganisation($id: ID!, $reason: String!) {
    suspendOrganisation(id: $id, reason: $reason) {
      id
      status
      statusReason
      version
    }
  }
`);

export const MAIL_OUTBOX_QUERY = graphql(`
  query MailOutbox($to: String, $first: Int!, $after: String) {
    mailOutbox(to: $to, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          to
          subject
          text
          template
          locale
          createdAt
          sentAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

export type AdminOrganisation = AdminOrganisationsQuery['organisations']['edges'][number]['node'];
export type MailMessageNode = MailOutboxQuery['mailOutbox']['edges'][number]['node'];
