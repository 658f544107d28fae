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

type ObjectKind = 'organisation' | 'membership' | 'invitation' | 'project' | 'question' | 'file' | 'proposal' | 'user' | 'criterion' | 'evaluation call';
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
  | 'A2 evaluation call';

type Arguments = Record<string, unknown>;

/** The caller's own objects, for operations that take tenant A's id inside an edit of one's own (a draft naming A's file, say). */
interface Own {
  projectId: string;
  /** A draft proposal of its own, on a call of the unrelated university (\`callId\`). */
  proposalId: string;
  callId: string;
}

/**
 * Proposals (issue 5): calls of the unrelated university that anyone may answer (\`open\`: tenant A
 * and the outsiders lead drafts there; \`spare\`: for the rightful creations), the ENTERPRISE
 * outsider's own draft (it names A2 as a partner rightfully), and the closing time of A2's call
 * under evaluation. Set in beforeAll; read by the table's argument functions.
 */
const proposals = { open: '', spare: '', enterpriseLead: undefined as unknown as Session, enterpriseOrganisation: '', enterpriseProposal: '', evaluationClosesAt: '' };

/** What the rightful caller's arguments may depend on: tenant A's ids and a project's current version. */
interface RightfulContext {
  id(name: TargetName): string;
  versionOf(projectId: string): Promise<number>;
  /** A proposal's current version, as `session` (tenant A's owner by default) sees it. */
  proposalVersionOf(proposalId: string, session?: Session): Promise<number>;
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
  /** The targets a MEMBER or VIEWER of tenant A may not use here (all of the kind by default; none when a member may). */
  insiderTargets?: TargetName[];
  /**
   * Who may really do it, and on which of tenant A's objects (run last, in this order): acting for
   * the target's organisation unless `actingIn` names another, with `arguments` instead of the probe's.
   */
  rightful: { as: 'owner' | 'admin' | 'asker' | 'enterprise'; target: TargetName; actingIn?: TargetName; arguments?: (context: RightfulContext) => Promise<Arguments> };
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
  'Mutation.verifyOrganisation.id': { kind: 'organisation', access: 'platformAdmin', arguments: {}, rightful: { as: 'admin', target: 'A1' } },
  'Mutation.suspendOrganisation.id': { kind: 'organisation', access: 'platformAdmin', arguments: { reason: 'x' }, rightful: { as: 'admin', target: 'A2' } },
};
const KEYS = Object.keys(COVERED);
const USER_KEYS = KEYS.filter((key) => covered(key).access === 'user' && covered(key).insiderTargets?.length !== 0);

/** Selection sets per return type, reaching into the private nested fields. */
const SELECTIONS: Record<string, string> = {
  Organisation:
    '{ __typename id statusReason myRole members(first: 100) { totalCount edges { node { id role } } } invitations(first: 100) { totalCount edges { node { id email } } } }',
  Membership: '{ __typename id role organisation { id } user { id } }',
  Invitation: '{ __typename id status email organisation { id } }',
  Project:
    '{ __typename id status version viewerCanManage invitedOrganisations { id } questions { id text answer askedByYou } attachments { id } criteria { id weight } }',
  ProjectQuestion: '{ __typename id text answer askedByYou }',
  Proposal: '{ __typename id status version title viewerRole submissionCount partners { status } reviewers { declaration } decisions { decision } score }',
  PartnerSuggestion: '{ __typename score reasons matchedExpertise organisation { id } }',
  ProposalPartner: '{ __typename proposalId status confirmed organisation { id } }',
  ProposalReviewer: '{ __typename proposalId declaration scores { score } }',
  ProposalComment: '{ __typename id body author { id fullName } organisation { id } }',
  ProposalCommentConnection: '{ __typename totalCount edges { node { id body author { id fullName } organisation { id } } } }',
};

function covered(key: string): CoveredArgument {
  const entry = COVERED[key];
  if (!entry) throw new Error(`${key} is not in the table`);
  return entry;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The other arguments with `id` (or `[id]` for a list) set at `path` (e.g. `input.membershipId`). */
function argumentsWith(others: Arguments, path: string[], id: string, list = false): Arguments {
  const [head, ...rest] = path;
  if (!head) throw new Error('empty argument path');
  if (rest.length === 0) return { ...others, [head]: list ? [id] : id };
  const inner = others[head];
  // A list of input objects (scores: [{ criterionId }]): the id goes into each element, which is the list.
  if (Array.isArray(inner)) return { ...others, [head]: inner.map((element) => argumentsWith(isRecord(element) ? element : {}, rest, id, false)) };
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
        const own: Own = { projectId: (await projectsAs(session, organisationId).draft({ ...PROJECT_PROBE, title: `${kind} outsider's own draft` })).id, proposalId: '', callId: '' };
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

    callers = [
      ...outsiders.map(
        ({ kind, session, organisationId, own }): Caller => ({
          label: `${kind} outsider`,
          anonymous: false,
          own,
          send: (query, variables, headers) => session.gql(query, variables, { ...EN, 'x-organisation-id': organisationId, ...headers }),
        }),
      ),
      { label: 'anonymous', anonymous: true, own: { projectId: randomUUID(), proposalId: randomUUID(), callId: randomUUID() }, send: (query, variables, headers) => graphql(server.url, query, { variables, headers: { ...EN, ...headers } }) },
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
      expect(documentProblems(schema, probe(key), argumentsWith(othersFor(covered(key), { projectId: randomUUID(), proposalId: randomUUID(), callId: randomUUID() }), path, randomUUID(), listOf(key)))).toEqual([]);
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
            const results: { who: string; target: TargetName; real: ResponseShape; random: ResponseShape; refusal: string }[] = [];
            for (const target of probed) {
              const others = othersFor(entry, caller.own);
              const real = shapeOf(await caller.send(document, argumentsWith(others, path, target.id, listOf(key))));
              const random = shapeOf(await caller.send(document, argumentsWith(others, path, randomUUID(), listOf(key))));
              results.push({ who: caller.label, target: target.name, real, random, refusal: refusalFor(entry, caller) });
            }
            return results;
          }),
        )
      ).flat();
      expect(rows.map(({ who, target, real }) => ({ who, target, response: real }))).toEqual(rows.map(({ who, target, random }) => ({ who, target, response: random })));
      // …and that response is the refusal itself (not, say, a malformed probe).
      expect(rows.map(({ who, target, random }) => ({ who, target, data: random.data, codes: codesOf(random) }))).toEqual(
        rows.map(({ who, target, refusal }) => ({ who, target, data: null, codes: [refusal] })),
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
        const others = othersFor(entry, { projectId: randomUUID(), proposalId: randomUUID(), callId: randomUUID() });
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
    });
  });

  describe('the same operations with the real id work for the rightful caller (last: they change tenant A)', () => {
    it.each(KEYS)('%s', async (key) => {
      const entry = covered(key);
      const { root, operation, path } = parseKey(key);
      const { as, target, actingIn } = entry.rightful;
      const caller = { owner, admin, asker, enterprise: proposals.enterpriseLead }[as];
      const acting = { owner: targets[actingIn ?? target].organisationId, admin: undefined, asker: unrelated.id, enterprise: proposals.enterpriseOrganisation }[as];
      const context: RightfulContext = {
        id: (name) => targets[name].id,
        versionOf: async (id) => must(await owner.gql<{ project: { version: number } }>('query ($id: ID!) { project(id: $id) { version } }', { id }), 'version').project.version,
        proposalVersionOf: async (id, session = owner) =>
          must(await session.gql<{ proposal: { version: number } }>('query ($id: ID!) { proposal(id: $id) { version } }', { id }, acting ? { 'x-organisation-id': acting } : {}), 'proposal version')
            .proposal.version,
      };
      const others = entry.rightful.arguments ? await entry.rightful.arguments(context) : othersFor(entry, { projectId: randomUUID(), proposalId: randomUUID(), callId: randomUUID() });
      // `id`/`__typename` only: platform administrators do not read member lists.
      const response = await caller.gql(probeDocument(schema, root, operation), argumentsWith(others, path, targets[target].id, listOf(key)), {
        ...EN,
        ...(acting ? { 'x-organisation-id': acting } : {}),
      });
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
