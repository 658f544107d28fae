import { graphql } from '@web/gql';
import type { AgreementDiffQuery, AgreementListFieldsFragment, AgreementVersionFieldsFragment, AgreementWorkspaceFieldsFragment } from '@web/gql/graphql';

/** An organisation as agreements name it (short name where there is one). */
export const AGREEMENT_ORGANISATION_FRAGMENT = graphql(`
  fragment AgreementOrganisationFields on Organisation {
    id
    name
    shortName
    kind
  }
`);

/** A numbered version: its content, its hash and who signed it. */
export const AGREEMENT_VERSION_FRAGMENT = graphql(`
  fragment AgreementVersionFields on AgreementVersion {
    number
    hash
    amendment
    authorName
    authorOrganisation {
      ...AgreementOrganisationFields
    }
    createdAt
    title
    purpose
    terms
    startsOn
    endsOn
    timeZone
    disclosed
    totalValue {
      amount
      currency
    }
    parties {
      role
      organisation {
        ...AgreementOrganisationFields
      }
      contribution {
        inKind
        money {
          amount
          currency
        }
      }
    }
    milestones {
      id
      title
      dueDate
      deliverable
      paymentShare
      responsible {
        ...AgreementOrganisationFields
      }
    }
    attachments {
      ...FileAttachmentFields
    }
    signatures {
      organisation {
        ...AgreementOrganisationFields
      }
      signerName
      signedAt
      versionHash
      versionNumber
    }
  }
`);

/** A milestone in force and its progress: every submission and review. */
export const AGREEMENT_MILESTONE_FRAGMENT = graphql(`
  fragment AgreementMilestoneFields on AgreementMilestone {
    id
    agreementId
    title
    dueDate
    deliverable
    paymentShare
    status
    overdue
    submittedAt
    reviewedAt
    responsible {
      ...AgreementOrganisationFields
    }
    viewerCan {
      submit
      review
      reviewingOrganisationId
    }
    events {
      id
      action
      actorName
      createdAt
      note
      organisation {
        ...AgreementOrganisationFields
      }
      attachments {
        ...FileAttachmentFields
      }
    }
  }
`);

/** Everything the workspace, the editor and the print view read of an agreement. */
export const AGREEMENT_WORKSPACE_FRAGMENT = graphql(`
  fragment AgreementWorkspaceFields on Agreement {
    id
    title
    purpose
    terms
    status
    version
    startsOn
    endsOn
    timeZone
    disclosed
    amendmentPending
    endReason
    createdAt
    updatedAt
    activatedAt
    cancelledAt
    completedAt
    terminatedAt
    signaturesRequestedAt
    viewerRoles
    viewerCan {
      edit
      amend
      manage
      sign
      signingOrganisationId
    }
    totalValue {
      amount
      currency
    }
    managingOrganisation {
      ...AgreementOrganisationFields
    }
    project {
      id
      title
    }
    proposal {
      id
      title
    }
    parties {
      role
      signedAt
      signedBy
      organisation {
        ...AgreementOrganisationFields
      }
      contribution {
        inKind
        money {
          amount
          currency
        }
      }
    }
    missingSignatures {
      ...AgreementOrganisationFields
    }
    milestones {
      ...AgreementMilestoneFields
    }
    attachments {
      ...FileAttachmentFields
    }
    currentVersion {
      ...AgreementVersionFields
    }
    signedVersion {
      ...AgreementVersionFields
    }
    versions {
      number
      hash
      amendment
      authorName
      authorOrganisation {
        ...AgreementOrganisationFields
      }
      createdAt
    }
  }
`);

export const AGREEMENT_QUERY = graphql(`
  query Agreement($id: ID!) {
    agreement(id: $id) {
      ...AgreementWorkspaceFields
    }
  }
`);

/** Two versions compared: the terms line by line, everything else field by field. */
export const AGREEMENT_DIFF_QUERY = graphql(`
  query AgreementDiff($id: ID!, $from: Int!, $to: Int!) {
    agreement(id: $id) {
      id
      compareVersions(from: $from, to: $to) {
        from
        to
        fromHash
        toHash
        fromCurrency
        toCurrency
        terms {
          kind
          text
        }
        changes {
          scope
          subject
          subjectLabel
          field
          before
          after
          beforeLabel
          afterLabel
        }
      }
    }
  }
`);

/** An agreement in the list: what a card shows. */
export const AGREEMENT_LIST_FRAGMENT = graphql(`
  fragment AgreementListFields on Agreement {
    id
    title
    status
    version
    startsOn
    endsOn
    amendmentPending
    updatedAt
    viewerRoles
    totalValue {
      amount
      currency
    }
    managingOrganisation {
      ...AgreementOrganisationFields
    }
    parties {
      role
      organisation {
        ...AgreementOrganisationFields
      }
    }
    milestones {
      id
      title
      dueDate
      status
      overdue
    }
  }
`);

export const AGREEMENTS_QUERY = graphql(`
  query Agreements($first: Int!, $after: String, $filter: AgreementFilter) {
    agreements(first: $first, after: $after, filter: $filter) {
      totalCount
      edges {
        cursor
        node {
          ...AgreementListFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const CREATE_AGREEMENT_MUTATION = graphql(`
  mutation CreateAgreement($input: CreateAgreementInput!) {
    createAgreement(input: $input) {
      ...AgreementWorkspaceFields
    }
  }
`);

export const CREATE_AGREEMENT_FROM_PROPOSAL_MUTATION = graphql(`
  mutation CreateAgreementFromProposal($proposalId: ID!) {
    createAgreementFromProposal(proposalId: $proposalId) {
      id
      status
    }
  }
`);

export const UPDATE_AGREEMENT_MUTATION = graphql(`
  mutation UpdateAgreement($id: ID!, $input: AgreementInput!, $expectedVersion: Int!) {
    updateAgreement(id: $id, input: $input, expectedVersion: $expectedVersion) {
      ...AgreementWorkspaceFields
    }
  }
`);

export const AMEND_AGREEMENT_MUTATION = graphql(`
  mutation AmendAgreement($id: ID!, $input: AgreementInput!, $expectedVersion: Int) {
    amendAgreement(id: $id, input: $input, expectedVersion: $expectedVersion) {
      ...AgreementWorkspaceFields
    }
  }
`);

export const OPEN_NEGOTIATION_MUTATION = graphql(`
  mutation OpenNegotiation($id: ID!) {
    openNegotiation(id: $id) {
      ...AgreementWorkspaceFields
    }
  }
`);

export const REQUEST_SIGNATURES_MUTATION = graphql(`
  mutation RequestSignatures($id: ID!) {
    requestSignatures(id: $id) {
      ...AgreementWorkspaceFields
    }
  }
`);

export const SIGN_AGREEMENT_MUTATION = graphql(`
  mutation SignAgreement($id: ID!, $versionHash: String!) {
    signAgreement(id: $id, versionHash: $versionHash) {
      ...AgreementWorkspaceFields
    }
  }
`);

export const WITHDRAW_AMENDMENT_MUTATION = graphql(`
  mutation WithdrawAmendment($id: ID!) {
    withdrawAmendment(id: $id) {
      ...AgreementWorkspaceFields
    }
  }
`);

export const TERMINATE_AGREEMENT_MUTATION = graphql(`
  mutation TerminateAgreement($id: ID!, $reason: String!) {
    terminateAgreement(id: $id, reason: $reason) {
      ...AgreementWorkspaceFields
    }
  }
`);

export const CANCEL_AGREEMENT_MUTATION = graphql(`
  mutation CancelAgreement($id: ID!, $reason: String!) {
    cancelAgreement(id: $id, reason: $reason) {
      ...AgreementWorkspaceFields
    }
  }
`);

export const SUBMIT_MILESTONE_MUTATION = graphql(`
  mutation SubmitMilestone($id: ID!, $input: SubmitMilestoneInput!) {
    submitMilestone(id: $id, input: $input) {
      ...AgreementMilestoneFields
    }
  }
`);

export const REVIEW_MILESTONE_MUTATION = graphql(`
  mutation ReviewMilestone($id: ID!, $accept: Boolean!, $reason: String) {
    reviewMilestone(id: $id, accept: $accept, reason: $reason) {
      ...AgreementMilestoneFields
    }
  }
`);

export type AgreementView = AgreementWorkspaceFieldsFragment;
export type AgreementVersionView = AgreementVersionFieldsFragment;
export type AgreementPartyView = AgreementView['parties'][number];
export type AgreementMilestoneView = AgreementView['milestones'][number];
export type MilestoneEventView = AgreementMilestoneView['events'][number];
export type AgreementListItem = AgreementListFieldsFragment;
export type AgreementDiffView = AgreementDiffQuery['agreement']['compareVersions'];
export type FieldChangeView = AgreementDiffView['changes'][number];
export type AgreementOrganisation = NonNullable<AgreementView['managingOrganisation']>;
