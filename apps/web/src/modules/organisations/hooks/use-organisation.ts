import { useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import { ORGANISATION_QUERY } from '@web/modules/organisations/graphql/organisations';
import { errorCode, errorField } from '@web/shared/graphql/errors';

/**
 * One organisation's public profile. The API answers NOT_FOUND for a missing or hidden
 * organisation and BAD_USER_INPUT on `id` for an address that is not an id at all: both are,
 * for the reader, an organisation that is not there.
 */
export function useOrganisation(id: string) {
  const { data, error, refetch } = useQuery(ORGANISATION_QUERY, { variables: { id } });
  const code = errorCode(error);
  const notFound = code === 'NOT_FOUND' || (code === 'BAD_USER_INPUT' && errorField(error) === 'id');

  const retry = useCallback(() => {
    // A failed refetch is reported through `error` on the next render.
    refetch().catch(() => undefined);
  }, [refetch]);

  return {
    organisation: data?.organisation,
    loading: !data && !error,
    notFound,
    error: notFound ? undefined : error,
    retry,
  };
}
