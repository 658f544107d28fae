import { graphql } from '@web/gql';

/** Verified organisations searched by name, with or without diacritics (an agreement's parties, a proposal's partners). */
export const ORGANISATION_SEARCH_QUERY = graphql(`
  query OrganisationSearch($first: Int!, $filter: OrganisationFilter) {
    organisations(first: $first, filter: $filter) {
      edges {
        cursor
        node {
          id
          name
          shortName
          kind
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
