import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { isErrorCode, type ErrorCode } from '@helix/domain';

function firstExtensions(error: unknown): Record<string, unknown> | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  return error.errors[0]?.extensions;
}

/** The stable code (`extensions.code`) of the first GraphQL error, if the server sent one. */
export function errorCode(error: unknown): ErrorCode | undefined {
  const code = firstExtensions(error)?.code;
  return isErrorCode(code) ? code : undefined;
}

/** The field a BAD_USER_INPUT error names (`extensions.field`). */
export function errorField(error: unknown): string | undefined {
  const field = firstExtensions(error)?.field;
  return typeof field === 'string' ? field : undefined;
}

/** How long a RATE_LIMITED refusal asks to wait (`extensions.retryAfterSeconds`). */
export function errorRetryAfter(error: unknown): number | undefined {
  const seconds = firstExtensions(error)?.retryAfterSeconds;
  return typeof seconds === 'number' && Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds) : undefined;
}

/** Whether any GraphQL error of the answer carries `code`. */
export function hasErrorCode(errors: ReadonlyArray<{ extensions?: Record<string, unknown> }> | undefined, code: ErrorCode): boolean {
  return (errors ?? []).some((error) => error.extensions?.code === code);
}

/**
 * The message to show for a failed operation: the server's own message, already translated into
 * the reader's language (the request carried Accept-Language), or `fallback` when the request never
 * got a GraphQL answer (network down, proxy error).
 */
export function errorMessage(error: unknown, fallback: string): string {
  if (CombinedGraphQLErrors.is(error)) {
    const message = error.errors[0]?.message;
    if (message) return message;
  }
  return fallback;
}

/** A refusal the way a form shows it. */
export interface Failure {
  code: ErrorCode | undefined;
  message: string;
  /** The form field the error belongs to (`extensions.field` without a leading `input.`). */
  field: string | undefined;
  retryAfterSeconds: number | undefined;
}

export function describeFailure(error: unknown, fallback: string): Failure {
  const field = errorField(error);
  return {
    code: errorCode(error),
    message: errorMessage(error, fallback),
    field: field?.replace(/^input\./, ''),
    retryAfterSeconds: errorCode(error) === 'RATE_LIMITED' ? errorRetryAfter(error) : undefined,
  };
}
