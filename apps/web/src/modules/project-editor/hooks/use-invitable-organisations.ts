import { useQuery } from '@apollo/client/react';
import { useDebouncedValue } from '@mantine/hooks';
import type { OrganisationFilter } from '@web/gql/graphql';
import { PROJECT_EDITOR_ORGANISATIONS_QUERY } from '@web/modules/project-editor/graphql/project-editor';

/** How many matches the invitation picker offers at a time. */
export const INVITABLE_PAGE_SIZE = 20;

/** The variables the picker sends for a search text (trimmed; empty lists the first verified organisations). */
export function invitableVariables(search: string) {
  const text = search.trim();
  const filter: OrganisationFilter = text ? { search: text, statuses: ['VERIFIED'] } : { statuses: ['VERIFIED'] };
  return { first: INVITABLE_PAGE_SIZE, filter };
}

/**
 * Verified organisations matching what the user typed (the API searches with or without
 * diacritics), asked only once the picker is used, and debounced while typing.
 */
export function useInvitableOrganisations(search: string, enabled: boolean) {
  const [debounced] = useDebouncedValue(search, 300);
  const { data, previousData, loading, error } = useQuery(PROJECT_EDITOR_ORGANISATIONS_QUERY, { variables: invitableVariables(debounced), skip: !enabled });
  const current = data ?? previousData;
  return { organisations: current?.organisations.edges.map((edge) => edge.node) ?? [], loading, error };
}
