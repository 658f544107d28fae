import type { PipeTransform } from '@nestjs/common';
import { AppError } from './app-error';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs: a malformed one is BAD_USER_INPUT on its argument, never a database error. */
export class ParseUUIDPipe implements PipeTransform<string, string> {
  constructor(private readonly field = 'id') {}

  transform(value: string): string {
    if (typeof value !== 'string' || !UUID.test(value)) throw AppError.badInput(this.field, 'INVALID_ID');
    return value.toLowerCase();
  }
}
