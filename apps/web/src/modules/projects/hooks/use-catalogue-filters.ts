import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { filtersToParams, parseFilters, type CatalogueFilters } from './catalogue-filters';

/**
 * The catalogue's search, filters and sort, kept in the address (`?q=…&kind=…&sort=…`) so a
 * filtered list can be shared, survives a reload, and each change is a step back/forward can undo.
 */
export function useCatalogueFilters() {
  const [searchParams, setSearchParams] = useSearchParams();
  const key = searchParams.toString();
  // The same object while the address is unchanged, so queries and effects keyed on it stay put.
  const filters = useMemo(() => parseFilters(new URLSearchParams(key)), [key]);

  const update = useCallback(
    (change: Partial<CatalogueFilters>) =>
      setSearchParams((current) => filtersToParams({ ...parseFilters(current), ...change }), { preventScrollReset: true }),
    [setSearchParams],
  );

  return [filters, update] as const;
}
