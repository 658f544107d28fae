import { useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import { PROJECT_EDITOR_QUERY } from '@web/modules/project-editor/graphql/project-editor';
import { errorCode, errorField } from '@web/shared/graphql/errors';

/**
 * The project to edit. A missing or hidden project (NOT_FOUND) and an address that is not an id
 * at all (BAD_USER_INPUT on `id`) are, for the reader, a project that is not there.
 */
export function useEditableProject(id: string) {
  const { data, error, refetch } = useQuery(PROJECT_EDITOR_QUERY, { variables: { id } });
  const code = errorCode(error);
  const notFound = code === 'NOT_FOUND' || (code === 'BAD_USER_INPUT' && errorField(error) === 'id');
  const retry = useCallback(() => {
    refetch().catch(() => undefined);
  }, [refetch]);
  return { project: data?.project, loading: !data && !error, notFound, error: notFound ? undefined : error, retry };
}
