import { Checkbox, Group, NumberInput, Select, SimpleGrid, Skeleton, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CURRENCIES, ICF_INDICATORS, ORGANISATION_KINDS, PROJECT_LIMITS } from '@helix/domain';
import { useIcfIndicators } from '@web/modules/projects/hooks/use-icf-indicators';
import { useLocale } from '@web/shared/i18n/locale';
import { ErrorState } from '@web/shared/ui/error-state';
import { CountedHint, errorText, LockedNote, type StepProps } from './field-parts';
import { formatMoney, minorDigits, numberSeparators } from './money';
import { budgetOf } from './project-form';

function IndicatorCards({ form, locked }: StepProps) {
  const { t } = useTranslation('projectEditor');
  const { indicators, loading, error, retry } = useIcfIndicators();
  if (error) return <ErrorState title={t('fields.indicatorsError')} error={error} onRetry={retry} />;
  return (
    <Checkbox.Group
      label={t('fields.indicators')}
      description={locked ? <LockedNote /> : t('fields.indicatorsHint')}
      value={form.values.indicators}
      readOnly={locked}
      error={errorText(form, 'indicators')}
      onChange={(next) => form.setFieldValue('indicators', ICF_INDICATORS.filter((code) => next.includes(code)))}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs">
        {loading
          ? ICF_INDICATORS.map((code) => <Skeleton key={code} height={88} radius="md" />)
          : indicators.map((indicator) => (
              <Checkbox.Card key={indicator.code} value={indicator.code} radius="md" p="md" disabled={locked}>
                <Group wrap="nowrap" align="flex-start" gap="sm">
                  <Checkbox.Indicator disabled={locked} />
                  <Stack gap={2}>
                    <Text fw={600} size="sm">
                      {indicator.name}
                    </Text>
                    <Text size="sm" c="dimmed">
                      {indicator.description}
                    </Text>
                  </Stack>
                </Group>
              </Checkbox.Card>
            ))}
      </SimpleGrid>
    </Checkbox.Group>
  );
}

function BudgetFields({ form, locked }: StepProps) {
  const { t } = useTranslation('projectEditor');
  const locale = useLocale();
  const separators = numberSeparators(locale);
  const currency = form.values.budgetCurrency;
  const digits = minorDigits(currency);
  const budget = budgetOf(form.values);
  return (
    <Stack gap={4}>
      <Group align="flex-start" gap="sm" grow preventGrowOverflow={false}>
        <NumberInput
          label={t('fields.budgetAmount')}
          description={locked ? <LockedNote /> : t('fields.budgetHint')}
          readOnly={locked}
          min={0}
          allowNegative={false}
          allowDecimal={digits > 0}
          decimalScale={digits}
          thousandSeparator={separators.thousands}
          decimalSeparator={separators.decimal}
          allowedDecimalSeparators={[separators.decimal]}
          hideControls
          inputMode={digits > 0 ? 'decimal' : 'numeric'}
          style={{ flexGrow: 3 }}
          {...form.getInputProps('budgetAmount')}
        />
        <Select
          label={t('fields.currency')}
          description={locked ? <LockedNote /> : t('fields.currencyHint')}
          readOnly={locked}
          allowDeselect={false}
          data={CURRENCIES.map((code) => ({ value: code, label: t(`currencies.${code}`) }))}
          {...form.getInputProps('budgetCurrency')}
          onChange={(next) => {
            const code = CURRENCIES.find((candidate) => candidate === next);
            if (!code) return;
            form.setFieldValue('budgetCurrency', code);
            // Đồng have no cents: an amount typed in dollars or euros is rounded to what the new currency can hold.
            const amount = form.values.budgetAmount;
            if (typeof amount === 'number') form.setFieldValue('budgetAmount', Number(amount.toFixed(minorDigits(code))));
          }}
        />
      </Group>
      <Text size="sm" c="dimmed" aria-live="polite" data-testid="budget-formatted">
        {budget ? t('fields.budgetFormatted', { amount: formatMoney(budget.amount, budget.currency, locale) }) : budget === null ? t('fields.budgetNone') : ''}
      </Text>
    </Stack>
  );
}

/** Step 3: the ICF indicators it serves, who may respond, where, and for how much. */
export function ScopeStep({ form, locked }: StepProps) {
  const { t } = useTranslation('projectEditor');
  const { t: tOrganisations } = useTranslation('organisations');
  return (
    <Stack gap="lg">
      <IndicatorCards form={form} locked={locked} />
      <Checkbox.Group
        label={t('fields.eligibleKinds')}
        description={locked ? <LockedNote /> : t('fields.eligibleKindsHint')}
        value={form.values.eligibleKinds}
        readOnly={locked}
        error={errorText(form, 'eligibleKinds')}
        onChange={(next) => form.setFieldValue('eligibleKinds', ORGANISATION_KINDS.filter((kind) => next.includes(kind)))}
      >
        <Group mt="xs" gap="lg">
          {ORGANISATION_KINDS.map((kind) => (
            <Checkbox key={kind} value={kind} label={tOrganisations(`kinds.${kind}`)} disabled={locked} />
          ))}
        </Group>
      </Checkbox.Group>
      <TextInput
        label={t('fields.location')}
        description={<CountedHint hint={t('fields.locationHint')} value={form.values.location} max={PROJECT_LIMITS.locationMax} />}
        {...form.getInputProps('location')}
      />
      <BudgetFields form={form} locked={locked} />
    </Stack>
  );
}
