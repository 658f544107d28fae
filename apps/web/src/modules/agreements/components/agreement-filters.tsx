import { Button, Chip, Group, Stack, Switch, Text, TextInput } from '@mantine/core';
import { IconFilterOff, IconSearch } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { AGREEMENT_STATUSES, AGREEMENT_LIMITS } from '@helix/domain';
import { useDebouncedField } from '@web/modules/projects/components/debounced-field';
import { EMPTY_AGREEMENT_FILTERS, filtersActive, type AgreementListFilters } from '@web/modules/agreements/hooks/agreement-filters';
import { useAgreementLabels } from './agreement-labels';

export const AGREEMENT_SEARCH_DEBOUNCE_MS = 400;

interface AgreementFiltersProps {
  filters: AgreementListFilters;
  onChange: (change: Partial<AgreementListFilters>) => void;
}

/** Words of the title (sent after a pause), statuses as chips and "overdue only"; all kept in the address. */
export function AgreementFiltersBar({ filters, onChange }: AgreementFiltersProps) {
  const { t } = useTranslation('agreements');
  const labels = useAgreementLabels();
  const statusLabelId = useId();
  const search = useDebouncedField(filters.search, (value: string) => onChange({ search: value.trim() }), AGREEMENT_SEARCH_DEBOUNCE_MS, (committed, typed) => committed === typed.trim());
  return (
    <Stack gap="sm">
      <form
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          search.flush();
        }}
      >
        <TextInput
          type="search"
          label={t('list.searchLabel')}
          placeholder={t('list.searchPlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          maxLength={AGREEMENT_LIMITS.titleMax}
          value={search.value}
          onChange={(event) => search.change(event.currentTarget.value)}
          maw={480}
        />
      </form>
      <Group gap="sm" role="group" aria-labelledby={statusLabelId} align="center">
        <Text id={statusLabelId} size="sm" fw={500}>
          {t('list.statusFilter')}
        </Text>
        <Chip.Group multiple value={filters.statuses} onChange={(next) => onChange({ statuses: AGREEMENT_STATUSES.filter((status) => next.includes(status)) })}>
          <Group gap="xs">
            {AGREEMENT_STATUSES.map((status) => (
              <Chip key={status} value={status} size="sm">
                {labels.status(status)}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
      </Group>
      <Group gap="md" align="center">
        <Switch label={t('list.overdueOnly')} checked={filters.overdue} onChange={(event) => onChange({ overdue: event.currentTarget.checked })} />
        {filtersActive(filters) && (
          <Button variant="subtle" size="compact-sm" leftSection={<IconFilterOff size={14} aria-hidden />} onClick={() => onChange(EMPTY_AGREEMENT_FILTERS)}>
            {t('list.clearFilters')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
