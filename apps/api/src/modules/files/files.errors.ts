import { AppError } from '@api/core/graphql/app-error';

/** The limit in MB as people read it: whole or one decimal from 1 MB, two significant digits below. */
export function megabytes(bytes: number): number {
  const value = bytes / (1024 * 1024);
  return value >= 1 ? Math.round(value * 10) / 10 : Number(value.toPrecision(2));
}

/** BAD_USER_INPUT on `file` (answered 413 on HTTP). */
export function fileTooLarge(maxBytes: number): AppError {
  return AppError.badInput('file', 'FILE_TOO_LARGE', { max: megabytes(maxBytes) });
}
