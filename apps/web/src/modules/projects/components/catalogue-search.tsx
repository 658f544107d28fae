import { Group, NativeSelect, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PROJECT_SORTS, SEARCH_MAX_LENGTH, normaliseSearchText, type ProjectSort } from '@helix/domain';
import type { CatalogueFilters } from '@web/modules/projects/hooks/catalogue-filters';
import { useDebouncedField } from './debounced-field';
import { useProjectLabels } from './project-labels';

export const SEARCH_DEBOUNCE_MS = 400;

interface CatalogueSearchProps {
  filters: CatalogueFilters;
  onChange: (change: Partial<CatalogueFilters>) => void;
}

/** The search box (sent after a pause in typing) and the sort order. */
export function CatalogueSearch({ filters, onChange }: CatalogueSearchProps) {
  const { t } = useTranslation('projects');
  const labels = useProjectLabels();
  const search = useDebouncedField(
    filters.search,
    (value: string) => onChange({ search: normaliseSearchText(value) }),
    SEARCH_DEBOUNCE_MS,
    (committed, typed) => committed === normaliseSearchText(typed),
  );
  const hasSearch = !!filters.search;
  const sorts = PROJECT_SORTS.filter((sort) => sort !== 'RELEVANCE' || hasSearch);
  const sort: ProjectSort = filters.sort ?? (hasSearch ? 'RELEVANCE' : 'NEWEST');
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <form
        role="search"
        style={{ flex: '1 1 280px' }}
        onSubmit={(event) => {
          event.preventDefault();
          search.flush();
        }}
      >
        <TextInput
          type="search"
          label={t('catalogue.searchLabel')}
          placeholder={t('catalogue.searchPlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          maxLength={SEARCH_MAX_LENGTH}
          value={search.value}
          onChange={(event) => search.change(event.currentTarget.value)}
        />
      </form>
      <NativeSelect
        label={t('catalogue.sortLabel')}
        value={sort}
        onChange={(event) => {
          const next = PROJECT_SORTS.find((value) => value === event.currentTarget.value);
          if (next) onChange({ sort: next });
        }}
        data={sorts.map((value) => ({ value, label: labels.sort(value) }))}
        w={{ base: '100%', xs: 220 }}
      />
    </Group>
  );
}
