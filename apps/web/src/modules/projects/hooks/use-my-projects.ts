import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { ProjectStatus } from '@helix/domain';
import { MY_PROJECTS_QUERY } from '@web/modules/projects/graphql/projects';
import { useConnectionPages } from '@web/shared/graphql/use-connection-pages';
import { PROJECTS_PAGE_SIZE } from './catalogue-filters';

/** The variables "my projects" sends: the active organisation's projects, drafts included. */
export function myProjectsVariables(status: ProjectStatus | null, after?: string) {
  return { first: PROJECTS_PAGE_SIZE, filter: { mine: true, ...(status ? { statuses: [status] } : {}) }, sort: 'NEWEST' as const, ...(after ? { after } : {}) };
}

export function useMyProjects(status: ProjectStatus | null) {
  const { t } = useTranslation('projects');
  const query = useQuery(MY_PROJECTS_QUERY, {
    variables: myProjectsVariables(status),
    notifyOnNetworkStatusChange: true,
    // Drafts change on other pages (the editor, publishing): show the cache, then what is current.
    fetchPolicy: 'cache-and-network',
  });
  const { connection: _connection, nodes, ...pages } = useConnectionPages(query, (data) => data.projects, {
    loadMoreFailed: t('catalogue.loadMoreFailed'),
  });
  return { ...pages, projects: nodes };
}
