import { useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import { PROJECT_QUERY } from '@web/modules/projects/graphql/projects';
import { errorCode, errorField } from '@web/shared/graphql/errors';
import { useRefetchOnLocaleChange } from './use-refetch-on-locale-change';

/**
 * One project. NOT_FOUND (missing, or hidden from the reader) and BAD_USER_INPUT on `id` (an
 * address that is not an id at all) are both, for the reader, a project that is not there.
 */
export function useProject(id: string) {
  const { data, error, refetch } = useQuery(PROJECT_QUERY, { variables: { id } });
  const code = errorCode(error);
  const notFound = code === 'NOT_FOUND' || (code === 'BAD_USER_INPUT' && errorField(error) === 'id');
  // The eligibility message and indicator names come in the reader's language.
  useRefetchOnLocaleChange(refetch);

  const retry = useCallback(() => {
    refetch().catch(() => undefined);
  }, [refetch]);

  return {
    project: data?.project,
    loading: !data && !error,
    notFound,
    error: notFound ? undefined : error,
    retry,
  };
}
