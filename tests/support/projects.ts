import type { Session } from './accounts';
import type { GraphQLResponse } from './graphql';

/**
 * Helpers for suites about smart-city projects (calls): real documents to upload, and the
 * project operations as the web client sends them.
 */

/** A small, well-formed one-page PDF (header, objects, cross-reference table, trailer) showing `text`. */
export function pdf(text = 'Helix test document'): Buffer {
  const stream = `BT /F1 18 Tf 72 720 Td (${text.replace(/[()\\]/g, '\\$&')}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${Buffer.byteLength(stream)} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

export interface UploadedFile {
  id: string;
  name: string;
  contentType: string;
  size: number;
  sha256: string;
  url: string;
}

/** `POST /api/files` as the web client sends it (multipart `file`, `X-Requested-With`). */
export async function uploadFile(
  url: string,
  session: Session,
  organisationId: string,
  data: Buffer = pdf(),
  name = 'tài liệu.pdf',
): Promise<{ status: number; body: Partial<UploadedFile> & { code?: string; message?: string; field?: string } }> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(data)]), name);
  const response = await fetch(`${url}/api/files`, {
    method: 'POST',
    body: form,
    headers: { authorization: `Bearer ${session.token}`, 'x-requested-with': 'x', 'x-organisation-id': organisationId, 'accept-language': 'en' },
  });
  return { status: response.status, body: (await response.json()) as Partial<UploadedFile> };
}

/** Uploads a PDF for `organisationId` and returns its id (throws when refused). */
export async function uploadPdf(url: string, session: Session, organisationId: string, text?: string): Promise<string> {
  const { status, body } = await uploadFile(url, session, organisationId, pdf(text));
  if (status !== 201 || !body.id) throw new Error(`upload failed: ${status} ${JSON.stringify(body)}`);
  return body.id;
}

/** `GET /api/files/:id` as `token` (anonymous without one). */
export async function download(url: string, id: string, token?: string): Promise<{ status: number; body: string }> {
  const response = await fetch(`${url}/api/files/${id}`, { headers: { 'accept-language': 'en', ...(token ? { authorization: `Bearer ${token}` } : {}) } });
  return { status: response.status, body: await response.text() };
}

/** An ISO time `ms` milliseconds from now. */
export const fromNow = (ms: number): string => new Date(Date.now() + ms).toISOString();
export const DAY = 86_400_000;

/** Waits until the clock has passed `iso` by `marginMs`. */
export async function waitUntilPast(iso: string, marginMs = 150): Promise<void> {
  const wait = new Date(iso).getTime() + marginMs - Date.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
}

/** Criteria that weigh 100 together. */
export const CRITERIA = [
  { name: 'Giải pháp kỹ thuật', weight: 60 },
  { name: 'Năng lực đội ngũ', weight: 40 },
];

/** What a publishable project needs besides title, kind and domain. */
export const PUBLISHABLE = {
  summary: 'Tóm tắt đủ để công bố.',
  eligibleKinds: ['STATE', 'UNIVERSITY', 'ENTERPRISE'],
  criteria: CRITERIA,
};

export const PROJECT_FIELDS = `id title summary description status visibility version kind domain location sealed
  eligibleKinds closesAt opensAt publishedAt cancelledAt cancellationReason createdAt
  budget { amount currency } criteria { name weight } attachments { id name url }
  indicators { code } invitedOrganisations { id } owner { id name kind } viewerCanManage`;

export interface ProjectView {
  id: string;
  title: string;
  summary: string;
  description: string;
  status: string;
  visibility: string;
  version: number;
  kind: string;
  domain: string;
  location: string | null;
  sealed: boolean;
  eligibleKinds: string[];
  closesAt: string | null;
  opensAt: string | null;
  publishedAt: string | null;
  cancelledAt: string | null;
  cancellationReason: string | null;
  createdAt: string;
  budget: { amount: number; currency: string } | null;
  criteria: { name: string; weight: number }[];
  attachments: { id: string; name: string; url: string }[];
  indicators: { code: string }[];
  invitedOrganisations: { id: string }[];
  owner: { id: string; name: string; kind: string };
  viewerCanManage: boolean;
}

/** The project operations of one user acting for one organisation (in English unless told). */
export function projectsAs(session: Session, organisationId: string, locale = 'en') {
  const headers = { 'x-organisation-id': organisationId, 'accept-language': locale };
  const gql = <T>(query: string, variables: Record<string, unknown> = {}) => session.gql<T>(query, variables, headers);
  const must = async <T>(response: Promise<GraphQLResponse<T>>, what: string): Promise<T> => {
    const answer = await response;
    if (answer.errors?.length || !answer.data) throw new Error(`${what} failed: ${JSON.stringify(answer.errors)}`);
    return answer.data;
  };
  const api = {
    session,
    organisationId,
    gql,
    create: (input: Record<string, unknown>) => gql<{ createProject: ProjectView }>(`mutation ($input: CreateProjectInput!) { createProject(input: $input) { ${PROJECT_FIELDS} } }`, { input }),
    update: (id: string, input: Record<string, unknown>, expectedVersion: number) =>
      gql<{ updateProject: ProjectView }>(`mutation ($id: ID!, $input: UpdateProjectInput!, $v: Int!) { updateProject(id: $id, input: $input, expectedVersion: $v) { ${PROJECT_FIELDS} } }`, {
        id,
        input,
        v: expectedVersion,
      }),
    publish: (id: string) => gql<{ publishProject: ProjectView }>(`mutation ($id: ID!) { publishProject(id: $id) { ${PROJECT_FIELDS} } }`, { id }),
    extend: (id: string, closesAt: string) =>
      gql<{ extendProjectDeadline: ProjectView }>(`mutation ($id: ID!, $at: DateTime!) { extendProjectDeadline(id: $id, closesAt: $at) { ${PROJECT_FIELDS} } }`, { id, at: closesAt }),
    cancel: (id: string, reason: string) => gql<{ cancelProject: ProjectView }>(`mutation ($id: ID!, $reason: String!) { cancelProject(id: $id, reason: $reason) { ${PROJECT_FIELDS} } }`, { id, reason }),
    read: (id: string) => gql<{ project: ProjectView }>(`query ($id: ID!) { project(id: $id) { ${PROJECT_FIELDS} } }`, { id }),
    ask: (projectId: string, text: string) =>
      gql<{ askQuestion: { id: string; text: string; answer: string | null; askedByYou: boolean } }>(
        'mutation ($p: ID!, $t: String!) { askQuestion(projectId: $p, text: $t) { id text answer askedByYou } }',
        { p: projectId, t: text },
      ),
    answer: (questionId: string, answer: string) =>
      gql<{ answerQuestion: { id: string; answer: string | null } }>('mutation ($q: ID!, $a: String!) { answerQuestion(questionId: $q, answer: $a) { id answer } }', {
        q: questionId,
        a: answer,
      }),
    /** Creates a draft and returns it (throws when refused). */
    draft: async (input: Record<string, unknown>) => (await must(api.create(input), 'createProject')).createProject,
    /** Creates and publishes; returns the published project. */
    open: async (input: Record<string, unknown>) => {
      const draft = await api.draft({ closesAt: fromNow(30 * DAY), ...PUBLISHABLE, ...input });
      return (await must(api.publish(draft.id), 'publishProject')).publishProject;
    },
    mustRead: async (id: string) => (await must(api.read(id), 'project')).project,
  };
  return api;
}

export type ProjectsApi = ReturnType<typeof projectsAs>;
