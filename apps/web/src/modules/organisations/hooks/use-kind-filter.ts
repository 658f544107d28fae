import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { ORGANISATION_KINDS } from '@helix/domain';

const PARAM = 'kind';

/**
 * The kinds chosen in the ecosystem filter, kept in the address (`?kind=STATE&kind=UNIVERSITY`) so
 * a filtered list can be shared and survives a reload. None chosen means every kind.
 */
export function useKindFilter() {
  const [searchParams, setSearchParams] = useSearchParams();
  const chosen = searchParams.getAll(PARAM).join(',');
  // Canonical order, unknown values dropped, and the same array while the address is unchanged.
  const kinds = useMemo(() => ORGANISATION_KINDS.filter((kind) => chosen.split(',').includes(kind)), [chosen]);

  const setKinds = useCallback(
    (next: readonly string[]) =>
      setSearchParams(
        (current) => {
          const params = new URLSearchParams(current);
          params.delete(PARAM);
          // Canonical order, so one filter always has one address.
          ORGANISATION_KINDS.filter((kind) => next.includes(kind)).forEach((kind) => params.append(PARAM, kind));
          return params;
        },
        { replace: true, preventScrollReset: true },
      ),
    [setSearchParams],
  );

  return [kinds, setKinds] as const;
}
