import { randomUUID } from 'node:crypto';
import { createOrganisation, invite, type Session, signIn, signUp } from '@tests/support/accounts';
import { graphql, type GraphQLResponse } from '@tests/support/graphql';
import { CRITERIA, DAY, download, fromNow, projectsAs, uploadPdf, waitUntilPast } from '@tests/support/projects';
import { startServer, type StartedServer } from '@tests/support/server';
import { codesOf, documentProblems, idArguments, loadSchema, parseKey, probeDocument, type ResponseShape, shapeOf } from '@tests/support/tenancy';

/**
 * Cross-tenant isolation, driven from the schema: for every query and mutation that takes an id,
 * a user of another organisation (of each kind) and an anonymous caller get exactly the response a
 * random id gets, for reads and writes, including the nested private fields.
 */

const ADMIN = { email: 'admin@tenancy.test', password: 'Tenancy-admin-2026' };
const EN = { 'accept-language': 'en' };
/** The PNG signature alone: the smallest image the API accepts. */
const PROBE_PNG = 'data:image/png;base64,iVBORw0KGgo=';
/** A real 1×1 PNG, set as tenant A's logos so that a probe overwriting or removing one would show. */
const LOGO_PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

type ObjectKind =
  | 'organisation'
  | 'membership'
  | 'invitation'
  | 'project'
  | 'question'
  | 'file'
  | 'proposal'
  | 'user'
  | 'criterion'
  | 'evaluation call'
  | 'agreement'
  | 'milestone';
type AccessLevel = 'public' | 'user' | 'platformAdmin';
type TargetName =
  | 'A1'
  | 'A2'
  | 'A1 owner membership'
  | 'A1 member membership'
  | 'A2 owner membership'
  | 'A2 member membership'
  | 'A1 accepted invitation'
  | 'A1 pending invitation'
  | 'A2 accepted invitation'
  | 'A2 pending invitation'
  | 'A1 draft project'
  | 'A2 draft project'
  | 'A2 invited project'
  | 'A2 public project'
  | 'A2 pending question'
  | 'A2 answered question'
  | 'A1 file'
  | 'A2 invited file'
  | 'A2 public file'
  | 'A2 draft proposal'
  | 'A2 submitted proposal'
  | 'A2 partnership'
  | 'A2 call proposal'
  | 'A2 owner user'
  | 'A2 evaluation criterion'
  | 'A2 evaluation call'
  | 'A1 draft agreement'
  | 'A2 draft agreement'
  | 'A2 party agreement'
  | 'A2 active agreement'
  | 'A2 planned milestone'
  | 'A2 submitted milestone';

type Arguments = Record<string, unknown>;

/** The caller's own objects, for operations that take tenant A's id inside an edit of one's own (a draft naming A's file, say). */
interface Own {
  /** Its organisation. */
  organisationId: string;
  projectId: string;
  /** A draft proposal of its own, on a call of the unrelated university (\`callId\`). */
  proposalId: string;
  callId: string;
  /** A DRAFT agreement it manages, its only party (for edits). */
  agreementId: string;
  /** An ACTIVE agreement it manages with \`partnerId\` (for amendments), and its PLANNED milestone there, its own to deliver. */
  activeAgreementId: string;
  partnerId: string;
  milestoneId: string;
}

/** Random ids in place of one's own objects (the anonymous caller, tenant A's member, the rightful defaults). */
const randomOwn = (): Own => ({
  organisationId: randomUUID(),
  projectId: randomUUID(),
  proposalId: randomUUID(),
  callId: randomUUID(),
  agreementId: randomUUID(),
  activeAgreementId: randomUUID(),
  partnerId: randomUUID(),
  milestoneId: randomUUID(),
});

/**
 * Proposals (issue 5): calls of the unrelated university that anyone may answer (\`open\`: tenant A
 * and the outsiders lead drafts there; \`spare\`: for the rightful creations), the ENTERPRISE
 * outsider's own draft (it names A2 as a partner rightfully), and the closing time of A2's call
 * under evaluation. Set in beforeAll; read by the table's argument functions.
 */
const proposals = { open: '', spare: '', enterpriseLead: undefined as unknown as Session, enterpriseOrganisation: '', enterpriseProposal: '', evaluationClosesAt: '' };

/** A milestone as `AgreementMilestoneInput` takes it. */
type MilestoneTerms = { id: string; title: string; dueDate: string; responsibleOrganisationId: string; paymentShare: number };

/**
 * Agreements (issue 6): the milestones of A2's ACTIVE agreement as set up (an amendment restates
 * them: the SUBMITTED one may not go), a third PLANNED one of A2's to deliver (for the rightful
 * submission with a document), and the ENTERPRISE outsider's own objects (it names A2 as a party
 * rightfully). Set in beforeAll; read by the table's argument functions.
 */
const agreements = { milestones: [] as MilestoneTerms[], spareMilestone: '', enterprise: undefined as unknown as Own };

/** YYYY-MM-DD `days` from today: agreements' periods and due dates. */
const dayFromNow = (days: number): string => fromNow(days * DAY).slice(0, 10);
/** A due date within every agreement's period. */
const DUE = dayFromNow(30);

/**
 * A2's active agreement's milestones restated (an edit or amendment keeps the started one), the
 * first renamed and without `leaveOut`: the rightful target fills it in.
 */
function restatedMilestones(leaveOut: 'id' | 'responsibleOrganisationId', title: string): Arguments[] {
  return agreements.milestones.map((milestone, index) => {
    if (index > 0) return milestone;
    const { [leaveOut]: _left, ...rest } = milestone;
    return { ...rest, title };
  });
}

/** What the rightful caller's arguments may depend on: tenant A's ids and a project's current version. */
interface RightfulContext {
  id(name: TargetName): string;
  versionOf(projectId: string): Promise<number>;
  /** A proposal's current version, as `session` (tenant A's owner by default) sees it. */
  proposalVersionOf(proposalId: string, session?: Session): Promise<number>;
  /** An agreement's current version and its hash (what parties sign), as `session` (tenant A's owner by default) sees it. */
  agreementOf(agreementId: string, session?: Session): Promise<{ version: number; hash: string }>;
}

interface CoveredArgument {
  /** What the id names. */
  kind: ObjectKind;
  /** The operation's @Access level: who gets past the guard at all. */
  access: AccessLevel;
  /** The minimal valid other arguments (or, from the caller's own objects); the id is set at the argument path. */
  arguments: Arguments | ((own: Own) => Arguments);
  /** A read anyone may make of a public object (then only its private fields are hidden). */
  publicRead?: boolean;
  /** Anyone may name a public object here (ask about a published call, invite a verified organisation): only hidden ones are probed. */
  publicUse?: boolean;
  /** What a signed-in outsider gets for a random id when it is not NOT_FOUND (an unknown file in an input list is bad input). */
  refusal?: string;
  /** The input field that refusal names: the probe is refused for its id, not for something else (a malformed date, say). */
  refusalField?: string;
  /** The targets a MEMBER or VIEWER of tenant A may not use here (all of the kind by default; none when a member may). */
  insiderTargets?: TargetName[];
  /**
   * Who may really do it, and on which of tenant A's objects (run last, in this order): acting for
   * the target's organisation unless `actingIn` names another, with `arguments` instead of the probe's.
   * `refused`: no id is ever right here (a new agreement has no milestone to keep), so even the
   * rightful caller gets this refusal, exactly as for a random id.
   */
  rightful: {
    as: 'owner' | 'admin' | 'asker' | 'enterprise';
    target: TargetName;
    actingIn?: TargetName;
    arguments?: (context: RightfulContext) => Promise<Arguments>;
    refused?: string;
  };
}

const PROJECT_PROBE = { title: 'PROBE', kind: 'CHALLENGE', domain: 'WATER' };
/** A closing time later than any of tenant A's, within the two years a call may run. */
const LATER = fromNow(400 * DAY);
/** An edit of A1's draft at its current version (the rightful use of an id inside an edit). */
const editA1Draft = async ({ id, versionOf }: RightfulContext): Promise<Arguments> => ({
  id: id('A1 draft project'),
  expectedVersion: await versionOf(id('A1 draft project')),
  input: {},
});

/**
 * Every argument of the schema that takes an ID, keyed `Root.operation.argument[.field]`. The suite
 * fails when the schema gains one that is not here, or loses one that is.
 */
const COVERED: Record<string, CoveredArgument> = {
  'Query.organisation.id': { kind: 'organisation', access: 'public', publicRead: true, arguments: {}, rightful: { as: 'owner', target: 'A1' } },
  'Mutation.updateOrganisation.id': {
    kind: 'organisation',
    access: 'user',
    arguments: { expectedVersion: 1, input: { shortName: 'PROBE' } },
    rightful: { as: 'owner', target: 'A1' },
  },
  'Mutation.setOrganisationLogo.id': { kind: 'organisation', access: 'user', arguments: { image: PROBE_PNG }, rightful: { as: 'owner', target: 'A1' } },
  'Mutation.removeOrganisationLogo.id': { kind: 'organisation', access: 'user', arguments: {}, rightful: { as: 'owner', target: 'A1' } },
  'Mutation.inviteMember.input.organisationId': {
    kind: 'organisation',
    access: 'user',
    arguments: { input: { email: 'probe@tenancy.test', role: 'MEMBER' } },
    rightful: { as: 'owner', target: 'A1' },
  },
  'Mutation.changeMemberRole.input.membershipId': {
    kind: 'membership',
    access: 'user',
    arguments: { input: { role: 'VIEWER' } },
    rightful: { as: 'owner', target: 'A1 member membership' },
  },
  'Mutation.removeMember.membershipId': { kind: 'membership', access: 'user', arguments: {}, rightful: { as: 'owner', target: 'A1 member membership' } },
  'Mutation.revokeInvitation.id': { kind: 'invitation', access: 'user', arguments: {}, rightful: { as: 'owner', target: 'A1 pending invitation' } },
  // Projects (before verifying A1 and suspending A2 below, which would change what their owner may do).
  'Query.project.id': { kind: 'project', access: 'public', publicRead: true, arguments: {}, rightful: { as: 'owner', target: 'A1 draft project' } },
  'Mutation.updateProject.id': {
    kind: 'project',
    access: 'user',
    arguments: { expectedVersion: 1, input: { summary: 'PROBE' } },
    // A1's MEMBER may edit A1's draft.
    insiderTargets: ['A2 draft project', 'A2 invited project', 'A2 public project'],
    rightful: { as: 'owner', target: 'A1 draft project', arguments: async (context) => ({ ...(await editA1Draft(context)), input: { summary: 'PROBE' } }) },
  },
  'Mutation.updateProject.input.attachmentIds': {
    kind: 'file',
    access: 'user',
    refusal: 'BAD_USER_INPUT',
    arguments: (own) => ({ id: own.projectId, expectedVersion: 1, input: {} }),
    insiderTargets: [],
    rightful: { as: 'owner', target: 'A1 file', arguments: editA1Draft },
  },
  'Mutation.updateProject.input.invitedOrganisationIds': {
    kind: 'organisation',
    access: 'user',
    publicUse: true,
    refusal: 'BAD_USER_INPUT',
    arguments: (own) => ({ id: own.projectId, expectedVersion: 1, input: {} }),
    insiderTargets: [],
    rightful: { as: 'owner', target: 'A2', actingIn: 'A1', arguments: editA1Draft },
  },
  'Mutation.createProject.input.attachmentIds': {
    kind: 'file',
    access: 'user',
    refusal: 'BAD_USER_INPUT',
    arguments: { input: PROJECT_PROBE },
    insiderTargets: [],
    rightful: { as: 'owner', target: 'A1 file' },
  },
  'Mutation.createProject.input.invitedOrganisationIds': {
    kind: 'organisation',
    access: 'user',
    publicUse: true,
    refusal: 'BAD_USER_INPUT',
    arguments: { input: PROJECT_PROBE },
    insiderTargets: [],
    rightful: { as: 'owner', target: 'A2', actingIn: 'A1' },
  },
  'Mutation.publishProject.id': { kind: 'project', access: 'user', arguments: {}, rightful: { as: 'owner', target: 'A2 draft project' } },
  'Mutation.extendProjectDeadline.id': { kind: 'project', access: 'user', arguments: { closesAt: LATER }, rightful: { as: 'owner', target: 'A2 invited project' } },
  'Mutation.askQuestion.projectId': {
    kind: 'project',
    access: 'user',
    publicUse: true,
    arguments: { text: 'PROBE?' },
    rightful: { as: 'asker', target: 'A2 invited project' },
  },
  'Mutation.answerQuestion.questionId': { kind: 'question', access: 'user', arguments: { answer: 'PROBE' }, rightful: { as: 'owner', target: 'A2 pending question' } },
  'Mutation.cancelProject.id': {
    kind: 'project',
    access: 'user',
    arguments: { reason: 'PROBE' },
    // Withdrawing a draft is preparation: A1's MEMBER may withdraw A1's draft (as it may edit it).
    insiderTargets: ['A2 draft project', 'A2 invited project', 'A2 public project'],
    rightful: { as: 'owner', target: 'A2 public project' },
  },
  // Proposals (issue 5), before A2 is suspended below. The rightful calls run in this order: they
  // edit, submit and withdraw A2's proposals, answer a partnership, then evaluate A2's closed call.
  'Query.proposal.id': { kind: 'proposal', access: 'user', arguments: {}, insiderTargets: [], rightful: { as: 'owner', target: 'A2 draft proposal' } },
  // The partner finder: the lead's members above viewer (A2's viewer gets FORBIDDEN, like an edit).
  'Query.partnerSuggestions.proposalId': { kind: 'proposal', access: 'user', arguments: {}, rightful: { as: 'owner', target: 'A2 draft proposal' } },
  // The consortium's comments: every member of a party reads them (viewers too); the project owner never.
  'Query.proposalComments.proposalId': { kind: 'proposal', access: 'user', arguments: {}, insiderTargets: [], rightful: { as: 'owner', target: 'A2 draft proposal' } },
  // Writing one: the party's members above viewer (A2's viewer gets FORBIDDEN); on A2's own call
  // A2 is the owner, never a party (NOT_FOUND there).
  'Mutation.addProposalComment.proposalId': {
    kind: 'proposal',
    access: 'user',
    arguments: { body: 'PROBE' },
    insiderTargets: ['A2 draft proposal', 'A2 submitted proposal', 'A2 partnership'],
    rightful: { as: 'owner', target: 'A2 draft proposal', arguments: async () => ({ body: 'Rightful comment' }) },
  },
  'Mutation.createProposal.input.projectId': {
    kind: 'project',
    access: 'user',
    publicUse: true,
    arguments: { input: { title: 'PROBE' } },
    rightful: { as: 'asker', target: 'A2 invited project' },
  },
  'Mutation.createProposal.input.partnerOrganisationIds': {
    kind: 'organisation',
    access: 'user',
    publicUse: true,
    refusal: 'BAD_USER_INPUT',
    arguments: (own) => ({ input: { projectId: own.callId, title: 'PROBE' } }),
    insiderTargets: [],
    rightful: { as: 'enterprise', target: 'A2', arguments: async () => ({ input: { projectId: proposals.spare, title: 'Enterprise with A2' } }) },
  },
  'Mutation.createProposal.input.attachmentIds': {
    kind: 'file',
    access: 'user',
    refusal: 'BAD_USER_INPUT',
    arguments: (own) => ({ input: { projectId: own.callId, title: 'PROBE' } }),
    insiderTargets: [],
    rightful: { as: 'owner', target: 'A2 public file', arguments: async () => ({ input: { projectId: proposals.spare, title: 'A2 with a document' } }) },
  },
  'Mutation.updateProposal.id': {
    kind: 'proposal',
    access: 'user',
    arguments: { expectedVersion: 1, input: { abstract: 'PROBE' } },
    rightful: {
      as: 'owner',
      target: 'A2 draft proposal',
      arguments: async ({ id, proposalVersionOf }) => ({ expectedVersion: await proposalVersionOf(id('A2 draft proposal')), input: { abstract: 'Rightful edit' } }),
    },
  },
  'Mutation.updateProposal.input.partnerOrganisationIds': {
    kind: 'organisation',
    access: 'user',
    publicUse: true,
    refusal: 'BAD_USER_INPUT',
    arguments: (own) => ({ id: own.proposalId, expectedVersion: 1, input: {} }),
    insiderTargets: [],
    rightful: {
      as: 'enterprise',
      target: 'A2',
      arguments: async ({ proposalVersionOf }) => ({
        id: proposals.enterpriseProposal,
        expectedVersion: await proposalVersionOf(proposals.enterpriseProposal, proposals.enterpriseLead),
        input: {},
      }),
    },
  },
  'Mutation.updateProposal.input.attachmentIds': {
    kind: 'file',
    access: 'user',
    refusal: 'BAD_USER_INPUT',
    arguments: (own) => ({ id: own.proposalId, expectedVersion: 1, input: {} }),
    insiderTargets: [],
    rightful: {
      as: 'owner',
      target: 'A2 public file',
      arguments: async ({ id, proposalVersionOf }) => ({ id: id('A2 draft proposal'), expectedVersion: await proposalVersionOf(id('A2 draft proposal')), input: {} }),
    },
  },
  'Mutation.confirmPartnership.proposalId': { kind: 'proposal', access: 'user', arguments: {}, rightful: { as: 'owner', target: 'A2 partnership' } },
  'Mutation.declinePartnership.proposalId': { kind: 'proposal', access: 'user', arguments: {}, rightful: { as: 'owner', target: 'A2 partnership' } },
  'Mutation.submitProposal.id': { kind: 'proposal', access: 'user', arguments: {}, rightful: { as: 'owner', target: 'A2 draft proposal' } },
  'Mutation.withdrawProposal.id': { kind: 'proposal', access: 'user', arguments: {}, rightful: { as: 'owner', target: 'A2 submitted proposal' } },
  'Mutation.assignReviewer.proposalId': {
    kind: 'proposal',
    access: 'user',
    arguments: { userId: '00000000-0000-4000-8000-000000000000' },
    // A2's viewer may not evaluate A2's call; A2's own proposals are evaluated by another owner (NOT_FOUND there).
    insiderTargets: ['A2 call proposal'],
    rightful: {
      as: 'owner',
      target: 'A2 call proposal',
      arguments: async ({ id }) => {
        // Reviewers come after the closing time of A2's call (a few seconds after the set-up).
        await waitUntilPast(proposals.evaluationClosesAt);
        return { userId: id('A2 owner user') };
      },
    },
  },
  'Mutation.assignReviewer.userId': {
    kind: 'user',
    access: 'user',
    arguments: (own) => ({ proposalId: own.proposalId }),
    insiderTargets: [],
    rightful: { as: 'owner', target: 'A2 owner user', arguments: async ({ id }) => ({ proposalId: id('A2 call proposal') }) },
  },
  'Mutation.declareConflictOfInterest.proposalId': {
    kind: 'proposal',
    access: 'user',
    arguments: { hasConflict: false },
    insiderTargets: ['A2 call proposal'],
    rightful: { as: 'owner', target: 'A2 call proposal' },
  },
  'Mutation.scoreProposal.proposalId': {
    kind: 'proposal',
    access: 'user',
    arguments: { scores: [] },
    insiderTargets: ['A2 call proposal'],
    rightful: { as: 'owner', target: 'A2 call proposal', arguments: async ({ id }) => ({ scores: [{ criterionId: id('A2 evaluation criterion'), score: 6 }] }) },
  },
  'Mutation.scoreProposal.scores.criterionId': {
    kind: 'criterion',
    access: 'user',
    arguments: (own) => ({ proposalId: own.proposalId, scores: [{ score: 5 }] }),
    insiderTargets: [],
    rightful: { as: 'owner', target: 'A2 evaluation criterion', arguments: async ({ id }) => ({ proposalId: id('A2 call proposal'), scores: [{ score: 7 }] }) },
  },
  'Mutation.decideProposal.proposalId': {
    kind: 'proposal',
    access: 'user',
    arguments: { decision: 'REJECTED', justification: 'PROBE' },
    insiderTargets: ['A2 call proposal'],
    rightful: { as: 'owner', target: 'A2 call proposal', arguments: async () => ({ decision: 'ACCEPTED', justification: 'Best', feedback: 'Well done' }) },
  },
  'Mutation.finalizeEvaluation.projectId': { kind: 'evaluation call', access: 'user', arguments: {}, rightful: { as: 'owner', target: 'A2 evaluation call' } },
  // Agreements (issue 6), after the evaluation (A2's owner makes one from the proposal it has just
  // accepted) and before A2 is suspended below (a suspended organisation signs nothing). Tenant A: a
  // draft of the pending A1; a DRAFT that A2 manages (hidden even from its other party); one the
  // unrelated university manages with A2 as a party, in NEGOTIATION; and an ACTIVE one that A2
  // manages, with a milestone of A2's to deliver (PLANNED) and one of the university's (SUBMITTED).
  // Tenant A's member (A1's MEMBER, A2's VIEWER) reads them all; writes need a party's member above
  // viewer, moving one on an owner or admin of its manager, signing an owner or admin of a verified
  // party (FORBIDDEN for it, except where A1's MEMBER may edit A1's draft). The
  // rightful calls run in this order: A2's owner creates agreements, edits the one in negotiation,
  // takes its draft to signatures, signs and cancels it, amends the active one and withdraws the
  // amendment, submits and reviews milestones, and terminates it.
  'Query.agreement.id': { kind: 'agreement', access: 'user', arguments: {}, insiderTargets: [], rightful: { as: 'owner', target: 'A2 draft agreement' } },
  // The audit trail of an object follows the object's visibility (issue 7): A2's viewer reads its agreements' history.
  'Query.auditLog.subjectId': { kind: 'agreement', access: 'user', arguments: {}, insiderTargets: [], rightful: { as: 'owner', target: 'A2 party agreement' } },
  // A2's viewer: FORBIDDEN on A2's call (too low a role) and on the proposals A2 leads or joins (not the call's owner).
  'Mutation.createAgreementFromProposal.proposalId': { kind: 'proposal', access: 'user', arguments: {}, rightful: { as: 'owner', target: 'A2 call proposal' } },
  'Mutation.createAgreement.input.attachmentIds': {
    kind: 'file',
    access: 'user',
    refusal: 'BAD_USER_INPUT',
    refusalField: 'input.attachmentIds',
    arguments: { input: { title: 'PROBE' } },
    insiderTargets: [],
    rightful: { as: 'owner', target: 'A2 public file' },
  },
  // Parties must be verified organisations: anyone may name A2; the pending A1 is refused like a random id.
  // (The id goes into the second party: the first, the creator's own organisation, names one already.)
  'Mutation.createAgreement.input.parties.organisationId': {
    kind: 'organisation',
    access: 'user',
    publicUse: true,
    refusal: 'BAD_USER_INPUT',
    refusalField: 'input.parties',
    arguments: (own) => ({ input: { title: 'PROBE', parties: [{ organisationId: own.organisationId, role: 'COORDINATOR' }, { role: 'RESEARCH_PARTNER' }] } }),
    insiderTargets: [],
    rightful: {
      as: 'enterprise',
      target: 'A2',
      arguments: async () => ({ input: { title: 'Enterprise with A2', parties: [{ organisationId: proposals.enterpriseOrganisation, role: 'COORDINATOR' }, { role: 'RESEARCH_PARTNER' }] } }),
    },
  },
  // The responsible organisation must be a party: A2, verified but no party of the probe, is refused like a random id.
  'Mutation.createAgreement.input.milestones.responsibleOrganisationId': {
    kind: 'organisation',
    access: 'user',
    refusal: 'BAD_USER_INPUT',
    refusalField: 'input.milestones.0.responsibleOrganisationId',
    arguments: { input: { title: 'PROBE', milestones: [{ title: 'PROBE', dueDate: DUE }] } },
    insiderTargets: [],
    // Acting for A2, its only party.
    rightful: { as: 'owner', target: 'A2' },
  },
  'Mutation.createAgreement.input.milestones.id': {
    kind: 'milestone',
    access: 'user',
    refusal: 'BAD_USER_INPUT',
    refusalField: 'input.milestones.0.id',
    arguments: (own) => ({ input: { title: 'PROBE', milestones: [{ title: 'PROBE', dueDate: DUE, responsibleOrganisationId: own.organisationId }] } }),
    insiderTargets: [],
    rightful: {
      as: 'owner',
      target: 'A2 planned milestone',
      refused: 'BAD_USER_INPUT',
      arguments: async ({ id }) => ({ input: { title: 'Keeping a milestone', milestones: [{ title: 'Planned', dueDate: DUE, responsibleOrganisationId: id('A2') }] } }),
    },
  },
  'Mutation.updateAgreement.id': {
    kind: 'agreement',
    access: 'user',
    arguments: { expectedVersion: 1, input: { purpose: 'PROBE' } },
    // A1's MEMBER may edit A1's draft; A2's VIEWER may edit none (permission comes before the state).
    insiderTargets: ['A2 draft agreement', 'A2 party agreement', 'A2 active agreement'],
    rightful: {
      as: 'owner',
      target: 'A2 party agreement',
      arguments: async ({ id, agreementOf }) => ({ expectedVersion: (await agreementOf(id('A2 party agreement'))).version, input: { purpose: 'Rightful edit by a party' } }),
    },
  },
  'Mutation.updateAgreement.input.attachmentIds': {
    kind: 'file',
    access: 'user',
    refusal: 'BAD_USER_INPUT',
    refusalField: 'input.attachmentIds',
    arguments: (own) => ({ id: own.agreementId, expectedVersion: 1, input: {} }),
    insiderTargets: [],
    rightful: {
      as: 'owner',
      target: 'A2 public file',
      arguments: async ({ id, agreementOf }) => ({ id: id('A2 party agreement'), expectedVersion: (await agreementOf(id('A2 party agreement'))).version, input: {} }),
    },
  },
  'Mutation.updateAgreement.input.parties.organisationId': {
    kind: 'organisation',
    access: 'user',
    publicUse: true,
    refusal: 'BAD_USER_INPUT',
    refusalField: 'input.parties',
    arguments: (own) => ({ id: own.agreementId, expectedVersion: 1, input: { parties: [{ organisationId: own.organisationId, role: 'COORDINATOR' }, { role: 'RESEARCH_PARTNER' }] } }),
    insiderTargets: [],
    rightful: {
      as: 'enterprise',
      target: 'A2',
      arguments: async ({ agreementOf }) => ({
        id: agreements.enterprise.agreementId,
        expectedVersion: (await agreementOf(agreements.enterprise.agreementId, proposals.enterpriseLead)).version,
        input: { parties: [{ organisationId: proposals.enterpriseOrganisation, role: 'COORDINATOR' }, { role: 'RESEARCH_PARTNER' }] },
      }),
    },
  },
  'Mutation.updateAgreement.input.milestones.responsibleOrganisationId': {
    kind: 'organisation',
    access: 'user',
    refusal: 'BAD_USER_INPUT',
    refusalField: 'input.milestones.0.responsibleOrganisationId',
    arguments: (own) => ({ id: own.agreementId, expectedVersion: 1, input: { milestones: [{ title: 'PROBE', dueDate: DUE }] } }),
    insiderTargets: [],
    rightful: {
      as: 'owner',
      target: 'A2',
      arguments: async ({ id, agreementOf }) => ({
        id: id('A2 party agreement'),
        expectedVersion: (await agreementOf(id('A2 party agreement'))).version,
        input: { milestones: [{ title: 'A2 pilots it', dueDate: DUE }] },
      }),
    },
  },
  'Mutation.openNegotiation.id': { kind: 'agreement', access: 'user', arguments: {}, rightful: { as: 'owner', target: 'A2 draft agreement' } },
  'Mutation.requestSignatures.id': { kind: 'agreement', access: 'user', arguments: {}, rightful: { as: 'owner', target: 'A2 draft agreement' } },
  'Mutation.signAgreement.id': {
    kind: 'agreement',
    access: 'user',
    arguments: { versionHash: 'PROBE' },
    // A2 signs first; the university has not, so the agreement is not yet in force and may be cancelled.
    rightful: { as: 'owner', target: 'A2 draft agreement', arguments: async ({ id, agreementOf }) => ({ versionHash: (await agreementOf(id('A2 draft agreement'))).hash }) },
  },
  'Mutation.cancelAgreement.id': { kind: 'agreement', access: 'user', arguments: { reason: 'PROBE' }, rightful: { as: 'owner', target: 'A2 draft agreement' } },
  'Mutation.amendAgreement.id': {
    kind: 'agreement',
    access: 'user',
    arguments: { input: { purpose: 'PROBE' } },
    // A1's MEMBER may edit A1's draft, which is not in force: INVALID_TRANSITION.
    insiderTargets: ['A2 draft agreement', 'A2 party agreement', 'A2 active agreement'],
    rightful: { as: 'owner', target: 'A2 active agreement', arguments: async () => ({ input: { purpose: 'Rightful amendment' } }) },
  },
  'Mutation.amendAgreement.input.attachmentIds': {
    kind: 'file',
    access: 'user',
    refusal: 'BAD_USER_INPUT',
    refusalField: 'input.attachmentIds',
    arguments: (own) => ({ id: own.activeAgreementId, input: {} }),
    insiderTargets: [],
    rightful: { as: 'owner', target: 'A2 public file', arguments: async ({ id }) => ({ id: id('A2 active agreement'), input: {} }) },
  },
  // An amendment keeps every party in force: the target joins as a third party.
  'Mutation.amendAgreement.input.parties.organisationId': {
    kind: 'organisation',
    access: 'user',
    publicUse: true,
    refusal: 'BAD_USER_INPUT',
    refusalField: 'input.parties',
    arguments: (own) => ({
      id: own.activeAgreementId,
      input: { parties: [{ organisationId: own.organisationId, role: 'COORDINATOR' }, { organisationId: own.partnerId, role: 'IMPLEMENTATION_PARTNER' }, { role: 'OBSERVER' }] },
    }),
    insiderTargets: [],
    rightful: {
      as: 'enterprise',
      target: 'A2',
      arguments: async () => ({
        id: agreements.enterprise.activeAgreementId,
        input: {
          parties: [
            { organisationId: agreements.enterprise.organisationId, role: 'COORDINATOR' },
            { organisationId: agreements.enterprise.partnerId, role: 'IMPLEMENTATION_PARTNER' },
            { role: 'OBSERVER' },
          ],
        },
      }),
    },
  },
  'Mutation.amendAgreement.input.milestones.responsibleOrganisationId': {
    kind: 'organisation',
    access: 'user',
    refusal: 'BAD_USER_INPUT',
    refusalField: 'input.milestones.0.responsibleOrganisationId',
    arguments: (own) => ({ id: own.activeAgreementId, input: { milestones: [{ title: 'PROBE', dueDate: DUE }] } }),
    insiderTargets: [],
    rightful: {
      as: 'owner',
      target: 'A2',
      arguments: async ({ id }) => ({ id: id('A2 active agreement'), input: { milestones: restatedMilestones('responsibleOrganisationId', 'Planned, restated') } }),
    },
  },
  'Mutation.amendAgreement.input.milestones.id': {
    kind: 'milestone',
    access: 'user',
    refusal: 'BAD_USER_INPUT',
    refusalField: 'input.milestones.0.id',
    arguments: (own) => ({ id: own.activeAgreementId, input: { milestones: [{ title: 'PROBE', dueDate: DUE, responsibleOrganisationId: own.organisationId }] } }),
    insiderTargets: [],
    rightful: { as: 'owner', target: 'A2 planned milestone', arguments: async ({ id }) => ({ id: id('A2 active agreement'), input: { milestones: restatedMilestones('id', 'Planned, kept') } }) },
  },
  // While an amendment is pending, updateAgreement edits it: A2's milestone kept by its id.
  'Mutation.updateAgreement.input.milestones.id': {
    kind: 'milestone',
    access: 'user',
    refusal: 'BAD_USER_INPUT',
    refusalField: 'input.milestones.0.id',
    arguments: (own) => ({ id: own.agreementId, expectedVersion: 1, input: { milestones: [{ title: 'PROBE', dueDate: DUE, responsibleOrganisationId: own.organisationId }] } }),
    insiderTargets: [],
    rightful: {
      as: 'owner',
      target: 'A2 planned milestone',
      arguments: async ({ id, agreementOf }) => ({
        id: id('A2 active agreement'),
        expectedVersion: (await agreementOf(id('A2 active agreement'))).version,
        input: { milestones: restatedMilestones('id', 'Planned, edited') },
      }),
    },
  },
  'Mutation.withdrawAmendment.id': { kind: 'agreement', access: 'user', arguments: {}, rightful: { as: 'owner', target: 'A2 active agreement' } },
  // Milestones: A2's viewer may neither deliver A2's nor review the university's (FORBIDDEN).
  'Mutation.submitMilestone.id': {
    kind: 'milestone',
    access: 'user',
    arguments: { input: { note: 'PROBE' } },
    rightful: { as: 'owner', target: 'A2 planned milestone', arguments: async () => ({ input: { note: 'Rightful delivery' } }) },
  },
  'Mutation.submitMilestone.input.attachmentIds': {
    kind: 'file',
    access: 'user',
    refusal: 'BAD_USER_INPUT',
    refusalField: 'input.attachmentIds',
    arguments: (own) => ({ id: own.milestoneId, input: { note: 'PROBE' } }),
    insiderTargets: [],
    rightful: { as: 'owner', target: 'A2 public file', arguments: async () => ({ id: agreements.spareMilestone, input: { note: 'Delivered with a document' } }) },
  },
  'Mutation.reviewMilestone.id': {
    kind: 'milestone',
    access: 'user',
    arguments: { accept: false, reason: 'PROBE' },
    // A2 reviews the university's deliverable; A2's own are still open, so the agreement stays ACTIVE.
    rightful: { as: 'owner', target: 'A2 submitted milestone', arguments: async () => ({ accept: true, reason: 'Received' }) },
  },
  'Mutation.terminateAgreement.id': { kind: 'agreement', access: 'user', arguments: { reason: 'PROBE' }, rightful: { as: 'owner', target: 'A2 active agreement' } },
  'Mutation.verifyOrganisation.id': { kind: 'organisation', access: 'platformAdmin', arguments: {}, rightful: { as: 'admin', target: 'A1' } },
  'Mutation.suspendOrganisation.id': { kind: 'organisation', access: 'platformAdmin', arguments: { reason: 'x' }, rightful: { as: 'admin', target: 'A2' } },
};
const KEYS = Object.keys(COVERED);
const USER_KEYS = KEYS.filter((key) => covered(key).access === 'user' && covered(key).insiderTargets?.length !== 0);

/** Selection sets per return type, reaching into the private nested fields. */
const SELECTIONS: Record<string, string> = {
  AuditEventConnection: '{ __typename totalCount edges { node { id action actorName subjectId changes { field before after } organisation { id } } } }',
  Organisation:
    '{ __typename id statusReason myRole members(first: 100) { totalCount edges { node { id role } } } invitations(first: 100) { totalCount edges { node { id email } } } }',
  Membership: '{ __typename id role organisation { id } user { id } }',
  Invitation: '{ __typename id status email organisation { id } }',
  Project:
    '{ __typename id status version viewerCanManage invitedOrganisations { id } questions { id text answer askedByYou } attachments { id } criteria { id weight } }',
  ProjectQuestion: '{ __typename id text answer askedByYou }',
  Proposal: '{ __typename id status version title viewerRole submissionCount partners { status } reviewers { declaration } decisions { decision } score agreement { id status } }',
  PartnerSuggestion: '{ __typename score reasons matchedExpertise organisation { id } }',
  ProposalPartner: '{ __typename proposalId status confirmed organisation { id } }',
  ProposalReviewer: '{ __typename proposalId declaration scores { score } }',
  ProposalComment: '{ __typename id body author { id fullName } organisation { id } }',
  ProposalCommentConnection: '{ __typename totalCount edges { node { id body author { id fullName } organisation { id } } } }',
  Agreement:
    '{ __typename id status version title purpose terms amendmentPending endReason managingOrganisation { id } proposal { id } project { id } ' +
    'parties { organisation { id } role contribution { money { amount } } signedAt signedBy } missingSignatures { id } ' +
    'currentVersion { number hash authorName signatures { signerName versionHash } } signedVersion { number hash } versions { number hash } ' +
    'milestones { id status title responsible { id } events { action note actorName attachments { id } } } attachments { id } ' +
    'viewerCan { edit amend manage sign signingOrganisationId } viewerRoles }',
  AgreementMilestone: '{ __typename id agreementId status title deliverable responsible { id } events { action note actorName organisation { id } attachments { id } } }',
};

function covered(key: string): CoveredArgument {
  const entry = COVERED[key];
  if (!entry) throw new Error(`${key} is not in the table`);
  return entry;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether `value` already has something at `path`. */
function names(value: unknown, path: string[]): boolean {
  const [head, ...rest] = path;
  if (!head || !isRecord(value) || value[head] === undefined) return false;
  return rest.length === 0 || names(value[head], rest);
}

/** The other arguments with `id` (or `[id]` for a list) set at `path` (e.g. `input.membershipId`). */
function argumentsWith(others: Arguments, path: string[], id: string, list = false): Arguments {
  const [head, ...rest] = path;
  if (!head) throw new Error('empty argument path');
  if (rest.length === 0) return { ...others, [head]: list ? [id] : id };
  const inner = others[head];
  // A list of input objects (scores: [{ criterionId }]): the id goes into each element that does not
  // name one already (parties: [{ organisationId: own }, { role }] names the target once), which is the list.
  if (Array.isArray(inner)) {
    return { ...others, [head]: inner.map((element) => (names(element, rest) ? element : argumentsWith(isRecord(element) ? element : {}, rest, id, false))) };
  }
  return { ...others, [head]: argumentsWith(isRecord(inner) ? inner : {}, rest, id, list) };
}

/** The probe's other arguments for a caller with these objects of its own. */
function othersFor(entry: CoveredArgument, own: Own): Arguments {
  return typeof entry.arguments === 'function' ? entry.arguments(own) : entry.arguments;
}

interface Target {
  name: TargetName;
  kind: ObjectKind;
  id: string;
  organisationId: string;
  /** Visible to everyone (a verified organisation's profile, a published PUBLIC call and what it shows). */
  public: boolean;
}

interface Caller {
  label: string;
  anonymous: boolean;
  own: Own;
  send(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<Record<string, unknown>>>;
}

/** The refusal a random id gets: what a caller must also get for tenant A's real ids. */
function refusalFor(entry: CoveredArgument, caller: Caller): string {
  if (caller.anonymous) return entry.access === 'public' ? 'NOT_FOUND' : 'UNAUTHENTICATED';
  return entry.access === 'platformAdmin' ? 'FORBIDDEN' : (entry.refusal ?? 'NOT_FOUND');
}

/** The input fields a response's errors name, in the order of `shapeOf`. */
function fieldsOf(shape: ResponseShape): unknown[] {
  return shape.errors.map((error) => (isRecord(error.extensions) ? error.extensions.field : undefined));
}

function must<T>(response: GraphQLResponse<T>, what: string): T {
  if (response.errors?.length || !response.data) throw new Error(`${what} failed: ${JSON.stringify(response.errors)}`);
  return response.data;
}

const ORGANISATION_IDS = `query ($id: ID!) { organisation(id: $id) {
  members(first: 100) { edges { node { id role user { id } } } }
  invitations(first: 100) { edges { node { id status email } } }
} }`;
interface OrganisationIds {
  organisation: {
    members: { edges: { node: { id: string; role: string; user: { id: string } } }[] };
    invitations: { edges: { node: { id: string; status: string; email: string } }[] };
  };
}

const SNAPSHOT = `query ($id: ID!) { organisation(id: $id) {
  name shortName kind status statusReason version logoUrl website expertise
  members(first: 100) { totalCount edges { node { id role user { id } } } }
  invitations(first: 100) { totalCount edges { node { id email role status } } }
} }`;

/** A project as its owner sees it, parts and questions included. */
const PROJECT_SNAPSHOT = `query ($id: ID!) { project(id: $id) {
  title summary status version closesAt visibility cancellationReason publishedAt
  criteria { id name weight } attachments { id sha256 } invitedOrganisations { id } questions { id text answer askedByYou }
} }`;

/** An agreement as tenant A's owner sees it: state, versions, signatures, milestones and their history. */
const AGREEMENT_SNAPSHOT = `query ($id: ID!) { agreement(id: $id) {
  status version title purpose terms startsOn endsOn amendmentPending endReason updatedAt
  parties { organisation { id } role contribution { money { amount } } signedAt signedBy }
  currentVersion { number hash } signedVersion { number hash } versions { number hash }
  milestones { id title status dueDate responsible { id } events { action note attachments { id } } }
  attachments { id }
} }`;

/** What the set-up reads back of an agreement it writes. */
const AGREEMENT_IDS = '{ id status version currentVersion { hash } milestones { id title dueDate paymentShare status responsible { id } } }';
interface AgreementIds {
  id: string;
  status: string;
  version: number;
  currentVersion: { hash: string };
  milestones: { id: string; title: string; dueDate: string; paymentShare: number; status: string; responsible: { id: string } }[];
}

/** Agreement operations as `session` acting for `organisationId` (throwing when refused), for the set-up. */
function agreementsAs(session: Session, organisationId: string) {
  const run = async <T>(query: string, variables: Record<string, unknown>, what: string): Promise<T> =>
    must(await session.gql<T>(query, variables, { ...EN, 'x-organisation-id': organisationId }), what);
  return {
    organisationId,
    create: async (input: Arguments) =>
      (await run<{ createAgreement: AgreementIds }>(`mutation ($input: CreateAgreementInput!) { createAgreement(input: $input) ${AGREEMENT_IDS} }`, { input }, 'createAgreement')).createAgreement,
    move: async (operation: 'openNegotiation' | 'requestSignatures', id: string) =>
      (await run<Record<string, AgreementIds>>(`mutation ($id: ID!) { ${operation}(id: $id) ${AGREEMENT_IDS} }`, { id }, operation))[operation] as AgreementIds,
    sign: async (id: string, versionHash: string) =>
      (await run<{ signAgreement: AgreementIds }>(`mutation ($id: ID!, $hash: String!) { signAgreement(id: $id, versionHash: $hash) ${AGREEMENT_IDS} }`, { id, hash: versionHash }, 'signAgreement'))
        .signAgreement,
    submit: async (milestoneId: string, note: string) =>
      run('mutation ($id: ID!, $input: SubmitMilestoneInput!) { submitMilestone(id: $id, input: $input) { id status } }', { id: milestoneId, input: { note } }, 'submitMilestone'),
  };
}
type AgreementsAs = ReturnType<typeof agreementsAs>;

/** Everything signatures need: purpose, terms, a period, and the given parties and milestones. */
const completeAgreement = (title: string, parties: Arguments[], milestones: Arguments[]): Arguments => ({
  title,
  purpose: `Purpose of ${title}`,
  terms: `# ${title}\n\n## Article 1. Scope`,
  startsOn: dayFromNow(0),
  endsOn: dayFromNow(365),
  parties,
  milestones,
});

/** Created by `manager`, negotiated, and signed by every party: ACTIVE. */
async function agreementInForce(manager: AgreementsAs, others: AgreementsAs[], input: Arguments): Promise<AgreementIds> {
  const created = await manager.create(input);
  await manager.move('openNegotiation', created.id);
  const requested = await manager.move('requestSignatures', created.id);
  let latest = requested;
  for (const signer of [manager, ...others]) latest = await signer.sign(created.id, requested.currentVersion.hash);
  if (latest.status !== 'ACTIVE') throw new Error(`agreement not in force: ${JSON.stringify(latest)}`);
  return latest;
}

const CATALOGUE = `query ($after: String) { projects(first: 100, after: $after, filter: { statuses: [DRAFT, OPEN, EVALUATION, CANCELLED] }) {
  pageInfo { hasNextPage endCursor } edges { node { id } } } }`;
interface CatalogueData {
  projects: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { id: string } }[] };
}

const SEARCH = 'query ($filter: OrganisationFilter) { organisations(filter: $filter) { totalCount edges { node { id } } } }';
interface SearchData {
  organisations: { totalCount: number; edges: { node: { id: string } }[] };
}

describe('tenancy: another organisation learns nothing of tenant A', () => {
  const schema = loadSchema();
  const idArgs = idArguments(schema);

  let server: StartedServer;
  let admin: Session;
  let owner: Session;
  let member: Session;
  let a1: { id: string; name: string };
  let a2: { id: string; name: string };
  let unrelated: { id: string; name: string };
  let targets: Record<TargetName, Target>;
  let callers: Caller[];
  let outsiders: { kind: string; session: Session; organisationId: string; own: Own }[];
  /** A member of the unrelated organisation, invited to A2's INVITED call: it asks tenant A's questions. */
  let asker: Session;
  let before: unknown;

  const probe = (key: string) => {
    const { root, operation } = parseKey(key);
    return probeDocument(schema, root, operation, SELECTIONS);
  };
  const targetsOf = (kind: ObjectKind) => Object.values(targets).filter((target) => target.kind === kind);
  const LISTS = new Map(idArgs.map((argument) => [argument.key, argument.list]));
  const listOf = (key: string) => LISTS.get(key) ?? false;

  /** What tenant A looks like to its owner, plus the size of the outbox (no mail may leave). */
  const snapshot = async () => {
    const body = ({ data, errors }: GraphQLResponse<Record<string, unknown>>) => ({ data, errors });
    return {
      a1: body(await owner.gql(SNAPSHOT, { id: a1.id })),
      a2: body(await owner.gql(SNAPSHOT, { id: a2.id })),
      mail: body(await admin.gql('{ mailOutbox { totalCount } }')),
      outsiders: await Promise.all(outsiders.map(async ({ session }) => body(await session.gql('{ me { memberships { id role organisation { id } } } }')))),
      projects: await Promise.all(targetsOf('project').map(async ({ id }) => body(await owner.gql(PROJECT_SNAPSHOT, { id })))),
      agreements: await Promise.all(targetsOf('agreement').map(async ({ id }) => body(await owner.gql(AGREEMENT_SNAPSHOT, { id })))),
    };
  };

  beforeAll(async () => {
    server = await startServer({ env: { HELIX_ADMIN_EMAIL: ADMIN.email, HELIX_ADMIN_PASSWORD: ADMIN.password } });
    admin = await signIn(server.url, ADMIN.email, ADMIN.password);
    const [ownerA, memberA, stranger, ...others] = await Promise.all([
      signUp(server.url, 'Owner A', 'en'),
      signUp(server.url, 'Member A', 'en'),
      signUp(server.url, 'Stranger', 'en'),
      signUp(server.url, 'State outsider', 'en'),
      signUp(server.url, 'University outsider', 'en'),
      signUp(server.url, 'Enterprise outsider', 'en'),
    ]);
    if (!ownerA || !memberA || !stranger || others.length !== 3) throw new Error('sign-up failed');
    owner = ownerA;
    member = memberA;

    // Tenant A: A1 stays PENDING (private to its members), A2 is verified (public profile).
    a1 = await createOrganisation(owner, 'STATE');
    a2 = await createOrganisation(owner, 'STATE', admin);
    for (const organisation of [a1, a2]) {
      must(await owner.gql('mutation ($id: ID!, $image: String!) { setOrganisationLogo(id: $id, image: $image) { id } }', { id: organisation.id, image: LOGO_PNG }), 'setOrganisationLogo');
    }
    for (const [organisation, role] of [
      [a1, 'MEMBER'],
      [a2, 'VIEWER'],
    ] as const) {
      const token = await invite(owner, admin, organisation.id, member.email, role);
      must(await member.gql('mutation ($token: String!) { acceptInvitation(token: $token) { id } }', { token }), 'acceptInvitation');
      must(
        await owner.gql('mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { id } }', {
          input: { organisationId: organisation.id, email: `pending-${randomUUID().slice(0, 8)}@example.test`, role: 'VIEWER' },
        }),
        'inviteMember (pending)',
      );
    }

    // Outsiders: owners of a verified organisation of each kind; and an organisation none of them relate to.
    const kinds = ['STATE', 'UNIVERSITY', 'ENTERPRISE'] as const;
    outsiders = await Promise.all(
      kinds.map(async (kind, index) => {
        const session = others[index];
        if (!session) throw new Error('no outsider');
        const organisationId = (await createOrganisation(session, kind, admin)).id;
        // A draft of its own, for edits that name tenant A's objects.
        const draft = await projectsAs(session, organisationId).draft({ ...PROJECT_PROBE, title: `${kind} outsider's own draft` });
        const own: Own = { ...randomOwn(), organisationId, projectId: draft.id, proposalId: '', callId: '' };
        return { kind, session, organisationId, own };
      }),
    );
    unrelated = await createOrganisation(stranger, 'UNIVERSITY', admin);
    asker = stranger;

    // Proposals: calls of the unrelated university that every kind may answer; each outsider leads a
    // draft of its own on the first (for edits that name tenant A's objects).
    const byUnrelated = projectsAs(asker, unrelated.id);
    const anyKind = { kind: 'PILOT_TENDER', domain: 'ENERGY', eligibleKinds: ['STATE', 'UNIVERSITY', 'ENTERPRISE'] };
    const [openCall, secondCall, spareCall] = await Promise.all(
      ['Open call for everyone', 'Second call', 'Spare call'].map((title) => byUnrelated.open({ ...anyKind, title, sealed: true })),
    );
    if (!openCall || !secondCall || !spareCall) throw new Error('calls of the unrelated university');
    proposals.open = openCall.id;
    proposals.spare = spareCall.id;
    const COMPLETE = { abstract: 'Abstract', approach: 'Approach', requestedBudget: { amount: 1000 }, durationMonths: 6 };
    const propose = async (session: Session, organisationId: string, input: Record<string, unknown>) =>
      must(
        await session.gql<{ createProposal: { id: string } }>('mutation ($input: CreateProposalInput!) { createProposal(input: $input) { id } }', { input }, { ...EN, 'x-organisation-id': organisationId }),
        'createProposal',
      ).createProposal.id;
    const submitAs = async (session: Session, organisationId: string, id: string) =>
      must(await session.gql('mutation ($id: ID!) { submitProposal(id: $id) { id } }', { id }, { ...EN, 'x-organisation-id': organisationId }), 'submitProposal');
    for (const outsider of outsiders) {
      outsider.own.callId = openCall.id;
      outsider.own.proposalId = await propose(outsider.session, outsider.organisationId, { projectId: openCall.id, title: `${outsider.kind} outsider's own proposal` });
    }
    const enterprise = outsiders[2];
    if (!enterprise) throw new Error('no enterprise outsider');
    proposals.enterpriseLead = enterprise.session;
    proposals.enterpriseOrganisation = enterprise.organisationId;
    proposals.enterpriseProposal = enterprise.own.proposalId;

    // The ids of tenant A's private objects, as its owner sees them.
    targets = { A1: { name: 'A1', kind: 'organisation', id: a1.id, organisationId: a1.id, public: false } } as Record<TargetName, Target>;
    targets.A2 = { name: 'A2', kind: 'organisation', id: a2.id, organisationId: a2.id, public: true };
    for (const [label, organisation] of [
      ['A1', a1],
      ['A2', a2],
    ] as const) {
      const ids = must(await owner.gql<OrganisationIds>(ORGANISATION_IDS, { id: organisation.id }), 'organisation ids').organisation;
      const byUser = (userId: string) => ids.members.edges.find((edge) => edge.node.user.id === userId)?.node.id;
      const byStatus = (status: string) => ids.invitations.edges.find((edge) => edge.node.status === status)?.node.id;
      const found: [TargetName, ObjectKind, string | undefined][] = [
        [`${label} owner membership`, 'membership', byUser(owner.userId)],
        [`${label} member membership`, 'membership', byUser(member.userId)],
        [`${label} accepted invitation`, 'invitation', byStatus('ACCEPTED')],
        [`${label} pending invitation`, 'invitation', byStatus('PENDING')],
      ];
      for (const [name, kind, id] of found) {
        if (!id) throw new Error(`no ${name}: ${JSON.stringify(ids)}`);
        targets[name] = { name, kind, id, organisationId: organisation.id, public: false };
      }
    }

    // Tenant A's calls: a draft of the pending A1; a draft, an INVITED and a PUBLIC call of A2 (the
    // unrelated university is invited), with documents, and questions of the unrelated university.
    const inA1 = projectsAs(owner, a1.id);
    const inA2 = projectsAs(owner, a2.id);
    const [a1File, a2InvitedFile, a2PublicFile] = await Promise.all([
      uploadPdf(server.url, owner, a1.id, 'A1 private document'),
      uploadPdf(server.url, owner, a2.id, 'A2 document of an invitation-only call'),
      uploadPdf(server.url, owner, a2.id, 'A2 public document'),
    ]);
    const call = { kind: 'RESEARCH_CALL', domain: 'HEALTH', eligibleKinds: ['UNIVERSITY'] };
    const a1Draft = await inA1.draft({ ...call, title: 'A1 draft', summary: 'private' });
    const a2Draft = await inA2.draft({ ...call, title: 'A2 draft', summary: 'ready', criteria: CRITERIA, closesAt: fromNow(30 * DAY) });
    const a2Invited = await inA2.open({ ...call, title: 'A2 invitation-only call', visibility: 'INVITED', invitedOrganisationIds: [unrelated.id], attachmentIds: [a2InvitedFile] });
    const a2Public = await inA2.open({ ...call, title: 'A2 public call', attachmentIds: [a2PublicFile] });
    const asking = projectsAs(asker, unrelated.id);
    const answered = must(await asking.ask(a2Public.id, 'Answered question?'), 'askQuestion').askQuestion.id;
    const pendingQuestion = must(await asking.ask(a2Public.id, 'Pending question?'), 'askQuestion').askQuestion.id;
    must(await inA2.answer(answered, 'The public answer.'), 'answerQuestion');
    const more: [TargetName, ObjectKind, string, string, boolean][] = [
      ['A1 draft project', 'project', a1Draft.id, a1.id, false],
      ['A2 draft project', 'project', a2Draft.id, a2.id, false],
      ['A2 invited project', 'project', a2Invited.id, a2.id, false],
      ['A2 public project', 'project', a2Public.id, a2.id, true],
      ['A2 pending question', 'question', pendingQuestion, a2.id, false],
      ['A2 answered question', 'question', answered, a2.id, true],
      ['A1 file', 'file', a1File, a1.id, false],
      ['A2 invited file', 'file', a2InvitedFile, a2.id, false],
      ['A2 public file', 'file', a2PublicFile, a2.id, true],
    ];
    for (const [name, kind, id, organisationId, isPublic] of more) targets[name] = { name, kind, id, organisationId, public: isPublic };

    // Tenant A's proposals: A2 leads a draft and a submitted one on the unrelated university's calls,
    // is named a partner by another university, and evaluates proposals to a call of its own (INVITED:
    // the unrelated university answers it) that closes a few seconds from now.
    const a2Draft2 = await propose(owner, a2.id, { projectId: openCall.id, title: 'A2 draft proposal', ...COMPLETE });
    const a2Submitted = await propose(owner, a2.id, { projectId: secondCall.id, title: 'A2 submitted proposal', ...COMPLETE });
    await submitAs(owner, a2.id, a2Submitted);
    const consortiumLead = await signUp(server.url, 'Consortium lead', 'en');
    const consortium = await createOrganisation(consortiumLead, 'UNIVERSITY', admin);
    const partnership = await propose(consortiumLead, consortium.id, { projectId: secondCall.id, title: 'With A2 as partner', partnerOrganisationIds: [a2.id] });
    proposals.evaluationClosesAt = fromNow(25_000);
    const evaluationCall = await inA2.open({ ...call, title: 'A2 call under evaluation', visibility: 'INVITED', invitedOrganisationIds: [unrelated.id], closesAt: proposals.evaluationClosesAt });
    const criterion = must(await owner.gql<{ project: { criteria: { id: string }[] } }>('query ($id: ID!) { project(id: $id) { criteria { id } } }', { id: evaluationCall.id }, EN), 'criteria')
      .project.criteria[0]?.id;
    if (!criterion) throw new Error('no criterion');
    const callProposal = await propose(asker, unrelated.id, { projectId: evaluationCall.id, title: 'University answers A2', ...COMPLETE });
    await submitAs(asker, unrelated.id, callProposal);
    const proposalTargets: [TargetName, ObjectKind, string][] = [
      ['A2 draft proposal', 'proposal', a2Draft2],
      ['A2 submitted proposal', 'proposal', a2Submitted],
      ['A2 partnership', 'proposal', partnership],
      ['A2 call proposal', 'proposal', callProposal],
      ['A2 owner user', 'user', owner.userId],
      ['A2 evaluation criterion', 'criterion', criterion],
      ['A2 evaluation call', 'evaluation call', evaluationCall.id],
    ];
    for (const [name, kind, id] of proposalTargets) targets[name] = { name, kind, id, organisationId: a2.id, public: false };

    // Tenant A's agreements: a draft of the pending A1 (its only party); a DRAFT that A2 manages with
    // the unrelated university as a party (hidden from the university until negotiation opens); one
    // the university manages with A2 as a party, in NEGOTIATION; and an ACTIVE one that A2 funds and
    // manages, with milestones of A2's (PLANNED) and of the university's (SUBMITTED).
    const a1Agreements = agreementsAs(owner, a1.id);
    const a2Agreements = agreementsAs(owner, a2.id);
    const universityAgreements = agreementsAs(asker, unrelated.id);
    const withUniversity = (a2Role: string, money = 0) => [
      { organisationId: a2.id, role: a2Role, moneyContribution: money },
      { organisationId: unrelated.id, role: a2Role === 'COORDINATOR' ? 'RESEARCH_PARTNER' : 'COORDINATOR' },
    ];
    const [a1Agreement, a2DraftAgreement, a2PartyAgreement, a2ActiveAgreement] = await Promise.all([
      a1Agreements.create({ title: 'A1 draft agreement', purpose: 'private' }),
      a2Agreements.create(completeAgreement('A2 draft agreement', withUniversity('COORDINATOR'), [{ title: 'University report', dueDate: dayFromNow(60), responsibleOrganisationId: unrelated.id }])),
      (async () => {
        const created = await universityAgreements.create(
          completeAgreement('A2 party agreement', withUniversity('RESEARCH_PARTNER'), [{ title: 'A2 study', dueDate: dayFromNow(90), responsibleOrganisationId: a2.id }]),
        );
        return universityAgreements.move('openNegotiation', created.id);
      })(),
      agreementInForce(
        a2Agreements,
        [universityAgreements],
        completeAgreement('A2 active agreement', withUniversity('FUNDER', 1_000_000_000), [
          { title: 'Planned', dueDate: dayFromNow(60), responsibleOrganisationId: a2.id, paymentShare: 40 },
          { title: 'University report', dueDate: dayFromNow(90), responsibleOrganisationId: unrelated.id, paymentShare: 30 },
          { title: 'Spare', dueDate: dayFromNow(120), responsibleOrganisationId: a2.id, paymentShare: 30 },
        ]),
      ),
    ]);
    const [planned, submitted, spare] = a2ActiveAgreement.milestones;
    if (!planned || !submitted || !spare) throw new Error(`milestones missing: ${JSON.stringify(a2ActiveAgreement)}`);
    await universityAgreements.submit(submitted.id, 'The university report');
    agreements.milestones = a2ActiveAgreement.milestones.map(({ id, title, dueDate, paymentShare, responsible }) => ({ id, title, dueDate, paymentShare, responsibleOrganisationId: responsible.id }));
    agreements.spareMilestone = spare.id;
    const agreementTargets: [TargetName, ObjectKind, string, string][] = [
      ['A1 draft agreement', 'agreement', a1Agreement.id, a1.id],
      ['A2 draft agreement', 'agreement', a2DraftAgreement.id, a2.id],
      ['A2 party agreement', 'agreement', a2PartyAgreement.id, a2.id],
      ['A2 active agreement', 'agreement', a2ActiveAgreement.id, a2.id],
      ['A2 planned milestone', 'milestone', planned.id, a2.id],
      ['A2 submitted milestone', 'milestone', submitted.id, a2.id],
    ];
    for (const [name, kind, id, organisationId] of agreementTargets) targets[name] = { name, kind, id, organisationId, public: false };

    // Each outsider manages a DRAFT of its own and an ACTIVE agreement with a partner organisation
    // (with a milestone of its own to deliver), for edits and amendments that name tenant A's ids.
    const partnerLead = await signUp(server.url, 'Outsiders partner', 'en');
    const partner = agreementsAs(partnerLead, (await createOrganisation(partnerLead, 'ENTERPRISE', admin)).id);
    await Promise.all(
      outsiders.map(async ({ kind, session, organisationId, own }) => {
        const mine = agreementsAs(session, organisationId);
        own.agreementId = (await mine.create({ title: `${kind} outsider's own agreement` })).id;
        const inForce = await agreementInForce(
          mine,
          [partner],
          completeAgreement(
            `${kind} outsider's agreement in force`,
            [
              { organisationId, role: 'COORDINATOR' },
              { organisationId: partner.organisationId, role: 'IMPLEMENTATION_PARTNER' },
            ],
            [{ title: 'Own delivery', dueDate: dayFromNow(60), responsibleOrganisationId: organisationId }],
          ),
        );
        own.activeAgreementId = inForce.id;
        own.partnerId = partner.organisationId;
        own.milestoneId = inForce.milestones[0]?.id ?? '';
      }),
    );
    agreements.enterprise = enterprise.own;

    callers = [
      ...outsiders.map(
        ({ kind, session, organisationId, own }): Caller => ({
          label: `${kind} outsider`,
          anonymous: false,
          own,
          send: (query, variables, headers) => session.gql(query, variables, { ...EN, 'x-organisation-id': organisationId, ...headers }),
        }),
      ),
      { label: 'anonymous', anonymous: true, own: randomOwn(), send: (query, variables, headers) => graphql(server.url, query, { variables, headers: { ...EN, ...headers } }) },
    ];
    before = await snapshot();
  });

  afterAll(async () => {
    await server?.stop();
  });

  describe('the table of id-taking operations follows the schema', () => {
    it('covers every query and mutation argument of type ID (direct or inside an input object)', () => {
      expect(idArgs.length).toBeGreaterThan(0);
      expect(idArgs.map((argument) => argument.key).filter((key) => !(key in COVERED))).toEqual([]);
    });

    it('names no operation or argument that the schema no longer has', () => {
      const known = new Set(idArgs.map((argument) => argument.key));
      expect(KEYS.filter((key) => !known.has(key))).toEqual([]);
    });

    it.each(KEYS)('%s: the probe and its arguments are valid for the schema', (key) => {
      const { path } = parseKey(key);
      expect(documentProblems(schema, probe(key), argumentsWith(othersFor(covered(key), randomOwn()), path, randomUUID(), listOf(key)))).toEqual([]);
    });
  });

  describe('tenant A works for its own members (so the refusals below are not vacuous)', () => {
    it('the owner reads the pending A1 with its members and invitations', async () => {
      const response = await owner.gql<{ organisation: { name: string; status: string; myRole: string; members: { totalCount: number; edges: { node: { id: string } }[] }; invitations: { totalCount: number } } }>(
        'query ($id: ID!) { organisation(id: $id) { name status myRole members { totalCount edges { node { id } } } invitations { totalCount } } }',
        { id: a1.id },
      );
      expect(response.errors).toBeUndefined();
      expect(response.data?.organisation).toMatchObject({ name: a1.name, status: 'PENDING', myRole: 'OWNER', members: { totalCount: 2 }, invitations: { totalCount: 2 } });
      expect(response.data?.organisation.members.edges.map((edge) => edge.node.id).sort()).toEqual([targets['A1 owner membership'].id, targets['A1 member membership'].id].sort());
    });

    it('the invited member reads A1 and its members, with its own role', async () => {
      const response = await member.gql<{ organisation: { myRole: string; members: { totalCount: number } } }>(
        'query ($id: ID!) { organisation(id: $id) { myRole members { totalCount } } }',
        { id: a1.id },
        { 'x-organisation-id': a1.id },
      );
      expect(response.errors).toBeUndefined();
      expect(response.data?.organisation).toEqual({ myRole: 'MEMBER', members: { totalCount: 2 } });
    });

    it("the owner sees A1's logo", async () => {
      const response = await owner.gql<{ organisation: { logoUrl: string | null } }>('query ($id: ID!) { organisation(id: $id) { logoUrl } }', { id: a1.id });
      expect(response.data?.organisation.logoUrl).toMatch(new RegExp(`^/api/organisations/${a1.id}/logo\\?v=`));
    });

    it("tenant A's member reads all its agreements (editing only A1's draft); the university, a party, reads A2's only out of DRAFT", async () => {
      const read = 'query ($id: ID!) { agreement(id: $id) { status viewerRoles viewerCan { edit amend manage sign } } }';
      const asMember = await Promise.all(
        targetsOf('agreement').map(async ({ name, id, organisationId }) => ({ name, response: shapeOf(await member.gql(read, { id }, { ...EN, 'x-organisation-id': organisationId })) })),
      );
      const none = { edit: false, amend: false, manage: false, sign: false };
      const reading = (status: string, viewerRoles: string[], viewerCan = none) => ({ status: 200, data: { agreement: { status, viewerRoles, viewerCan } }, errors: [] });
      expect(asMember).toEqual([
        { name: 'A1 draft agreement', response: reading('DRAFT', ['MANAGER', 'PARTY'], { ...none, edit: true }) },
        { name: 'A2 draft agreement', response: reading('DRAFT', ['MANAGER', 'PARTY']) },
        { name: 'A2 party agreement', response: reading('NEGOTIATION', ['PARTY']) },
        { name: 'A2 active agreement', response: reading('ACTIVE', ['MANAGER', 'PARTY']) },
      ]);
      const asUniversity = await Promise.all(
        (['A2 draft agreement', 'A2 party agreement', 'A2 active agreement'] as const).map(async (name) => ({
          name,
          codes: codesOf(shapeOf(await asker.gql(read, { id: targets[name].id }, { ...EN, 'x-organisation-id': unrelated.id }))),
        })),
      );
      expect(asUniversity).toEqual([
        { name: 'A2 draft agreement', codes: ['NOT_FOUND'] },
        { name: 'A2 party agreement', codes: [] },
        { name: 'A2 active agreement', codes: [] },
      ]);
    });
  });

  describe("another tenant (and an anonymous caller) gets for tenant A's ids exactly what a random id gets", () => {
    it.each(KEYS)('%s', async (key) => {
      const entry = covered(key);
      const { path } = parseKey(key);
      const document = probe(key);
      // The public profile of A2 and its public call are readable by design: their private fields are checked below.
      const probed = targetsOf(entry.kind).filter((target) => !((entry.publicRead || entry.publicUse) && target.public));
      expect(probed.length).toBeGreaterThan(0);
      const rows = (
        await Promise.all(
          callers.map(async (caller) => {
            const results: { who: string; target: TargetName; real: ResponseShape; random: ResponseShape; refusal: string; field?: string }[] = [];
            for (const target of probed) {
              const others = othersFor(entry, caller.own);
              const real = shapeOf(await caller.send(document, argumentsWith(others, path, target.id, listOf(key))));
              const random = shapeOf(await caller.send(document, argumentsWith(others, path, randomUUID(), listOf(key))));
              results.push({ who: caller.label, target: target.name, real, random, refusal: refusalFor(entry, caller), field: caller.anonymous ? undefined : entry.refusalField });
            }
            return results;
          }),
        )
      ).flat();
      expect(rows.map(({ who, target, real }) => ({ who, target, response: real }))).toEqual(rows.map(({ who, target, random }) => ({ who, target, response: random })));
      // …and that response is the refusal itself (not, say, a malformed probe).
      expect(rows.map(({ who, target, random, field }) => ({ who, target, data: random.data, codes: codesOf(random), fields: field && fieldsOf(random) }))).toEqual(
        rows.map(({ who, target, refusal, field }) => ({ who, target, data: null, codes: [refusal], fields: field && [field] })),
      );
    });

    it("reading the public A2 shows none of its private fields, exactly as for an organisation one has nothing to do with", async () => {
      const document = probe('Query.organisation.id');
      const rows = await Promise.all(
        callers.map(async (caller) => ({
          who: caller.label,
          anonymous: caller.anonymous,
          a2: shapeOf(await caller.send(document, { id: a2.id })),
          unrelated: shapeOf(await caller.send(document, { id: unrelated.id })),
          random: shapeOf(await caller.send(document, { id: randomUUID() })),
        })),
      );
      expect(rows.map(({ who, a2: response }) => ({ who, response }))).toEqual(rows.map(({ who, unrelated: response }) => ({ who, response })));
      for (const row of rows) {
        expect({ who: row.who, data: row.a2.data }).toEqual({
          who: row.who,
          data: { organisation: { __typename: 'Organisation', id: '<id>', statusReason: null, myRole: null, members: null, invitations: null } },
        });
        expect({ who: row.who, paths: row.a2.errors.map((error) => error.path) }).toEqual({
          who: row.who,
          paths: [
            ['organisation', 'invitations'],
            ['organisation', 'members'],
          ],
        });
        if (row.anonymous) {
          expect(codesOf(row.a2)).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED']);
        } else {
          // Members and invitations are refused with the very error a random organisation id gets.
          const [notFound] = row.random.errors;
          expect(codesOf(row.random)).toEqual(['NOT_FOUND']);
          expect({ who: row.who, errors: row.a2.errors.map(({ message, extensions }) => ({ message, extensions })) }).toEqual({
            who: row.who,
            errors: [
              { message: notFound?.message, extensions: notFound?.extensions },
              { message: notFound?.message, extensions: notFound?.extensions },
            ],
          });
        }
      }
    });

    it("an X-Organisation-Id naming one of tenant A's organisations is refused exactly like a random one", async () => {
      const rows = await Promise.all(
        outsiders.map(async ({ kind, session }) => {
          const as = async (organisationId: string) => shapeOf(await session.gql('{ me { id memberships { id } } }', {}, { ...EN, 'x-organisation-id': organisationId }));
          return { kind, a1: await as(a1.id), a2: await as(a2.id), random: await as(randomUUID()) };
        }),
      );
      for (const row of rows) {
        expect({ kind: row.kind, a1: row.a1, a2: row.a2 }).toEqual({ kind: row.kind, a1: row.random, a2: row.random });
        expect(codesOf(row.random)).toEqual(['FORBIDDEN']);
      }
    });

    it("searching by name never finds the pending A1, and `mine` lists only one's own organisation", async () => {
      for (const caller of callers) {
        const search = async (filter: Record<string, unknown>) => must(await caller.send(SEARCH, { filter }), `${caller.label} search`) as unknown as SearchData;
        expect({ who: caller.label, total: (await search({ search: a1.name })).organisations.totalCount }).toEqual({ who: caller.label, total: 0 });
        expect({ who: caller.label, total: (await search({ search: a1.name, statuses: ['PENDING', 'VERIFIED', 'SUSPENDED'] })).organisations.totalCount }).toEqual({
          who: caller.label,
          total: 0,
        });
        // The public A2 is found (the search works).
        expect({ who: caller.label, total: (await search({ search: a2.name })).organisations.totalCount }).toEqual({ who: caller.label, total: 1 });
      }
      for (const { session, organisationId } of outsiders) {
        const mine = must(await session.gql<SearchData>(SEARCH, { filter: { mine: true } }), 'mine');
        expect(mine.organisations.edges.map((edge) => edge.node.id)).toEqual([organisationId]);
      }
    });

    it("reading A2's public call shows only what everyone may: no invitation list, only answered questions, never who asked", async () => {
      const document = probe('Query.project.id');
      const rows = await Promise.all(callers.map(async (caller) => ({ who: caller.label, response: shapeOf(await caller.send(document, { id: targets['A2 public project'].id })) })));
      const expected = {
        status: 200,
        data: {
          project: {
            __typename: 'Project',
            id: '<id>',
            status: 'OPEN',
            version: 2,
            viewerCanManage: false,
            invitedOrganisations: [],
            questions: [{ id: '<id>', text: 'Answered question?', answer: 'The public answer.', askedByYou: false }],
            attachments: [{ id: '<id>' }],
            criteria: [
              { id: '<id>', weight: 60 },
              { id: '<id>', weight: 40 },
            ],
          },
        },
        errors: [],
      };
      expect(rows).toEqual(callers.map((caller) => ({ who: caller.label, response: expected })));
      // The owner does see the pending question (so the one above is really hidden).
      const own = must(await owner.gql<{ project: { questions: unknown[] } }>(PROJECT_SNAPSHOT, { id: targets['A2 public project'].id }), 'owner read');
      expect(own.project.questions).toHaveLength(2);
    });

    it("an outsider's list of agreements holds its own two, none of tenant A's", async () => {
      const list = 'query { agreements(first: 100) { totalCount edges { node { id } } } }';
      for (const { kind, session, organisationId, own } of outsiders) {
        const listed = must(await session.gql<{ agreements: { edges: { node: { id: string } }[] } }>(list, {}, { ...EN, 'x-organisation-id': organisationId }), `${kind} agreements`);
        expect({ kind, ids: listed.agreements.edges.map((edge) => edge.node.id).sort() }).toEqual({ kind, ids: [own.agreementId, own.activeAgreementId].sort() });
      }
    });

    it("the catalogue lists none of tenant A's hidden calls, whatever the status filter", async () => {
      const projectIds = new Map(targetsOf('project').map((target) => [target.id, target.name]));
      for (const caller of callers) {
        const listed: TargetName[] = [];
        let after: string | null = null;
        do {
          const page: CatalogueData = must(await caller.send(CATALOGUE, { after }), `${caller.label} catalogue`) as unknown as CatalogueData;
          for (const { node } of page.projects.edges) {
            const name = projectIds.get(node.id);
            if (name) listed.push(name);
          }
          after = page.projects.pageInfo.hasNextPage ? page.projects.pageInfo.endCursor : null;
        } while (after);
        expect({ who: caller.label, listed }).toEqual({ who: caller.label, listed: ['A2 public project'] });
      }
    });

    it("tenant A's hidden documents answer like missing ones over plain HTTP; the public call's document downloads", async () => {
      for (const token of [undefined, ...outsiders.map(({ session }) => session.token)]) {
        const random = await download(server.url, randomUUID(), token);
        for (const name of ['A1 file', 'A2 invited file'] as const) expect({ name, answer: await download(server.url, targets[name].id, token) }).toEqual({ name, answer: random });
        expect((await download(server.url, targets['A2 public file'].id, token)).status).toBe(200);
      }
      for (const target of targetsOf('file')) expect({ name: target.name, status: (await download(server.url, target.id, owner.token)).status }).toEqual({ name: target.name, status: 200 });
    });

    it("tenant A's hidden logo answers like a missing one, over plain HTTP too", async () => {
      const fetchLogo = async (id: string, token?: string) => {
        const response = await fetch(`${server.url}/api/organisations/${id}/logo`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
        return { status: response.status, body: await response.text() };
      };
      for (const token of [undefined, ...outsiders.map(({ session }) => session.token)]) {
        expect(await fetchLogo(a1.id, token)).toEqual(await fetchLogo(randomUUID(), token));
        expect((await fetchLogo(a2.id, token)).status).toBe(200);
      }
      expect((await fetchLogo(a1.id, owner.token)).status).toBe(200);
    });
  });

  describe('without request context nothing private is visible', () => {
    const anonymous = (query: string, variables?: Record<string, unknown>) => graphql(server.url, query, { variables, headers: EN });

    it('the pending A1 is NOT_FOUND, like a random id', async () => {
      const query = 'query ($id: ID!) { organisation(id: $id) { id name } }';
      const real = shapeOf(await anonymous(query, { id: a1.id }));
      expect(real).toEqual(shapeOf(await anonymous(query, { id: randomUUID() })));
      expect(codesOf(real)).toEqual(['NOT_FOUND']);
    });

    it("searching for A1's name finds nothing", async () => {
      const response = await anonymous(SEARCH, { filter: { search: a1.name } });
      expect(response.errors).toBeUndefined();
      expect((response.data as unknown as SearchData | undefined)?.organisations.totalCount).toBe(0);
    });

    it('the mail outbox is UNAUTHENTICATED (and FORBIDDEN for outsiders)', async () => {
      expect(codesOf(shapeOf(await anonymous('{ mailOutbox { totalCount } }')))).toEqual(['UNAUTHENTICATED']);
      for (const { session } of outsiders) expect(codesOf(shapeOf(await session.gql('{ mailOutbox { totalCount } }')))).toEqual(['FORBIDDEN']);
    });
  });

  describe("a MEMBER or VIEWER of tenant A knows its organisations exist: FORBIDDEN, not NOT_FOUND", () => {
    it.each(USER_KEYS)('%s', async (key) => {
      const entry = covered(key);
      const { path } = parseKey(key);
      const document = probe(key);
      // Not the member's own memberships: leaving an organisation is allowed.
      const probed = entry.insiderTargets
        ? entry.insiderTargets.map((name) => targets[name])
        : targetsOf(entry.kind).filter((target) => target.name !== 'A1 member membership' && target.name !== 'A2 member membership');
      const rows: { target: TargetName; data: unknown; codes: unknown[] }[] = [];
      for (const target of probed) {
        const others = othersFor(entry, randomOwn());
        const response = shapeOf(await member.gql(document, argumentsWith(others, path, target.id, listOf(key)), { ...EN, 'x-organisation-id': target.organisationId }));
        rows.push({ target: target.name, data: response.data, codes: codesOf(response) });
      }
      expect(rows).toEqual(probed.map((target) => ({ target: target.name, data: null, codes: ['FORBIDDEN'] })));
    });

    it('reads the members of A1 and A2 but gets FORBIDDEN for their invitations', async () => {
      for (const organisation of [a1, a2]) {
        const response = shapeOf(
          await member.gql('query ($id: ID!) { organisation(id: $id) { members { totalCount } invitations { totalCount } } }', { id: organisation.id }, { 'x-organisation-id': organisation.id }),
        );
        expect(response.data).toEqual({ organisation: { members: { totalCount: 2 }, invitations: null } });
        expect(codesOf(response)).toEqual(['FORBIDDEN']);
      }
    });
  });

  describe('afterwards', () => {
    it('all those attempts left tenant A unchanged: profile, version, logo, members, invitations, and no mail sent', async () => {
      const after = await snapshot();
      expect(after).toEqual(before);
      expect(before).toMatchObject({ a1: { errors: undefined, data: { organisation: { status: 'PENDING', members: { totalCount: 2 }, invitations: { totalCount: 2 } } } } });
      expect(JSON.stringify(before)).toContain('Pending question?');
      expect(before).toMatchObject({
        agreements: [
          { data: { agreement: { status: 'DRAFT', version: 1 } } },
          { data: { agreement: { status: 'DRAFT', version: 1 } } },
          { data: { agreement: { status: 'NEGOTIATION', version: 1 } } },
          {
            data: {
              agreement: {
                status: 'ACTIVE',
                milestones: [{ status: 'PLANNED' }, { status: 'SUBMITTED', events: [{ action: 'SUBMITTED' }] }, { status: 'PLANNED' }],
                parties: [{ signedAt: expect.any(String) }, { signedAt: expect.any(String) }],
              },
            },
          },
        ],
      });
    });
  });

  describe('the same operations with the real id work for the rightful caller (last: they change tenant A)', () => {
    it.each(KEYS)('%s', async (key) => {
      const entry = covered(key);
      const { root, operation, path } = parseKey(key);
      const { as, target, actingIn, refused } = entry.rightful;
      const caller = { owner, admin, asker, enterprise: proposals.enterpriseLead }[as];
      const acting = { owner: targets[actingIn ?? target].organisationId, admin: undefined, asker: unrelated.id, enterprise: proposals.enterpriseOrganisation }[as];
      const context: RightfulContext = {
        id: (name) => targets[name].id,
        versionOf: async (id) => must(await owner.gql<{ project: { version: number } }>('query ($id: ID!) { project(id: $id) { version } }', { id }), 'version').project.version,
        proposalVersionOf: async (id, session = owner) =>
          must(await session.gql<{ proposal: { version: number } }>('query ($id: ID!) { proposal(id: $id) { version } }', { id }, acting ? { 'x-organisation-id': acting } : {}), 'proposal version')
            .proposal.version,
        agreementOf: async (id, session = owner) => {
          const { agreement } = must(
            await session.gql<{ agreement: { version: number; currentVersion: { hash: string } } }>(
              'query ($id: ID!) { agreement(id: $id) { version currentVersion { hash } } }',
              { id },
              acting ? { 'x-organisation-id': acting } : {},
            ),
            'agreement version',
          );
          return { version: agreement.version, hash: agreement.currentVersion.hash };
        },
      };
      const others = entry.rightful.arguments ? await entry.rightful.arguments(context) : othersFor(entry, randomOwn());
      const headers = { ...EN, ...(acting ? { 'x-organisation-id': acting } : {}) };
      if (refused) {
        // No id is ever right here: tenant A's own owner gets exactly what a random id gets.
        const document = probe(key);
        const real = shapeOf(await caller.gql(document, argumentsWith(others, path, targets[target].id, listOf(key)), headers));
        const random = shapeOf(await caller.gql(document, argumentsWith(others, path, randomUUID(), listOf(key)), headers));
        expect(real).toEqual(random);
        expect({ data: real.data, codes: codesOf(real), fields: fieldsOf(real) }).toEqual({ data: null, codes: [refused], fields: [entry.refusalField] });
        return;
      }
      // `id`/`__typename` only: platform administrators do not read member lists.
      const response = await caller.gql(probeDocument(schema, root, operation), argumentsWith(others, path, targets[target].id, listOf(key)), headers);
      expect(response.errors).toBeUndefined();
      expect(response.data?.[operation]).toBeTruthy();
    });

    it('a write answered with data but an error in a nested private field is either done or reported as not done', async () => {
      // The platform administrator suspends A1 and also asks for its members (NOT_FOUND for them).
      const response = await admin.gql<{ suspendOrganisation: { status: string; members: unknown } | null }>(
        'mutation ($id: ID!) { suspendOrganisation(id: $id, reason: "x") { id status members { totalCount } } }',
        { id: a1.id },
        EN,
      );
      expect(codesOf(shapeOf(response))).toEqual(['NOT_FOUND']);
      const reported = response.data?.suspendOrganisation?.status ?? 'not done';
      const stored = await admin.gql<{ organisation: { status: string } }>('query ($id: ID!) { organisation(id: $id) { status } }', { id: a1.id });
      expect({ reported, stored: stored.data?.organisation.status }).toEqual({ reported, stored: reported === 'not done' ? 'VERIFIED' : reported });
    });
  });
});
