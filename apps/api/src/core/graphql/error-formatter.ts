import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { HttpException } from '@nestjs/common';
import { type ErrorCode, formatMessage, isErrorCode, type Locale, type MessageKey, type MessageParams } from '@helix/domain';
import { AppError } from './app-error';

interface MappedError {
  code: ErrorCode;
  key: MessageKey;
  params: MessageParams;
  field?: string;
  /** An error we did not foresee: logged with its stack, shown only as INTERNAL. */
  unexpected?: unknown;
}

const QUERY_LIMIT_PATTERN = /(depth|aliases|tokens|directives|cost)[^.]*(limit|exceeded)|exceeded|too many/i;
/** SQLSTATE of `helix.refuse_late_submission()` (migration 1764470000000-proposals). */
const DEADLINE_SQLSTATE = 'HX001';
const DATABASE_DOWN_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', '57P01', '57P03', '08006', '08001', '08003']);

/** Maps anything a resolver or Apollo threw onto the stable codes of ARCHITECTURE.md. */
export function mapError(formatted: GraphQLFormattedError, raw: unknown): MappedError {
  const error = unwrapResolverError(raw);
  if (error instanceof AppError) return { code: error.code, key: error.messageKey, params: error.params, field: error.field };
  if (error instanceof HttpException) {
    const status = error.getStatus();
    if (status === 401) return { code: 'UNAUTHENTICATED', key: 'UNAUTHENTICATED', params: {} };
    if (status === 403) return { code: 'FORBIDDEN', key: 'FORBIDDEN', params: {} };
    if (status === 404) return { code: 'NOT_FOUND', key: 'NOT_FOUND', params: { entity: 'object' } };
    if (status === 429) return { code: 'RATE_LIMITED', key: 'RATE_LIMITED', params: { seconds: 60 } };
    if (status < 500) return { code: 'BAD_USER_INPUT', key: 'BAD_USER_INPUT', params: {} };
  }
  const apolloCode = formatted.extensions?.code;
  // Errors raised before execution (parse, validation, variable coercion, operation limits).
  if (!formatted.path && (error instanceof GraphQLError || typeof apolloCode === 'string') && apolloCode !== 'INTERNAL_SERVER_ERROR') {
    const detail = formatted.message;
    const key: MessageKey = QUERY_LIMIT_PATTERN.test(detail) ? 'QUERY_TOO_COMPLEX' : 'INVALID_QUERY';
    if (typeof apolloCode === 'string' && isErrorCode(apolloCode) && apolloCode !== 'BAD_USER_INPUT') {
      return { code: apolloCode, key: apolloCode, params: {} };
    }
    return { code: 'BAD_USER_INPUT', key, params: { detail } };
  }
  const driverCode = (error as { code?: unknown } | null)?.code;
  // Raised by the database's own deadline guard (a submission after the closing time).
  if (driverCode === DEADLINE_SQLSTATE) return { code: 'DEADLINE_PASSED', key: 'PROJECT_CLOSED', params: {} };
  if (typeof driverCode === 'string' && DATABASE_DOWN_CODES.has(driverCode)) {
    return { code: 'INTERNAL', key: 'DATABASE_UNAVAILABLE', params: {}, unexpected: error };
  }
  return { code: 'INTERNAL', key: 'INTERNAL', params: {}, unexpected: error };
}

/**
 * Builds the error clients see: translated message, stable code, the field for bad input, and
 * nothing of the server's internals (no stack, no SQL) outside development.
 */
export function formatGraphQLError(
  formatted: GraphQLFormattedError,
  raw: unknown,
  options: { locale: Locale; exposeDetails: boolean; report: (error: unknown) => void },
): GraphQLFormattedError {
  const mapped = mapError(formatted, raw);
  if (mapped.unexpected !== undefined) options.report(mapped.unexpected);
  const extensions: Record<string, unknown> = { code: mapped.code };
  if (mapped.field) extensions.field = mapped.field;
  if (mapped.code === 'RATE_LIMITED' && mapped.params.seconds !== undefined) extensions.retryAfterSeconds = mapped.params.seconds;
  if (options.exposeDetails && mapped.unexpected instanceof Error) {
    extensions.detail = mapped.unexpected.message;
    extensions.stacktrace = mapped.unexpected.stack?.split('\n');
  }
  return {
    message: formatMessage(mapped.key, options.locale, mapped.params),
    locations: formatted.locations,
    path: formatted.path,
    extensions,
  };
}
