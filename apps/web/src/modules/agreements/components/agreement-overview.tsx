import { Box, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconCircleCheck, IconClockHour4 } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '@web/modules/project-editor/components/money';
import type { AgreementView } from '@web/modules/agreements/graphql/agreements';
import { signingOpen } from '@web/modules/agreements/hooks/agreement-rules';
import { AttachmentList } from '@web/shared/files/attachment-list';
import { useFormat } from '@web/shared/format/use-format';
import { useLocale } from '@web/shared/i18n/locale';
import { Markdown } from '@web/shared/ui/markdown';
import { useAgreementLabels } from './agreement-labels';

/** The parties of the current version: role, contributions, and whether each has signed that version. */
export function PartiesTable({ agreement }: { agreement: AgreementView }) {
  const { t } = useTranslation('agreements');
  const labels = useAgreementLabels();
  const format = useFormat();
  const locale = useLocale();
  const showSignatures = signingOpen(agreement) || agreement.parties.some((party) => party.signedAt);
  return (
    <Box style={{ overflowX: 'auto' }}>
      <Table withTableBorder verticalSpacing="xs" data-testid="parties-table" miw={600}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('parties.organisation')}</Table.Th>
            <Table.Th scope="col">{t('parties.role')}</Table.Th>
            <Table.Th scope="col">{t('parties.money')}</Table.Th>
            <Table.Th scope="col">{t('parties.inKind')}</Table.Th>
            {showSignatures && <Table.Th scope="col">{t('parties.signature', { number: agreement.currentVersion.number })}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {agreement.parties.map((party, index) => (
            <Table.Tr key={party.organisation?.id ?? index}>
              <Table.Td>
                <Text fw={500} size="sm">
                  {party.organisation?.name ?? t('signatures.unknownOrganisation')}
                </Text>
                {party.organisation?.id === agreement.managingOrganisation?.id && (
                  <Text size="xs" c="dimmed">
                    {t('parties.manager')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{labels.role(party.role)}</Table.Td>
              <Table.Td>{party.contribution.money.amount > 0 ? formatMoney(party.contribution.money.amount, party.contribution.money.currency, locale) : t('parties.noMoney')}</Table.Td>
              <Table.Td style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{party.contribution.inKind || t('parties.noInKind')}</Table.Td>
              {showSignatures && (
                <Table.Td>
                  {party.signedAt ? (
                    <Group gap={6} wrap="nowrap">
                      <IconCircleCheck size={16} color="var(--mantine-color-teal-8)" aria-hidden />
                      <Text size="sm">
                        {t('signatures.signedBy', { name: party.signedBy ?? '' })} · <time dateTime={party.signedAt}>{format.dateTime(party.signedAt)}</time>
                      </Text>
                    </Group>
                  ) : (
                    <Group gap={6} wrap="nowrap">
                      <IconClockHour4 size={16} aria-hidden />
                      <Text size="sm">{t('signatures.notSigned')}</Text>
                    </Group>
                  )}
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Box>
  );
}

export function AgreementOverview({ agreement }: { agreement: AgreementView }) {
  const { t } = useTranslation('agreements');
  const purposeId = useId();
  const partiesId = useId();
  return (
    <Stack gap="xl">
      <Stack gap="xs" component="section" aria-labelledby={purposeId}>
        <Title order={2} size="h3" id={purposeId}>
          {t('overview.purpose')}
        </Title>
        {agreement.purpose ? (
          <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{agreement.purpose}</Text>
        ) : (
          <Text c="dimmed">{t('overview.noPurpose')}</Text>
        )}
      </Stack>
      <Stack gap="xs" component="section" aria-labelledby={partiesId}>
        <Title order={2} size="h3" id={partiesId}>
          {t('overview.parties', { count: agreement.parties.length })}
        </Title>
        <PartiesTable agreement={agreement} />
      </Stack>
    </Stack>
  );
}

export function AgreementTerms({ agreement }: { agreement: AgreementView }) {
  const { t } = useTranslation('agreements');
  const headingId = useId();
  return (
    <Stack gap="xs" component="section" aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId}>
        {t('terms.heading', { number: agreement.currentVersion.number })}
      </Title>
      {agreement.amendmentPending && (
        <Text size="sm" c="dimmed">
          {t('terms.amendmentNote')}
        </Text>
      )}
      {agreement.terms.trim() ? <Markdown source={agreement.terms} headingOffset={2} /> : <Text c="dimmed">{t('terms.none')}</Text>}
    </Stack>
  );
}

export function AgreementDocuments({ agreement }: { agreement: AgreementView }) {
  const { t } = useTranslation('agreements');
  const headingId = useId();
  return (
    <Stack gap="xs" component="section" aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId}>
        {t('documents.heading')}
      </Title>
      <AttachmentList files={agreement.attachments} emptyText={t('documents.none')} />
    </Stack>
  );
}
