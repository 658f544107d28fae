import { randomUUID } from 'node:crypto';
import { ADMIN, ADMIN_ENV, createOrganisation, invite, type Session, signIn, signUp } from '@tests/support/accounts';
import { graphql, type GraphQLResponse, onlyError } from '@tests/support/graphql';
import {
  CRITERIA,
  DAY,
  download,
  fromNow,
  pdf,
  PUBLISHABLE,
  type ProjectsApi,
  projectsAs,
  type ProjectView,
  uploadFile,
  uploadPdf,
  waitUntilPast,
} from '@tests/support/projects';
import { startServer, type StartedServer } from '@tests/support/server';
import { loadSchema, shapeOf } from '@tests/support/tenancy';

/**
 * Smart-city projects (calls) over HTTP against the built server: the lifecycle and its refusals,
 * the closing-time edge, who sees what (every state × visibility × kind of viewer), clarification
 * questions and eligibility, search in Vietnamese and English, and attachments.
 *
 * AWARDED and UNSUCCESSFUL come with proposals (issue 5); their rows join the visibility matrix then.
 */

const EN = { 'accept-language': 'en' };
const FILE_MAX_BYTES = 256 * 1024;

type Send = <T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>) => Promise<GraphQLResponse<T>>;

/** Someone looking at projects: a member acting for an organisation, a user without one, or nobody. */
interface Viewer {
  label: string;
  send: Send;
  /** Bearer token for plain HTTP (file downloads); none when anonymous. */
  token?: string;
}

/** English texts of the refusal reasons these tests tell apart (the code alone is FORBIDDEN). */
const MESSAGES = {
  ROLE_TOO_LOW: 'Your role in the organisation does not allow this.',
  ORGANISATION_PENDING: 'The organisation is awaiting verification: it can prepare, but not publish, propose or sign yet.',
  NO_ORGANISATION: 'You need to belong to an organisation to take part.',
  OWN_PROJECT: "This is your own organisation's project.",
  KIND_NOT_ELIGIBLE_EN: 'This project is open to enterprises only. Your organisation (universities and research institutes) is not eligible.',
  KIND_NOT_ELIGIBLE_VI: 'Dự án này chỉ dành cho: doanh nghiệp. Tổ chức của bạn (trường đại học, viện nghiên cứu) không thuộc đối tượng tham gia.',
  LOCKED_WHILE_OPEN: 'While the project is open only the summary, description and location can change and documents be added; its terms are fixed.',
};

const CATALOGUE = `query ($filter: ProjectFilter, $sort: ProjectSort, $first: Int, $after: String) {
  projects(filter: $filter, sort: $sort, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id title status closesAt publishedAt createdAt budget { amount currency } } }
  } }`;

interface CatalogueNode {
  id: string;
  title: string;
  status: string;
  closesAt: string | null;
  publishedAt: string | null;
  createdAt: string;
  budget: { amount: number; currency: string } | null;
}
interface CatalogueData {
  projects: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { cursor: string; node: CatalogueNode }[] };
}

function must<T>(response: GraphQLResponse<T>, what: string): T {
  if (response.errors?.length || !response.data) throw new Error(`${what} failed: ${JSON.stringify(response.errors)}`);
  return response.data;
}

/** Every page of the catalogue for a filter and sort, `first` at a time. */
async function catalogue(send: Send, filter: Record<string, unknown> = {}, sort?: string, first = 100): Promise<{ nodes: CatalogueNode[]; totalCount: number }> {
  const nodes: CatalogueNode[] = [];
  let after: string | null = null;
  let totalCount = 0;
  for (let page = 0; page < 100; page += 1) {
    const data: CatalogueData = must(await send<CatalogueData>(CATALOGUE, { filter, sort, first, after }), 'projects');
    totalCount = data.projects.totalCount;
    nodes.push(...data.projects.edges.map((edge) => edge.node));
    if (!data.projects.pageInfo.hasNextPage) return { nodes, totalCount };
    after = data.projects.pageInfo.endCursor;
  }
  throw new Error('the catalogue did not end');
}

const ids = (nodes: { id: string }[]) => nodes.map((node) => node.id);

describe('projects over HTTP', () => {
  let server: StartedServer;
  let admin: Session;
  let anonymous: Viewer;
  /** A verified STATE organisation (the usual poster of calls): its owner, a MEMBER and a VIEWER. */
  let owner: ProjectsApi;
  let ownerMember: ProjectsApi;
  let ownerViewer: ProjectsApi;
  let otherState: ProjectsApi;
  let university: ProjectsApi;
  let enterprise: ProjectsApi;
  let enterpriseViewer: ProjectsApi;
  /** The verified ENTERPRISE that INVITED projects name. */
  let invited: ProjectsApi;
  /** An ENTERPRISE awaiting verification. */
  let pending: ProjectsApi;
  let noOrganisation: Session;

  const viewerOf = (label: string, api: ProjectsApi): Viewer => ({ label, send: api.gql, token: api.session.token });
  const userViewer = (label: string, session: Session): Viewer => ({ label, send: (query, variables) => session.gql(query, variables, EN), token: session.token });

  /** A new user who joins `organisation` with `role` through an e-mailed invitation. */
  const join = async (organisation: ProjectsApi, role: 'MEMBER' | 'VIEWER', name: string): Promise<ProjectsApi> => {
    const user = await signUp(server.url, name, 'en');
    const token = await invite(organisation.session, admin, organisation.organisationId, user.email, role);
    must(await user.gql('mutation ($t: String!) { acceptInvitation(token: $t) { id } }', { t: token }), 'acceptInvitation');
    return projectsAs(user, organisation.organisationId);
  };
  const organisation = async (name: string, kind: 'STATE' | 'UNIVERSITY' | 'ENTERPRISE', verified = true): Promise<ProjectsApi> => {
    const user = await signUp(server.url, name, 'en');
    return projectsAs(user, (await createOrganisation(user, kind, verified ? admin : undefined)).id);
  };
  /** The owner's view of a project, to prove a refusal changed nothing. */
  const stored = async (id: string) => owner.mustRead(id);

  beforeAll(async () => {
    server = await startServer({ env: { ...ADMIN_ENV, HELIX_FILE_MAX_BYTES: String(FILE_MAX_BYTES) } });
    admin = await signIn(server.url, ADMIN.email, ADMIN.password);
    anonymous = { label: 'anonymous', send: (query, variables) => graphql(server.url, query, { variables, headers: EN }) };
    [owner, otherState, university, enterprise, invited, pending, noOrganisation] = await Promise.all([
      organisation('Owner', 'STATE'),
      organisation('Other state', 'STATE'),
      organisation('University', 'UNIVERSITY'),
      organisation('Enterprise', 'ENTERPRISE'),
      organisation('Invited', 'ENTERPRISE'),
      organisation('Pending', 'ENTERPRISE', false),
      signUp(server.url, 'No organisation', 'en'),
    ]);
    ownerMember = await join(owner, 'MEMBER', 'Owner member');
    ownerViewer = await join(owner, 'VIEWER', 'Owner viewer');
    enterpriseViewer = await join(enterprise, 'VIEWER', 'Enterprise viewer');
  });

  afterAll(async () => {
    await server?.stop();
  });

  // -------------------------------------------------------------------------------------------
  describe('lifecycle: draft, publish, corrections, deadline, cancellation', () => {
    const BASE = { title: 'Lifecycle call', kind: 'PILOT_TENDER', domain: 'MOBILITY' };
    const MINE = 'query { projects(filter: { mine: true }, first: 100) { totalCount } }';
    const mineCount = async (api: ProjectsApi) => must(await api.gql<{ projects: { totalCount: number } }>(MINE), 'mine').projects.totalCount;
    /** Published with a closing time a few seconds ahead, so that it is in EVALUATION by the time it is used. */
    let closing: { id: string; closesAt: string };

    beforeAll(async () => {
      const draft = await owner.draft({ ...BASE, ...PUBLISHABLE, title: 'Lifecycle call closing soon', closesAt: fromNow(2500) });
      const published = must(await owner.publish(draft.id), 'publish');
      closing = { id: published.publishProject.id, closesAt: published.publishProject.closesAt as string };
    });

    it('a MEMBER creates a DRAFT of the active organisation; a VIEWER, a user without organisation and an anonymous caller cannot, and nothing is created', async () => {
      const before = await mineCount(owner);
      const created = must(await ownerMember.create({ ...BASE, summary: 'Bản nháp của thành viên' }), 'createProject').createProject;
      expect(created).toMatchObject({
        title: BASE.title,
        status: 'DRAFT',
        version: 1,
        visibility: 'PUBLIC',
        publishedAt: null,
        owner: { id: owner.organisationId, kind: 'STATE' },
        viewerCanManage: true,
      });
      expect(await mineCount(owner)).toBe(before + 1);

      const viewer = onlyError(await ownerViewer.create(BASE));
      expect({ code: viewer.extensions?.code, message: viewer.message }).toEqual({ code: 'FORBIDDEN', message: MESSAGES.ROLE_TOO_LOW });
      const nobody = onlyError(await noOrganisation.gql('mutation ($input: CreateProjectInput!) { createProject(input: $input) { id } }', { input: BASE }, EN));
      expect({ code: nobody.extensions?.code, message: nobody.message }).toEqual({ code: 'FORBIDDEN', message: MESSAGES.NO_ORGANISATION });
      const stranger = onlyError(await anonymous.send('mutation ($input: CreateProjectInput!) { createProject(input: $input) { id } }', { input: BASE }));
      expect(stranger.extensions?.code).toBe('UNAUTHENTICATED');
      expect(await mineCount(owner)).toBe(before + 1);
      // The viewer sees the drafts of its organisation but may not manage them.
      expect((await ownerViewer.mustRead(created.id)).viewerCanManage).toBe(false);
    });

    it('a pending organisation prepares drafts but publishing is FORBIDDEN (ORGANISATION_PENDING), and the draft stays as it was', async () => {
      const draft = await pending.draft({ ...BASE, ...PUBLISHABLE, closesAt: fromNow(10 * DAY) });
      const refused = onlyError(await pending.publish(draft.id));
      expect({ code: refused.extensions?.code, message: refused.message }).toEqual({ code: 'FORBIDDEN', message: MESSAGES.ORGANISATION_PENDING });
      expect(await pending.mustRead(draft.id)).toEqual(draft);
      // Withdrawing its own draft is preparation too; it never becomes public.
      const withdrawn = must(await pending.cancel(draft.id, 'Chuẩn bị lại'), 'cancel').cancelProject;
      expect(withdrawn).toMatchObject({ status: 'CANCELLED', publishedAt: null });
    });

    it('an edit carries the version it started from: a stale one is CONFLICT and changes nothing', async () => {
      const draft = await owner.draft({ ...BASE, summary: 'Phiên bản một' });
      const first = must(await ownerMember.update(draft.id, { title: 'Edited by the member' }, 1), 'update').updateProject;
      expect(first).toMatchObject({ title: 'Edited by the member', version: 2 });
      const stale = onlyError(await owner.update(draft.id, { title: 'Edited by the owner from version 1', summary: 'x' }, 1));
      expect(stale.extensions).toEqual({ code: 'CONFLICT' });
      expect(await stored(draft.id)).toEqual(first);
      // Lifecycle writes take the version too.
      const staleCancel = onlyError(await owner.gql('mutation ($id: ID!) { cancelProject(id: $id, reason: "r", expectedVersion: 1) { id } }', { id: draft.id }));
      expect(staleCancel.extensions).toEqual({ code: 'CONFLICT' });
      expect(await stored(draft.id)).toEqual(first);
    });

    it.each([
      ['without a closing time', { closesAt: null }, 'closesAt'],
      ['with a closing time in the past', { closesAt: fromNow(-DAY) }, 'closesAt'],
      ['with criteria weighing 90', { criteria: [{ name: 'A', weight: 50 }, { name: 'B', weight: 40 }] }, 'criteria'],
      ['without criteria', { criteria: [] }, 'criteria'],
      ['INVITED without invitations', { visibility: 'INVITED' }, 'invitedOrganisationIds'],
      ['without a summary', { summary: '' }, 'summary'],
      ['without eligible kinds', { eligibleKinds: [] }, 'eligibleKinds'],
    ])('publishing a draft %s is BAD_USER_INPUT on the field at fault, and the draft stays a draft', async (_case, change, field) => {
      const draft = await owner.draft({ ...BASE, ...PUBLISHABLE, closesAt: fromNow(10 * DAY), ...change });
      const refused = onlyError(await owner.publish(draft.id));
      expect(refused.extensions).toEqual({ code: 'BAD_USER_INPUT', field });
      if ('criteria' in change && change.criteria.length) expect(refused.message).toBe('The criteria weights must add up to 100 (now 90).');
      expect(await stored(draft.id)).toEqual(draft);
    });

    it('publishes a complete draft (OPEN, publishedAt set) once; publishing again is INVALID_TRANSITION', async () => {
      const draft = await owner.draft({ ...BASE, ...PUBLISHABLE, closesAt: fromNow(10 * DAY), budget: { amount: 5_000_000_000 } });
      const published = must(await owner.publish(draft.id), 'publish').publishProject;
      expect(published).toMatchObject({ status: 'OPEN', version: 2, budget: { amount: 5_000_000_000, currency: 'VND' }, criteria: CRITERIA });
      expect(published.publishedAt).not.toBeNull();
      const again = onlyError(await owner.publish(draft.id));
      expect(again.extensions).toEqual({ code: 'INVALID_TRANSITION' });
      expect(await stored(draft.id)).toEqual(published);
    });

    it('an OPEN project takes corrections and added documents, never new terms; documents cannot be removed', async () => {
      const [first, second] = await Promise.all([uploadPdf(server.url, owner.session, owner.organisationId, 'one'), uploadPdf(server.url, owner.session, owner.organisationId, 'two')]);
      let project = await owner.open({ ...BASE, budget: { amount: 1_000_000 }, attachmentIds: [first] });
      project = must(await owner.update(project.id, { summary: 'Tóm tắt đã sửa', description: '## Mô tả\nĐã sửa.', location: 'Thủ Dầu Một' }, project.version), 'update').updateProject;
      expect(project).toMatchObject({ status: 'OPEN', summary: 'Tóm tắt đã sửa', description: '## Mô tả\nĐã sửa.', location: 'Thủ Dầu Một', version: 3 });
      project = must(await owner.update(project.id, { attachmentIds: [first, second] }, project.version), 'add a document').updateProject;
      expect(ids(project.attachments)).toEqual([first, second]);

      const locked: [string, Record<string, unknown>][] = [
        ['budget', { budget: { amount: 2_000_000 } }],
        ['criteria', { criteria: [{ name: 'Only one', weight: 100 }] }],
        ['closesAt', { closesAt: fromNow(40 * DAY) }],
        ['kind', { kind: 'CHALLENGE' }],
        ['title', { title: 'A new title' }],
        ['eligibleKinds', { eligibleKinds: ['STATE'] }],
        ['visibility', { visibility: 'PLATFORM' }],
      ];
      for (const [field, input] of locked) {
        const refused = onlyError(await owner.update(project.id, { summary: 'would change too', ...input }, project.version));
        expect({ field, extensions: refused.extensions, message: refused.message }).toEqual({
          field,
          extensions: { code: 'BAD_USER_INPUT', field: `input.${field}` },
          message: MESSAGES.LOCKED_WHILE_OPEN,
        });
      }
      const removal = onlyError(await owner.update(project.id, { attachmentIds: [second] }, project.version));
      expect(removal.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.attachmentIds' });
      expect(await stored(project.id)).toEqual(project);
    });

    it('extends the deadline of an OPEN project to a later time only', async () => {
      const project = await owner.open({ ...BASE, closesAt: fromNow(10 * DAY) });
      const closesAt = project.closesAt as string;
      for (const earlier of [new Date(new Date(closesAt).getTime() - DAY).toISOString(), closesAt]) {
        const refused = onlyError(await owner.extend(project.id, earlier));
        expect(refused.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'closesAt' });
      }
      expect(await stored(project.id)).toEqual(project);
      const later = new Date(new Date(closesAt).getTime() + DAY).toISOString();
      const extended = must(await owner.extend(project.id, later), 'extend').extendProjectDeadline;
      expect(extended).toMatchObject({ closesAt: later, status: 'OPEN', version: project.version + 1 });
      // A MEMBER may extend (publishing rights); a VIEWER may not.
      const viewer = onlyError(await ownerViewer.extend(project.id, new Date(new Date(later).getTime() + DAY).toISOString()));
      expect(viewer.extensions?.code).toBe('FORBIDDEN');
      // A draft has no deadline to extend.
      const draft = await owner.draft({ ...BASE, closesAt: fromNow(5 * DAY) });
      expect(onlyError(await owner.extend(draft.id, fromNow(6 * DAY))).extensions).toEqual({ code: 'INVALID_TRANSITION' });
      expect(await stored(draft.id)).toEqual(draft);
    });

    it('cancels with a reason from DRAFT, OPEN and EVALUATION; a cancelled project cannot be cancelled again', async () => {
      const draft = await owner.draft({ ...BASE, closesAt: fromNow(5 * DAY) });
      const open = await owner.open({ ...BASE });
      for (const reason of ['', '   ']) {
        const refused = onlyError(await owner.cancel(open.id, reason));
        expect(refused.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'reason' });
      }
      expect(await stored(open.id)).toEqual(open);
      expect(onlyError(await ownerViewer.cancel(open.id, 'not mine to cancel')).extensions?.code).toBe('FORBIDDEN');

      await waitUntilPast(closing.closesAt);
      expect((await stored(closing.id)).status).toBe('EVALUATION');
      for (const id of [draft.id, open.id, closing.id]) {
        const cancelled = must(await owner.cancel(id, 'Ngân sách được điều chỉnh'), 'cancel').cancelProject;
        expect(cancelled).toMatchObject({ status: 'CANCELLED', cancellationReason: 'Ngân sách được điều chỉnh' });
        expect(cancelled.cancelledAt).not.toBeNull();
        const again = onlyError(await owner.cancel(id, 'again'));
        expect(again.extensions).toEqual({ code: 'INVALID_TRANSITION' });
        expect(await stored(id)).toEqual(cancelled);
        // Nothing can be done to a cancelled project.
        expect(onlyError(await owner.publish(id)).extensions).toEqual({ code: 'INVALID_TRANSITION' });
        expect(onlyError(await owner.update(id, { summary: 'x' }, cancelled.version)).extensions).toEqual({ code: 'INVALID_TRANSITION' });
      }
      // Everyone sees why a published call was cancelled; a draft cancelled before publication was never published.
      expect(must(await anonymous.send<{ project: { status: string; cancellationReason: string } }>('query ($id: ID!) { project(id: $id) { status cancellationReason } }', { id: open.id }), 'read').project).toEqual({
        status: 'CANCELLED',
        cancellationReason: 'Ngân sách được điều chỉnh',
      });
      const hidden = shapeOf(await anonymous.send('query ($id: ID!) { project(id: $id) { id } }', { id: draft.id }));
      expect(hidden).toEqual(shapeOf(await anonymous.send('query ($id: ID!) { project(id: $id) { id } }', { id: randomUUID() })));
    });

    describe('input limits: BAD_USER_INPUT on the field, and nothing written', () => {
      const criteria = (count: number) => Array.from({ length: count }, (_, index) => ({ name: `Tiêu chí ${index + 1}`, weight: 1 }));
      it.each([
        ['a title of 201 characters', { title: 't'.repeat(201) }, 'input.title'],
        ['a blank title', { title: '   ' }, 'input.title'],
        ['a description over 20 000 characters', { description: 'd'.repeat(20_001) }, 'input.description'],
        ['a negative budget', { budget: { amount: -1 } }, 'input.budget.amount'],
        ['a criterion weighing 0', { criteria: [{ name: 'A', weight: 0 }] }, 'input.criteria.0.weight'],
        ['a criterion weighing 101', { criteria: [{ name: 'A', weight: 101 }] }, 'input.criteria.0.weight'],
        ['13 criteria', { criteria: criteria(13) }, 'input.criteria'],
        ['two criteria of the same name', { criteria: [{ name: 'Giá', weight: 50 }, { name: 'giá', weight: 50 }] }, 'input.criteria.1.name'],
        ['an unknown invited organisation', { visibility: 'INVITED', invitedOrganisationIds: [randomUUID()] }, 'input.invitedOrganisationIds'],
        ['a malformed invited organisation id', { invitedOrganisationIds: ['not-a-uuid'] }, 'input.invitedOrganisationIds'],
        ['a malformed attachment id', { attachmentIds: ['not-a-uuid'] }, 'input.attachmentIds'],
        ['21 attachments', { attachmentIds: Array.from({ length: 21 }, () => randomUUID()) }, 'input.attachmentIds'],
        ['a closing time three years ahead', { closesAt: fromNow(3 * 365 * DAY) }, 'input.closesAt'],
        ['an opening time after the closing time', { opensAt: fromNow(6 * DAY), closesAt: fromNow(5 * DAY) }, 'input.opensAt'],
      ])('refuses %s', async (_case, input, field) => {
        const before = await mineCount(owner);
        const refused = onlyError(await owner.create({ ...BASE, ...input }));
        expect(refused.extensions).toEqual({ code: 'BAD_USER_INPUT', field });
        expect(await mineCount(owner)).toBe(before);
        // The same input on an existing draft leaves it untouched, the valid parts of the edit included.
        const draft = await owner.draft({ ...BASE, summary: 'Chưa đổi' });
        const edit = onlyError(await owner.update(draft.id, { summary: 'Đã đổi', ...input }, draft.version));
        expect(edit.extensions).toEqual({ code: 'BAD_USER_INPUT', field });
        expect(await stored(draft.id)).toEqual(draft);
      });

      it('inviting a pending organisation is refused like an unknown one', async () => {
        const refused = onlyError(await owner.create({ ...BASE, visibility: 'INVITED', invitedOrganisationIds: [pending.organisationId] }));
        const unknown = onlyError(await owner.create({ ...BASE, visibility: 'INVITED', invitedOrganisationIds: [randomUUID()] }));
        expect(refused).toEqual(unknown);
      });

      it.each([
        ['project', 'query { project(id: "nope") { id } }', 'id'],
        ['updateProject', 'mutation { updateProject(id: "123", input: { summary: "x" }, expectedVersion: 1) { id } }', 'id'],
        ['publishProject', 'mutation { publishProject(id: "x") { id } }', 'id'],
        ['extendProjectDeadline', 'mutation { extendProjectDeadline(id: "x", closesAt: "2030-01-01T00:00:00Z") { id } }', 'id'],
        ['cancelProject', 'mutation { cancelProject(id: "x", reason: "r") { id } }', 'id'],
        ['askQuestion', 'mutation { askQuestion(projectId: "x", text: "q") { id } }', 'projectId'],
        ['answerQuestion', 'mutation { answerQuestion(questionId: "x", answer: "a") { id } }', 'questionId'],
        ['projects (first: 101)', 'query { projects(first: 101) { totalCount } }', 'first'],
        ['projects (first: 0)', 'query { projects(first: 0) { totalCount } }', 'first'],
        ['projects (search of 201 characters)', `query { projects(filter: { search: "${'s'.repeat(201)}" }) { totalCount } }`, 'filter.search'],
        ['projects (a forged cursor)', 'query { projects(after: "bm90IGEgY3Vyc29y") { totalCount } }', 'after'],
      ])('%s with a malformed argument is BAD_USER_INPUT on it', async (_operation, query, field) => {
        expect(onlyError(await owner.gql(query)).extensions).toEqual({ code: 'BAD_USER_INPUT', field });
      });
    });
  });

  // -------------------------------------------------------------------------------------------
  describe('the closing time', () => {
    it('one second before it a question is accepted; just after it the project is in EVALUATION and refuses late actions with DEADLINE_PASSED', async () => {
      const draft = await owner.draft({ title: 'Deadline edge call', kind: 'CHALLENGE', domain: 'ENERGY', ...PUBLISHABLE, eligibleKinds: ['ENTERPRISE'], closesAt: fromNow(3000) });
      const project = must(await owner.publish(draft.id), 'publish').publishProject;
      const closesAt = project.closesAt as string;

      await waitUntilPast(closesAt, -1000);
      const asked = must(await enterprise.ask(project.id, 'Hồ sơ nộp bằng tiếng Anh được không?'), 'ask one second before').askQuestion;
      const onTime = (await enterprise.mustRead(project.id)).status;
      expect(Date.now()).toBeLessThan(new Date(closesAt).getTime());
      expect(onTime).toBe('OPEN');

      await waitUntilPast(closesAt, 100);
      const closed = await stored(project.id);
      expect(closed.status).toBe('EVALUATION');
      expect((await enterprise.mustRead(project.id)).status).toBe('EVALUATION');
      expect(must(await anonymous.send<{ project: { status: string } }>('query ($id: ID!) { project(id: $id) { status } }', { id: project.id }), 'read').project.status).toBe('EVALUATION');

      const late = [
        ['askQuestion', await enterprise.ask(project.id, 'Muộn một giây?')],
        ['extendProjectDeadline', await owner.extend(project.id, fromNow(10 * DAY))],
        ['updateProject', await owner.update(project.id, { summary: 'Sửa sau hạn' }, closed.version)],
        ['answerQuestion', await owner.answer(asked.id, 'Được.')],
      ] as [string, GraphQLResponse<unknown>][];
      expect(late.map(([operation, response]) => ({ operation, code: onlyError(response).extensions?.code }))).toEqual(
        late.map(([operation]) => ({ operation, code: 'DEADLINE_PASSED' })),
      );
      expect(onlyError(await owner.publish(project.id)).extensions).toEqual({ code: 'INVALID_TRANSITION' });
      const eligibility = must(await enterprise.gql<{ project: { eligibility: { eligible: boolean; reason: string } } }>('query ($id: ID!) { project(id: $id) { eligibility { eligible reason } } }', { id: project.id }), 'eligibility');
      expect(eligibility.project.eligibility).toEqual({ eligible: false, reason: 'DEADLINE_PASSED' });

      // Nothing was written after the closing time: the same version, one question, unanswered.
      expect(await stored(project.id)).toEqual(closed);
      const questions = must(await owner.gql<{ project: { questions: { id: string; answer: string | null }[] } }>('query ($id: ID!) { project(id: $id) { questions { id answer } } }', { id: project.id }), 'questions');
      expect(questions.project.questions).toEqual([{ id: asked.id, answer: null }]);

      // The catalogue agrees with the reads.
      const evaluation = ids((await catalogue(anonymous.send, { statuses: ['EVALUATION'] })).nodes);
      const open = ids((await catalogue(anonymous.send, { statuses: ['OPEN'] })).nodes);
      expect({ inEvaluation: evaluation.includes(project.id), inOpen: open.includes(project.id) }).toEqual({ inEvaluation: true, inOpen: false });
    });
  });

  // -------------------------------------------------------------------------------------------
  describe('visibility: every state × visibility × viewer', () => {
    type State = 'DRAFT' | 'OPEN' | 'EVALUATION' | 'CANCELLED';
    type Visibility = 'PUBLIC' | 'PLATFORM' | 'INVITED';
    interface Subject {
      state: State;
      visibility: Visibility;
      id: string;
      fileId: string;
      closesAt: string;
    }
    /** What a viewer is, as far as the rules care. */
    interface MatrixViewer extends Viewer {
      ofOwner: boolean;
      /** Member of some verified organisation. */
      verified: boolean;
      /** Member of the organisation INVITED projects name. */
      invited: boolean;
    }
    const STATES: State[] = ['DRAFT', 'OPEN', 'EVALUATION', 'CANCELLED'];
    const VISIBILITIES: Visibility[] = ['PUBLIC', 'PLATFORM', 'INVITED'];

    /** The rule of PRODUCT.md: the owner's members see everything; others only published calls, by visibility. */
    const sees = (viewer: MatrixViewer, subject: Pick<Subject, 'state' | 'visibility'>): boolean => {
      if (viewer.ofOwner) return true;
      if (subject.state === 'DRAFT') return false;
      if (subject.visibility === 'PUBLIC') return true;
      if (subject.visibility === 'PLATFORM') return viewer.verified;
      return viewer.invited;
    };

    let subjects: Subject[];
    let viewers: MatrixViewer[];

    beforeAll(async () => {
      const publishable = (state: State, visibility: Visibility, fileId: string) => ({
        title: `Matrix ${state} ${visibility}`,
        kind: 'RESEARCH_CALL',
        domain: 'HEALTH',
        ...PUBLISHABLE,
        visibility,
        invitedOrganisationIds: visibility === 'INVITED' ? [invited.organisationId] : [],
        attachmentIds: [fileId],
        closesAt: state === 'EVALUATION' ? fromNow(2500) : fromNow(20 * DAY),
      });
      const files = await Promise.all(STATES.flatMap((state) => VISIBILITIES.map((visibility) => uploadPdf(server.url, owner.session, owner.organisationId, `${state} ${visibility}`))));
      const make = async (state: State, visibility: Visibility, fileId: string): Promise<Subject> => {
        const draft = await owner.draft(publishable(state, visibility, fileId));
        if (state !== 'DRAFT') must(await owner.publish(draft.id), 'publish');
        if (state === 'CANCELLED') must(await owner.cancel(draft.id, 'Huỷ để kiểm thử'), 'cancel');
        return { state, visibility, id: draft.id, fileId, closesAt: draft.closesAt as string };
      };
      // The calls that must close first are made first.
      const order = ['EVALUATION', 'DRAFT', 'OPEN', 'CANCELLED'] as State[];
      subjects = [];
      for (const state of order) {
        for (const visibility of VISIBILITIES) subjects.push(await make(state, visibility, files[STATES.indexOf(state) * 3 + VISIBILITIES.indexOf(visibility)] as string));
      }
      const as = (label: string, api: ProjectsApi, flags: Partial<Pick<MatrixViewer, 'ofOwner' | 'verified' | 'invited'>>): MatrixViewer => ({
        ...viewerOf(label, api),
        ofOwner: false,
        verified: false,
        invited: false,
        ...flags,
      });
      const nobody = { ofOwner: false, verified: false, invited: false };
      viewers = [
        as('owner (OWNER)', owner, { ofOwner: true, verified: true }),
        as('owner (VIEWER member)', ownerViewer, { ofOwner: true, verified: true }),
        { ...anonymous, ...nobody },
        { ...userViewer('signed in without organisation', noOrganisation), ...nobody },
        as('member of a pending organisation', pending, {}),
        as('verified STATE, not invited', otherState, { verified: true }),
        as('verified UNIVERSITY, not invited', university, { verified: true }),
        as('verified ENTERPRISE, not invited', enterprise, { verified: true }),
        as('member of the invited organisation', invited, { verified: true, invited: true }),
        { ...userViewer('platform administrator', admin), ...nobody },
      ];
      // Every call meant to be in EVALUATION must have closed (the last one made closes last).
      const closings = subjects.filter((subject) => subject.state === 'EVALUATION').map((subject) => subject.closesAt).sort();
      await waitUntilPast(closings.at(-1) ?? fromNow(0));
    });

    it('the matrix is what it claims to be (each state really reached)', async () => {
      const states = await Promise.all(subjects.map(async (subject) => ({ expected: subject.state, visibility: subject.visibility, actual: (await stored(subject.id)).status })));
      expect(states.map(({ actual, visibility }) => ({ state: actual, visibility }))).toEqual(states.map(({ expected, visibility }) => ({ state: expected, visibility })));
    });

    it('project(id) returns the project or exactly what a random id gets', async () => {
      const query = 'query ($id: ID!) { project(id: $id) { id status visibility } }';
      const rows = await Promise.all(
        viewers.flatMap((viewer) =>
          subjects.map(async (subject) => {
            const response = await viewer.send<{ project: { id: string } }>(query, { id: subject.id });
            let outcome: string;
            if (response.data?.project?.id === subject.id && !response.errors) outcome = 'returned';
            else {
              const random = shapeOf(await viewer.send(query, { id: randomUUID() }));
              outcome = JSON.stringify(shapeOf(response)) === JSON.stringify(random) ? 'like a random id' : `differs: ${JSON.stringify(shapeOf(response))}`;
            }
            return { viewer: viewer.label, project: `${subject.state} ${subject.visibility}`, outcome };
          }),
        ),
      );
      expect(rows).toEqual(
        viewers.flatMap((viewer) => subjects.map((subject) => ({ viewer: viewer.label, project: `${subject.state} ${subject.visibility}`, outcome: sees(viewer, subject) ? 'returned' : 'like a random id' }))),
      );
    });

    it('the catalogue lists exactly the published projects the viewer sees (drafts only through `mine` or a DRAFT filter)', async () => {
      const rows = await Promise.all(
        viewers.map(async (viewer) => {
          const listed = new Set(ids((await catalogue(viewer.send)).nodes));
          const everyStatus = new Set(ids((await catalogue(viewer.send, { statuses: STATES })).nodes));
          return subjects.map((subject) => ({
            viewer: viewer.label,
            project: `${subject.state} ${subject.visibility}`,
            listed: listed.has(subject.id),
            withEveryStatus: everyStatus.has(subject.id),
          }));
        }),
      );
      expect(rows.flat()).toEqual(
        viewers.flatMap((viewer) =>
          subjects.map((subject) => ({
            viewer: viewer.label,
            project: `${subject.state} ${subject.visibility}`,
            listed: sees(viewer, subject) && subject.state !== 'DRAFT',
            withEveryStatus: sees(viewer, subject),
          })),
        ),
      );
      const mine = new Set(ids((await catalogue(owner.gql, { mine: true })).nodes));
      expect(subjects.filter((subject) => !mine.has(subject.id))).toEqual([]);
    });

    it('an attachment downloads (200) exactly when the project is visible, else 404 like a random file', async () => {
      const rows = await Promise.all(
        viewers.flatMap((viewer) =>
          subjects.map(async (subject) => {
            const answer = await download(server.url, subject.fileId, viewer.token);
            const random = await download(server.url, randomUUID(), viewer.token);
            const outcome = answer.status === 200 ? 200 : answer.status === 404 && answer.body === random.body ? 404 : `${answer.status} ${answer.body}`;
            return { viewer: viewer.label, project: `${subject.state} ${subject.visibility}`, outcome };
          }),
        ),
      );
      expect(rows).toEqual(
        viewers.flatMap((viewer) => subjects.map((subject) => ({ viewer: viewer.label, project: `${subject.state} ${subject.visibility}`, outcome: sees(viewer, subject) ? 200 : 404 }))),
      );
    });

    it("a suspended owner's projects disappear for everyone but its members (reads, catalogue, files)", async () => {
      const suspended = await organisation('Soon suspended', 'STATE');
      const fileId = await uploadPdf(server.url, suspended.session, suspended.organisationId, 'suspended');
      const projects = await Promise.all(
        (['PUBLIC', 'PLATFORM'] as const).map((visibility) => suspended.open({ title: `Suspended owner ${visibility}`, kind: 'CHALLENGE', domain: 'WATER', visibility, attachmentIds: [fileId] })),
      );
      const outsiders = viewers.filter((viewer) => !viewer.ofOwner);
      const visibleTo = async () =>
        Promise.all(
          outsiders.map(async (viewer) => {
            const listed = new Set(ids((await catalogue(viewer.send, { statuses: STATES })).nodes));
            const reads = await Promise.all(projects.map(async (project) => Boolean((await viewer.send<{ project: { id: string } }>('query ($id: ID!) { project(id: $id) { id } }', { id: project.id })).data?.project)));
            return { viewer: viewer.label, reads, listed: projects.map((project) => listed.has(project.id)), file: (await download(server.url, fileId, viewer.token)).status };
          }),
        );
      const before = await visibleTo();
      expect(before.filter((row) => row.viewer === 'anonymous')).toEqual([{ viewer: 'anonymous', reads: [true, false], listed: [true, false], file: 200 }]);

      must(await admin.gql('mutation ($id: ID!) { suspendOrganisation(id: $id, reason: "Kiểm thử") { id } }', { id: suspended.organisationId }), 'suspend');
      expect(await visibleTo()).toEqual(outsiders.map((viewer) => ({ viewer: viewer.label, reads: [false, false], listed: [false, false], file: 404 })));
      const random = shapeOf(await anonymous.send('query ($id: ID!) { project(id: $id) { id } }', { id: randomUUID() }));
      expect(shapeOf(await anonymous.send('query ($id: ID!) { project(id: $id) { id } }', { id: projects[0]?.id }))).toEqual(random);
      // Its own members still see them.
      expect((await suspended.mustRead(projects[0]?.id as string)).status).toBe('OPEN');
    });
  });

  // -------------------------------------------------------------------------------------------
  describe('clarification questions and eligibility', () => {
    const QUESTIONS = 'query ($id: ID!) { project(id: $id) { questions { id text answer askedByYou } } }';
    interface QuestionView {
      id: string;
      text: string;
      answer: string | null;
      askedByYou: boolean;
    }
    let project: ProjectView;
    let everyone: Viewer[];
    const questionsFor = async (viewer: Viewer) => must(await viewer.send<{ project: { questions: QuestionView[] } }>(QUESTIONS, { id: project.id }), `${viewer.label} questions`).project.questions;

    beforeAll(async () => {
      project = await owner.open({ title: 'Clarified call', kind: 'PILOT_TENDER', domain: 'PUBLIC_SAFETY', eligibleKinds: ['ENTERPRISE'] });
      everyone = [
        viewerOf('owner', owner),
        viewerOf('owner viewer', ownerViewer),
        viewerOf('asking enterprise', enterprise),
        viewerOf('viewer of the asking enterprise', enterpriseViewer),
        viewerOf('another enterprise', invited),
        viewerOf('university', university),
        viewerOf('pending enterprise', pending),
        userViewer('without organisation', noOrganisation),
        anonymous,
      ];
    });

    it('the schema names no asker: a question exposes only its text, answer, times and whether you asked it', () => {
      const type = loadSchema().getType('ProjectQuestion');
      if (!type || !('getFields' in type)) throw new Error('no ProjectQuestion type');
      expect(Object.keys(type.getFields()).sort()).toEqual(['answer', 'answeredAt', 'askedAt', 'askedByYou', 'id', 'text']);
    });

    it('an eligible enterprise asks; until answered only it and the owner see the question', async () => {
      const asked = must(await enterprise.ask(project.id, 'Có cần bảo lãnh dự thầu không?'), 'ask').askQuestion;
      expect(asked).toMatchObject({ text: 'Có cần bảo lãnh dự thầu không?', answer: null, askedByYou: true });
      const rows = await Promise.all(everyone.map(async (viewer) => ({ viewer: viewer.label, questions: await questionsFor(viewer) })));
      const sees = ['owner', 'owner viewer', 'asking enterprise', 'viewer of the asking enterprise'];
      const askers = ['asking enterprise', 'viewer of the asking enterprise'];
      expect(rows).toEqual(
        everyone.map((viewer) => ({
          viewer: viewer.label,
          questions: sees.includes(viewer.label) ? [{ id: asked.id, text: asked.text, answer: null, askedByYou: askers.includes(viewer.label) }] : [],
        })),
      );
    });

    it('the owner answers once; the answer reaches everyone who sees the project without saying who asked', async () => {
      const [question] = await questionsFor(viewerOf('owner', owner));
      if (!question) throw new Error('no question');
      // Not the owner's to answer: NOT_FOUND exactly like a random question (the asker sees its question, the university does not).
      for (const [who, api] of [
        ['the asking enterprise', enterprise],
        ['a university', university],
      ] as const) {
        const refused = shapeOf(await api.answer(question.id, 'Không phải của tôi'));
        expect({ who, codes: refused.errors.map((error) => (error.extensions as { code?: string }).code) }).toEqual({ who, codes: ['NOT_FOUND'] });
        expect({ who, refused }).toEqual({ who, refused: shapeOf(await api.answer(randomUUID(), 'x')) });
      }
      expect(onlyError(await ownerViewer.answer(question.id, 'Người xem')).extensions?.code).toBe('FORBIDDEN');
      expect(onlyError(await anonymous.send('mutation ($q: ID!) { answerQuestion(questionId: $q, answer: "a") { id } }', { q: question.id })).extensions?.code).toBe('UNAUTHENTICATED');
      expect(onlyError(await owner.answer(question.id, '   ')).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'answer' });
      expect((await questionsFor(viewerOf('owner', owner)))[0]?.answer).toBeNull();

      const answered = must(await ownerMember.answer(question.id, 'Không cần bảo lãnh.'), 'answer').answerQuestion;
      expect(answered.answer).toBe('Không cần bảo lãnh.');
      const twice = onlyError(await owner.answer(question.id, 'Lần hai'));
      expect(twice.extensions).toEqual({ code: 'INVALID_TRANSITION' });

      const rows = await Promise.all(everyone.map(async (viewer) => ({ viewer: viewer.label, questions: await questionsFor(viewer) })));
      const askers = ['asking enterprise', 'viewer of the asking enterprise'];
      expect(rows).toEqual(
        everyone.map((viewer) => ({
          viewer: viewer.label,
          questions: [{ id: question.id, text: question.text, answer: 'Không cần bảo lãnh.', askedByYou: askers.includes(viewer.label) }],
        })),
      );
      // Nothing in the public answer names the asking organisation or user.
      const raw = JSON.stringify(await anonymous.send(`query ($id: ID!) { project(id: $id) { questions { id text answer askedAt answeredAt askedByYou } } }`, { id: project.id }));
      expect(raw).not.toContain(enterprise.organisationId);
      expect(raw).not.toContain(enterprise.session.userId);
    });

    it('refuses questions from those who may not respond, with the reason in the reader’s language, storing nothing', async () => {
      const before = (await questionsFor(viewerOf('owner', owner))).length;
      const ask = async (api: ProjectsApi, locale = 'en') => onlyError(await api.session.gql('mutation ($p: ID!) { askQuestion(projectId: $p, text: "Câu hỏi?") { id } }', { p: project.id }, { 'x-organisation-id': api.organisationId, 'accept-language': locale }));
      const refusals = {
        university: await ask(university),
        universityVi: await ask(university, 'vi'),
        own: await ask(owner),
        pending: await ask(pending),
        viewer: await ask(enterpriseViewer),
      };
      expect(Object.fromEntries(Object.entries(refusals).map(([who, error]) => [who, { code: error.extensions?.code, message: error.message }]))).toEqual({
        university: { code: 'FORBIDDEN', message: MESSAGES.KIND_NOT_ELIGIBLE_EN },
        universityVi: { code: 'FORBIDDEN', message: MESSAGES.KIND_NOT_ELIGIBLE_VI },
        own: { code: 'FORBIDDEN', message: MESSAGES.OWN_PROJECT },
        pending: { code: 'FORBIDDEN', message: MESSAGES.ORGANISATION_PENDING },
        viewer: { code: 'FORBIDDEN', message: MESSAGES.ROLE_TOO_LOW },
      });
      const nobody = onlyError(await noOrganisation.gql('mutation ($p: ID!) { askQuestion(projectId: $p, text: "?") { id } }', { p: project.id }, EN));
      expect({ code: nobody.extensions?.code, message: nobody.message }).toEqual({ code: 'FORBIDDEN', message: MESSAGES.NO_ORGANISATION });
      expect(onlyError(await anonymous.send('mutation ($p: ID!) { askQuestion(projectId: $p, text: "?") { id } }', { p: project.id })).extensions?.code).toBe('UNAUTHENTICATED');
      expect(onlyError(await enterprise.ask(project.id, '  ')).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'text' });
      expect(onlyError(await enterprise.ask(project.id, 'q'.repeat(2001))).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'text' });
      // A draft takes no questions; a hidden project is NOT_FOUND like a random one.
      const draft = await owner.draft({ title: 'Unpublished', kind: 'CHALLENGE', domain: 'WATER', eligibleKinds: ['ENTERPRISE'] });
      expect(shapeOf(await enterprise.ask(draft.id, 'Câu hỏi?'))).toEqual(shapeOf(await enterprise.ask(randomUUID(), 'Câu hỏi?')));
      expect((await questionsFor(viewerOf('owner', owner))).length).toBe(before);
    });

    it('eligibility { eligible reason message } for each kind of viewer', async () => {
      const query = 'query ($id: ID!) { project(id: $id) { eligibility { eligible reason message } } }';
      const table = [
        [viewerOf('owner', owner), 'OWN_PROJECT'],
        [viewerOf('owner viewer', ownerViewer), 'OWN_PROJECT'],
        [viewerOf('eligible enterprise member', enterprise), null],
        [viewerOf('another eligible enterprise', invited), null],
        [viewerOf('enterprise viewer', enterpriseViewer), 'ROLE_TOO_LOW'],
        [viewerOf('university', university), 'KIND_NOT_ELIGIBLE'],
        [viewerOf('state', otherState), 'KIND_NOT_ELIGIBLE'],
        [viewerOf('pending enterprise', pending), 'ORGANISATION_PENDING'],
        [userViewer('without organisation', noOrganisation), 'NO_ORGANISATION'],
        [userViewer('platform administrator', admin), 'NO_ORGANISATION'],
        [anonymous, 'SIGN_IN_REQUIRED'],
      ] as const;
      const rows = await Promise.all(
        table.map(async ([viewer]) => {
          const { eligible, reason, message } = must(await viewer.send<{ project: { eligibility: { eligible: boolean; reason: string | null; message: string | null } } }>(query, { id: project.id }), viewer.label).project.eligibility;
          return { viewer: viewer.label, eligible, reason, hasMessage: Boolean(message) };
        }),
      );
      expect(rows).toEqual(table.map(([viewer, reason]) => ({ viewer: viewer.label, eligible: reason === null, reason, hasMessage: reason !== null })));
      const university_ = must(await university.gql<{ project: { eligibility: { message: string } } }>(query, { id: project.id }), 'eligibility').project.eligibility;
      expect(university_.message).toBe(MESSAGES.KIND_NOT_ELIGIBLE_EN);

      const cancelled = await owner.open({ title: 'Cancelled before questions', kind: 'CHALLENGE', domain: 'WATER', eligibleKinds: ['ENTERPRISE'] });
      must(await owner.cancel(cancelled.id, 'Không còn nhu cầu'), 'cancel');
      const late = must(await enterprise.gql<{ project: { eligibility: { eligible: boolean; reason: string } } }>(query, { id: cancelled.id }), 'eligibility').project.eligibility;
      expect(late).toMatchObject({ eligible: false, reason: 'NOT_OPEN' });
      expect(onlyError(await enterprise.ask(cancelled.id, 'Còn nhận không?')).extensions?.code).toBe('INVALID_TRANSITION');
    });
  });

  // -------------------------------------------------------------------------------------------
  describe('search, filters, sorts, facets and suggestions', () => {
    const NONCE = `kx${randomUUID().replace(/[^a-f]/g, '').slice(0, 6)}q`;
    interface Entry {
      key: string;
      by: 'state' | 'university' | 'reco';
      title: string;
      state: 'OPEN' | 'DRAFT' | 'CANCELLED' | 'EVALUATION';
      kind: string;
      domain: string;
      indicators: string[];
      eligibleKinds: string[];
      budget?: { amount: number; currency?: string };
      closesInDays: number;
      location?: string;
      description?: string;
    }
    const CORPUS: Entry[] = [
      { key: 'traffic', by: 'state', title: 'Hệ thống giao thông thông minh cho Thủ Dầu Một', state: 'OPEN', kind: 'PILOT_TENDER', domain: 'MOBILITY', indicators: ['BROADBAND', 'INNOVATION'], eligibleKinds: ['ENTERPRISE'], budget: { amount: 5_000_000_000 }, closesInDays: 10 },
      { key: 'planning', by: 'state', title: 'Quy hoạch đô thị xanh tỉnh Bình Dương', state: 'OPEN', kind: 'RESEARCH_CALL', domain: 'URBAN_PLANNING', indicators: ['SUSTAINABILITY'], eligibleKinds: ['UNIVERSITY'], budget: { amount: 2_000_000_000 }, closesInDays: 20, location: 'Bình Dương' },
      { key: 'lighting', by: 'state', title: 'Smart city lighting pilot', state: 'OPEN', kind: 'PILOT_TENDER', domain: 'ENERGY', indicators: ['SUSTAINABILITY', 'INNOVATION'], eligibleKinds: ['ENTERPRISE', 'UNIVERSITY'], budget: { amount: 8_000_000_000 }, closesInDays: 5 },
      { key: 'opendata', by: 'state', title: 'Nền tảng dữ liệu mở cho chính quyền số', state: 'OPEN', kind: 'CHALLENGE', domain: 'E_GOVERNMENT', indicators: ['DIGITAL_EQUALITY'], eligibleKinds: ['UNIVERSITY', 'ENTERPRISE'], closesInDays: 30 },
      { key: 'water', by: 'state', title: 'Quan trắc chất lượng nước sông Sài Gòn', state: 'OPEN', kind: 'RESEARCH_CALL', domain: 'WATER', indicators: ['SUSTAINABILITY'], eligibleKinds: ['UNIVERSITY'], budget: { amount: 100_000, currency: 'USD' }, closesInDays: 15, description: 'Số liệu quan trắc phục vụ quy hoạch đô thị xanh.' },
      { key: 'draft', by: 'state', title: 'Bản nháp camera thông minh', state: 'DRAFT', kind: 'PILOT_TENDER', domain: 'PUBLIC_SAFETY', indicators: [], eligibleKinds: ['ENTERPRISE'], closesInDays: 25 },
      { key: 'cancelled', by: 'state', title: 'Giám sát an ninh thông minh', state: 'CANCELLED', kind: 'PILOT_TENDER', domain: 'PUBLIC_SAFETY', indicators: ['BROADBAND'], eligibleKinds: ['ENTERPRISE'], budget: { amount: 3_500_000_000 }, closesInDays: 8 },
      { key: 'closed', by: 'state', title: 'Giao thông thông minh Thủ Dầu Một giai đoạn một', state: 'EVALUATION', kind: 'PILOT_TENDER', domain: 'MOBILITY', indicators: ['INNOVATION'], eligibleKinds: ['ENTERPRISE'], budget: { amount: 4_000_000_000 }, closesInDays: 0 },
      { key: 'forUniversities', by: 'state', title: 'Giao thông thông minh Thủ Dầu Một cho nhà trường', state: 'OPEN', kind: 'RESEARCH_CALL', domain: 'MOBILITY', indicators: ['KNOWLEDGE_WORKFORCE'], eligibleKinds: ['UNIVERSITY'], closesInDays: 18 },
      { key: 'training', by: 'university', title: 'Đào tạo nhân lực đô thị thông minh', state: 'OPEN', kind: 'RESEARCH_CALL', domain: 'EDUCATION', indicators: ['KNOWLEDGE_WORKFORCE'], eligibleKinds: ['ENTERPRISE', 'STATE'], budget: { amount: 3_000_000_000 }, closesInDays: 12 },
      { key: 'pilotLights', by: 'state', title: 'Thí điểm chiếu sáng công cộng tiết kiệm', state: 'OPEN', kind: 'CHALLENGE', domain: 'ENERGY', indicators: ['SUSTAINABILITY'], eligibleKinds: ['STATE'], closesInDays: 40 },
      { key: 'own', by: 'reco', title: 'Giao thông thông minh Thủ Dầu Một nội bộ', state: 'OPEN', kind: 'PARTNERSHIP', domain: 'MOBILITY', indicators: [], eligibleKinds: ['ENTERPRISE'], closesInDays: 9 },
    ];
    const ORGANISATION_NAME = `Sở Zephyrion Thử Nghiệm ${NONCE}`;
    const byKey: Record<string, { entry: Entry; id: string; closesAt: string }> = {};
    let stateOrg: ProjectsApi;
    let universityOrg: ProjectsApi;
    let recoOrg: ProjectsApi;
    /** Ids of the corpus a search found, by key, in the order found. */
    const found = (nodes: { id: string }[]) => nodes.flatMap((node) => Object.values(byKey).filter((item) => item.id === node.id).map((item) => item.entry.key));
    const search = async (text: string, viewer: Viewer = anonymous, extra: Record<string, unknown> = {}, sort?: string) => found((await catalogue(viewer.send, { search: text, ...extra }, sort)).nodes);
    /** The corpus keys a filter should find, by the rule in the test (anonymous: published, visible to all). */
    const expected = (keep: (entry: Entry) => boolean) => CORPUS.filter((entry) => entry.state !== 'DRAFT' && keep(entry)).map((entry) => entry.key).sort();

    beforeAll(async () => {
      const user = await signUp(server.url, 'Search owner', 'en');
      const created = must(await user.gql<{ createOrganisation: { id: string } }>('mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }', { input: { name: ORGANISATION_NAME, kind: 'STATE' } }), 'createOrganisation');
      must(await admin.gql('mutation ($id: ID!) { verifyOrganisation(id: $id) { id } }', { id: created.createOrganisation.id }), 'verify');
      stateOrg = projectsAs(user, created.createOrganisation.id);
      universityOrg = await organisation('Search university', 'UNIVERSITY');
      const recoUser = await signUp(server.url, 'Recommended', 'en');
      const reco = must(
        await recoUser.gql<{ createOrganisation: { id: string } }>('mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }', {
          input: { name: `Công ty Giải pháp ${NONCE}`, kind: 'ENTERPRISE', expertise: ['giao thông thông minh', 'Thủ Dầu Một'] },
        }),
        'createOrganisation',
      );
      must(await admin.gql('mutation ($id: ID!) { verifyOrganisation(id: $id) { id } }', { id: reco.createOrganisation.id }), 'verify');
      recoOrg = projectsAs(recoUser, reco.createOrganisation.id);

      const apis = { state: stateOrg, university: universityOrg, reco: recoOrg };
      // The one that must close first is made first.
      for (const entry of [...CORPUS].sort((a, b) => (a.state === 'EVALUATION' ? -1 : 0) - (b.state === 'EVALUATION' ? -1 : 0))) {
        const api = apis[entry.by];
        const input = {
          title: entry.title,
          summary: `Mô tả ngắn, mã ${NONCE}.`,
          kind: entry.kind,
          domain: entry.domain,
          indicators: entry.indicators,
          eligibleKinds: entry.eligibleKinds,
          budget: entry.budget ?? null,
          location: entry.location ?? null,
          description: entry.description ?? '',
          criteria: CRITERIA,
          closesAt: entry.state === 'EVALUATION' ? fromNow(2500) : fromNow(entry.closesInDays * DAY),
        };
        const draft = await api.draft(input);
        if (entry.state !== 'DRAFT') must(await api.publish(draft.id), 'publish');
        if (entry.state === 'CANCELLED') must(await api.cancel(draft.id, 'Thay đổi kế hoạch'), 'cancel');
        byKey[entry.key] = { entry, id: draft.id, closesAt: input.closesAt };
      }
      await waitUntilPast(byKey.closed?.closesAt ?? fromNow(0));
    });

    it('finds Vietnamese with or without diacritics, and forgives a typo', async () => {
      const smart = expected((entry) => /thông minh/i.test(entry.title));
      expect((await search('thong minh')).sort()).toEqual(smart);
      expect((await search('thông minh')).sort()).toEqual(smart);
      expect((await search('THÔNG MINH')).sort()).toEqual(smart);
      expect(await search('Binh Duogn')).toContain('planning');
      expect(await search('Bình Dương')).toContain('planning');
      for (const text of ['đô thị', 'do thi', 'Đô Thị']) {
        const hits = await search(text);
        // In a title (planning, training) or only in the description (water).
        expect({ text, hits: hits.filter((key) => ['planning', 'training', 'water'].includes(key)).sort() }).toEqual({ text, hits: ['planning', 'training', 'water'] });
        // "do" is an English stop word: the English stems must not shrink "do thi" to 'thi' (and find "Thí điểm").
        expect({ text, lighting: hits.includes('lighting'), opendata: hits.includes('opendata'), pilotLights: hits.includes('pilotLights') }).toEqual({
          text,
          lighting: false,
          opendata: false,
          pilotLights: false,
        });
      }
    });

    it('finds English words by their stem, and projects by their organisation’s name', async () => {
      expect(await search('cities')).toEqual(['lighting']);
      expect(await search('lights')).toEqual(['lighting']);
      expect((await search('Zephyrion')).sort()).toEqual(expected((entry) => entry.by === 'state'));
      expect((await search('zephyrion thu nghiem')).sort()).toEqual(expected((entry) => entry.by === 'state'));
    });

    it('ranks the best match first (RELEVANCE is the default with a search text)', async () => {
      // Every word in the title of one, only in the description of the other.
      const hits = await search('quy hoạch đô thị xanh', anonymous, {});
      expect(hits.slice(0, 2)).toEqual(['planning', 'water']);
      expect(await search('quy hoạch đô thị xanh', anonymous, {}, 'RELEVANCE')).toEqual(hits);
    });

    it.each([
      ['kinds', { kinds: ['PILOT_TENDER'] }, (entry: Entry) => entry.kind === 'PILOT_TENDER'],
      ['domains', { domains: ['WATER', 'ENERGY'] }, (entry: Entry) => ['WATER', 'ENERGY'].includes(entry.domain)],
      ['indicators', { indicators: ['INNOVATION'] }, (entry: Entry) => entry.indicators.includes('INNOVATION')],
      ['statuses OPEN', { statuses: ['OPEN'] }, (entry: Entry) => entry.state === 'OPEN'],
      ['statuses CANCELLED, EVALUATION', { statuses: ['CANCELLED', 'EVALUATION'] }, (entry: Entry) => ['CANCELLED', 'EVALUATION'].includes(entry.state)],
      ['organisationKinds', { organisationKinds: ['UNIVERSITY'] }, (entry: Entry) => entry.by === 'university'],
      ['eligibleKinds', { eligibleKinds: ['STATE'] }, (entry: Entry) => entry.eligibleKinds.includes('STATE')],
      ['closesAfter and closesBefore', { closesAfter: fromNow(9 * DAY), closesBefore: fromNow(16 * DAY) }, (entry: Entry) => entry.state !== 'EVALUATION' && entry.closesInDays >= 9 && entry.closesInDays <= 16],
      ['a VND budget range', { budgetMin: 2_000_000_000, budgetMax: 5_000_000_000 }, (entry: Entry) => !entry.budget?.currency && (entry.budget?.amount ?? -1) >= 2_000_000_000 && (entry.budget?.amount ?? -1) <= 5_000_000_000],
      ['a USD budget range', { budgetMin: 0, budgetCurrency: 'USD' }, (entry: Entry) => entry.budget?.currency === 'USD'],
      ['kinds and domains together', { kinds: ['PILOT_TENDER'], domains: ['MOBILITY'] }, (entry: Entry) => entry.kind === 'PILOT_TENDER' && entry.domain === 'MOBILITY'],
    ])('filters by %s', async (_name, filter, keep) => {
      expect((await search(NONCE, anonymous, filter)).sort()).toEqual(expected(keep));
    });

    it('refuses inverted ranges with RANGE_INVALID', async () => {
      const budget = onlyError(await anonymous.send(CATALOGUE, { filter: { budgetMin: 10, budgetMax: 5 } }));
      expect({ extensions: budget.extensions, message: budget.message }).toEqual({ extensions: { code: 'BAD_USER_INPUT', field: 'filter.budgetMax' }, message: 'The lower bound must not be above the upper bound.' });
      const dates = onlyError(await anonymous.send(CATALOGUE, { filter: { closesAfter: fromNow(2 * DAY), closesBefore: fromNow(DAY) } }));
      expect(dates.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'filter.closesBefore' });
      expect(onlyError(await anonymous.send(CATALOGUE, { filter: { budgetMin: -1 } })).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'filter.budgetMin' });
    });

    it.each(['CLOSING_SOON', 'NEWEST', 'BUDGET_HIGH', 'BUDGET_LOW', 'RELEVANCE'])('sorts by %s, and pages of two neither repeat nor skip', async (sort) => {
      const whole = await catalogue(anonymous.send, { search: NONCE }, sort, 100);
      const paged = await catalogue(anonymous.send, { search: NONCE }, sort, 2);
      expect(ids(paged.nodes)).toEqual(ids(whole.nodes));
      expect(new Set(ids(paged.nodes)).size).toBe(paged.nodes.length);
      expect(paged.totalCount).toBe(whole.nodes.length);
      expect(found(whole.nodes).sort()).toEqual(expected(() => true));
      const time = (value: string | null) => (value ? new Date(value).getTime() : Number.POSITIVE_INFINITY);
      const keyOf: Record<string, (node: CatalogueNode) => number> = {
        CLOSING_SOON: (node) => time(node.closesAt),
        NEWEST: (node) => -new Date(node.publishedAt ?? node.createdAt).getTime(),
        BUDGET_HIGH: (node) => -(node.budget?.amount ?? -1),
        BUDGET_LOW: (node) => node.budget?.amount ?? Number.MAX_SAFE_INTEGER,
      };
      const key = keyOf[sort];
      if (key) {
        const keys = whole.nodes.map(key);
        expect(keys).toEqual([...keys].sort((a, b) => a - b));
      }
    });

    it('pages the whole catalogue in small pages without repeats or gaps', async () => {
      const whole = await catalogue(anonymous.send, {}, 'CLOSING_SOON', 100);
      const paged = await catalogue(anonymous.send, {}, 'CLOSING_SOON', 7);
      expect(ids(paged.nodes)).toEqual(ids(whole.nodes));
      expect(whole.totalCount).toBe(whole.nodes.length);
    });

    it('counts facets for each dimension with every other filter applied', async () => {
      const query = `query ($filter: ProjectFilter) { projects(filter: $filter, first: 1) { totalCount facets {
        kinds { value count } domains { value count } indicators { value count } statuses { value count } eligibleKinds { value count } organisationKinds { value count } } } }`;
      const filter = { search: NONCE, kinds: ['RESEARCH_CALL'], domains: ['URBAN_PLANNING', 'EDUCATION', 'WATER', 'MOBILITY'] };
      const data = must(await anonymous.send<{ projects: { totalCount: number; facets: Record<string, { value: string; count: number }[]> } }>(query, { filter }), 'facets');
      const visible = CORPUS.filter((entry) => entry.state !== 'DRAFT');
      const matches = (entry: Entry, without?: string) =>
        (without === 'kinds' || filter.kinds.includes(entry.kind)) && (without === 'domains' || filter.domains.includes(entry.domain));
      const count = (without: string, values: (entry: Entry) => string[]) => {
        const counts = new Map<string, number>();
        for (const entry of visible.filter((candidate) => matches(candidate, without))) for (const value of values(entry)) counts.set(value, (counts.get(value) ?? 0) + 1);
        return [...counts.entries()].map(([value, n]) => ({ value, count: n })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
      };
      const organisationKind = { state: 'STATE', university: 'UNIVERSITY', reco: 'ENTERPRISE' } as const;
      expect(data.projects.totalCount).toBe(visible.filter((entry) => matches(entry)).length);
      expect(data.projects.facets).toEqual({
        kinds: count('kinds', (entry) => [entry.kind]),
        domains: count('domains', (entry) => [entry.domain]),
        indicators: count('', (entry) => entry.indicators),
        statuses: count('', (entry) => [entry.state]),
        eligibleKinds: count('', (entry) => entry.eligibleKinds),
        organisationKinds: count('', (entry) => [organisationKind[entry.by]]),
      });
    });

    it('`mine` lists the active organisation’s projects, drafts included, and only them', async () => {
      const mine = found((await catalogue(stateOrg.gql, { mine: true })).nodes).sort();
      expect(mine).toEqual(CORPUS.filter((entry) => entry.by === 'state').map((entry) => entry.key).sort());
      const theirs = found((await catalogue(universityOrg.gql, { mine: true })).nodes);
      expect(theirs).toEqual(['training']);
      expect(onlyError(await anonymous.send(CATALOGUE, { filter: { mine: true } })).extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('recommends open calls matching the expertise first, with the reasons, and never ineligible, own, closed, draft or cancelled ones', async () => {
      const query = 'query { recommendedProjects(first: 100) { score reasons matchedExpertise project { id } } }';
      const data = must(await recoOrg.gql<{ recommendedProjects: { score: number; reasons: string[]; matchedExpertise: string[]; project: { id: string } }[] }>(query), 'recommendedProjects');
      const list = data.recommendedProjects;
      const keys = found(list.map((item) => item.project));
      expect(keys[0]).toBe('traffic');
      expect(list[0]?.project.id).toBe(byKey.traffic?.id);
      expect(list[0]?.reasons).toEqual(expect.arrayContaining(['ELIGIBLE_KIND', 'EXPERTISE_MATCH']));
      expect([...(list[0]?.matchedExpertise ?? [])].sort()).toEqual(['Thủ Dầu Một', 'giao thông thông minh'].sort());
      expect(list.slice(1).every((item) => item.score < (list[0]?.score ?? 0))).toBe(true);
      expect(keys.filter((key) => ['forUniversities', 'own', 'closed', 'draft', 'cancelled', 'planning', 'water'].includes(key))).toEqual([]);
      expect(keys).toEqual(expect.arrayContaining(['traffic', 'lighting', 'opendata', 'training']));
      expect(onlyError(await anonymous.send(query)).extensions?.code).toBe('UNAUTHENTICATED');
    });
  });

  // -------------------------------------------------------------------------------------------
  describe('attachments', () => {
    it('uploads a real PDF, attaches it to a draft, and serves it to the public once the call is published', async () => {
      const document = pdf('Điều khoản tham chiếu');
      const uploaded = await uploadFile(server.url, owner.session, owner.organisationId, document, 'Điều khoản tham chiếu.pdf');
      expect(uploaded.status).toBe(201);
      expect(uploaded.body).toMatchObject({ contentType: 'application/pdf', size: document.length });
      const fileId = uploaded.body.id as string;
      const draft = await owner.draft({ title: 'Call with terms of reference', kind: 'RESEARCH_CALL', domain: 'EDUCATION', ...PUBLISHABLE, closesAt: fromNow(10 * DAY), attachmentIds: [fileId] });
      expect(draft.attachments).toEqual([{ id: fileId, name: expect.stringMatching(/\.pdf$/), url: `/api/files/${fileId}` }]);
      expect((await download(server.url, fileId)).status).toBe(404);
      must(await owner.publish(draft.id), 'publish');
      const response = await fetch(`${server.url}/api/files/${fileId}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/pdf');
      expect(Buffer.from(await response.arrayBuffer()).equals(document)).toBe(true);
    });

    it("refuses another organisation's file (even a public one) on input.attachmentIds, and writes nothing", async () => {
      const theirs = await uploadPdf(server.url, enterprise.session, enterprise.organisationId, 'not yours');
      const published = await enterprise.open({ title: 'Enterprise partnership offer', kind: 'PARTNERSHIP', domain: 'ECONOMY_INDUSTRY', attachmentIds: [await uploadPdf(server.url, enterprise.session, enterprise.organisationId, 'public')] });
      const publicFile = published.attachments[0]?.id as string;
      expect((await download(server.url, publicFile)).status).toBe(200);
      const draft = await owner.draft({ title: 'Call that may not borrow files', kind: 'CHALLENGE', domain: 'WATER' });
      for (const fileId of [theirs, publicFile, randomUUID()]) {
        const created = onlyError(await owner.create({ title: 'Borrowing', kind: 'CHALLENGE', domain: 'WATER', attachmentIds: [fileId] }));
        expect(created.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.attachmentIds' });
        const updated = onlyError(await owner.update(draft.id, { attachmentIds: [fileId] }, draft.version));
        expect(updated.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.attachmentIds' });
      }
      expect(await stored(draft.id)).toEqual(draft);
    });

    it('refuses an upload that is too large (413) or from a viewer (403), leaving nothing to attach', async () => {
      const large = Buffer.concat([pdf('large'), Buffer.alloc(FILE_MAX_BYTES, 0x20)]);
      const tooLarge = await uploadFile(server.url, owner.session, owner.organisationId, large, 'large.pdf');
      expect({ status: tooLarge.status, code: tooLarge.body.code }).toEqual({ status: 413, code: 'BAD_USER_INPUT' });
      const byViewer = await uploadFile(server.url, ownerViewer.session, owner.organisationId, pdf('viewer'), 'viewer.pdf');
      expect({ status: byViewer.status, code: byViewer.body.code, id: byViewer.body.id }).toEqual({ status: 403, code: 'FORBIDDEN', id: undefined });
    });
  });
});
