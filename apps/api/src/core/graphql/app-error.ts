import type { EntityName, ErrorCode, MessageKey, MessageParams } from '@helix/domain';

/**
 * A refusal the API means to give: a stable code, a catalogue message (translated when the
 * response is formatted) and, for bad input, the offending field.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly messageKey: MessageKey = code,
    readonly params: MessageParams = {},
    readonly field?: string,
  ) {
    super(`${code}: ${messageKey}`);
    this.name = 'AppError';
  }

  static notFound(entity: EntityName): AppError {
    return new AppError('NOT_FOUND', 'NOT_FOUND', { entity });
  }

  static badInput(field: string, messageKey: MessageKey = 'BAD_USER_INPUT', params: MessageParams = {}): AppError {
    return new AppError('BAD_USER_INPUT', messageKey, params, field);
  }
}
