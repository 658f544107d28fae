import { useQuery } from '@apollo/client/react';
import { useCallback, useMemo } from 'react';
import type { IcfIndicator } from '@helix/domain';
import { ICF_INDICATORS_QUERY } from '@web/modules/projects/graphql/projects';
import { useRefetchOnLocaleChange } from './use-refetch-on-locale-change';

export interface IndicatorInfo {
  name: string;
  description: string;
}

/**
 * The ICF indicators (all of them, and by code: the code until they arrive), named by the API in
 * the reader's language and fetched again when it changes.
 */
export function useIcfIndicators() {
  const { data, error, refetch } = useQuery(ICF_INDICATORS_QUERY);
  useRefetchOnLocaleChange(refetch);
  const byCode = useMemo(() => new Map((data?.icfIndicators ?? []).map((indicator) => [indicator.code, indicator])), [data]);
  const info = useCallback((code: IcfIndicator): IndicatorInfo => {
    const indicator = byCode.get(code);
    return { name: indicator?.name ?? code, description: indicator?.description ?? '' };
  }, [byCode]);
  const retry = useCallback(() => {
    refetch().catch(() => undefined);
  }, [refetch]);
  return { indicators: data?.icfIndicators ?? [], info, loading: !data && !error, error: data ? undefined : error, retry };
}
