import { NetworkStatus } from '@apollo/client';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { notify } from '@web/shared/ui/notify';
import { errorMessage } from './errors';

/** What a paged list selects of a connection: `edges { node }`, `pageInfo { hasNextPage endCursor }`, `totalCount`. */
export interface PagedConnection {
  edges: ReadonlyArray<{ node: unknown }>;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  totalCount: number;
}

/** The parts of a `useQuery` result (with `notifyOnNetworkStatusChange`) the pages are read from. */
export interface PagedQuery<TData> {
  data?: TData;
  previousData?: TData;
  error?: unknown;
  networkStatus: NetworkStatus;
  fetchMore: (options: { variables: { after: string } }) => Promise<unknown>;
  refetch: () => Promise<unknown>;
}

export interface ConnectionPagesOptions {
  /** The title of the notification when the next page fails (the message is the server's). */
  loadMoreFailed: string;
  /**
   * While other variables load, keep showing the former results (`refreshing`) instead of
   * `loading` from scratch.
   */
  keepPrevious?: boolean;
}

/**
 * A Relay connection shown a page at a time: what to show (the nodes, total, whether there is
 * more), its states (loading, refreshing, loading more, failed), "load more" after the end cursor
 * (a failure keeps the pages shown and tells the reader, who can press again) and "retry".
 */
export function useConnectionPages<TData, TConnection extends PagedConnection>(
  query: PagedQuery<TData>,
  connectionOf: (data: TData) => TConnection,
  { loadMoreFailed, keepPrevious = false }: ConnectionPagesOptions,
) {
  const { t } = useTranslation('common');
  const { data, previousData, error, networkStatus, fetchMore, refetch } = query;
  const current = data ? connectionOf(data) : undefined;
  const former = keepPrevious && !error && previousData ? connectionOf(previousData) : undefined;
  const connection = current ?? former;
  const endCursor = current?.pageInfo.endCursor;

  const loadMore = useCallback(async () => {
    if (!endCursor) return;
    try {
      await fetchMore({ variables: { after: endCursor } });
    } catch (failure) {
      notify({ color: 'red', title: loadMoreFailed, message: errorMessage(failure, t('states.networkError')) });
    }
  }, [endCursor, fetchMore, loadMoreFailed, t]);

  const retry = useCallback(() => {
    // A failed refetch is reported through `error` on the next render; nothing to do with it here.
    refetch().catch(() => undefined);
  }, [refetch]);

  return {
    /** The connection on screen: the current one, or the former one while `refreshing`. */
    connection,
    nodes: (connection?.edges.map((edge) => edge.node) ?? []) as Array<TConnection['edges'][number]['node']>,
    totalCount: connection?.totalCount ?? 0,
    hasNextPage: current?.pageInfo.hasNextPage ?? false,
    loading: !connection && !error,
    /** Other variables are being fetched while the former results are shown. */
    refreshing: !current && !!connection,
    loadingMore: networkStatus === NetworkStatus.fetchMore,
    error: current ? undefined : error,
    loadMore,
    retry,
  };
}
