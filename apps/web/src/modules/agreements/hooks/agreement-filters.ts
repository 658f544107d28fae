import { AGREEMENT_STATUSES, type AgreementStatus } from '@helix/domain';
import type { AgreementFilter } from '@web/gql/graphql';

export const AGREEMENTS_PAGE_SIZE = 20;

/** The list's filters as the address keeps them: `?status=ACTIVE&status=DRAFT&overdue=1&q=đèn`. */
export interface AgreementListFilters {
  statuses: AgreementStatus[];
  overdue: boolean;
  search: string;
}

export const EMPTY_AGREEMENT_FILTERS: AgreementListFilters = { statuses: [], overdue: false, search: '' };

export function parseAgreementFilters(params: URLSearchParams): AgreementListFilters {
  const chosen = params.getAll('status');
  return {
    // In the lifecycle's order, each once, whatever the address says.
    statuses: AGREEMENT_STATUSES.filter((status) => chosen.includes(status)),
    overdue: params.get('overdue') === '1',
    search: (params.get('q') ?? '').trim(),
  };
}

export function agreementFiltersToParams(filters: AgreementListFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.search.trim()) params.set('q', filters.search.trim());
  for (const status of filters.statuses) params.append('status', status);
  if (filters.overdue) params.set('overdue', '1');
  return params;
}

/** The variables the list sends (a filter only for what is chosen). */
export function agreementsVariables(filters: AgreementListFilters, after?: string) {
  const filter: AgreementFilter = {};
  if (filters.statuses.length) filter.statuses = filters.statuses;
  if (filters.overdue) filter.overdue = true;
  if (filters.search) filter.search = filters.search;
  return { first: AGREEMENTS_PAGE_SIZE, ...(Object.keys(filter).length ? { filter } : {}), ...(after ? { after } : {}) };
}

export function filtersActive(filters: AgreementListFilters): boolean {
  return filters.statuses.length > 0 || filters.overdue || !!filters.search;
}
