import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { isErrorCode, type ErrorCode } from '@helix/domain';

/** The stable code (`extensions.code`) of the first GraphQL error, if the server sent one. */
export function errorCode(error: unknown): ErrorCode | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const code = error.errors[0]?.extensions?.code;
  return isErrorCode(code) ? code : undefined;
}

/** The field a BAD_USER_INPUT error names (`extensions.field`). */
export function errorField(error: unknown): string | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const field = error.errors[0]?.extensions?.field;
  return typeof field === 'string' ? field : undefined;
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
