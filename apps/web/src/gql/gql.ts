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
    "\n  fragment EvaluationReviewer on ProposalReviewer {\n    proposalId\n    declaration\n    declarationNote\n    declaredAt\n    user {\n      id\n      fullName\n    }\n    scores {\n      criterionId\n      reviewerId\n      score\n      comment\n    }\n  }\n": typeof types.EvaluationReviewerFragmentDoc,
    "\n  fragment EvaluationProposal on Proposal {\n    id\n    title\n    status\n    submittedAt\n    decidedAt\n    lead {\n      id\n      name\n      shortName\n      kind\n    }\n    partners {\n      proposalId\n      status\n      organisation {\n        id\n        name\n        shortName\n      }\n    }\n    reviewers {\n      ...EvaluationReviewer\n    }\n    decisions {\n      decision\n      justification\n      feedback\n      decidedAt\n    }\n  }\n": typeof types.EvaluationProposalFragmentDoc,
    "\n  query EvaluationBoard($id: ID!) {\n    project(id: $id) {\n      id\n      title\n      status\n      sealed\n      closesAt\n      decidedAt\n      viewerCanManage\n      owner {\n        id\n        name\n        status\n        myRole\n      }\n      criteria {\n        id\n        name\n        description\n        weight\n      }\n      ranking {\n        rank\n        score\n        proposal {\n          ...EvaluationProposal\n        }\n      }\n    }\n  }\n": typeof types.EvaluationBoardDocument,
    "\n  query ReviewerCandidates($id: ID!, $first: Int!) {\n    organisation(id: $id) {\n      id\n      members(first: $first) {\n        edges {\n          cursor\n          node {\n            id\n            role\n            user {\n              id\n              fullName\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        totalCount\n      }\n    }\n  }\n": typeof types.ReviewerCandidatesDocument,
    "\n  query ProposalReview($id: ID!) {\n    proposal(id: $id) {\n      id\n      title\n      abstract\n      approach\n      status\n      submittedAt\n      durationMonths\n      requestedBudget {\n        amount\n        currency\n      }\n      lead {\n        id\n        name\n        shortName\n      }\n      partners {\n        proposalId\n        status\n        organisation {\n          id\n          name\n          shortName\n        }\n      }\n      project {\n        id\n        title\n        status\n        closesAt\n        owner {\n          id\n          name\n          myRole\n        }\n        criteria {\n          id\n          name\n          description\n          weight\n        }\n      }\n      reviewers {\n        ...EvaluationReviewer\n      }\n    }\n  }\n": typeof types.ProposalReviewDocument,
    "\n  mutation AssignReviewer($proposalId: ID!, $userId: ID!) {\n    assignReviewer(proposalId: $proposalId, userId: $userId) {\n      ...EvaluationReviewer\n    }\n  }\n": typeof types.AssignReviewerDocument,
    "\n  mutation DeclareConflictOfInterest($proposalId: ID!, $hasConflict: Boolean!, $note: String) {\n    declareConflictOfInterest(proposalId: $proposalId, hasConflict: $hasConflict, note: $note) {\n      ...EvaluationReviewer\n    }\n  }\n": typeof types.DeclareConflictOfInterestDocument,
    "\n  mutation ScoreProposal($proposalId: ID!, $scores: [ScoreInput!]!) {\n    scoreProposal(proposalId: $proposalId, scores: $scores) {\n      ...EvaluationReviewer\n    }\n  }\n": typeof types.ScoreProposalDocument,
    "\n  mutation DecideProposal($proposalId: ID!, $decision: ProposalDecision!, $justification: String!, $feedback: String) {\n    decideProposal(proposalId: $proposalId, decision: $decision, justification: $justification, feedback: $feedback) {\n      id\n      status\n      decidedAt\n      feedback\n    }\n  }\n": typeof types.DecideProposalDocument,
    "\n  mutation FinalizeEvaluation($projectId: ID!) {\n    finalizeEvaluation(projectId: $projectId) {\n      id\n      status\n      decidedAt\n      version\n    }\n  }\n": typeof types.FinalizeEvaluationDocument,
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
    "\n  fragment ProjectEditorFields on Project {\n    id\n    title\n    summary\n    description\n    kind\n    domain\n    indicators {\n      code\n    }\n    budget {\n      amount\n      currency\n    }\n    location\n    eligibleKinds\n    opensAt\n    closesAt\n    sealed\n    visibility\n    status\n    version\n    viewerCanManage\n    owner {\n      id\n      name\n      shortName\n      status\n    }\n    criteria {\n      ...ProjectCriterionFields\n    }\n    attachments {\n      ...FileAttachmentFields\n    }\n    invitedOrganisations {\n      id\n      name\n      shortName\n    }\n  }\n": typeof types.ProjectEditorFieldsFragmentDoc,
    "\n  query ProjectEditor($id: ID!) {\n    project(id: $id) {\n      ...ProjectEditorFields\n    }\n  }\n": typeof types.ProjectEditorDocument,
    "\n  query ProjectEditorOrganisations($first: Int!, $filter: OrganisationFilter) {\n    organisations(first: $first, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          shortName\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ProjectEditorOrganisationsDocument,
    "\n  mutation ProjectEditorCreate($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      ...ProjectEditorFields\n    }\n  }\n": typeof types.ProjectEditorCreateDocument,
    "\n  mutation ProjectEditorUpdate($id: ID!, $input: UpdateProjectInput!, $expectedVersion: Int!) {\n    updateProject(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...ProjectEditorFields\n    }\n  }\n": typeof types.ProjectEditorUpdateDocument,
    "\n  mutation ProjectEditorPublish($id: ID!, $expectedVersion: Int) {\n    publishProject(id: $id, expectedVersion: $expectedVersion) {\n      ...ProjectEditorFields\n    }\n  }\n": typeof types.ProjectEditorPublishDocument,
    "\n  fragment ProjectCard on Project {\n    id\n    title\n    summary\n    kind\n    domain\n    status\n    visibility\n    eligibleKinds\n    closesAt\n    publishedAt\n    budget {\n      amount\n      currency\n    }\n    indicators {\n      code\n    }\n    owner {\n      id\n      name\n      shortName\n      kind\n    }\n  }\n": typeof types.ProjectCardFragmentDoc,
    "\n  query Projects($first: Int!, $after: String, $filter: ProjectFilter, $sort: ProjectSort) {\n    projects(first: $first, after: $after, filter: $filter, sort: $sort) {\n      edges {\n        cursor\n        node {\n          ...ProjectCard\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n      approximate\n      facets {\n        kinds {\n          value\n          count\n        }\n        domains {\n          value\n          count\n        }\n        indicators {\n          value\n          count\n        }\n        statuses {\n          value\n          count\n        }\n        eligibleKinds {\n          value\n          count\n        }\n        organisationKinds {\n          value\n          count\n        }\n      }\n    }\n  }\n": typeof types.ProjectsDocument,
    "\n  query MyProjects($first: Int!, $after: String, $filter: ProjectFilter, $sort: ProjectSort) {\n    projects(first: $first, after: $after, filter: $filter, sort: $sort) {\n      edges {\n        cursor\n        node {\n          ...ProjectCard\n          updatedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.MyProjectsDocument,
    "\n  query RecommendedProjects($first: Int) {\n    recommendedProjects(first: $first) {\n      score\n      reasons\n      matchedExpertise\n      project {\n        ...ProjectCard\n      }\n    }\n  }\n": typeof types.RecommendedProjectsDocument,
    "\n  query IcfIndicators {\n    icfIndicators {\n      code\n      name\n      description\n    }\n  }\n": typeof types.IcfIndicatorsDocument,
    "\n  fragment ProjectCriterionFields on ProjectCriterion {\n    id\n    name\n    description\n    weight\n  }\n": typeof types.ProjectCriterionFieldsFragmentDoc,
    "\n  fragment ProjectQuestionFields on ProjectQuestion {\n    id\n    text\n    answer\n    askedAt\n    answeredAt\n    askedByYou\n  }\n": typeof types.ProjectQuestionFieldsFragmentDoc,
    "\n  fragment ProjectDetails on Project {\n    id\n    title\n    summary\n    description\n    kind\n    domain\n    status\n    visibility\n    eligibleKinds\n    location\n    opensAt\n    closesAt\n    sealed\n    cancellationReason\n    publishedAt\n    cancelledAt\n    decidedAt\n    createdAt\n    updatedAt\n    version\n    viewerCanManage\n    budget {\n      amount\n      currency\n    }\n    indicators {\n      code\n      name\n      description\n    }\n    owner {\n      id\n      name\n      shortName\n      kind\n    }\n    criteria {\n      ...ProjectCriterionFields\n    }\n    attachments {\n      ...FileAttachmentFields\n    }\n    questions {\n      ...ProjectQuestionFields\n    }\n    eligibility {\n      eligible\n      reason\n      message\n    }\n  }\n": typeof types.ProjectDetailsFragmentDoc,
    "\n  query Project($id: ID!) {\n    project(id: $id) {\n      ...ProjectDetails\n    }\n  }\n": typeof types.ProjectDocument,
    "\n  mutation PublishProject($id: ID!, $expectedVersion: Int) {\n    publishProject(id: $id, expectedVersion: $expectedVersion) {\n      ...ProjectDetails\n    }\n  }\n": typeof types.PublishProjectDocument,
    "\n  mutation ExtendProjectDeadline($id: ID!, $closesAt: DateTime!, $expectedVersion: Int) {\n    extendProjectDeadline(id: $id, closesAt: $closesAt, expectedVersion: $expectedVersion) {\n      ...ProjectDetails\n    }\n  }\n": typeof types.ExtendProjectDeadlineDocument,
    "\n  mutation CancelProject($id: ID!, $reason: String!, $expectedVersion: Int) {\n    cancelProject(id: $id, reason: $reason, expectedVersion: $expectedVersion) {\n      ...ProjectDetails\n    }\n  }\n": typeof types.CancelProjectDocument,
    "\n  mutation AskQuestion($projectId: ID!, $text: String!) {\n    askQuestion(projectId: $projectId, text: $text) {\n      ...ProjectQuestionFields\n    }\n  }\n": typeof types.AskQuestionDocument,
    "\n  mutation AnswerQuestion($questionId: ID!, $answer: String!) {\n    answerQuestion(questionId: $questionId, answer: $answer) {\n      ...ProjectQuestionFields\n    }\n  }\n": typeof types.AnswerQuestionDocument,
    "\n  query PartnerSuggestions($proposalId: ID!, $first: Int) {\n    partnerSuggestions(proposalId: $proposalId, first: $first) {\n      score\n      reasons\n      matchedExpertise\n      organisation {\n        id\n        name\n        shortName\n        kind\n      }\n    }\n  }\n": typeof types.PartnerSuggestionsDocument,
    "\n  query ProposalComments($proposalId: ID!, $first: Int, $after: String) {\n    proposalComments(proposalId: $proposalId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ProposalCommentFields\n        }\n      }\n    }\n  }\n  fragment ProposalCommentFields on ProposalComment {\n    id\n    body\n    createdAt\n    author {\n      id\n      fullName\n    }\n    organisation {\n      id\n      name\n    }\n  }\n": typeof types.ProposalCommentsDocument,
    "\n  mutation AddProposalComment($proposalId: ID!, $body: String!) {\n    addProposalComment(proposalId: $proposalId, body: $body) {\n      ...ProposalCommentFields\n    }\n  }\n": typeof types.AddProposalCommentDocument,
    "\n  fragment ProposalPartnerFields on ProposalPartner {\n    proposalId\n    status\n    confirmed\n    respondedAt\n    organisation {\n      id\n      name\n      shortName\n      kind\n    }\n  }\n": typeof types.ProposalPartnerFieldsFragmentDoc,
    "\n  fragment ProposalEditorFields on Proposal {\n    id\n    title\n    abstract\n    approach\n    status\n    version\n    viewerRole\n    submittedAt\n    submissionCount\n    contentHash\n    submissions {\n      number\n      submittedAt\n      contentHash\n    }\n    withdrawnAt\n    decidedAt\n    decision\n    feedback\n    updatedAt\n    requestedBudget {\n      amount\n      currency\n    }\n    durationMonths\n    team {\n      name\n      role\n      organisation\n    }\n    budgetLines {\n      item\n      amount\n      note\n    }\n    attachments {\n      ...FileAttachmentFields\n    }\n    lead {\n      id\n      name\n      shortName\n    }\n    partners {\n      ...ProposalPartnerFields\n    }\n    project {\n      id\n      title\n      status\n      closesAt\n      sealed\n      owner {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ProposalEditorFieldsFragmentDoc,
    "\n  query ProposalEditor($id: ID!) {\n    proposal(id: $id) {\n      ...ProposalEditorFields\n    }\n  }\n": typeof types.ProposalEditorDocument,
    "\n  query ProposalProject($id: ID!) {\n    project(id: $id) {\n      id\n      title\n      status\n      closesAt\n      owner {\n        id\n        name\n      }\n      eligibility {\n        eligible\n        reason\n        message\n      }\n      proposals {\n        id\n        viewerRole\n        status\n      }\n    }\n  }\n": typeof types.ProposalProjectDocument,
    "\n  mutation CreateProposal($input: CreateProposalInput!) {\n    createProposal(input: $input) {\n      ...ProposalEditorFields\n    }\n  }\n": typeof types.CreateProposalDocument,
    "\n  mutation UpdateProposal($id: ID!, $input: UpdateProposalInput!, $expectedVersion: Int!) {\n    updateProposal(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...ProposalEditorFields\n    }\n  }\n": typeof types.UpdateProposalDocument,
    "\n  mutation SubmitProposal($id: ID!) {\n    submitProposal(id: $id) {\n      ...ProposalEditorFields\n    }\n  }\n": typeof types.SubmitProposalDocument,
    "\n  mutation WithdrawProposal($id: ID!) {\n    withdrawProposal(id: $id) {\n      ...ProposalEditorFields\n    }\n  }\n": typeof types.WithdrawProposalDocument,
    "\n  query ProposalPartnerSearch($first: Int!, $filter: OrganisationFilter) {\n    organisations(first: $first, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          shortName\n          kind\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ProposalPartnerSearchDocument,
    "\n  fragment ProposalListFields on Proposal {\n    id\n    title\n    status\n    viewerRole\n    submittedAt\n    updatedAt\n    decision\n    decidedAt\n    feedback\n    lead {\n      id\n      name\n      shortName\n    }\n    partners {\n      ...ProposalPartnerFields\n    }\n    project {\n      id\n      title\n      closesAt\n      status\n      owner {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ProposalListFieldsFragmentDoc,
    "\n  query MyProposals($first: Int!, $after: String, $filter: ProposalFilter) {\n    myProposals(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ProposalListFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MyProposalsDocument,
    "\n  mutation ConfirmPartnership($proposalId: ID!) {\n    confirmPartnership(proposalId: $proposalId) {\n      ...ProposalPartnerFields\n    }\n  }\n": typeof types.ConfirmPartnershipDocument,
    "\n  mutation DeclinePartnership($proposalId: ID!) {\n    declinePartnership(proposalId: $proposalId) {\n      ...ProposalPartnerFields\n    }\n  }\n": typeof types.DeclinePartnershipDocument,
    "\n  query ProjectProposalEntry($id: ID!) {\n    project(id: $id) {\n      id\n      proposals {\n        id\n        viewerRole\n        status\n      }\n    }\n  }\n": typeof types.ProjectProposalEntryDocument,
    "\n  fragment FileAttachmentFields on FileAttachment {\n    id\n    name\n    contentType\n    size\n    sha256\n    url\n    createdAt\n  }\n": typeof types.FileAttachmentFieldsFragmentDoc,
};
const documents: Documents = {
    "\n  query Ping {\n    organisations(first: 1) {\n      totalCount\n    }\n  }\n": types.PingDocument,
    "\n  query AdminOrganisations($filter: OrganisationFilter!, $first: Int!, $after: String) {\n    organisations(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          shortName\n          kind\n          status\n          statusReason\n          registrationCode\n          website\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.AdminOrganisationsDocument,
    "\n  mutation VerifyOrganisation($id: ID!) {\n    verifyOrganisation(id: $id) {\n      id\n      status\n      statusReason\n      version\n    }\n  }\n": types.VerifyOrganisationDocument,
    "\n  mutation SuspendOrganisation($id: ID!, $reason: String!) {\n    suspendOrganisation(id: $id, reason: $reason) {\n      id\n      status\n      statusReason\n      version\n    }\n  }\n": types.SuspendOrganisationDocument,
    "\n  query MailOutbox($to: String, $first: Int!, $after: String) {\n    mailOutbox(to: $to, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          to\n          subject\n          text\n          template\n          locale\n          createdAt\n          sentAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.MailOutboxDocument,
    "\n  fragment EvaluationReviewer on ProposalReviewer {\n    proposalId\n    declaration\n    declarationNote\n    declaredAt\n    user {\n      id\n      fullName\n    }\n    scores {\n      criterionId\n      reviewerId\n      score\n      comment\n    }\n  }\n": types.EvaluationReviewerFragmentDoc,
    "\n  fragment EvaluationProposal on Proposal {\n    id\n    title\n    status\n    submittedAt\n    decidedAt\n    lead {\n      id\n      name\n      shortName\n      kind\n    }\n    partners {\n      proposalId\n      status\n      organisation {\n        id\n        name\n        shortName\n      }\n    }\n    reviewers {\n      ...EvaluationReviewer\n    }\n    decisions {\n      decision\n      justification\n      feedback\n      decidedAt\n    }\n  }\n": types.EvaluationProposalFragmentDoc,
    "\n  query EvaluationBoard($id: ID!) {\n    project(id: $id) {\n      id\n      title\n      status\n      sealed\n      closesAt\n      decidedAt\n      viewerCanManage\n      owner {\n        id\n        name\n        status\n        myRole\n      }\n      criteria {\n        id\n        name\n        description\n        weight\n      }\n      ranking {\n        rank\n        score\n        proposal {\n          ...EvaluationProposal\n        }\n      }\n    }\n  }\n": types.EvaluationBoardDocument,
    "\n  query ReviewerCandidates($id: ID!, $first: Int!) {\n    organisation(id: $id) {\n      id\n      members(first: $first) {\n        edges {\n          cursor\n          node {\n            id\n            role\n            user {\n              id\n              fullName\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        totalCount\n      }\n    }\n  }\n": types.ReviewerCandidatesDocument,
    "\n  query ProposalReview($id: ID!) {\n    proposal(id: $id) {\n      id\n      title\n      abstract\n      approach\n      status\n      submittedAt\n      durationMonths\n      requestedBudget {\n        amount\n        currency\n      }\n      lead {\n        id\n        name\n        shortName\n      }\n      partners {\n        proposalId\n        status\n        organisation {\n          id\n          name\n          shortName\n        }\n      }\n      project {\n        id\n        title\n        status\n        closesAt\n        owner {\n          id\n          name\n          myRole\n        }\n        criteria {\n          id\n          name\n          description\n          weight\n        }\n      }\n      reviewers {\n        ...EvaluationReviewer\n      }\n    }\n  }\n": types.ProposalReviewDocument,
    "\n  mutation AssignReviewer($proposalId: ID!, $userId: ID!) {\n    assignReviewer(proposalId: $proposalId, userId: $userId) {\n      ...EvaluationReviewer\n    }\n  }\n": types.AssignReviewerDocument,
    "\n  mutation DeclareConflictOfInterest($proposalId: ID!, $hasConflict: Boolean!, $note: String) {\n    declareConflictOfInterest(proposalId: $proposalId, hasConflict: $hasConflict, note: $note) {\n      ...EvaluationReviewer\n    }\n  }\n": types.DeclareConflictOfInterestDocument,
    "\n  mutation ScoreProposal($proposalId: ID!, $scores: [ScoreInput!]!) {\n    scoreProposal(proposalId: $proposalId, scores: $scores) {\n      ...EvaluationReviewer\n    }\n  }\n": types.ScoreProposalDocument,
    "\n  mutation DecideProposal($proposalId: ID!, $decision: ProposalDecision!, $justification: String!, $feedback: String) {\n    decideProposal(proposalId: $proposalId, decision: $decision, justification: $justification, feedback: $feedback) {\n      id\n      status\n      decidedAt\n      feedback\n    }\n  }\n": types.DecideProposalDocument,
    "\n  mutation FinalizeEvaluation($projectId: ID!) {\n    finalizeEvaluation(projectId: $projectId) {\n      id\n      status\n      decidedAt\n      version\n    }\n  }\n": types.FinalizeEvaluationDocument,
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
    "\n  fragment ProjectEditorFields on Project {\n    id\n    title\n    summary\n    description\n    kind\n    domain\n    indicators {\n      code\n    }\n    budget {\n      amount\n      currency\n    }\n    location\n    eligibleKinds\n    opensAt\n    closesAt\n    sealed\n    visibility\n    status\n    version\n    viewerCanManage\n    owner {\n      id\n      name\n      shortName\n      status\n    }\n    criteria {\n      ...ProjectCriterionFields\n    }\n    attachments {\n      ...FileAttachmentFields\n    }\n    invitedOrganisations {\n      id\n      name\n      shortName\n    }\n  }\n": types.ProjectEditorFieldsFragmentDoc,
    "\n  query ProjectEditor($id: ID!) {\n    project(id: $id) {\n      ...ProjectEditorFields\n    }\n  }\n": types.ProjectEditorDocument,
    "\n  query ProjectEditorOrganisations($first: Int!, $filter: OrganisationFilter) {\n    organisations(first: $first, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          shortName\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ProjectEditorOrganisationsDocument,
    "\n  mutation ProjectEditorCreate($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      ...ProjectEditorFields\n    }\n  }\n": types.ProjectEditorCreateDocument,
    "\n  mutation ProjectEditorUpdate($id: ID!, $input: UpdateProjectInput!, $expectedVersion: Int!) {\n    updateProject(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...ProjectEditorFields\n    }\n  }\n": types.ProjectEditorUpdateDocument,
    "\n  mutation ProjectEditorPublish($id: ID!, $expectedVersion: Int) {\n    publishProject(id: $id, expectedVersion: $expectedVersion) {\n      ...ProjectEditorFields\n    }\n  }\n": types.ProjectEditorPublishDocument,
    "\n  fragment ProjectCard on Project {\n    id\n    title\n    summary\n    kind\n    domain\n    status\n    visibility\n    eligibleKinds\n    closesAt\n    publishedAt\n    budget {\n      amount\n      currency\n    }\n    indicators {\n      code\n    }\n    owner {\n      id\n      name\n      shortName\n      kind\n    }\n  }\n": types.ProjectCardFragmentDoc,
    "\n  query Projects($first: Int!, $after: String, $filter: ProjectFilter, $sort: ProjectSort) {\n    projects(first: $first, after: $after, filter: $filter, sort: $sort) {\n      edges {\n        cursor\n        node {\n          ...ProjectCard\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n      approximate\n      facets {\n        kinds {\n          value\n          count\n        }\n        domains {\n          value\n          count\n        }\n        indicators {\n          value\n          count\n        }\n        statuses {\n          value\n          count\n        }\n        eligibleKinds {\n          value\n          count\n        }\n        organisationKinds {\n          value\n          count\n        }\n      }\n    }\n  }\n": types.ProjectsDocument,
    "\n  query MyProjects($first: Int!, $after: String, $filter: ProjectFilter, $sort: ProjectSort) {\n    projects(first: $first, after: $after, filter: $filter, sort: $sort) {\n      edges {\n        cursor\n        node {\n          ...ProjectCard\n          updatedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.MyProjectsDocument,
    "\n  query RecommendedProjects($first: Int) {\n    recommendedProjects(first: $first) {\n      score\n      reasons\n      matchedExpertise\n      project {\n        ...ProjectCard\n      }\n    }\n  }\n": types.RecommendedProjectsDocument,
    "\n  query IcfIndicators {\n    icfIndicators {\n      code\n      name\n      description\n    }\n  }\n": types.IcfIndicatorsDocument,
    "\n  fragment ProjectCriterionFields on ProjectCriterion {\n    id\n    name\n    description\n    weight\n  }\n": types.ProjectCriterionFieldsFragmentDoc,
    "\n  fragment ProjectQuestionFields on ProjectQuestion {\n    id\n    text\n    answer\n    askedAt\n    answeredAt\n    askedByYou\n  }\n": types.ProjectQuestionFieldsFragmentDoc,
    "\n  fragment ProjectDetails on Project {\n    id\n    title\n    summary\n    description\n    kind\n    domain\n    status\n    visibility\n    eligibleKinds\n    location\n    opensAt\n    closesAt\n    sealed\n    cancellationReason\n    publishedAt\n    cancelledAt\n    decidedAt\n    createdAt\n    updatedAt\n    version\n    viewerCanManage\n    budget {\n      amount\n      currency\n    }\n    indicators {\n      code\n      name\n      description\n    }\n    owner {\n      id\n      name\n      shortName\n      kind\n    }\n    criteria {\n      ...ProjectCriterionFields\n    }\n    attachments {\n      ...FileAttachmentFields\n    }\n    questions {\n      ...ProjectQuestionFields\n    }\n    eligibility {\n      eligible\n      reason\n      message\n    }\n  }\n": types.ProjectDetailsFragmentDoc,
    "\n  query Project($id: ID!) {\n    project(id: $id) {\n      ...ProjectDetails\n    }\n  }\n": types.ProjectDocument,
    "\n  mutation PublishProject($id: ID!, $expectedVersion: Int) {\n    publishProject(id: $id, expectedVersion: $expectedVersion) {\n      ...ProjectDetails\n    }\n  }\n": types.PublishProjectDocument,
    "\n  mutation ExtendProjectDeadline($id: ID!, $closesAt: DateTime!, $expectedVersion: Int) {\n    extendProjectDeadline(id: $id, closesAt: $closesAt, expectedVersion: $expectedVersion) {\n      ...ProjectDetails\n    }\n  }\n": types.ExtendProjectDeadlineDocument,
    "\n  mutation CancelProject($id: ID!, $reason: String!, $expectedVersion: Int) {\n    cancelProject(id: $id, reason: $reason, expectedVersion: $expectedVersion) {\n      ...ProjectDetails\n    }\n  }\n": types.CancelProjectDocument,
    "\n  mutation AskQuestion($projectId: ID!, $text: String!) {\n    askQuestion(projectId: $projectId, text: $text) {\n      ...ProjectQuestionFields\n    }\n  }\n": types.AskQuestionDocument,
    "\n  mutation AnswerQuestion($questionId: ID!, $answer: String!) {\n    answerQuestion(questionId: $questionId, answer: $answer) {\n      ...ProjectQuestionFields\n    }\n  }\n": types.AnswerQuestionDocument,
    "\n  query PartnerSuggestions($proposalId: ID!, $first: Int) {\n    partnerSuggestions(proposalId: $proposalId, first: $first) {\n      score\n      reasons\n      matchedExpertise\n      organisation {\n        id\n        name\n        shortName\n        kind\n      }\n    }\n  }\n": types.PartnerSuggestionsDocument,
    "\n  query ProposalComments($proposalId: ID!, $first: Int, $after: String) {\n    proposalComments(proposalId: $proposalId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ProposalCommentFields\n        }\n      }\n    }\n  }\n  fragment ProposalCommentFields on ProposalComment {\n    id\n    body\n    createdAt\n    author {\n      id\n      fullName\n    }\n    organisation {\n      id\n      name\n    }\n  }\n": types.ProposalCommentsDocument,
    "\n  mutation AddProposalComment($proposalId: ID!, $body: String!) {\n    addProposalComment(proposalId: $proposalId, body: $body) {\n      ...ProposalCommentFields\n    }\n  }\n": types.AddProposalCommentDocument,
    "\n  fragment ProposalPartnerFields on ProposalPartner {\n    proposalId\n    status\n    confirmed\n    respondedAt\n    organisation {\n      id\n      name\n      shortName\n      kind\n    }\n  }\n": types.ProposalPartnerFieldsFragmentDoc,
    "\n  fragment ProposalEditorFields on Proposal {\n    id\n    title\n    abstract\n    approach\n    status\n    version\n    viewerRole\n    submittedAt\n    submissionCount\n    contentHash\n    submissions {\n      number\n      submittedAt\n      contentHash\n    }\n    withdrawnAt\n    decidedAt\n    decision\n    feedback\n    updatedAt\n    requestedBudget {\n      amount\n      currency\n    }\n    durationMonths\n    team {\n      name\n      role\n      organisation\n    }\n    budgetLines {\n      item\n      amount\n      note\n    }\n    attachments {\n      ...FileAttachmentFields\n    }\n    lead {\n      id\n      name\n      shortName\n    }\n    partners {\n      ...ProposalPartnerFields\n    }\n    project {\n      id\n      title\n      status\n      closesAt\n      sealed\n      owner {\n        id\n        name\n      }\n    }\n  }\n": types.ProposalEditorFieldsFragmentDoc,
    "\n  query ProposalEditor($id: ID!) {\n    proposal(id: $id) {\n      ...ProposalEditorFields\n    }\n  }\n": types.ProposalEditorDocument,
    "\n  query ProposalProject($id: ID!) {\n    project(id: $id) {\n      id\n      title\n      status\n      closesAt\n      owner {\n        id\n        name\n      }\n      eligibility {\n        eligible\n        reason\n        message\n      }\n      proposals {\n        id\n        viewerRole\n        status\n      }\n    }\n  }\n": types.ProposalProjectDocument,
    "\n  mutation CreateProposal($input: CreateProposalInput!) {\n    createProposal(input: $input) {\n      ...ProposalEditorFields\n    }\n  }\n": types.CreateProposalDocument,
    "\n  mutation UpdateProposal($id: ID!, $input: UpdateProposalInput!, $expectedVersion: Int!) {\n    updateProposal(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...ProposalEditorFields\n    }\n  }\n": types.UpdateProposalDocument,
    "\n  mutation SubmitProposal($id: ID!) {\n    submitProposal(id: $id) {\n      ...ProposalEditorFields\n    }\n  }\n": types.SubmitProposalDocument,
    "\n  mutation WithdrawProposal($id: ID!) {\n    withdrawProposal(id: $id) {\n      ...ProposalEditorFields\n    }\n  }\n": types.WithdrawProposalDocument,
    "\n  query ProposalPartnerSearch($first: Int!, $filter: OrganisationFilter) {\n    organisations(first: $first, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          shortName\n          kind\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ProposalPartnerSearchDocument,
    "\n  fragment ProposalListFields on Proposal {\n    id\n    title\n    status\n    viewerRole\n    submittedAt\n    updatedAt\n    decision\n    decidedAt\n    feedback\n    lead {\n      id\n      name\n      shortName\n    }\n    partners {\n      ...ProposalPartnerFields\n    }\n    project {\n      id\n      title\n      closesAt\n      status\n      owner {\n        id\n        name\n      }\n    }\n  }\n": types.ProposalListFieldsFragmentDoc,
    "\n  query MyProposals($first: Int!, $after: String, $filter: ProposalFilter) {\n    myProposals(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ProposalListFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MyProposalsDocument,
    "\n  mutation ConfirmPartnership($proposalId: ID!) {\n    confirmPartnership(proposalId: $proposalId) {\n      ...ProposalPartnerFields\n    }\n  }\n": types.ConfirmPartnershipDocument,
    "\n  mutation DeclinePartnership($proposalId: ID!) {\n    declinePartnership(proposalId: $proposalId) {\n      ...ProposalPartnerFields\n    }\n  }\n": types.DeclinePartnershipDocument,
    "\n  query ProjectProposalEntry($id: ID!) {\n    project(id: $id) {\n      id\n      proposals {\n        id\n        viewerRole\n        status\n      }\n    }\n  }\n": types.ProjectProposalEntryDocument,
    "\n  fragment FileAttachmentFields on FileAttachment {\n    id\n    name\n    contentType\n    size\n    sha256\n    url\n    createdAt\n  }\n": types.FileAttachmentFieldsFragmentDoc,
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
export function graphql(source: "\n  fragment EvaluationReviewer on ProposalReviewer {\n    proposalId\n    declaration\n    declarationNote\n    declaredAt\n    user {\n      id\n      fullName\n    }\n    scores {\n      criterionId\n      reviewerId\n      score\n      comment\n    }\n  }\n"): (typeof documents)["\n  fragment EvaluationReviewer on ProposalReviewer {\n    proposalId\n    declaration\n    declarationNote\n    declaredAt\n    user {\n      id\n      fullName\n    }\n    scores {\n      criterionId\n      reviewerId\n      score\n      comment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EvaluationProposal on Proposal {\n    id\n    title\n    status\n    submittedAt\n    decidedAt\n    lead {\n      id\n      name\n      shortName\n      kind\n    }\n    partners {\n      proposalId\n      status\n      organisation {\n        id\n        name\n        shortName\n      }\n    }\n    reviewers {\n      ...EvaluationReviewer\n    }\n    decisions {\n      decision\n      justification\n      feedback\n      decidedAt\n    }\n  }\n"): (typeof documents)["\n  fragment EvaluationProposal on Proposal {\n    id\n    title\n    status\n    submittedAt\n    decidedAt\n    lead {\n      id\n      name\n      shortName\n      kind\n    }\n    partners {\n      proposalId\n      status\n      organisation {\n        id\n        name\n        shortName\n      }\n    }\n    reviewers {\n      ...EvaluationReviewer\n    }\n    decisions {\n      decision\n      justification\n      feedback\n      decidedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvaluationBoard($id: ID!) {\n    project(id: $id) {\n      id\n      title\n      status\n      sealed\n      closesAt\n      decidedAt\n      viewerCanManage\n      owner {\n        id\n        name\n        status\n        myRole\n      }\n      criteria {\n        id\n        name\n        description\n        weight\n      }\n      ranking {\n        rank\n        score\n        proposal {\n          ...EvaluationProposal\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EvaluationBoard($id: ID!) {\n    project(id: $id) {\n      id\n      title\n      status\n      sealed\n      closesAt\n      decidedAt\n      viewerCanManage\n      owner {\n        id\n        name\n        status\n        myRole\n      }\n      criteria {\n        id\n        name\n        description\n        weight\n      }\n      ranking {\n        rank\n        score\n        proposal {\n          ...EvaluationProposal\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewerCandidates($id: ID!, $first: Int!) {\n    organisation(id: $id) {\n      id\n      members(first: $first) {\n        edges {\n          cursor\n          node {\n            id\n            role\n            user {\n              id\n              fullName\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        totalCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReviewerCandidates($id: ID!, $first: Int!) {\n    organisation(id: $id) {\n      id\n      members(first: $first) {\n        edges {\n          cursor\n          node {\n            id\n            role\n            user {\n              id\n              fullName\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        totalCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProposalReview($id: ID!) {\n    proposal(id: $id) {\n      id\n      title\n      abstract\n      approach\n      status\n      submittedAt\n      durationMonths\n      requestedBudget {\n        amount\n        currency\n      }\n      lead {\n        id\n        name\n        shortName\n      }\n      partners {\n        proposalId\n        status\n        organisation {\n          id\n          name\n          shortName\n        }\n      }\n      project {\n        id\n        title\n        status\n        closesAt\n        owner {\n          id\n          name\n          myRole\n        }\n        criteria {\n          id\n          name\n          description\n          weight\n        }\n      }\n      reviewers {\n        ...EvaluationReviewer\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProposalReview($id: ID!) {\n    proposal(id: $id) {\n      id\n      title\n      abstract\n      approach\n      status\n      submittedAt\n      durationMonths\n      requestedBudget {\n        amount\n        currency\n      }\n      lead {\n        id\n        name\n        shortName\n      }\n      partners {\n        proposalId\n        status\n        organisation {\n          id\n          name\n          shortName\n        }\n      }\n      project {\n        id\n        title\n        status\n        closesAt\n        owner {\n          id\n          name\n          myRole\n        }\n        criteria {\n          id\n          name\n          description\n          weight\n        }\n      }\n      reviewers {\n        ...EvaluationReviewer\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignReviewer($proposalId: ID!, $userId: ID!) {\n    assignReviewer(proposalId: $proposalId, userId: $userId) {\n      ...EvaluationReviewer\n    }\n  }\n"): (typeof documents)["\n  mutation AssignReviewer($proposalId: ID!, $userId: ID!) {\n    assignReviewer(proposalId: $proposalId, userId: $userId) {\n      ...EvaluationReviewer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclareConflictOfInterest($proposalId: ID!, $hasConflict: Boolean!, $note: String) {\n    declareConflictOfInterest(proposalId: $proposalId, hasConflict: $hasConflict, note: $note) {\n      ...EvaluationReviewer\n    }\n  }\n"): (typeof documents)["\n  mutation DeclareConflictOfInterest($proposalId: ID!, $hasConflict: Boolean!, $note: String) {\n    declareConflictOfInterest(proposalId: $proposalId, hasConflict: $hasConflict, note: $note) {\n      ...EvaluationReviewer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScoreProposal($proposalId: ID!, $scores: [ScoreInput!]!) {\n    scoreProposal(proposalId: $proposalId, scores: $scores) {\n      ...EvaluationReviewer\n    }\n  }\n"): (typeof documents)["\n  mutation ScoreProposal($proposalId: ID!, $scores: [ScoreInput!]!) {\n    scoreProposal(proposalId: $proposalId, scores: $scores) {\n      ...EvaluationReviewer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideProposal($proposalId: ID!, $decision: ProposalDecision!, $justification: String!, $feedback: String) {\n    decideProposal(proposalId: $proposalId, decision: $decision, justification: $justification, feedback: $feedback) {\n      id\n      status\n      decidedAt\n      feedback\n    }\n  }\n"): (typeof documents)["\n  mutation DecideProposal($proposalId: ID!, $decision: ProposalDecision!, $justification: String!, $feedback: String) {\n    decideProposal(proposalId: $proposalId, decision: $decision, justification: $justification, feedback: $feedback) {\n      id\n      status\n      decidedAt\n      feedback\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FinalizeEvaluation($projectId: ID!) {\n    finalizeEvaluation(projectId: $projectId) {\n      id\n      status\n      decidedAt\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation FinalizeEvaluation($projectId: ID!) {\n    finalizeEvaluation(projectId: $projectId) {\n      id\n      status\n      decidedAt\n      version\n    }\n  }\n"];
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectEditorFields on Project {\n    id\n    title\n    summary\n    description\n    kind\n    domain\n    indicators {\n      code\n    }\n    budget {\n      amount\n      currency\n    }\n    location\n    eligibleKinds\n    opensAt\n    closesAt\n    sealed\n    visibility\n    status\n    version\n    viewerCanManage\n    owner {\n      id\n      name\n      shortName\n      status\n    }\n    criteria {\n      ...ProjectCriterionFields\n    }\n    attachments {\n      ...FileAttachmentFields\n    }\n    invitedOrganisations {\n      id\n      name\n      shortName\n    }\n  }\n"): (typeof documents)["\n  fragment ProjectEditorFields on Project {\n    id\n    title\n    summary\n    description\n    kind\n    domain\n    indicators {\n      code\n    }\n    budget {\n      amount\n      currency\n    }\n    location\n    eligibleKinds\n    opensAt\n    closesAt\n    sealed\n    visibility\n    status\n    version\n    viewerCanManage\n    owner {\n      id\n      name\n      shortName\n      status\n    }\n    criteria {\n      ...ProjectCriterionFields\n    }\n    attachments {\n      ...FileAttachmentFields\n    }\n    invitedOrganisations {\n      id\n      name\n      shortName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectEditor($id: ID!) {\n    project(id: $id) {\n      ...ProjectEditorFields\n    }\n  }\n"): (typeof documents)["\n  query ProjectEditor($id: ID!) {\n    project(id: $id) {\n      ...ProjectEditorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectEditorOrganisations($first: Int!, $filter: OrganisationFilter) {\n    organisations(first: $first, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          shortName\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProjectEditorOrganisations($first: Int!, $filter: OrganisationFilter) {\n    organisations(first: $first, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          shortName\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProjectEditorCreate($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      ...ProjectEditorFields\n    }\n  }\n"): (typeof documents)["\n  mutation ProjectEditorCreate($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      ...ProjectEditorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProjectEditorUpdate($id: ID!, $input: UpdateProjectInput!, $expectedVersion: Int!) {\n    updateProject(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...ProjectEditorFields\n    }\n  }\n"): (typeof documents)["\n  mutation ProjectEditorUpdate($id: ID!, $input: UpdateProjectInput!, $expectedVersion: Int!) {\n    updateProject(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...ProjectEditorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProjectEditorPublish($id: ID!, $expectedVersion: Int) {\n    publishProject(id: $id, expectedVersion: $expectedVersion) {\n      ...ProjectEditorFields\n    }\n  }\n"): (typeof documents)["\n  mutation ProjectEditorPublish($id: ID!, $expectedVersion: Int) {\n    publishProject(id: $id, expectedVersion: $expectedVersion) {\n      ...ProjectEditorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectCard on Project {\n    id\n    title\n    summary\n    kind\n    domain\n    status\n    visibility\n    eligibleKinds\n    closesAt\n    publishedAt\n    budget {\n      amount\n      currency\n    }\n    indicators {\n      code\n    }\n    owner {\n      id\n      name\n      shortName\n      kind\n    }\n  }\n"): (typeof documents)["\n  fragment ProjectCard on Project {\n    id\n    title\n    summary\n    kind\n    domain\n    status\n    visibility\n    eligibleKinds\n    closesAt\n    publishedAt\n    budget {\n      amount\n      currency\n    }\n    indicators {\n      code\n    }\n    owner {\n      id\n      name\n      shortName\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Projects($first: Int!, $after: String, $filter: ProjectFilter, $sort: ProjectSort) {\n    projects(first: $first, after: $after, filter: $filter, sort: $sort) {\n      edges {\n        cursor\n        node {\n          ...ProjectCard\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n      approximate\n      facets {\n        kinds {\n          value\n          count\n        }\n        domains {\n          value\n          count\n        }\n        indicators {\n          value\n          count\n        }\n        statuses {\n          value\n          count\n        }\n        eligibleKinds {\n          value\n          count\n        }\n        organisationKinds {\n          value\n          count\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Projects($first: Int!, $after: String, $filter: ProjectFilter, $sort: ProjectSort) {\n    projects(first: $first, after: $after, filter: $filter, sort: $sort) {\n      edges {\n        cursor\n        node {\n          ...ProjectCard\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n      approximate\n      facets {\n        kinds {\n          value\n          count\n        }\n        domains {\n          value\n          count\n        }\n        indicators {\n          value\n          count\n        }\n        statuses {\n          value\n          count\n        }\n        eligibleKinds {\n          value\n          count\n        }\n        organisationKinds {\n          value\n          count\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyProjects($first: Int!, $after: String, $filter: ProjectFilter, $sort: ProjectSort) {\n    projects(first: $first, after: $after, filter: $filter, sort: $sort) {\n      edges {\n        cursor\n        node {\n          ...ProjectCard\n          updatedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query MyProjects($first: Int!, $after: String, $filter: ProjectFilter, $sort: ProjectSort) {\n    projects(first: $first, after: $after, filter: $filter, sort: $sort) {\n      edges {\n        cursor\n        node {\n          ...ProjectCard\n          updatedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecommendedProjects($first: Int) {\n    recommendedProjects(first: $first) {\n      score\n      reasons\n      matchedExpertise\n      project {\n        ...ProjectCard\n      }\n    }\n  }\n"): (typeof documents)["\n  query RecommendedProjects($first: Int) {\n    recommendedProjects(first: $first) {\n      score\n      reasons\n      matchedExpertise\n      project {\n        ...ProjectCard\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IcfIndicators {\n    icfIndicators {\n      code\n      name\n      description\n    }\n  }\n"): (typeof documents)["\n  query IcfIndicators {\n    icfIndicators {\n      code\n      name\n      description\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectCriterionFields on ProjectCriterion {\n    id\n    name\n    description\n    weight\n  }\n"): (typeof documents)["\n  fragment ProjectCriterionFields on ProjectCriterion {\n    id\n    name\n    description\n    weight\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectQuestionFields on ProjectQuestion {\n    id\n    text\n    answer\n    askedAt\n    answeredAt\n    askedByYou\n  }\n"): (typeof documents)["\n  fragment ProjectQuestionFields on ProjectQuestion {\n    id\n    text\n    answer\n    askedAt\n    answeredAt\n    askedByYou\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectDetails on Project {\n    id\n    title\n    summary\n    description\n    kind\n    domain\n    status\n    visibility\n    eligibleKinds\n    location\n    opensAt\n    closesAt\n    sealed\n    cancellationReason\n    publishedAt\n    cancelledAt\n    decidedAt\n    createdAt\n    updatedAt\n    version\n    viewerCanManage\n    budget {\n      amount\n      currency\n    }\n    indicators {\n      code\n      name\n      description\n    }\n    owner {\n      id\n      name\n      shortName\n      kind\n    }\n    criteria {\n      ...ProjectCriterionFields\n    }\n    attachments {\n      ...FileAttachmentFields\n    }\n    questions {\n      ...ProjectQuestionFields\n    }\n    eligibility {\n      eligible\n      reason\n      message\n    }\n  }\n"): (typeof documents)["\n  fragment ProjectDetails on Project {\n    id\n    title\n    summary\n    description\n    kind\n    domain\n    status\n    visibility\n    eligibleKinds\n    location\n    opensAt\n    closesAt\n    sealed\n    cancellationReason\n    publishedAt\n    cancelledAt\n    decidedAt\n    createdAt\n    updatedAt\n    version\n    viewerCanManage\n    budget {\n      amount\n      currency\n    }\n    indicators {\n      code\n      name\n      description\n    }\n    owner {\n      id\n      name\n      shortName\n      kind\n    }\n    criteria {\n      ...ProjectCriterionFields\n    }\n    attachments {\n      ...FileAttachmentFields\n    }\n    questions {\n      ...ProjectQuestionFields\n    }\n    eligibility {\n      eligible\n      reason\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Project($id: ID!) {\n    project(id: $id) {\n      ...ProjectDetails\n    }\n  }\n"): (typeof documents)["\n  query Project($id: ID!) {\n    project(id: $id) {\n      ...ProjectDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishProject($id: ID!, $expectedVersion: Int) {\n    publishProject(id: $id, expectedVersion: $expectedVersion) {\n      ...ProjectDetails\n    }\n  }\n"): (typeof documents)["\n  mutation PublishProject($id: ID!, $expectedVersion: Int) {\n    publishProject(id: $id, expectedVersion: $expectedVersion) {\n      ...ProjectDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExtendProjectDeadline($id: ID!, $closesAt: DateTime!, $expectedVersion: Int) {\n    extendProjectDeadline(id: $id, closesAt: $closesAt, expectedVersion: $expectedVersion) {\n      ...ProjectDetails\n    }\n  }\n"): (typeof documents)["\n  mutation ExtendProjectDeadline($id: ID!, $closesAt: DateTime!, $expectedVersion: Int) {\n    extendProjectDeadline(id: $id, closesAt: $closesAt, expectedVersion: $expectedVersion) {\n      ...ProjectDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelProject($id: ID!, $reason: String!, $expectedVersion: Int) {\n    cancelProject(id: $id, reason: $reason, expectedVersion: $expectedVersion) {\n      ...ProjectDetails\n    }\n  }\n"): (typeof documents)["\n  mutation CancelProject($id: ID!, $reason: String!, $expectedVersion: Int) {\n    cancelProject(id: $id, reason: $reason, expectedVersion: $expectedVersion) {\n      ...ProjectDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AskQuestion($projectId: ID!, $text: String!) {\n    askQuestion(projectId: $projectId, text: $text) {\n      ...ProjectQuestionFields\n    }\n  }\n"): (typeof documents)["\n  mutation AskQuestion($projectId: ID!, $text: String!) {\n    askQuestion(projectId: $projectId, text: $text) {\n      ...ProjectQuestionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerQuestion($questionId: ID!, $answer: String!) {\n    answerQuestion(questionId: $questionId, answer: $answer) {\n      ...ProjectQuestionFields\n    }\n  }\n"): (typeof documents)["\n  mutation AnswerQuestion($questionId: ID!, $answer: String!) {\n    answerQuestion(questionId: $questionId, answer: $answer) {\n      ...ProjectQuestionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerSuggestions($proposalId: ID!, $first: Int) {\n    partnerSuggestions(proposalId: $proposalId, first: $first) {\n      score\n      reasons\n      matchedExpertise\n      organisation {\n        id\n        name\n        shortName\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerSuggestions($proposalId: ID!, $first: Int) {\n    partnerSuggestions(proposalId: $proposalId, first: $first) {\n      score\n      reasons\n      matchedExpertise\n      organisation {\n        id\n        name\n        shortName\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProposalComments($proposalId: ID!, $first: Int, $after: String) {\n    proposalComments(proposalId: $proposalId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ProposalCommentFields\n        }\n      }\n    }\n  }\n  fragment ProposalCommentFields on ProposalComment {\n    id\n    body\n    createdAt\n    author {\n      id\n      fullName\n    }\n    organisation {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query ProposalComments($proposalId: ID!, $first: Int, $after: String) {\n    proposalComments(proposalId: $proposalId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ProposalCommentFields\n        }\n      }\n    }\n  }\n  fragment ProposalCommentFields on ProposalComment {\n    id\n    body\n    createdAt\n    author {\n      id\n      fullName\n    }\n    organisation {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddProposalComment($proposalId: ID!, $body: String!) {\n    addProposalComment(proposalId: $proposalId, body: $body) {\n      ...ProposalCommentFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddProposalComment($proposalId: ID!, $body: String!) {\n    addProposalComment(proposalId: $proposalId, body: $body) {\n      ...ProposalCommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProposalPartnerFields on ProposalPartner {\n    proposalId\n    status\n    confirmed\n    respondedAt\n    organisation {\n      id\n      name\n      shortName\n      kind\n    }\n  }\n"): (typeof documents)["\n  fragment ProposalPartnerFields on ProposalPartner {\n    proposalId\n    status\n    confirmed\n    respondedAt\n    organisation {\n      id\n      name\n      shortName\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProposalEditorFields on Proposal {\n    id\n    title\n    abstract\n    approach\n    status\n    version\n    viewerRole\n    submittedAt\n    submissionCount\n    contentHash\n    submissions {\n      number\n      submittedAt\n      contentHash\n    }\n    withdrawnAt\n    decidedAt\n    decision\n    feedback\n    updatedAt\n    requestedBudget {\n      amount\n      currency\n    }\n    durationMonths\n    team {\n      name\n      role\n      organisation\n    }\n    budgetLines {\n      item\n      amount\n      note\n    }\n    attachments {\n      ...FileAttachmentFields\n    }\n    lead {\n      id\n      name\n      shortName\n    }\n    partners {\n      ...ProposalPartnerFields\n    }\n    project {\n      id\n      title\n      status\n      closesAt\n      sealed\n      owner {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ProposalEditorFields on Proposal {\n    id\n    title\n    abstract\n    approach\n    status\n    version\n    viewerRole\n    submittedAt\n    submissionCount\n    contentHash\n    submissions {\n      number\n      submittedAt\n      contentHash\n    }\n    withdrawnAt\n    decidedAt\n    decision\n    feedback\n    updatedAt\n    requestedBudget {\n      amount\n      currency\n    }\n    durationMonths\n    team {\n      name\n      role\n      organisation\n    }\n    budgetLines {\n      item\n      amount\n      note\n    }\n    attachments {\n      ...FileAttachmentFields\n    }\n    lead {\n      id\n      name\n      shortName\n    }\n    partners {\n      ...ProposalPartnerFields\n    }\n    project {\n      id\n      title\n      status\n      closesAt\n      sealed\n      owner {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProposalEditor($id: ID!) {\n    proposal(id: $id) {\n      ...ProposalEditorFields\n    }\n  }\n"): (typeof documents)["\n  query ProposalEditor($id: ID!) {\n    proposal(id: $id) {\n      ...ProposalEditorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProposalProject($id: ID!) {\n    project(id: $id) {\n      id\n      title\n      status\n      closesAt\n      owner {\n        id\n        name\n      }\n      eligibility {\n        eligible\n        reason\n        message\n      }\n      proposals {\n        id\n        viewerRole\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProposalProject($id: ID!) {\n    project(id: $id) {\n      id\n      title\n      status\n      closesAt\n      owner {\n        id\n        name\n      }\n      eligibility {\n        eligible\n        reason\n        message\n      }\n      proposals {\n        id\n        viewerRole\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProposal($input: CreateProposalInput!) {\n    createProposal(input: $input) {\n      ...ProposalEditorFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateProposal($input: CreateProposalInput!) {\n    createProposal(input: $input) {\n      ...ProposalEditorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProposal($id: ID!, $input: UpdateProposalInput!, $expectedVersion: Int!) {\n    updateProposal(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...ProposalEditorFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProposal($id: ID!, $input: UpdateProposalInput!, $expectedVersion: Int!) {\n    updateProposal(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...ProposalEditorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitProposal($id: ID!) {\n    submitProposal(id: $id) {\n      ...ProposalEditorFields\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitProposal($id: ID!) {\n    submitProposal(id: $id) {\n      ...ProposalEditorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawProposal($id: ID!) {\n    withdrawProposal(id: $id) {\n      ...ProposalEditorFields\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawProposal($id: ID!) {\n    withdrawProposal(id: $id) {\n      ...ProposalEditorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProposalPartnerSearch($first: Int!, $filter: OrganisationFilter) {\n    organisations(first: $first, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          shortName\n          kind\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProposalPartnerSearch($first: Int!, $filter: OrganisationFilter) {\n    organisations(first: $first, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          shortName\n          kind\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProposalListFields on Proposal {\n    id\n    title\n    status\n    viewerRole\n    submittedAt\n    updatedAt\n    decision\n    decidedAt\n    feedback\n    lead {\n      id\n      name\n      shortName\n    }\n    partners {\n      ...ProposalPartnerFields\n    }\n    project {\n      id\n      title\n      closesAt\n      status\n      owner {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ProposalListFields on Proposal {\n    id\n    title\n    status\n    viewerRole\n    submittedAt\n    updatedAt\n    decision\n    decidedAt\n    feedback\n    lead {\n      id\n      name\n      shortName\n    }\n    partners {\n      ...ProposalPartnerFields\n    }\n    project {\n      id\n      title\n      closesAt\n      status\n      owner {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyProposals($first: Int!, $after: String, $filter: ProposalFilter) {\n    myProposals(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ProposalListFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyProposals($first: Int!, $after: String, $filter: ProposalFilter) {\n    myProposals(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ProposalListFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmPartnership($proposalId: ID!) {\n    confirmPartnership(proposalId: $proposalId) {\n      ...ProposalPartnerFields\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmPartnership($proposalId: ID!) {\n    confirmPartnership(proposalId: $proposalId) {\n      ...ProposalPartnerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclinePartnership($proposalId: ID!) {\n    declinePartnership(proposalId: $proposalId) {\n      ...ProposalPartnerFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeclinePartnership($proposalId: ID!) {\n    declinePartnership(proposalId: $proposalId) {\n      ...ProposalPartnerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectProposalEntry($id: ID!) {\n    project(id: $id) {\n      id\n      proposals {\n        id\n        viewerRole\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProjectProposalEntry($id: ID!) {\n    project(id: $id) {\n      id\n      proposals {\n        id\n        viewerRole\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FileAttachmentFields on FileAttachment {\n    id\n    name\n    contentType\n    size\n    sha256\n    url\n    createdAt\n  }\n"): (typeof documents)["\n  fragment FileAttachmentFields on FileAttachment {\n    id\n    name\n    contentType\n    size\n    sha256\n    url\n    createdAt\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;