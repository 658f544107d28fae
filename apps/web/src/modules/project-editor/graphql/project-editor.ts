import { graphql } from '@web/gql';
import type { ProjectEditorFieldsFragment, ProjectEditorOrganisationsQuery } from '@web/gql/graphql';

/**
 * Everything the wizard edits, plus what decides whether (and how much) it may be edited. The
 * criteria and attachments share their fields with the project page (`ProjectCriterionFields`,
 * `FileAttachmentFields`); the indicator names come from `ICF_INDICATORS_QUERY`.
 */
export const PROJECT_EDITOR_FRAGMENT = graphql(`
  fragment ProjectEditorFields on Project {
    id
    title
    summary
    description
    kind
    domain
    indicators {
      code
    }
    budget {
      amount
      currency
    }
    location
    eligibleKinds
    opensAt
    closesAt
    sealed
    visibility
    status
    version
    viewerCanManage
    owner {
      id
      name
      shortName
      status
    }
    criteria {
      ...ProjectCriterionFields
    }
    attachments {
      ...FileAttachmentFields
    }
    invitedOrganisations {
      id
      name
      shortName
    }
  }
`);

export const PROJECT_EDITOR_QUERY = graphql(`
  query ProjectEditor($id: ID!) {
    project(id: $id) {
      ...ProjectEditorFields
    }
  }
`);

/** Verified organisations to invite, searched by name (with or without diacritics). */
export const PROJECT_EDITOR_ORGANISATIONS_QUERY = graphql(`
  query ProjectEditorOrganisations($first: Int!, $filter: OrganisationFilter) {
    organisations(first: $first, filter: $filter) {
      edges {
        cursor
        node {
          id
          name
          shortName
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const PROJECT_EDITOR_CREATE_MUTATION = graphql(`
  mutation ProjectEditorCreate($input: CreateProjectInput!) {
    createProject(input: $input) {
      ...ProjectEditorFields
    }
  }
`);

export const PROJECT_EDITOR_UPDATE_MUTATION = graphql(`
  mutation ProjectEditorUpdate($id: ID!, $input: UpdateProjectInput!, $expectedVersion: Int!) {
    updateProject(id: $id, input: $input, expectedVersion: $expectedVersion) {
      ...ProjectEditorFields
    }
  }
`);

export const PROJECT_EDITOR_PUBLISH_MUTATION = graphql(`
  mutation ProjectEditorPublish($id: ID!, $expectedVersion: Int) {
    publishProject(id: $id, expectedVersion: $expectedVersion) {
      ...ProjectEditorFields
    }
  }
`);

export type EditableProject = ProjectEditorFieldsFragment;
export type InvitableOrganisation = ProjectEditorOrganisationsQuery['organisations']['edges'][number]['node'];
