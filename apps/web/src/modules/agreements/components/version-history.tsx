import { useQuery } from '@apollo/client/react';
import { Badge, Box, Group, NativeSelect, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { AGREEMENT_DIFF_QUERY, type AgreementView } from '@web/modules/agreements/graphql/agreements';
import { useFormat } from '@web/shared/format/use-format';
import { ErrorState } from '@web/shared/ui/error-state';
import { PageLoader } from '@web/shared/ui/page-loader';
import { shortNameOf } from './agreement-labels';
import { HashText } from './hash-text';
import { VersionDiff } from './version-diff';

/** The pair compared unless the reader chose one: the amendment against the version in force, else the last change. */
export function defaultComparison(agreement: Pick<AgreementView, 'amendmentPending' | 'signedVersion' | 'currentVersion'>): { from: number; to: number } | undefined {
  const to = agreement.currentVersion.number;
  if (agreement.amendmentPending && agreement.signedVersion) return { from: agreement.signedVersion.number, to };
  return to > 1 ? { from: to - 1, to } : undefined;
}

function Comparison({ agreement, from, to }: { agreement: AgreementView; from: number; to: number }) {
  const { t } = useTranslation('agreements');
  const { data, error, refetch } = useQuery(AGREEMENT_DIFF_QUERY, { variables: { id: agreement.id, from, to } });
  if (error) return <ErrorState title={t('versions.diffFailed')} error={error} onRetry={() => void refetch().catch(() => undefined)} />;
  if (!data) return <PageLoader label={t('versions.diffLoading')} />;
  return <VersionDiff diff={data.agreement.compareVersions} />;
}

interface VersionHistoryProps {
  agreement: AgreementView;
  /** The compared versions (kept in the address by the workspace). */
  from: number | undefined;
  to: number | undefined;
  onCompare: (from: number, to: number) => void;
}

/** Every version, newest first (who made it, for which organisation, when, its hash), and any two compared. */
export function VersionHistory({ agreement, from, to, onCompare }: VersionHistoryProps) {
  const { t } = useTranslation('agreements');
  const format = useFormat();
  const headingId = useId();
  const compareId = useId();
  const numbers = agreement.versions.map((version) => version.number);
  const fallback = defaultComparison(agreement);
  const chosenFrom = from !== undefined && numbers.includes(from) ? from : fallback?.from;
  const chosenTo = to !== undefined && numbers.includes(to) ? to : fallback?.to;
  const options = numbers.map((number) => ({ value: String(number), label: t('versions.option', { number }) }));
  return (
    <Stack gap="lg">
      <Stack gap="sm" component="section" aria-labelledby={headingId}>
        <Title order={2} size="h3" id={headingId}>
          {t('versions.heading')}
        </Title>
        <Box style={{ overflowX: 'auto' }}>
          <Table withTableBorder verticalSpacing="xs" data-testid="versions-table" miw={640}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('versions.number')}</Table.Th>
                <Table.Th scope="col">{t('versions.author')}</Table.Th>
                <Table.Th scope="col">{t('versions.createdAt')}</Table.Th>
                <Table.Th scope="col">{t('versions.hash')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {agreement.versions.map((version) => (
                <Table.Tr key={version.number}>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <Text fw={600}>{t('versions.option', { number: version.number })}</Text>
                      {version.amendment && (
                        <Badge variant="light" color="indigo" size="sm">
                          {t('versions.amendment')}
                        </Badge>
                      )}
                      {agreement.signedVersion?.number === version.number && (
                        <Badge variant="light" color="grape" size="sm">
                          {t('versions.inForce')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    {version.authorName}
                    {version.authorOrganisation && (
                      <Text span size="sm" c="dimmed">
                        {' '}
                        · {shortNameOf(version.authorOrganisation)}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <time dateTime={version.createdAt}>{format.dateTime(version.createdAt)}</time>
                  </Table.Td>
                  <Table.Td>
                    <HashText hash={version.hash} short />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Box>
      </Stack>
      <Paper withBorder p="md" component="section" aria-labelledby={compareId}>
        <Stack gap="md">
          <Title order={2} size="h3" id={compareId}>
            {t('versions.compareHeading')}
          </Title>
          {numbers.length < 2 || chosenFrom === undefined || chosenTo === undefined ? (
            <Text size="sm" c="dimmed">
              {t('versions.onlyOne')}
            </Text>
          ) : (
            <>
              <Group gap="sm" align="flex-end">
                <NativeSelect label={t('versions.from')} data={options} value={String(chosenFrom)} onChange={(event) => onCompare(Number(event.currentTarget.value), chosenTo)} w={180} />
                <NativeSelect label={t('versions.to')} data={options} value={String(chosenTo)} onChange={(event) => onCompare(chosenFrom, Number(event.currentTarget.value))} w={180} />
              </Group>
              {chosenFrom === chosenTo ? <Text size="sm">{t('versions.same')}</Text> : <Comparison agreement={agreement} from={chosenFrom} to={chosenTo} />}
            </>
          )}
        </Stack>
      </Paper>
    </Stack>
  );
}
