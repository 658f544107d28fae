import type { ClsStore } from 'nestjs-cls';
import type { Locale } from '@helix/domain';
import type { RequestActor } from '@api/core/auth/request-actor';
import type { RequestTransaction } from '@api/core/database/request-transaction';
import type { LoaderRegistry } from '@api/core/graphql/loader-registry';

/** What one HTTP request carries through every layer (AsyncLocalStorage via nestjs-cls). */
export interface RequestStore extends ClsStore {
  locale: Locale;
  transaction: RequestTransaction;
  loaders: LoaderRegistry;
  /** From `Authorization: Bearer` or the session cookie. */
  accessToken?: string;
  /** From `X-Organisation-Id`. */
  organisationHeader?: string;
  clientAddress: string;
  userAgent?: string;
  /** The caller, resolved once on first use (null when anonymous or the token is no good). */
  actor?: Promise<RequestActor | null>;
}
