import { graphql } from '@web/gql';
import type { ProjectCardFragment, ProjectDetailsFragment, ProjectQuestionFieldsFragment, RecommendedProjectsQuery } from '@web/gql/graphql';

/** What a result card shows. Indicator names come from `icfIndicators`, in the reader's language. */
export const PROJECT_CARD_FRAGMENT = graphql(`
  fragment ProjectCard on Project {
    id
    title
    summary
    kind
    domain
    status
    visibility
    eligibleKinds
    closesAt
    publishedAt
    budget {
      amount
      currency
    }
    indicators {
      code
    }
    owner {
      id
      name
      shortName
      kind
    }
  }
`);

export const PROJECTS_QUERY = graphql(`
  query Projects($first: Int!, $after: String, $filter: ProjectFilter, $sort: ProjectSort) {
    projects(first: $first, after: $after, filter: $filter, sort: $sort) {
      edges {
        cursor
        node {
          ...ProjectCard
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
      approximate
      facets {
        kinds {
          value
          count
        }
        domains {
          value
          count
        }
        indicators {
          value
          count
        }
        statuses {
          value
          count
        }
        eligibleKinds {
          value
          count
        }
        organisationKinds {
          value
          count
        }
      }
    }
  }
`);

/** The active organisation's own projects (drafts included), without facets. */
export const MY_PROJECTS_QUERY = graphql(`
  query MyProjects($first: Int!, $after: String, $filter: ProjectFilter, $sort: ProjectSort) {
    projects(first: $first, after: $after, filter: $filter, sort: $sort) {
      edges {
        cursor
        node {
          ...ProjectCard
          updatedAt
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

export const RECOMMENDED_PROJECTS_QUERY = graphql(`
  query RecommendedProjects($first: Int) {
    recommendedProjects(first: $first) {
      score
      reasons
      matchedExpertise
      project {
        ...ProjectCard
      }
    }
  }
`);

/** The ICF indicators, named and described by the API in the reader's language (never hard-coded here). */
export const ICF_INDICATORS_QUERY = graphql(`
  query IcfIndicators {
    icfIndicators {
      code
      name
      description
    }
  }
`);

/** A weighted evaluation criterion, as the project page shows it and the editor edits it. */
export const PROJECT_CRITERION_FRAGMENT = graphql(`
  fragment ProjectCriterionFields on ProjectCriterion {
    id
    name
    description
    weight
  }
`);

export const PROJECT_QUESTION_FRAGMENT = graphql(`
  fragment ProjectQuestionFields on ProjectQuestion {
    id
    text
    answer
    askedAt
    answeredAt
    askedByYou
  }
`);

/** Everything the project page shows. */
export const PROJECT_DETAILS_FRAGMENT = graphql(`
  fragment ProjectDetails on Project {
    id
    title
    summary
    description
    kind
    domain
    status
    visibility
    eligibleKinds
    location
    opensAt
    closesAt
    sealed
    cancellationReason
    publishedAt
    cancelledAt
    decidedAt
    createdAt
    updatedAt
    version
    viewerCanManage
    budget {
      amount
      currency
    }
    indicators {
      code
      name
      description
    }
    owner {
      id
      name
      shortName
      kind
    }
    criteria {
      ...ProjectCriterionFields
    }
    attachments {
      ...FileAttachmentFields
    }
    questions {
      ...ProjectQuestionFields
    }
    eligibility {
      eligible
      reason
      message
    }
  }
`);

export const PROJECT_QUERY = graphql(`
  query Project($id: ID!) {
    project(id: $id) {
      ...ProjectDetails
    }
  }
`);

export const PUBLISH_PROJECT_MUTATION = graphql(`
  mutation PublishProject($id: ID!, $expectedVersion: Int) {
    publishProject(id: $id, expectedVersion: $expectedVersion) {
      ...ProjectDetails
    }
  }
`);

export const EXTEND_PROJECT_DEADLINE_MUTATION = graphql(`
  mutation ExtendProjectDeadline($id: ID!, $closesAt: DateTime!, $expectedVersion: Int) {
    extendProjectDeadline(id: $id, closesAt: $closesAt, expectedVersion: $expectedVersion) {
      ...ProjectDetails
    }
  }
`);

export const CANCEL_PROJECT_MUTATION = graphql(`
  mutation CancelProject($id: ID!, $reason: String!, $expectedVersion: Int) {
    cancelProject(id: $id, reason: $reason, expectedVersion: $expectedVersion) {
      ...ProjectDetails
    }
  }
`);

export const ASK_QUESTION_MUTATION = graphql(`
  mutation AskQuestion($projectId: ID!, $text: String!) {
    askQuestion(projectId: $projectId, text: $text) {
      ...ProjectQuestionFields
    }
  }
`);

export const ANSWER_QUESTION_MUTATION = graphql(`
  mutation AnswerQuestion($questionId: ID!, $answer: String!) {
    answerQuestion(questionId: $questionId, answer: $answer) {
      ...ProjectQuestionFields
    }
  }
`);

export type ProjectSummary = ProjectCardFragment;
export type ProjectView = ProjectDetailsFragment;
export type ProjectQuestionView = ProjectQuestionFieldsFragment;
export type ProjectRecommendationView = RecommendedProjectsQuery['recommendedProjects'][number];
