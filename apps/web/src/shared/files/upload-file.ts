import i18next from 'i18next';
import { type ErrorCode, isErrorCode } from '@helix/domain';
import { refreshSessionOverHttp } from '@web/app/apollo';
import { toLocale } from '@web/shared/i18n/locale';
import { activeOrganisation, ORGANISATION_HEADER } from '@web/shared/session/active-organisation';
import { sessionHint } from '@web/shared/session/session-hint';

/** Where files are uploaded (POST, multipart field `file`) and, with `/<id>`, downloaded. */
export const UPLOAD_URL = '/api/files';

/** A stored file as the API describes it (`POST /api/files` answers this; GraphQL's FileAttachment has the same fields). */
export interface UploadedFile {
  id: string;
  /** Safe name, ending in the extension of the type recognised from the content. */
  name: string;
  /** Recognised from the content, never from the name. */
  contentType: string;
  /** Bytes. */
  size: number;
  sha256: string;
  /** Same-origin download address, `/api/files/<id>`. */
  url: string;
  createdAt: string;
}

/** A refused or failed upload: the server's code, field and message (already in the reader's language). */
export class UploadError extends Error {
  constructor(
    message: string,
    /** The stable code (`BAD_USER_INPUT`, `UNAUTHENTICATED`, `FORBIDDEN`…); undefined when the server never answered. */
    readonly code: ErrorCode | undefined,
    /** For BAD_USER_INPUT: the offending field (`file`). */
    readonly field: string | undefined,
    /** HTTP status; 0 for a network failure. */
    readonly status: number,
  ) {
    super(message);
    this.name = 'UploadError';
  }
}

export interface UploadOptions {
  /** Cancels the upload (the promise then rejects with the AbortError). */
  signal?: AbortSignal;
  /** Renews an expired session (the access cookie lasts 15 minutes); the app's refreshSession unless given. */
  refreshSession?: () => Promise<boolean>;
}

const currentLocale = () => toLocale(i18next.resolvedLanguage);

function isUploadedFile(body: unknown): body is UploadedFile {
  return typeof body === 'object' && body !== null && typeof (body as UploadedFile).id === 'string' && typeof (body as UploadedFile).url === 'string';
}

async function send(file: File, organisationId: string | null, signal: AbortSignal | undefined): Promise<Response> {
  const form = new FormData();
  form.append('file', file, file.name);
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': currentLocale(),
    // The API refuses uploads without it: a cross-site form cannot add a header (CSRF protection).
    'X-Requested-With': 'XMLHttpRequest',
  };
  if (organisationId) headers[ORGANISATION_HEADER] = organisationId;
  return fetch(UPLOAD_URL, { method: 'POST', body: form, credentials: 'include', headers, signal });
}

/**
 * Uploads one file for the organisation the user acts for (`organisationId`, else the switcher's
 * choice, else the API's default: the first membership) and resolves with the stored file.
 * Rejects with an UploadError carrying the server's code, field and translated message (too
 * large, type not accepted, not allowed…), or a network-failure message. An expired session is
 * renewed once and the upload sent again.
 */
export async function uploadFile(file: File, organisationId?: string, options: UploadOptions = {}): Promise<UploadedFile> {
  const organisation = organisationId ?? activeOrganisation.get();
  const networkError = () => new UploadError(i18next.t('states.networkError'), undefined, undefined, 0);
  let response: Response;
  try {
    response = await send(file, organisation, options.signal);
    if (response.status === 401 && sessionHint.isSet()) {
      const refresh = options.refreshSession ?? refreshSessionOverHttp(currentLocale);
      if (await refresh().catch(() => false)) response = await send(file, organisation, options.signal);
    }
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw networkError();
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (response.ok && isUploadedFile(body)) return body;
  const refusal = (typeof body === 'object' && body !== null ? body : {}) as { code?: unknown; message?: unknown; field?: unknown };
  // Not the API's JSON (a proxy's error page, say): as good as unreachable.
  if (typeof refusal.message !== 'string' || !refusal.message) throw new UploadError(networkError().message, undefined, undefined, response.status);
  throw new UploadError(refusal.message, isErrorCode(refusal.code) ? refusal.code : undefined, typeof refusal.field === 'string' ? refusal.field : undefined, response.status);
}
