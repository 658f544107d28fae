import { useQuery } from '@apollo/client/react';
import { Loader, Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationSearchQuery } from '@web/gql/graphql';
import { errorMessage } from '@web/shared/graphql/errors';
import { ORGANISATION_SEARCH_QUERY } from './graphql';

export type SearchedOrganisation = OrganisationSearchQuery['organisations']['edges'][number]['node'];

export const ORGANISATION_SEARCH_SIZE = 20;

/** The variables the search sends (verified organisations only). */
export function organisationSearchVariables(search: string) {
  const text = search.trim();
  return { first: ORGANISATION_SEARCH_SIZE, filter: text ? { search: text, statuses: ['VERIFIED' as const] } : { statuses: ['VERIFIED' as const] } };
}

/** "Name (SHORT)", or the name alone. */
export const organisationLabel = (organisation: { name: string; shortName?: string | null }) =>
  organisation.shortName ? `${organisation.name} (${organisation.shortName})` : organisation.name;

interface OrganisationSearchSelectProps {
  label: string;
  description: string;
  placeholder: string;
  searchingText: string;
  nothingFoundText: string;
  /** Never offered: those already chosen, and those that may not be. */
  excludedIds: readonly string[];
  onPick: (organisation: SearchedOrganisation) => void;
  disabled: boolean;
  error: string | undefined;
}

/** Finds a verified organisation by name (asking the API only once the list is opened) and hands the chosen one over. */
export function OrganisationSearchSelect({ label, description, placeholder, searchingText, nothingFoundText, excludedIds, onPick, disabled, error }: OrganisationSearchSelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [used, setUsed] = useState(false);
  const [debounced] = useDebouncedValue(search, 300);
  const { data, previousData, loading, error: searchError } = useQuery(ORGANISATION_SEARCH_QUERY, { variables: organisationSearchVariables(debounced), skip: !used });
  const found = useMemo(() => {
    const excluded = new Set(excludedIds);
    return ((data ?? previousData)?.organisations.edges ?? []).map((edge) => edge.node).filter((organisation) => !excluded.has(organisation.id));
  }, [data, previousData, excludedIds]);

  const pick = (id: string | null) => {
    const organisation = found.find((candidate) => candidate.id === id);
    if (!organisation) return;
    onPick(organisation);
    setSearch('');
  };
  const nothingFound = searchError ? errorMessage(searchError, t('states.networkError')) : loading ? searchingText : nothingFoundText;

  return (
    <Select
      label={label}
      description={description}
      placeholder={placeholder}
      data={found.map((organisation) => ({ value: organisation.id, label: organisationLabel(organisation) }))}
      value={null}
      onChange={pick}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      onDropdownOpen={() => setUsed(true)}
      // The API already matched the text (with or without diacritics).
      filter={({ options }) => options}
      nothingFoundMessage={nothingFound}
      rightSection={loading ? <Loader size="xs" aria-hidden /> : undefined}
      disabled={disabled}
      error={error}
    />
  );
}
