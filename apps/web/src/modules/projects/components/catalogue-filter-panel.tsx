import { Button, Checkbox, Group, NumberInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ICF_INDICATORS, ORGANISATION_KINDS, PROJECT_DOMAINS, PROJECT_KINDS } from '@helix/domain';
import type { ProjectsQuery } from '@web/gql/graphql';
import { CATALOGUE_STATUSES, EMPTY_FILTERS, type CatalogueFilters } from '@web/modules/projects/hooks/catalogue-filters';
import { useIcfIndicators } from '@web/modules/projects/hooks/use-icf-indicators';
import { useLocale } from '@web/shared/i18n/locale';
import { useDebouncedField } from './debounced-field';
import { useProjectLabels } from './project-labels';

type Facets = NonNullable<ProjectsQuery['projects']['facets']>;
type FacetList = Facets[keyof Omit<Facets, '__typename'>];

const BUDGET_DEBOUNCE_MS = 600;

interface FacetGroupProps<T extends string> {
  label: string;
  values: readonly T[];
  chosen: readonly T[];
  labelOf: (value: T) => string;
  counts: FacetList | undefined;
  onChange: (values: T[]) => void;
}

/** One dimension of the filter: a checkbox per value, with how many projects each would show. */
function FacetGroup<T extends string>({ label, values, chosen, labelOf, counts, onChange }: FacetGroupProps<T>) {
  const { t } = useTranslation('projects');
  const countOf = (value: T) => (counts ? (counts.find((facet) => facet.value === value)?.count ?? 0) : undefined);
  return (
    <Checkbox.Group label={label} value={[...chosen]} onChange={(next) => onChange(values.filter((value) => next.includes(value)))}>
      <Stack gap={6} mt={6}>
        {values.map((value) => {
          const count = countOf(value);
          return (
            <Checkbox
              key={value}
              value={value}
              label={
                <>
                  {labelOf(value)}
                  {count !== undefined && (
                    <Text span size="sm" c="dimmed">
                      {' '}
                      {t('filters.count', { count })}
                    </Text>
                  )}
                </>
              }
            />
          );
        })}
      </Stack>
    </Checkbox.Group>
  );
}

function BudgetInput({ label, value, onCommit }: { label: string; value: number | null; onCommit: (value: number | null) => void }) {
  const locale = useLocale();
  const field = useDebouncedField<number | null>(value, onCommit, BUDGET_DEBOUNCE_MS);
  return (
    <NumberInput
      label={label}
      value={field.value ?? ''}
      onChange={(next) => field.change(typeof next === 'number' && Number.isFinite(next) ? next : null)}
      onBlur={() => field.flush()}
      allowNegative={false}
      allowDecimal={false}
      thousandSeparator={locale === 'vi' ? '.' : ','}
      decimalSeparator={locale === 'vi' ? ',' : '.'}
      suffix=" ₫"
      min={0}
      max={Number.MAX_SAFE_INTEGER}
      hideControls
    />
  );
}

interface CatalogueFilterPanelProps {
  filters: CatalogueFilters;
  facets: Facets | undefined;
  onChange: (change: Partial<CatalogueFilters>) => void;
  active: boolean;
}

/** Every filter of the catalogue, with facet counts from the API. */
export function CatalogueFilterPanel({ filters, facets, onChange, active }: CatalogueFilterPanelProps) {
  const { t } = useTranslation(['projects', 'organisations']);
  const labels = useProjectLabels();
  const { info } = useIcfIndicators();
  const headingId = useId();
  const organisationKind = (kind: (typeof ORGANISATION_KINDS)[number]) => t(`organisations:kinds.${kind}`);
  const budgetProblem = filters.budgetMin !== null && filters.budgetMax !== null && filters.budgetMin > filters.budgetMax;
  const dateProblem = !!filters.closesFrom && !!filters.closesTo && filters.closesFrom > filters.closesTo;
  return (
    <Stack component="section" gap="lg" aria-labelledby={headingId}>
      <Group justify="space-between" align="center">
        <Title order={2} size="h4" id={headingId}>
          {t('filters.heading')}
        </Title>
        {active && (
          <Button variant="subtle" size="compact-sm" leftSection={<IconFilterOff size={14} aria-hidden />} onClick={() => onChange({ ...EMPTY_FILTERS, sort: filters.sort })}>
            {t('filters.clear')}
          </Button>
        )}
      </Group>
      <FacetGroup label={t('filters.kind')} values={PROJECT_KINDS} chosen={filters.kinds} labelOf={labels.kind} counts={facets?.kinds} onChange={(kinds) => onChange({ kinds })} />
      <FacetGroup label={t('filters.domain')} values={PROJECT_DOMAINS} chosen={filters.domains} labelOf={labels.domain} counts={facets?.domains} onChange={(domains) => onChange({ domains })} />
      <FacetGroup
        label={t('filters.indicator')}
        values={ICF_INDICATORS}
        chosen={filters.indicators}
        labelOf={(code) => info(code).name}
        counts={facets?.indicators}
        onChange={(indicators) => onChange({ indicators })}
      />
      <FacetGroup label={t('filters.status')} values={CATALOGUE_STATUSES} chosen={filters.statuses} labelOf={labels.status} counts={facets?.statuses} onChange={(statuses) => onChange({ statuses })} />
      <FacetGroup
        label={t('filters.eligibleKind')}
        values={ORGANISATION_KINDS}
        chosen={filters.eligibleKinds}
        labelOf={organisationKind}
        counts={facets?.eligibleKinds}
        onChange={(eligibleKinds) => onChange({ eligibleKinds })}
      />
      <FacetGroup
        label={t('filters.posterKind')}
        values={ORGANISATION_KINDS}
        chosen={filters.organisationKinds}
        labelOf={organisationKind}
        counts={facets?.organisationKinds}
        onChange={(organisationKinds) => onChange({ organisationKinds })}
      />
      <Stack gap={6} role="group" aria-labelledby={`${headingId}-closing`}>
        <Text id={`${headingId}-closing`} size="sm" fw={500}>
          {t('filters.closing')}
        </Text>
        <TextInput type="date" label={t('filters.closesFrom')} value={filters.closesFrom} max={filters.closesTo || undefined} onChange={(event) => onChange({ closesFrom: event.currentTarget.value })} />
        <TextInput
          type="date"
          label={t('filters.closesTo')}
          value={filters.closesTo}
          min={filters.closesFrom || undefined}
          onChange={(event) => onChange({ closesTo: event.currentTarget.value })}
          error={dateProblem ? t('filters.dateRangeInvalid') : undefined}
        />
      </Stack>
      <Stack gap={6} role="group" aria-labelledby={`${headingId}-budget`}>
        <Text id={`${headingId}-budget`} size="sm" fw={500}>
          {t('filters.budget')}
        </Text>
        <BudgetInput label={t('filters.budgetMin')} value={filters.budgetMin} onCommit={(budgetMin) => onChange({ budgetMin })} />
        <BudgetInput label={t('filters.budgetMax')} value={filters.budgetMax} onCommit={(budgetMax) => onChange({ budgetMax })} />
        {budgetProblem && (
          <Text size="sm" c="var(--mantine-color-error)" role="alert">
            {t('filters.budgetRangeInvalid')}
          </Text>
        )}
      </Stack>
    </Stack>
  );
}
