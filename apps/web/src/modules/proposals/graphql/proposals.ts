import { graphql } from '@web/gql';
import type { MyProposalsQuery, ProposalEditorFieldsFragment, ProposalPartnerFieldsFragment, ProposalProjectQuery } from '@web/gql/graphql';

/** A consortium partner and its answer (the inbox matches the active organisation by its id). */
export const PROPOSAL_PARTNER_FRAGMENT = graphql(`
  fragment ProposalPartnerFields on ProposalPartner {
    proposalId
    status
    confirmed
    respondedAt
    organisation {
      id
      name
      shortName
      kind
    }
  }
`);

/** Everything the editor edits, and what decides whether it may still be edited. */
export const PROPOSAL_EDITOR_FRAGMENT = graphql(`
  fragment ProposalEditorFields on Proposal {
    id
    title
    abstract
    approach
    status
    version
    viewerRole
    submittedAt
    submissionCount
    contentHash
    submissions {
      number
      submittedAt
      contentHash
    }
    withdrawnAt
    decidedAt
    decision
    feedback
    updatedAt
    requestedBudget {
      amount
      currency
    }
    durationMonths
    team {
      name
      role
      organisation
    }
    budgetLines {
      item
      amount
      note
    }
    attachments {
      ...FileAttachmentFields
    }
    lead {
      id
      name
      shortName
    }
    partners {
      ...ProposalPartnerFields
    }
    project {
      id
      title
      status
      closesAt
      sealed
      owner {
        id
        name
      }
    }
    agreement {
      id
      status
    }
  }
`);

export const PROPOSAL_QUERY = graphql(`
  query ProposalEditor($id: ID!) {
    proposal(id: $id) {
      ...ProposalEditorFields
    }
  }
`);

/** The call a new proposal answers, and the active organisation's proposal for it if there is one. */
export const PROPOSAL_PROJECT_QUERY = graphql(`
  query ProposalProject($id: ID!) {
    project(id: $id) {
      id
      title
      status
      closesAt
      owner {
        id
        name
      }
      eligibility {
        eligible
        reason
        message
      }
      proposals {
        id
        viewerRole
        status
      }
    }
  }
`);

export const CREATE_PROPOSAL_MUTATION = graphql(`
  mutation CreateProposal($input: CreateProposalInput!) {
    createProposal(input: $input) {
      ...ProposalEditorFields
    }
  }
`);

export const UPDATE_PROPOSAL_MUTATION = graphql(`
  mutation UpdateProposal($id: ID!, $input: UpdateProposalInput!, $expectedVersion: Int!) {
    updateProposal(id: $id, input: $input, expectedVersion: $expectedVersion) {
      ...ProposalEditorFields
    }
  }
`);

export const SUBMIT_PROPOSAL_MUTATION = graphql(`
  mutation SubmitProposal($id: ID!) {
    submitProposal(id: $id) {
      ...ProposalEditorFields
    }
  }
`);

export const WITHDRAW_PROPOSAL_MUTATION = graphql(`
  mutation WithdrawProposal($id: ID!) {
    withdrawProposal(id: $id) {
      ...ProposalEditorFields
    }
  }
`);

/** A proposal in a list: never scores (the API gives proposers none anyway). */
export const PROPOSAL_LIST_FRAGMENT = graphql(`
  fragment ProposalListFields on Proposal {
    id
    title
    status
    viewerRole
    submittedAt
    updatedAt
    decision
    decidedAt
    feedback
    lead {
      id
      name
      shortName
    }
    partners {
      ...ProposalPartnerFields
    }
    project {
      id
      title
      closesAt
      status
      owner {
        id
        name
      }
    }
  }
`);

export const MY_PROPOSALS_QUERY = graphql(`
  query MyProposals($first: Int!, $after: String, $filter: ProposalFilter) {
    myProposals(first: $first, after: $after, filter: $filter) {
      totalCount
      edges {
        cursor
        node {
          ...ProposalListFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const CONFIRM_PARTNERSHIP_MUTATION = graphql(`
  mutation ConfirmPartnership($proposalId: ID!) {
    confirmPartnership(proposalId: $proposalId) {
      ...ProposalPartnerFields
    }
  }
`);

export const DECLINE_PARTNERSHIP_MUTATION = graphql(`
  mutation DeclinePartnership($proposalId: ID!) {
    declinePartnership(proposalId: $proposalId) {
      ...ProposalPartnerFields
    }
  }
`);

export type EditableProposal = ProposalEditorFieldsFragment;
export type ProposalPartnerView = ProposalPartnerFieldsFragment;
export type ProposalListItem = MyProposalsQuery['myProposals']['edges'][number]['node'];
export type ProposalProject = ProposalProjectQuery['project'];

/** The active organisation's proposal for a project, if it has one (the project page's entry point). */
export const PROJECT_PROPOSAL_ENTRY_QUERY = graphql(`
  query ProjectProposalEntry($id: ID!) {
    project(id: $id) {
      id
      proposals {
        id
        viewerRole
        status
      }
    }
  }
`);
