import { SetMetadata } from '@nestjs/common';

/**
 * Every GraphQL operation and HTTP route declares who may call it; the guard refuses anything
 * without a declaration, so a new operation cannot be public by accident.
 * - `public`: anyone (a signed-in caller still acts as themselves, so RLS shows them their rows);
 * - `user`: a signed-in user (write rules of libs/domain decide the rest);
 * - `platformAdmin`: a platform administrator.
 */
export type AccessLevel = 'public' | 'user' | 'platformAdmin';

export const ACCESS_KEY = 'helix:access';

export const Access = (level: AccessLevel) => SetMetadata(ACCESS_KEY, level);
