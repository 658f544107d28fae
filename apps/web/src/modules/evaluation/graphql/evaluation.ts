import { graphql } from '@web/gql';
import type { EvaluationBoardQuery, EvaluationProposalFragment, ProposalReviewQuery } from '@web/gql/graphql';

/** A reviewer of a proposal as the owner's board and the review page show them. */
export const EVALUATION_REVIEWER_FRAGMENT = graphql(`
  fragment EvaluationReviewer on ProposalReviewer {
    proposalId
    declaration
    declarationNote
    declaredAt
    user {
      id
      fullName
    }
    scores {
      criterionId
      reviewerId
      score
      comment
    }
  }
`);

/** One proposal on the owner's board: what the owner may read of it, and the evaluation so far. */
export const EVALUATION_PROPOSAL_FRAGMENT = graphql(`
  fragment EvaluationProposal on Proposal {
    id
    title
    status
    submittedAt
    decidedAt
    lead {
      id
      name
      shortName
      kind
    }
    partners {
      proposalId
      status
      organisation {
        id
        name
        shortName
      }
    }
    reviewers {
      ...EvaluationReviewer
    }
    decisions {
      decision
      justification
      feedback
      decidedAt
    }
    agreement {
      id
      status
    }
  }
`);

/** The owner's evaluation board: the call, its criteria and the ranked proposals (null ranking: not the owner). */
export const EVALUATION_BOARD_QUERY = graphql(`
  query EvaluationBoard($id: ID!) {
    project(id: $id) {
      id
      title
      status
      sealed
      closesAt
      decidedAt
      viewerCanManage
      owner {
        id
        name
        status
        myRole
      }
      criteria {
        id
        name
        description
        weight
      }
      ranking {
        rank
        score
        proposal {
          ...EvaluationProposal
        }
      }
    }
  }
`);

/** Members of the owner who may be assigned as reviewers. */
export const REVIEWER_CANDIDATES_QUERY = graphql(`
  query ReviewerCandidates($id: ID!, $first: Int!) {
    organisation(id: $id) {
      id
      members(first: $first) {
        edges {
          cursor
          node {
            id
            role
            user {
              id
              fullName
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

/** What a reviewer reads before declaring and scoring. */
export const PROPOSAL_REVIEW_QUERY = graphql(`
  query ProposalReview($id: ID!) {
    proposal(id: $id) {
      id
      title
      abstract
      approach
      status
      submittedAt
      durationMonths
      requestedBudget {
        amount
        currency
      }
      lead {
        id
        name
        shortName
      }
      partners {
        proposalId
        status
        organisation {
          id
          name
          shortName
        }
      }
      project {
        id
        title
        status
        closesAt
        owner {
          id
          name
          myRole
        }
        criteria {
          id
          name
          description
          weight
        }
      }
      reviewers {
        ...EvaluationReviewer
      }
    }
  }
`);

export const ASSIGN_REVIEWER_MUTATION = graphql(`
  mutation AssignReviewer($proposalId: ID!, $userId: ID!) {
    assignReviewer(proposalId: $proposalId, userId: $userId) {
      ...EvaluationReviewer
    }
  }
`);

export const DECLARE_CONFLICT_MUTATION = graphql(`
  mutation DeclareConflictOfInterest($proposalId: ID!, $hasConflict: Boolean!, $note: String) {
    declareConflictOfInterest(proposalId: $proposalId, hasConflict: $hasConflict, note: $note) {
      ...EvaluationReviewer
    }
  }
`);

export const SCORE_PROPOSAL_MUTATION = graphql(`
  mutation ScoreProposal($proposalId: ID!, $scores: [ScoreInput!]!) {
    scoreProposal(proposalId: $proposalId, scores: $scores) {
      ...EvaluationReviewer
    }
  }
`);

export const DECIDE_PROPOSAL_MUTATION = graphql(`
  mutation DecideProposal($proposalId: ID!, $decision: ProposalDecision!, $justification: String!, $feedback: String) {
    decideProposal(proposalId: $proposalId, decision: $decision, justification: $justification, feedback: $feedback) {
      id
      status
      decidedAt
      feedback
    }
  }
`);

export const FINALIZE_EVALUATION_MUTATION = graphql(`
  mutation FinalizeEvaluation($projectId: ID!) {
    finalizeEvaluation(projectId: $projectId) {
      id
      status
      decidedAt
      version
    }
  }
`);

export type EvaluationBoardProject = EvaluationBoardQuery['project'];
export type RankedRow = NonNullable<EvaluationBoardProject['ranking']>[number];
export type EvaluationProposalView = EvaluationProposalFragment;
export type ReviewerView = EvaluationProposalFragment['reviewers'][number];
export type ProposalReviewView = ProposalReviewQuery['proposal'];
export type CriterionView = EvaluationBoardProject['criteria'][number];
