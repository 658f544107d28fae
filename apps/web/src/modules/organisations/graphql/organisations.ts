import { graphql } from '@web/gql';
import type { OrganisationQuery, OrganisationsQuery } from '@web/gql/graphql';

export const ORGANISATIONS_QUERY = graphql(`
  query Organisations($first: Int!, $after: String, $filter: OrganisationFilter) {
    organisations(first: $first, after: $after, filter: $filter) {
      edges {
        cursor
        node {
          id
          name
          shortName
          kind
          status
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

export const ORGANISATION_QUERY = graphql(`
  query Organisation($id: ID!) {
    organisation(id: $id) {
      id
      name
      shortName
      kind
      status
      descriptionVi
      descriptionEn
      website
      createdAt
    }
  }
`);

export type OrganisationSummary = OrganisationsQuery['organisations']['edges'][number]['node'];
export type OrganisationProfile = OrganisationQuery['organisation'];
