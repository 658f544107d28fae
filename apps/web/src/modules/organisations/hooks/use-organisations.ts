import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { OrganisationKind } from '@helix/domain';
import { ORGANISATIONS_QUERY } from '@web/modules/organisations/graphql/organisations';
import { useConnectionPages } from '@web/shared/graphql/use-connection-pages';

export const ORGANISATIONS_PAGE_SIZE = 12;

/** The ecosystem list for the chosen kinds (all kinds when none), a page at a time. */
export function useOrganisations(kinds: readonly OrganisationKind[]) {
  const { t } = useTranslation('organisations');
  const query = useQuery(ORGANISATIONS_QUERY, {
    variables: { first: ORGANISATIONS_PAGE_SIZE, filter: kinds.length > 0 ? { kinds: [...kinds] } : null },
    notifyOnNetworkStatusChange: true,
  });
  const { connection: _connection, nodes, ...pages } = useConnectionPages(query, (data) => data.organisations, {
    loadMoreFailed: t('ecosystem.loadMoreFailed'),
  });
  return { ...pages, organisations: nodes };
}

export type OrganisationsResult = ReturnType<typeof useOrganisations>;
