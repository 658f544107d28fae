import { useQuery } from '@apollo/client/react';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { AGREEMENTS_QUERY } from '@web/modules/agreements/graphql/agreements';
import { useConnectionPages } from '@web/shared/graphql/use-connection-pages';
import { agreementFiltersToParams, agreementsVariables, parseAgreementFilters, type AgreementListFilters } from './agreement-filters';

/**
 * The list's filters, kept in the address so a filtered list can be shared, survives a reload, and
 * each change is a step back/forward can undo.
 */
export function useAgreementFilters() {
  const [searchParams, setSearchParams] = useSearchParams();
  const key = searchParams.toString();
  const filters = useMemo(() => parseAgreementFilters(new URLSearchParams(key)), [key]);
  const update = useCallback(
    (change: Partial<AgreementListFilters>) => setSearchParams((current) => agreementFiltersToParams({ ...parseAgreementFilters(current), ...change }), { preventScrollReset: true }),
    [setSearchParams],
  );
  return [filters, update] as const;
}

/** The active organisation's agreements (managed or as a party) for the filters, a page at a time. */
export function useAgreements(filters: AgreementListFilters) {
  const { t } = useTranslation('agreements');
  const query = useQuery(AGREEMENTS_QUERY, {
    variables: agreementsVariables(filters),
    notifyOnNetworkStatusChange: true,
    // Other parties move agreements on: the cache first, then what is current.
    fetchPolicy: 'cache-and-network',
  });
  const { connection: _connection, nodes, ...pages } = useConnectionPages(query, (data) => data.agreements, { loadMoreFailed: t('list.loadMoreFailed'), keepPrevious: true });
  return { ...pages, agreements: nodes };
}
