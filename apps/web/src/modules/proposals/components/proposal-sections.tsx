import { ActionIcon, Button, Group, NumberInput, Paper, Select, Stack, Table, Tabs, Text, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconEye, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PROPOSAL_LIMITS } from '@helix/domain';
import { formatMoney, minorOf, numberSeparators } from '@web/modules/project-editor/components/money';
import { useLocale } from '@web/shared/i18n/locale';
import { OrganisationSearchSelect, organisationLabel, type SearchedOrganisation } from '@web/shared/organisations/organisation-search-select';
import { errorText } from '@web/shared/forms/editor-section';
import { Markdown } from '@web/shared/ui/markdown';
import { PartnerStatusBadge } from './proposal-labels';
import { budgetLinesTotal, newBudgetRow, newTeamRow, type PartnerEntry, type ProposalFormValues } from './proposal-form';

export type ProposalForm = UseFormReturnType<ProposalFormValues>;

export interface SectionProps {
  form: ProposalForm;
  readOnly: boolean;
}

/** The approach in Markdown, with a preview rendered as the owner will read it (raw HTML stays text). */
export function ApproachField({ form, readOnly }: SectionProps) {
  const { t } = useTranslation('proposals');
  const [tab, setTab] = useState<string | null>(readOnly ? 'preview' : 'write');
  const error = errorText(form, 'approach');
  useEffect(() => {
    if (error) setTab('write');
  }, [error]);
  const { approach } = form.values;
  return (
    <Tabs value={tab} onChange={setTab} keepMounted={false}>
      <Tabs.List>
        <Tabs.Tab value="write" leftSection={<IconPencil size={16} aria-hidden />}>
          {t('editor.write')}
        </Tabs.Tab>
        <Tabs.Tab value="preview" leftSection={<IconEye size={16} aria-hidden />}>
          {t('editor.preview')}
        </Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="write" pt="sm">
        <Textarea
          label={t('editor.approach')}
          description={t('editor.approachHint', { max: PROPOSAL_LIMITS.approachMax })}
          autosize
          minRows={8}
          maxRows={30}
          readOnly={readOnly}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          {...form.getInputProps('approach')}
        />
      </Tabs.Panel>
      <Tabs.Panel value="preview" pt="sm">
        <Paper withBorder p="md" radius="md" data-testid="markdown-preview">
          {approach.trim() ? (
            <Markdown source={approach} />
          ) : (
            <Text c="dimmed" size="sm">
              {t('editor.previewEmpty')}
            </Text>
          )}
        </Paper>
      </Tabs.Panel>
    </Tabs>
  );
}

/** An amount typed in the reader's separators. */
function useMoneyInputProps() {
  const locale = useLocale();
  const { thousands, decimal } = numberSeparators(locale);
  return { thousandSeparator: thousands, decimalSeparator: decimal, allowNegative: false, hideControls: true };
}

/** Requested budget, currency and duration. */
export function BudgetFields({ form, readOnly }: SectionProps) {
  const { t } = useTranslation('proposals');
  const moneyProps = useMoneyInputProps();
  return (
    <Group align="flex-start" grow>
      <NumberInput label={t('editor.requestedBudget')} description={t('editor.requestedBudgetHint')} readOnly={readOnly} {...moneyProps} {...form.getInputProps('budgetAmount')} />
      <Select
        label={t('editor.currency')}
        data={['VND', 'USD', 'EUR']}
        allowDeselect={false}
        readOnly={readOnly}
        value={form.values.currency}
        onChange={(value) => {
          if (value === 'VND' || value === 'USD' || value === 'EUR') form.setFieldValue('currency', value);
        }}
      />
      <NumberInput
        label={t('editor.duration')}
        description={t('editor.durationHint', { max: PROPOSAL_LIMITS.durationMonthsMax })}
        min={1}
        max={PROPOSAL_LIMITS.durationMonthsMax}
        allowDecimal={false}
        readOnly={readOnly}
        {...form.getInputProps('durationMonths')}
      />
    </Group>
  );
}

/** The budget table: item and amount per row, the total compared with the requested budget. */
export function BudgetTable({ form, readOnly }: SectionProps) {
  const { t } = useTranslation('proposals');
  const locale = useLocale();
  const moneyProps = useMoneyInputProps();
  const { budgetLines, currency, budgetAmount } = form.values;
  const total = budgetLinesTotal(form.values);
  const requested = minorOf(budgetAmount, currency);
  let comparison: { text: string; color: string } | undefined;
  if (budgetLines.length && typeof requested === 'number') {
    if (total === requested) comparison = { text: t('editor.totalMatches'), color: 'teal.9' };
    else if (total < requested) comparison = { text: t('editor.totalBelow', { difference: formatMoney(requested - total, currency, locale) }), color: 'orange.9' };
    else comparison = { text: t('editor.totalAbove', { difference: formatMoney(total - requested, currency, locale) }), color: 'red.8' };
  }
  return (
    <Stack gap="xs">
      {budgetLines.length > 0 && (
        <Table withTableBorder verticalSpacing="xs" aria-label={t('editor.budgetTable')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('editor.budgetItem')}</Table.Th>
              <Table.Th>{t('editor.budgetAmount', { currency })}</Table.Th>
              {!readOnly && <Table.Th aria-label={t('editor.actions')} />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {budgetLines.map((row, index) => (
              <Table.Tr key={row.key}>
                <Table.Td>
                  <TextInput aria-label={t('editor.budgetItemRow', { row: index + 1 })} readOnly={readOnly} {...form.getInputProps(`budgetLines.${index}.item`)} />
                </Table.Td>
                <Table.Td>
                  <NumberInput aria-label={t('editor.budgetAmountRow', { row: index + 1 })} readOnly={readOnly} {...moneyProps} {...form.getInputProps(`budgetLines.${index}.amount`)} />
                </Table.Td>
                {!readOnly && (
                  <Table.Td>
                    <ActionIcon variant="subtle" color="red" aria-label={t('editor.removeBudgetRow', { row: index + 1 })} onClick={() => form.removeListItem('budgetLines', index)}>
                      <IconTrash size={16} aria-hidden />
                    </ActionIcon>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th>{t('editor.total')}</Table.Th>
              <Table.Th data-testid="budget-total">{formatMoney(total, currency, locale)}</Table.Th>
              {!readOnly && <Table.Th />}
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      )}
      {comparison && (
        <Text size="sm" c={comparison.color} data-testid="budget-comparison" aria-live="polite">
          {comparison.text}
        </Text>
      )}
      {errorText(form, 'budgetLines') && (
        <Text size="sm" c="red.8">
          {errorText(form, 'budgetLines')}
        </Text>
      )}
      {!readOnly && budgetLines.length < PROPOSAL_LIMITS.budgetLinesMax && (
        <Button variant="light" size="xs" leftSection={<IconPlus size={14} aria-hidden />} style={{ alignSelf: 'flex-start' }} onClick={() => form.insertListItem('budgetLines', newBudgetRow())}>
          {t('editor.addBudgetRow')}
        </Button>
      )}
    </Stack>
  );
}

/** The team: one row per person (name, role, organisation). */
export function TeamTable({ form, readOnly }: SectionProps) {
  const { t } = useTranslation('proposals');
  const { team } = form.values;
  return (
    <Stack gap="xs">
      {team.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('editor.teamEmpty')}
        </Text>
      )}
      {team.map((row, index) => (
        <Group key={row.key} align="flex-end" gap="xs" wrap="wrap">
          <TextInput label={t('editor.memberName', { row: index + 1 })} withAsterisk={!readOnly} readOnly={readOnly} style={{ flex: 2, minWidth: 160 }} {...form.getInputProps(`team.${index}.name`)} />
          <TextInput label={t('editor.memberRole', { row: index + 1 })} readOnly={readOnly} style={{ flex: 2, minWidth: 140 }} {...form.getInputProps(`team.${index}.role`)} />
          <TextInput label={t('editor.memberOrganisation', { row: index + 1 })} readOnly={readOnly} style={{ flex: 2, minWidth: 160 }} {...form.getInputProps(`team.${index}.organisation`)} />
          {!readOnly && (
            <ActionIcon variant="subtle" color="red" mb={4} aria-label={t('editor.removeMember', { row: index + 1 })} onClick={() => form.removeListItem('team', index)}>
              <IconTrash size={16} aria-hidden />
            </ActionIcon>
          )}
        </Group>
      ))}
      {!readOnly && team.length < PROPOSAL_LIMITS.teamMax && (
        <Button variant="light" size="xs" leftSection={<IconPlus size={14} aria-hidden />} style={{ alignSelf: 'flex-start' }} onClick={() => form.insertListItem('team', newTeamRow())}>
          {t('editor.addMember')}
        </Button>
      )}
    </Stack>
  );
}

interface PartnersFieldProps extends SectionProps {
  /** Never offered: the lead itself and the project's owner. */
  excludedIds: readonly string[];
}

/** The consortium: verified organisations found by name, each with its answer. */
export function PartnersField({ form, readOnly, excludedIds }: PartnersFieldProps) {
  const { t } = useTranslation('proposals');
  const { partners } = form.values;
  const full = partners.length >= PROPOSAL_LIMITS.partnersMax;
  const add = (organisation: SearchedOrganisation) => {
    const entry: PartnerEntry = { id: organisation.id, name: organisation.name, shortName: organisation.shortName ?? null, status: 'PENDING' };
    form.setFieldValue('partners', [...form.getValues().partners, entry]);
  };
  return (
    <Stack gap="sm">
      <Text size="sm">{t('editor.partnersHint')}</Text>
      {partners.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('editor.partnersEmpty')}
        </Text>
      ) : (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('editor.partnersList')}>
          {partners.map((partner) => (
            <Group component="li" key={partner.id} justify="space-between" gap="xs" data-testid="partner-row">
              <Group gap="xs">
                <Text size="sm" fw={500}>
                  {organisationLabel(partner)}
                </Text>
                <PartnerStatusBadge status={partner.status} />
              </Group>
              {!readOnly && (
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t('editor.removePartner', { name: partner.name })}
                  onClick={() =>
                    form.setFieldValue(
                      'partners',
                      form.getValues().partners.filter((entry) => entry.id !== partner.id),
                    )
                  }
                >
                  <IconTrash size={16} aria-hidden />
                </ActionIcon>
              )}
            </Group>
          ))}
        </Stack>
      )}
      {!readOnly && (
        <OrganisationSearchSelect
          label={t('editor.addPartner')}
          description={t('editor.addPartnerHint', { max: PROPOSAL_LIMITS.partnersMax })}
          placeholder={t('editor.addPartnerPlaceholder')}
          searchingText={t('editor.partnerSearching')}
          nothingFoundText={t('editor.partnerNothingFound')}
          excludedIds={[...partners.map((partner) => partner.id), ...excludedIds]}
          onPick={add}
          disabled={full}
          error={errorText(form, 'partners')}
        />
      )}
    </Stack>
  );
}
