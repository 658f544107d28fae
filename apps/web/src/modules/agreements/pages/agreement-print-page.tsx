import { Anchor, Button, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconPrinter } from '@tabler/icons-react';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { MilestoneStatus } from '@helix/domain';
import { formatMoney } from '@web/modules/project-editor/components/money';
import { agreementPath } from '@web/modules/agreements/components/agreement-actions';
import { AgreementLoadStates } from '@web/modules/agreements/components/agreement-load-states';
import { ContributionCells, PartyColumnHeads } from '@web/modules/agreements/components/agreement-overview';
import { usePeriodText } from '@web/modules/agreements/components/agreement-header';
import { useAgreementLabels } from '@web/modules/agreements/components/agreement-labels';
import { HashText } from '@web/modules/agreements/components/hash-text';
import { versionSignatureRows } from '@web/modules/agreements/components/signature-panel';
import type { AgreementView } from '@web/modules/agreements/graphql/agreements';
import { printedVersion } from '@web/modules/agreements/hooks/agreement-rules';
import { useAgreement } from '@web/modules/agreements/hooks/use-agreement';
import { useFormat } from '@web/shared/format/use-format';
import { useLocale } from '@web/shared/i18n/locale';
import { DocumentTitle } from '@web/shared/ui/document-title';
import { Markdown } from '@web/shared/ui/markdown';
import classes from './agreement-print-page.module.css';

function PrintSection({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <Stack component="section" gap="xs" aria-labelledby={headingId}>
      <Title order={2} size="h4" id={headingId}>
        {title}
      </Title>
      {children}
    </Stack>
  );
}

/** The printed copy: the version in force once every party signed (else the current one), its terms, and a signature block per party. */
function PrintedAgreement({ agreement }: { agreement: AgreementView }) {
  const { t } = useTranslation('agreements');
  const labels = useAgreementLabels();
  const format = useFormat();
  const locale = useLocale();
  const period = usePeriodText();
  const version = printedVersion(agreement);
  const signatures = versionSignatureRows(version);
  const progress = new Map<string, MilestoneStatus>(agreement.milestones.map((milestone) => [milestone.id, milestone.status]));
  const inForce = version === agreement.signedVersion;
  return (
    <Stack gap="lg">
      <DocumentTitle title={t('print.documentTitle', { title: version.title })} />
      <Stack gap={4}>
        <Text size="sm" c="dimmed">
          {t('print.kicker')}
        </Text>
        <Title order={1}>{version.title || t('header.untitled')}</Title>
        <Text size="sm">
          {t('print.status', { status: labels.status(agreement.status) })} · {t('header.version', { number: version.number })}
          {inForce ? ` · ${t('print.inForce')}` : ''}
        </Text>
        <Group gap={6} align="baseline">
          <Text size="sm">{t('print.hash')}</Text>
          <HashText hash={version.hash} />
        </Group>
        {agreement.amendmentPending && inForce && <Text size="sm">{t('print.amendmentPending', { number: agreement.currentVersion.number })}</Text>}
      </Stack>

      <PrintSection title={t('print.parties')}>
        <Table withTableBorder verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <PartyColumnHeads />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {version.parties.map((party, index) => (
              <Table.Tr key={party.organisation?.id ?? index}>
                <Table.Td>{party.organisation?.name ?? t('signatures.unknownOrganisation')}</Table.Td>
                <Table.Td>{labels.role(party.role)}</Table.Td>
                <ContributionCells contribution={party.contribution} />
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Text size="sm">{t('print.total', { value: formatMoney(version.totalValue.amount, version.totalValue.currency, locale) })}</Text>
      </PrintSection>

      <PrintSection title={t('overview.purpose')}>
        <Text style={{ whiteSpace: 'pre-wrap' }}>{version.purpose || t('overview.noPurpose')}</Text>
      </PrintSection>

      <PrintSection title={t('print.period')}>
        <Text>
          {period(version.startsOn, version.endsOn)} · {t('header.timeZone', { zone: version.timeZone })}
        </Text>
      </PrintSection>

      <PrintSection title={t('print.terms')}>{version.terms.trim() ? <Markdown source={version.terms} headingOffset={2} /> : <Text c="dimmed">{t('terms.none')}</Text>}</PrintSection>

      <PrintSection title={t('milestones.heading')}>
        {version.milestones.length === 0 ? (
          <Text>{t('milestones.none')}</Text>
        ) : (
          <Table withTableBorder verticalSpacing={4} data-testid="print-milestones">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('print.milestone')}</Table.Th>
                <Table.Th scope="col">{t('milestones.due')}</Table.Th>
                <Table.Th scope="col">{t('milestones.responsible')}</Table.Th>
                <Table.Th scope="col">{t('milestones.paymentShare')}</Table.Th>
                <Table.Th scope="col">{t('print.milestoneStatus')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {version.milestones.map((milestone) => {
                const status = progress.get(milestone.id);
                return (
                  <Table.Tr key={milestone.id}>
                    <Table.Td>
                      {milestone.title}
                      {milestone.deliverable && (
                        <Text size="xs" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
                          {milestone.deliverable}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.day(milestone.dueDate)}</Table.Td>
                    <Table.Td>{milestone.responsible?.name ?? t('signatures.unknownOrganisation')}</Table.Td>
                    <Table.Td>{t('milestones.share', { share: milestone.paymentShare })}</Table.Td>
                    <Table.Td>{status ? labels.milestoneStatus(status) : '—'}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        )}
      </PrintSection>

      <section className={classes.signatureBlock} aria-labelledby="signature-block-heading" data-testid="signature-block">
        <Stack gap="xs">
          <Title order={2} size="h4" id="signature-block-heading">
            {t('print.signatures')}
          </Title>
          <Text size="sm">{t('print.signaturesIntro', { number: version.number })}</Text>
          <SimpleGrid cols={2} spacing="sm">
            {signatures.map((row, index) => (
              <div key={row.organisation?.id ?? index} className={classes.signatureBox} data-testid="signature-box" data-signed={!!row.signedAt}>
                <Text fw={700} size="sm">
                  {row.organisation?.name ?? t('signatures.unknownOrganisation')}
                </Text>
                <Text size="xs" c="dimmed">
                  {labels.role(row.role)}
                </Text>
                {row.signedAt ? (
                  <Text size="sm" mt={6}>
                    {t('print.signedBy', { name: row.signerName ?? '', organisation: row.organisation?.name ?? '' })}
                    <br />
                    <time dateTime={row.signedAt}>{format.dateTime(row.signedAt)}</time>
                  </Text>
                ) : (
                  <Text size="sm" mt={6} fw={600}>
                    {t('print.notSigned')}
                  </Text>
                )}
                <Text size="xs" mt={6}>
                  {t('print.signedVersion', { number: version.number })}
                </Text>
                <HashText hash={version.hash} size="xs" />
              </div>
            ))}
          </SimpleGrid>
        </Stack>
      </section>
      <Text size="xs" c="dimmed">
        {t('print.printedAt', { time: format.dateTime(new Date()) })}
      </Text>
    </Stack>
  );
}

/** `/agreements/:id/print`: a clean page, without the application around it, to print or save as PDF. */
export default function AgreementPrintPage() {
  const { t } = useTranslation('agreements');
  const { id = '' } = useParams();
  const { agreement, ...load } = useAgreement(id);

  return (
    <div className={classes.page}>
      <div className={classes.toolbar}>
        <Anchor component={Link} to={agreementPath(id)} size="sm" style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}>
          <IconArrowLeft size={16} aria-hidden />
          {t('print.back')}
        </Anchor>
        {agreement && (
          <Button leftSection={<IconPrinter size={16} aria-hidden />} onClick={() => window.print()}>
            {t('print.print')}
          </Button>
        )}
      </div>
      {agreement ? <PrintedAgreement agreement={agreement} /> : <AgreementLoadStates {...load} />}
    </div>
  );
}
