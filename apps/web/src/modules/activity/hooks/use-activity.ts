import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { AUDIT_LOG_QUERY } from '@web/modules/activity/graphql/activity';
import { errorCode } from '@web/shared/graphql/errors';
import { useConnectionPages } from '@web/shared/graphql/use-connection-pages';

/** How many events a page of the timeline shows. */
export const ACTIVITY_PAGE_SIZE = 20;

/**
 * The timeline of one project, proposal or agreement (with its parts), newest first, a page at a
 * time. `hidden` when the API says the object is not the viewer's to see (the page says so itself).
 */
export function useActivity(subjectId: string) {
  const { t } = useTranslation('activity');
  const query = useQuery(AUDIT_LOG_QUERY, {
    variables: { subjectId, first: ACTIVITY_PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
    // Others act on shared objects: what the cache has, then what is current.
    fetchPolicy: 'cache-and-network',
  });
  const { connection: _connection, nodes, ...pages } = useConnectionPages(query, (data) => data.auditLog, { loadMoreFailed: t('loadMoreFailed') });
  const hidden = errorCode(pages.error) === 'NOT_FOUND';
  return { ...pages, events: nodes, hidden };
}
