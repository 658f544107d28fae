import type { ClsStore } from 'nestjs-cls';
import type { Locale } from '@helix/domain';
import type { RequestTransaction } from '@api/core/database/request-transaction';
import type { LoaderRegistry } from '@api/core/graphql/loader-registry';

/** What one HTTP request carries through every layer (AsyncLocalStorage via nestjs-cls). */
export interface RequestStore extends ClsStore {
  requestId: string;
  locale: Locale;
  transaction: RequestTransaction;
  loaders: LoaderRegistry;
}
