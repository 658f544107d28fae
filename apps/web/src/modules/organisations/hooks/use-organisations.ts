import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationKind } from '@helix/domain';
import { ORGANISATIONS_QUERY } from '@web/modules/organisations/graphql/organisations';
import { errorMessage } from '@web/shared/graphql/errors';

export const ORGANISATIONS_PAGE_SIZE = 12;

/** The ecosystem list for the chosen kinds (all kinds when none), a page at a time. */
export function useOrganisations(kinds: readonly OrganisationKind[]) {
  const { t } = useTranslation(['organisations', 'common']);
  const { data, error, networkStatus, fetchMore, refetch } = useQuery(ORGANISATIONS_QUERY, {
    variables: { first: ORGANISATIONS_PAGE_SIZE, filter: kinds.length > 0 ? { kinds: [...kinds] } : null },
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.organisations;
  const endCursor = connection?.pageInfo.endCursor;

  const loadMore = useCallback(async () => {
    if (!endCursor) return;
    try {
      await fetchMore({ variables: { after: endCursor } });
    } catch (failure) {
      // The pages already shown stay; the reader is told and can press the button again.
      notifications.show({
        color: 'red',
        title: t('ecosystem.loadMoreFailed'),
        message: errorMessage(failure, t('common:states.networkError')),
        closeButtonProps: { 'aria-label': t('common:states.dismiss') },
      });
    }
  }, [endCursor, fetchMore, t]);

  const retry = useCallback(() => {
    // A failed refetch is reported through `error` on the next render; nothing to do with it here.
    refetch().catch(() => undefined);
  }, [refetch]);

  return {
    organisations: connection?.edges.map((edge) => edge.node) ?? [],
    totalCount: connection?.totalCount ?? 0,
    hasNextPage: connection?.pageInfo.hasNextPage ?? false,
    loading: !connection && !error,
    loadingMore: networkStatus === NetworkStatus.fetchMore,
    error: connection ? undefined : error,
    loadMore,
    retry,
  };
}

export type OrganisationsResult = ReturnType<typeof useOrganisations>;
