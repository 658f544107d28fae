import { Loader, MultiSelect } from '@mantine/core';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PROJECT_LIMITS } from '@helix/domain';
import { useInvitableOrganisations } from '@web/modules/project-editor/hooks/use-invitable-organisations';
import { errorMessage } from '@web/shared/graphql/errors';
import { organisationLabel } from '@web/shared/organisations/organisation-search-select';
import type { InvitedOrganisation } from './project-form';

interface InvitedOrganisationsPickerProps {
  value: InvitedOrganisation[];
  onChange: (organisations: InvitedOrganisation[]) => void;
  error?: string;
  readOnly?: boolean;
  description?: ReactNode;
  /** The project's own organisation, never offered. */
  ownerId?: string;
}

/** Searches verified organisations by name and keeps the chosen ones (with their names) as the invitation list. */
export function InvitedOrganisationsPicker({ value, onChange, error, readOnly, description, ownerId }: InvitedOrganisationsPickerProps) {
  const { t } = useTranslation('projectEditor');
  const { t: tCommon } = useTranslation();
  const [search, setSearch] = useState('');
  const [used, setUsed] = useState(false);
  const { organisations, loading, error: searchError } = useInvitableOrganisations(search, used && !readOnly);

  const known = useMemo(() => {
    const byId = new Map<string, InvitedOrganisation>();
    for (const organisation of value) byId.set(organisation.id, organisation);
    for (const organisation of organisations) if (organisation.id !== ownerId && !byId.has(organisation.id)) byId.set(organisation.id, organisation);
    return byId;
  }, [value, organisations, ownerId]);

  const nothingFound = searchError ? errorMessage(searchError, tCommon('states.networkError')) : loading ? t('fields.invitedSearching') : t('fields.invitedNothingFound');
  return (
    <MultiSelect
      label={t('fields.invited')}
      description={description ?? t('fields.invitedHint', { max: PROJECT_LIMITS.invitedMax })}
      placeholder={value.length ? undefined : t('fields.invitedPlaceholder')}
      data={[...known.values()].map((organisation) => ({ value: organisation.id, label: organisationLabel(organisation) }))}
      value={value.map((organisation) => organisation.id)}
      onChange={(ids) => onChange(ids.map((id) => known.get(id)).filter((organisation): organisation is InvitedOrganisation => organisation !== undefined))}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      onDropdownOpen={() => setUsed(true)}
      // The API already matched the text (diacritics included): show what it found as it is.
      filter={({ options }) => options}
      hidePickedOptions
      maxValues={PROJECT_LIMITS.invitedMax}
      nothingFoundMessage={nothingFound}
      rightSection={loading ? <Loader size="xs" aria-hidden /> : undefined}
      readOnly={readOnly}
      error={error}
      clearable={!readOnly}
    />
  );
}
