import type { ApolloCache } from '@apollo/client';

/** A new agreement or a status change shows in every list: fetch them again when next shown. */
export function forgetAgreementLists(cache: ApolloCache) {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'agreements' });
  cache.gc();
}
