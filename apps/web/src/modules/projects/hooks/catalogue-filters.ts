import {
  ICF_INDICATORS,
  normaliseSearchText,
  ORGANISATION_KINDS,
  PROJECT_DOMAINS,
  PROJECT_KINDS,
  PROJECT_SORTS,
  PROJECT_STATUSES,
  SEARCH_MAX_LENGTH,
  type IcfIndicator,
  type OrganisationKind,
  type ProjectDomain,
  type ProjectKind,
  type ProjectSort,
  type ProjectStatus,
} from '@helix/domain';
import type { ProjectFilter } from '@web/gql/graphql';

export const PROJECTS_PAGE_SIZE = 12;

/** Statuses the public catalogue can be filtered by (drafts are only ever in "my projects"). */
export const CATALOGUE_STATUSES: readonly ProjectStatus[] = PROJECT_STATUSES.filter((status) => status !== 'DRAFT');

/** The catalogue's search, filters and sort, as kept in the address. */
export interface CatalogueFilters {
  search: string;
  kinds: ProjectKind[];
  domains: ProjectDomain[];
  indicators: IcfIndicator[];
  statuses: ProjectStatus[];
  eligibleKinds: OrganisationKind[];
  /** Kind of the posting organisation. */
  organisationKinds: OrganisationKind[];
  /** Calendar days (YYYY-MM-DD) in the reader's time zone, or ''. */
  closesFrom: string;
  closesTo: string;
  /** Whole đồng. */
  budgetMin: number | null;
  budgetMax: number | null;
  /** null: the API's default (RELEVANCE with a search text, NEWEST otherwise). */
  sort: ProjectSort | null;
}

export const EMPTY_FILTERS: CatalogueFilters = {
  search: '',
  kinds: [],
  domains: [],
  indicators: [],
  statuses: [],
  eligibleKinds: [],
  organisationKinds: [],
  closesFrom: '',
  closesTo: '',
  budgetMin: null,
  budgetMax: null,
  sort: null,
};

/** Address parameter of each list filter, in the order they are written. */
const LIST_PARAMS = {
  kinds: { param: 'kind', values: PROJECT_KINDS },
  domains: { param: 'domain', values: PROJECT_DOMAINS },
  indicators: { param: 'indicator', values: ICF_INDICATORS },
  statuses: { param: 'status', values: CATALOGUE_STATUSES },
  eligibleKinds: { param: 'eligible', values: ORGANISATION_KINDS },
  organisationKinds: { param: 'poster', values: ORGANISATION_KINDS },
} as const;

export type ListFilter = keyof typeof LIST_PARAMS;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function day(value: string | null): string {
  return value && DAY.test(value) && !Number.isNaN(new Date(`${value}T00:00:00`).getTime()) ? value : '';
}

function amount(value: string | null): number | null {
  if (!value || !/^\d{1,16}$/.test(value)) return null;
  const parsed = Number(value);
  return Number.isSafeInteger(parsed) ? parsed : null;
}

/** Canonical order, unknown values and repeats dropped. */
function pick<const T extends string>(values: readonly T[], chosen: readonly string[]): T[] {
  return values.filter((value) => chosen.includes(value));
}

/** Reads the filters from the address; anything unknown or malformed is ignored. */
export function parseFilters(params: URLSearchParams): CatalogueFilters {
  const search = normaliseSearchText(params.get('q')).slice(0, SEARCH_MAX_LENGTH);
  const sortParam = params.get('sort');
  const sort = PROJECT_SORTS.find((value) => value === sortParam) ?? null;
  return {
    search,
    kinds: pick(PROJECT_KINDS, params.getAll(LIST_PARAMS.kinds.param)),
    domains: pick(PROJECT_DOMAINS, params.getAll(LIST_PARAMS.domains.param)),
    indicators: pick(ICF_INDICATORS, params.getAll(LIST_PARAMS.indicators.param)),
    statuses: pick(CATALOGUE_STATUSES, params.getAll(LIST_PARAMS.statuses.param)),
    eligibleKinds: pick(ORGANISATION_KINDS, params.getAll(LIST_PARAMS.eligibleKinds.param)),
    organisationKinds: pick(ORGANISATION_KINDS, params.getAll(LIST_PARAMS.organisationKinds.param)),
    closesFrom: day(params.get('closesFrom')),
    closesTo: day(params.get('closesTo')),
    budgetMin: amount(params.get('budgetMin')),
    budgetMax: amount(params.get('budgetMax')),
    // Relevance means nothing without words to be relevant to.
    sort: sort === 'RELEVANCE' && !search ? null : sort,
  };
}

/** The address parameters of `filters`: one filter always has one address. */
export function filtersToParams(filters: CatalogueFilters): URLSearchParams {
  const params = new URLSearchParams();
  const search = normaliseSearchText(filters.search);
  if (search) params.set('q', search);
  for (const key of Object.keys(LIST_PARAMS) as ListFilter[]) {
    const { param, values } = LIST_PARAMS[key];
    pick<string>(values, filters[key]).forEach((value) => params.append(param, value));
  }
  if (filters.closesFrom) params.set('closesFrom', filters.closesFrom);
  if (filters.closesTo) params.set('closesTo', filters.closesTo);
  if (filters.budgetMin !== null) params.set('budgetMin', String(filters.budgetMin));
  if (filters.budgetMax !== null) params.set('budgetMax', String(filters.budgetMax));
  if (filters.sort && !(filters.sort === 'RELEVANCE' && !search)) params.set('sort', filters.sort);
  return params;
}

/** Whether anything narrows the list (the search text included). */
export function hasActiveFilters(filters: CatalogueFilters): boolean {
  return filtersToParams({ ...filters, sort: null }).toString() !== '';
}

/** The start of a calendar day in the reader's time zone, as an instant. */
export function startOfDay(value: string): string {
  return new Date(`${value}T00:00:00`).toISOString();
}

/** The last millisecond of a calendar day in the reader's time zone. */
export function endOfDay(value: string): string {
  return new Date(`${value}T23:59:59.999`).toISOString();
}

/** The GraphQL filter for the chosen filters (null when nothing is chosen). */
export function toProjectFilter(filters: CatalogueFilters): ProjectFilter | null {
  const filter: ProjectFilter = {};
  const search = normaliseSearchText(filters.search);
  if (search) filter.search = search;
  if (filters.kinds.length) filter.kinds = [...filters.kinds];
  if (filters.domains.length) filter.domains = [...filters.domains];
  if (filters.indicators.length) filter.indicators = [...filters.indicators];
  if (filters.statuses.length) filter.statuses = [...filters.statuses];
  if (filters.eligibleKinds.length) filter.eligibleKinds = [...filters.eligibleKinds];
  if (filters.organisationKinds.length) filter.organisationKinds = [...filters.organisationKinds];
  if (filters.closesFrom) filter.closesAfter = startOfDay(filters.closesFrom);
  if (filters.closesTo) filter.closesBefore = endOfDay(filters.closesTo);
  if (filters.budgetMin !== null || filters.budgetMax !== null) {
    if (filters.budgetMin !== null) filter.budgetMin = filters.budgetMin;
    if (filters.budgetMax !== null) filter.budgetMax = filters.budgetMax;
    filter.budgetCurrency = 'VND';
  }
  return Object.keys(filter).length ? filter : null;
}

/** The variables the catalogue sends for a page. */
export function catalogueVariables(filters: CatalogueFilters, after?: string) {
  return {
    first: PROJECTS_PAGE_SIZE,
    filter: toProjectFilter(filters),
    sort: filters.sort,
    ...(after ? { after } : {}),
  };
}
