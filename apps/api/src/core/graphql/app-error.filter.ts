import { type ArgumentsHost, Catch, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { ClsServiceManager } from 'nestjs-cls';
import { DEFAULT_LOCALE, type ErrorCode, formatMessage, type MessageKey } from '@helix/domain';
import type { RequestStore } from '@api/core/context/request-context';
import { AppError } from './app-error';

const HTTP_STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
  DEADLINE_PASSED: 409,
  INVALID_TRANSITION: 409,
  RATE_LIMITED: 429,
  INTERNAL: 500,
};

/** Refusals that HTTP names more precisely than their code does. */
const HTTP_STATUS_BY_MESSAGE: Partial<Record<MessageKey, number>> = { FILE_TOO_LARGE: 413 };

/**
 * Refusals on plain HTTP routes (logos, open data) in the same shape as GraphQL's: a status, the
 * stable code and the translated message. GraphQL errors pass through to the GraphQL formatter.
 */
@Catch(AppError)
export class AppErrorFilter implements ExceptionFilter {
  catch(error: AppError, host: ArgumentsHost): unknown {
    if (host.getType<string>() === 'graphql') return error;
    const cls = ClsServiceManager.getClsService<RequestStore>();
    const locale = (cls.isActive() && cls.get('locale')) || DEFAULT_LOCALE;
    const response = host.switchToHttp().getResponse<Response>();
    response.status(HTTP_STATUS_BY_MESSAGE[error.messageKey] ?? HTTP_STATUS[error.code]).json({ code: error.code, message: formatMessage(error.messageKey, locale, error.params), field: error.field });
    return undefined;
  }
}
