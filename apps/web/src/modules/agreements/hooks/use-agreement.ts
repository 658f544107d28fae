import { useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import { AGREEMENT_QUERY } from '@web/modules/agreements/graphql/agreements';
import { errorCode, errorField } from '@web/shared/graphql/errors';

/**
 * One agreement, always asked again on arrival (other parties edit, sign and review meanwhile).
 * A missing or hidden agreement (NOT_FOUND) and an address that is not an id at all
 * (BAD_USER_INPUT on `id`) are, for the reader, an agreement that is not there.
 */
export function useAgreement(id: string) {
  const { data, error, refetch } = useQuery(AGREEMENT_QUERY, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const code = errorCode(error);
  const notFound = code === 'NOT_FOUND' || (code === 'BAD_USER_INPUT' && errorField(error) === 'id');
  const retry = useCallback(() => {
    refetch().catch(() => undefined);
  }, [refetch]);
  const agreement = data?.agreement;
  return { agreement, loading: !agreement && !error, notFound: !agreement && notFound, error: agreement || notFound ? undefined : error, retry };
}
