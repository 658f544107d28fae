import { ActionIcon, Button, Group, NumberInput, Paper, Select, Stack, Tabs, Text, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconEye, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AGREEMENT_LIMITS, AGREEMENT_PARTY_ROLES, type AgreementPartyRole } from '@helix/domain';
import { formatMoney, minorDigits, numberSeparators } from '@web/modules/project-editor/components/money';
import { sharesTotal } from '@web/modules/agreements/hooks/agreement-rules';
import { useLocale } from '@web/shared/i18n/locale';
import { OrganisationSearchSelect, organisationLabel, type SearchedOrganisation } from '@web/shared/organisations/organisation-search-select';
import { errorText } from '@web/shared/forms/editor-section';
import { Markdown } from '@web/shared/ui/markdown';
import { useAgreementLabels } from './agreement-labels';
import { moneyTotal, newMilestoneRow, newPartyRow, type AgreementFormValues } from './agreement-form';

export type AgreementForm = UseFormReturnType<AgreementFormValues>;

/** The terms in Markdown, with a preview rendered as the parties will read it (raw HTML stays text). */
export function TermsField({ form }: { form: AgreementForm }) {
  const { t } = useTranslation('agreements');
  const [tab, setTab] = useState<string | null>('write');
  const error = errorText(form, 'terms');
  useEffect(() => {
    if (error) setTab('write');
  }, [error]);
  const { terms } = form.values;
  return (
    <Tabs value={tab} onChange={setTab} keepMounted={false}>
      <Tabs.List aria-label={t('editor.termsTabs')}>
        <Tabs.Tab value="write" leftSection={<IconPencil size={16} aria-hidden />}>
          {t('editor.write')}
        </Tabs.Tab>
        <Tabs.Tab value="preview" leftSection={<IconEye size={16} aria-hidden />}>
          {t('editor.preview')}
        </Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="write" pt="sm">
        <Textarea
          label={t('editor.terms')}
          description={t('editor.termsHint')}
          autosize
          minRows={10}
          maxRows={40}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          {...form.getInputProps('terms')}
        />
      </Tabs.Panel>
      <Tabs.Panel value="preview" pt="sm">
        <Paper withBorder p="md" radius="md" data-testid="terms-preview">
          {terms.trim() ? (
            <Markdown source={terms} headingOffset={2} />
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

/** Amounts typed with the reader's separators, as many decimals as the currency has. */
function useMoneyInputProps(form: AgreementForm) {
  const locale = useLocale();
  const { thousands, decimal } = numberSeparators(locale);
  const digits = minorDigits(form.values.currency);
  return { thousandSeparator: thousands, decimalSeparator: decimal, allowNegative: false, hideControls: true, decimalScale: digits, allowDecimal: digits > 0 };
}

interface PartiesFieldProps {
  form: AgreementForm;
  /** The managing organisation stays a party. */
  managerId: string;
  /** Parties of the version in force, which an amendment cannot remove. */
  lockedPartyIds: readonly string[];
}

/** The parties: verified organisations found by name, each with its role and contributions (money and in kind). */
export function PartiesField({ form, managerId, lockedPartyIds }: PartiesFieldProps) {
  const { t } = useTranslation('agreements');
  const labels = useAgreementLabels();
  const locale = useLocale();
  const moneyProps = useMoneyInputProps(form);
  const { parties, currency } = form.values;
  const full = parties.length >= AGREEMENT_LIMITS.partiesMax;
  const roles = AGREEMENT_PARTY_ROLES.map((role) => ({ value: role, label: labels.role(role) }));

  const add = (organisation: SearchedOrganisation) => form.insertListItem('parties', newPartyRow(organisation, 'RESEARCH_PARTNER'));
  const remove = (index: number) => {
    const removed = form.getValues().parties[index];
    form.removeListItem('parties', index);
    // Milestones of a party that is gone have nobody responsible until another is chosen.
    form.getValues().milestones.forEach((milestone, position) => {
      if (removed && milestone.responsibleOrganisationId === removed.organisationId) form.setFieldValue(`milestones.${position}.responsibleOrganisationId`, '');
    });
  };
  const total = moneyTotal(form.values);

  return (
    <Stack gap="md">
      <Text size="sm">{t('editor.partiesHint')}</Text>
      <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('editor.partiesList')}>
        {parties.map((party, index) => {
          const name = organisationLabel(party);
          // Labels name the party briefly (its short name), so each input says whose it is without a long label.
          const short = party.shortName || party.name;
          const manager = party.organisationId === managerId;
          const locked = lockedPartyIds.includes(party.organisationId);
          return (
            <Paper component="li" key={party.key} withBorder p="sm" radius="md" data-testid="party-row">
              <Stack gap="xs">
                <Group justify="space-between" gap="xs" wrap="nowrap">
                  <Stack gap={0}>
                    <Text fw={600} size="sm" style={{ overflowWrap: 'anywhere' }}>
                      {name}
                    </Text>
                    {(manager || locked) && (
                      <Text size="xs" c="dimmed">
                        {manager ? t('editor.managerParty') : t('editor.lockedParty')}
                      </Text>
                    )}
                  </Stack>
                  {!manager && !locked && (
                    <ActionIcon variant="subtle" color="red" aria-label={t('editor.removeParty', { name: short })} onClick={() => remove(index)}>
                      <IconTrash size={16} aria-hidden />
                    </ActionIcon>
                  )}
                </Group>
                <Group align="flex-start" gap="sm" grow wrap="wrap">
                  <Select
                    label={t('editor.partyRole', { name: short })}
                    data={roles}
                    allowDeselect={false}
                    value={party.role}
                    onChange={(value) => {
                      const role = AGREEMENT_PARTY_ROLES.find((candidate): candidate is AgreementPartyRole => candidate === value);
                      if (role) form.setFieldValue(`parties.${index}.role`, role);
                    }}
                    error={errorText(form, `parties.${index}.role`)}
                    miw={180}
                  />
                  <NumberInput
                    label={t('editor.partyMoney', { name: short, currency })}
                    description={t('editor.partyMoneyHint')}
                    {...moneyProps}
                    {...form.getInputProps(`parties.${index}.money`)}
                    miw={180}
                  />
                </Group>
                <TextInput label={t('editor.partyInKind', { name: short })} description={t('editor.partyInKindHint')} {...form.getInputProps(`parties.${index}.inKind`)} />
              </Stack>
            </Paper>
          );
        })}
      </Stack>
      <Text size="sm" fw={500} data-testid="money-total" aria-live="polite">
        {t('editor.moneyTotal', { total: formatMoney(total, currency, locale) })}
      </Text>
      <OrganisationSearchSelect
        label={t('editor.addParty')}
        description={t('editor.addPartyHint', { max: AGREEMENT_LIMITS.partiesMax })}
        placeholder={t('editor.addPartyPlaceholder')}
        searchingText={t('editor.partySearching')}
        nothingFoundText={t('editor.partyNothingFound')}
        excludedIds={parties.map((party) => party.organisationId)}
        onPick={add}
        disabled={full}
        error={errorText(form, 'parties')}
      />
    </Stack>
  );
}

/** The sum of the payment shares against 100%: over it is refused, below it is refused at signature time when there is money. */
function SharesTotal({ form }: { form: AgreementForm }) {
  const { t } = useTranslation('agreements');
  const total = sharesTotal(form.values.milestones.map((milestone) => milestone.paymentShare));
  const money = moneyTotal(form.values) > 0;
  let state: { text: string; color: string };
  if (total > 100) state = { text: t('editor.sharesOver'), color: 'red.9' };
  else if (total === 100) state = { text: t('editor.sharesComplete'), color: 'teal.9' };
  else if (money) state = { text: t('editor.sharesShort'), color: 'orange.9' };
  else state = { text: t('editor.sharesNoMoney'), color: 'dimmed' };
  return (
    <Stack gap={2} data-testid="shares-total" aria-live="polite">
      <Text size="sm" fw={600}>
        {t('editor.sharesTotal', { total })}
      </Text>
      <Text size="sm" c={state.color}>
        {state.text}
      </Text>
    </Stack>
  );
}

interface MilestonesFieldProps {
  form: AgreementForm;
  /** Milestones already submitted or accepted: an amendment may neither remove them nor give them to another party. */
  startedMilestoneIds: readonly string[];
}

/** The milestones: title, due day, responsible party (one of the parties), deliverable and payment share. */
export function MilestonesField({ form, startedMilestoneIds }: MilestonesFieldProps) {
  const { t } = useTranslation('agreements');
  const { milestones, parties } = form.values;
  const partyOptions = parties.map((party) => ({ value: party.organisationId, label: organisationLabel(party) }));
  return (
    <Stack gap="md">
      <Text size="sm">{t('editor.milestonesHint')}</Text>
      {milestones.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('editor.milestonesEmpty')}
        </Text>
      )}
      {milestones.map((milestone, index) => {
        const position = index + 1;
        const started = milestone.id !== null && startedMilestoneIds.includes(milestone.id);
        return (
          <Paper key={milestone.key} component="fieldset" withBorder p="sm" radius="md" m={0} data-testid="milestone-row">
            <Text component="legend" fw={600} size="sm" px={4}>
              {t('editor.milestoneLegend', { position })}
            </Text>
            <Stack gap="xs">
              {started && (
                <Text size="xs" c="dimmed">
                  {t('editor.milestoneStarted')}
                </Text>
              )}
              <TextInput label={t('editor.milestoneTitle', { position })} withAsterisk {...form.getInputProps(`milestones.${index}.title`)} />
              <Group align="flex-start" gap="sm" grow wrap="wrap">
                <TextInput type="date" label={t('editor.milestoneDue', { position })} withAsterisk miw={170} {...form.getInputProps(`milestones.${index}.dueDate`)} />
                <Select
                  label={t('editor.milestoneResponsible', { position })}
                  withAsterisk
                  data={partyOptions}
                  allowDeselect={false}
                  disabled={started}
                  miw={200}
                  {...form.getInputProps(`milestones.${index}.responsibleOrganisationId`)}
                  value={milestone.responsibleOrganisationId || null}
                  onChange={(value) => form.setFieldValue(`milestones.${index}.responsibleOrganisationId`, value ?? '')}
                />
                <NumberInput
                  label={t('editor.milestoneShare', { position })}
                  min={0}
                  max={100}
                  allowDecimal={false}
                  allowNegative={false}
                  suffix=" %"
                  miw={140}
                  {...form.getInputProps(`milestones.${index}.paymentShare`)}
                />
              </Group>
              <Textarea label={t('editor.milestoneDeliverable', { position })} autosize minRows={2} {...form.getInputProps(`milestones.${index}.deliverable`)} />
              {!started && (
                <Button
                  variant="subtle"
                  color="red"
                  size="compact-sm"
                  leftSection={<IconTrash size={14} aria-hidden />}
                  style={{ alignSelf: 'flex-start' }}
                  onClick={() => form.removeListItem('milestones', index)}
                >
                  {t('editor.removeMilestone', { position })}
                </Button>
              )}
            </Stack>
          </Paper>
        );
      })}
      <SharesTotal form={form} />
      {errorText(form, 'milestones') && (
        <Text size="sm" c="red.9" role="alert">
          {errorText(form, 'milestones')}
        </Text>
      )}
      {milestones.length < AGREEMENT_LIMITS.milestonesMax && (
        <Button variant="light" size="xs" leftSection={<IconPlus size={14} aria-hidden />} style={{ alignSelf: 'flex-start' }} onClick={() => form.insertListItem('milestones', newMilestoneRow())}>
          {t('editor.addMilestone')}
        </Button>
      )}
    </Stack>
  );
}
