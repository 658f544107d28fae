import { Alert, Button, Group, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { IconGitMerge } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney, minorOf } from '@web/modules/project-editor/components/money';
import { useLocale } from '@web/shared/i18n/locale';
import { changedFields, takeField, type ProposalField, type ProposalFormValues } from './proposal-form';

/** One field's value as a short readable text, to put two versions side by side. */
function useDescribe() {
  const { t } = useTranslation('proposals');
  const locale = useLocale();
  return (values: ProposalFormValues, field: ProposalField): string => {
    const none = t('conflict.empty');
    switch (field) {
      case 'title':
      case 'abstract':
      case 'approach':
        return values[field].trim() || none;
      case 'requestedBudget': {
        const minor = minorOf(values.budgetAmount, values.currency);
        return typeof minor === 'number' ? formatMoney(minor, values.currency, locale) : none;
      }
      case 'durationMonths':
        return values.durationMonths === '' ? none : t('conflict.months', { count: Number(values.durationMonths) });
      case 'team':
        return values.team.length ? values.team.map((row) => [row.name, row.role, row.organisation].filter((part) => part.trim()).join(' · ')).join('\n') : none;
      case 'budgetLines':
        return values.budgetLines.length
          ? values.budgetLines.map((row) => `${row.item}: ${formatMoney(minorOf(row.amount, values.currency) ?? 0, values.currency, locale)}`).join('\n')
          : none;
      case 'attachmentIds':
        return values.attachments.length ? values.attachments.map((file) => file.name).join('\n') : none;
      case 'partnerOrganisationIds':
        return values.partners.length ? values.partners.map((partner) => partner.name).join('\n') : none;
    }
  };
}

interface ConflictPanelProps {
  mine: ProposalFormValues;
  theirs: ProposalFormValues;
  onResolve: (merged: ProposalFormValues) => void;
}

type Choice = 'mine' | 'theirs';

/**
 * Someone saved first: both versions side by side, field by field, and the user picks which to
 * keep for each (nothing is saved before they choose).
 */
export function ConflictPanel({ mine, theirs, onResolve }: ConflictPanelProps) {
  const { t } = useTranslation('proposals');
  const describe = useDescribe();
  const fields = changedFields(theirs, mine);
  const [choices, setChoices] = useState<Partial<Record<ProposalField, Choice>>>({});
  const choiceOf = (field: ProposalField): Choice => choices[field] ?? 'mine';
  const merge = (all?: Choice) => fields.reduce((merged, field) => ((all ?? choiceOf(field)) === 'mine' ? takeField(merged, mine, field) : merged), theirs);

  return (
    <Alert color="orange" variant="light" icon={<IconGitMerge aria-hidden />} title={t('conflict.title')} data-testid="conflict" role="alert">
      <Stack gap="sm">
        <Text size="sm">{t('conflict.description')}</Text>
        {fields.length === 0 ? (
          <Text size="sm">{t('conflict.same')}</Text>
        ) : (
          <Table withTableBorder verticalSpacing="xs" aria-label={t('conflict.tableLabel')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('conflict.field')}</Table.Th>
                <Table.Th>{t('conflict.mine')}</Table.Th>
                <Table.Th>{t('conflict.theirs')}</Table.Th>
                <Table.Th>{t('conflict.keep')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {fields.map((field) => (
                <Table.Tr key={field} data-testid={`conflict-${field}`}>
                  <Table.Th scope="row">{t(`fields.${field}`)}</Table.Th>
                  <Table.Td style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="mine">
                    {describe(mine, field)}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="theirs">
                    {describe(theirs, field)}
                  </Table.Td>
                  <Table.Td>
                    <SegmentedControl
                      size="xs"
                      aria-label={t('conflict.keepField', { field: t(`fields.${field}`) })}
                      value={choiceOf(field)}
                      onChange={(value) => setChoices((current) => ({ ...current, [field]: value === 'theirs' ? 'theirs' : 'mine' }))}
                      data={[
                        { value: 'mine', label: t('conflict.keepMine') },
                        { value: 'theirs', label: t('conflict.keepTheirs') },
                      ]}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <Group gap="xs">
          <Button size="xs" color="orange" onClick={() => onResolve(merge())}>
            {t('conflict.apply')}
          </Button>
          <Button size="xs" variant="default" onClick={() => onResolve(merge('mine'))}>
            {t('conflict.allMine')}
          </Button>
          <Button size="xs" variant="default" onClick={() => onResolve(merge('theirs'))}>
            {t('conflict.allTheirs')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
