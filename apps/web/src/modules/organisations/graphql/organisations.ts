import { graphql } from '@web/gql';
import type { OrganisationDetailsFragment, OrganisationsQuery } from '@web/gql/graphql';

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

/** Everything the profile, its status banner and the settings form show. */
export const ORGANISATION_DETAILS_FRAGMENT = graphql(`
  fragment OrganisationDetails on Organisation {
    id
    name
    shortName
    kind
    status
    statusReason
    registrationCode
    descriptionVi
    descriptionEn
    website
    expertise
    logoUrl
    createdAt
    version
    myRole
  }
`);

export const ORGANISATION_QUERY = graphql(`
  query Organisation($id: ID!) {
    organisation(id: $id) {
      ...OrganisationDetails
    }
  }
`);

export const CREATE_ORGANISATION_MUTATION = graphql(`
  mutation CreateOrganisation($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) {
      ...OrganisationDetails
    }
  }
`);

export const UPDATE_ORGANISATION_MUTATION = graphql(`
  mutation UpdateOrganisation($id: ID!, $input: UpdateOrganisationInput!, $expectedVersion: Int!) {
    updateOrganisation(id: $id, input: $input, expectedVersion: $expectedVersion) {
      ...OrganisationDetails
    }
  }
`);

export const SET_ORGANISATION_LOGO_MUTATION = graphql(`
  mutation SetOrganisationLogo($id: ID!, $image: String!) {
    setOrganisationLogo(id: $id, image: $image) {
      ...OrganisationDetails
    }
  }
`);

export const REMOVE_ORGANISATION_LOGO_MUTATION = graphql(`
  mutation RemoveOrganisationLogo($id: ID!) {
    removeOrganisationLogo(id: $id) {
      ...OrganisationDetails
    }
  }
`);

export type OrganisationSummary = OrganisationsQuery['organisations']['edges'][number]['node'];
export type OrganisationProfile = OrganisationDetailsFragment;
