import { Box, Stack, Table, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '@web/modules/project-editor/components/money';
import type { AgreementPartyView, AgreementView } from '@web/modules/agreements/graphql/agreements';
import { signingOpen } from '@web/modules/agreements/hooks/agreement-rules';
import { AttachmentList } from '@web/shared/files/attachment-list';
import { useLocale } from '@web/shared/i18n/locale';
import { Markdown } from '@web/shared/ui/markdown';
import { useAgreementLabels } from './agreement-labels';
import { SignatureStatus } from './signature-panel';

/** The columns every parties table starts with (the workspace's and the printed copy's). */
export function PartyColumnHeads() {
  const { t } = useTranslation('agreements');
  return (
    <>
      <Table.Th scope="col">{t('parties.organisation')}</Table.Th>
      <Table.Th scope="col">{t('parties.role')}</Table.Th>
      <Table.Th scope="col">{t('parties.money')}</Table.Th>
      <Table.Th scope="col">{t('parties.inKind')}</Table.Th>
    </>
  );
}

/** A party's contributions: money in the agreement's currency, and what it gives in kind. */
export function ContributionCells({ contribution }: { contribution: AgreementPartyView['contribution'] }) {
  const { t } = useTranslation('agreements');
  const locale = useLocale();
  return (
    <>
      <Table.Td>{contribution.money.amount > 0 ? formatMoney(contribution.money.amount, contribution.money.currency, locale) : t('parties.noMoney')}</Table.Td>
      <Table.Td style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{contribution.inKind || t('parties.noInKind')}</Table.Td>
    </>
  );
}

/** The parties of the current version: role, contributions, and whether each has signed that version. */
export function PartiesTable({ agreement }: { agreement: AgreementView }) {
  const { t } = useTranslation('agreements');
  const labels = useAgreementLabels();
  const showSignatures = signingOpen(agreement) || agreement.parties.some((party) => party.signedAt);
  return (
    <Box style={{ overflowX: 'auto' }}>
      <Table withTableBorder verticalSpacing="xs" data-testid="parties-table" miw={600}>
        <Table.Thead>
          <Table.Tr>
            <PartyColumnHeads />
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
              <ContributionCells contribution={party.contribution} />
              {showSignatures && (
                <Table.Td>
                  <SignatureStatus signerName={party.signedBy} signedAt={party.signedAt} />
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
