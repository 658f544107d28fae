import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { PROJECTS_QUERY } from '@web/modules/projects/graphql/projects';
import { useConnectionPages } from '@web/shared/graphql/use-connection-pages';
import { catalogueVariables, type CatalogueFilters } from './catalogue-filters';

/** The catalogue for the chosen filters, a page at a time, with the facet counts. */
export function useProjects(filters: CatalogueFilters) {
  const { t } = useTranslation('projects');
  const query = useQuery(PROJECTS_QUERY, {
    variables: catalogueVariables(filters),
    notifyOnNetworkStatusChange: true,
  });
  // While another filter loads, the former results stay (dimmed) rather than blinking away.
  const { connection, nodes, refreshing, ...pages } = useConnectionPages(query, (data) => data.projects, {
    loadMoreFailed: t('catalogue.loadMoreFailed'),
    keepPrevious: true,
  });
  return {
    ...pages,
    projects: nodes,
    facets: connection?.facets,
    refreshing,
    /**
     * The search words matched nothing, so these are similar spellings; only said of the current
     * results (not of former ones shown while new filters load).
     */
    approximate: !refreshing && (connection?.approximate ?? false),
  };
}

export type ProjectsResult = ReturnType<typeof useProjects>;
