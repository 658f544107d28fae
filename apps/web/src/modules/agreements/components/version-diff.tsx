import { Box, Button, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconArrowsVertical } from '@tabler/icons-react';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgreementPartyRole, Currency } from '@helix/domain';
import { AGREEMENT_PARTY_ROLES } from '@helix/domain';
import type { DiffLineKind } from '@web/gql/graphql';
import { formatMoney } from '@web/modules/project-editor/components/money';
import type { AgreementDiffView, FieldChangeView } from '@web/modules/agreements/graphql/agreements';
import { foldUnchanged } from '@web/modules/agreements/hooks/agreement-rules';
import { useFormat } from '@web/shared/format/use-format';
import { useLocale } from '@web/shared/i18n/locale';
import { useAgreementLabels } from './agreement-labels';
import { HashText } from './hash-text';

/** Each kind of line: its marker (also said in words to screen readers) and its colours. */
const LINE_STYLE: Record<DiffLineKind, { marker: string; background?: string; color?: string }> = {
  ADDED: { marker: '+', background: 'var(--mantine-color-teal-0)', color: 'var(--mantine-color-teal-9)' },
  REMOVED: { marker: '−', background: 'var(--mantine-color-red-0)', color: 'var(--mantine-color-red-9)' },
  UNCHANGED: { marker: ' ' },
};

function isRole(value: string): value is AgreementPartyRole {
  return (AGREEMENT_PARTY_ROLES as readonly string[]).includes(value);
}

/** A compared value as a reader says it: roles and yes/no in words, days and money in the reader's format, organisations by name. */
function useDescribeValue(diff: AgreementDiffView) {
  const { t } = useTranslation('agreements');
  const labels = useAgreementLabels();
  const format = useFormat();
  const locale = useLocale();
  return (change: FieldChangeView, side: 'before' | 'after'): string => {
    const value = change[side];
    if (value === null || value === undefined || value === '') return t('diff.empty');
    if (change.scope === 'ATTACHMENT') return change.subjectLabel ?? value;
    switch (change.field) {
      case 'role':
        return isRole(value) ? labels.role(value) : value;
      case 'ADDED':
      case 'REMOVED':
        return change.scope === 'PARTY' && isRole(value) ? labels.role(value) : value;
      case 'disclosed':
        return value === 'true' ? t('diff.yes') : t('diff.no');
      case 'startsOn':
      case 'endsOn':
      case 'dueDate':
        return format.day(value);
      case 'moneyContribution': {
        const amount = Number(value);
        const currency: Currency = side === 'before' ? diff.fromCurrency : diff.toCurrency;
        return Number.isFinite(amount) ? formatMoney(amount, currency, locale) : value;
      }
      case 'paymentShare':
        return t('diff.percent', { value });
      case 'responsibleOrganisationId':
        return (side === 'before' ? change.beforeLabel : change.afterLabel) ?? value;
      default:
        return value;
    }
  };
}

function FieldChanges({ diff }: { diff: AgreementDiffView }) {
  const { t } = useTranslation('agreements');
  const labels = useAgreementLabels();
  const describe = useDescribeValue(diff);
  if (!diff.changes.length) return <Text size="sm">{t('diff.noFieldChanges')}</Text>;
  return (
    <Box style={{ overflowX: 'auto' }}>
      <Table withTableBorder verticalSpacing="xs" captionSide="top" data-testid="field-changes" miw={560}>
        <Table.Caption>{t('diff.changesCaption', { from: diff.from, to: diff.to })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('diff.part')}</Table.Th>
            <Table.Th scope="col">{t('diff.field')}</Table.Th>
            <Table.Th scope="col">{t('diff.before', { number: diff.from })}</Table.Th>
            <Table.Th scope="col">{t('diff.after', { number: diff.to })}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {diff.changes.map((change, index) => (
            <Table.Tr key={`${change.scope}-${change.subject ?? ''}-${change.field}-${index}`}>
              <Table.Td miw={140}>
                {labels.scope(change.scope)}
                {change.scope !== 'AGREEMENT' && change.subjectLabel && (
                  <Text span display="block" size="sm" fw={500} style={{ overflowWrap: 'break-word' }}>
                    {change.subjectLabel}
                  </Text>
                )}
              </Table.Td>
              <Table.Td fw={500}>{labels.field(change.field)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{change.field === 'ADDED' ? '—' : describe(change, 'before')}</Table.Td>
              <Table.Td style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{change.field === 'REMOVED' ? '—' : describe(change, 'after')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Box>
  );
}

/** The terms line by line: + added and − removed lines in colour and with their marker; long unchanged stretches folded. */
export function TermsDiff({ lines }: { lines: AgreementDiffView['terms'] }) {
  const { t } = useTranslation('agreements');
  const [unfolded, setUnfolded] = useState<ReadonlySet<number>>(new Set());
  const segments = useMemo(() => foldUnchanged(lines), [lines]);
  const changed = lines.some((line) => line.kind !== 'UNCHANGED');
  if (!changed) return <Text size="sm">{t('diff.termsUnchanged')}</Text>;
  const kindText: Record<DiffLineKind, string> = { ADDED: t('diff.added'), REMOVED: t('diff.removed'), UNCHANGED: t('diff.unchanged') };
  const line = ({ line: entry, index }: { line: AgreementDiffView['terms'][number]; index: number }) => {
    const style = LINE_STYLE[entry.kind];
    return (
      <Box component="li" key={index} data-kind={entry.kind} data-testid="diff-line" style={{ display: 'flex', background: style.background, color: style.color }}>
        <Box component="span" aria-hidden style={{ width: '2ch', flex: 'none', textAlign: 'center', fontWeight: 700 }} data-testid="diff-marker">
          {style.marker}
        </Box>
        {entry.kind !== 'UNCHANGED' && <VisuallyHidden>{kindText[entry.kind]}: </VisuallyHidden>}
        <Box component="span" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', minWidth: 0 }}>
          {entry.text || '\u00a0'}
        </Box>
      </Box>
    );
  };
  return (
    <Box
      component="ol"
      aria-label={t('diff.termsLabel')}
      p={0}
      m={0}
      style={{ listStyle: 'none', fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 'var(--mantine-font-size-sm)', border: '1px solid var(--mantine-color-gray-3)', borderRadius: 'var(--mantine-radius-sm)' }}
      data-testid="terms-diff"
    >
      {segments.map((segment, index) => {
        if (segment.kind === 'lines' || unfolded.has(index)) return segment.lines.map(line);
        return (
          <Box component="li" key={`fold-${index}`} style={{ background: 'var(--mantine-color-gray-0)' }}>
            <Button
              variant="subtle"
              size="compact-sm"
              fullWidth
              leftSection={<IconArrowsVertical size={14} aria-hidden />}
              onClick={() => setUnfolded((current) => new Set(current).add(index))}
            >
              {t('diff.showUnchanged', { count: segment.lines.length })}
            </Button>
          </Box>
        );
      })}
    </Box>
  );
}

interface VersionDiffProps {
  diff: AgreementDiffView;
}

/** What changed from one version to another: the field changes, then the terms as a line diff. */
export function VersionDiff({ diff }: VersionDiffProps) {
  const { t } = useTranslation('agreements');
  const fieldsId = useId();
  const termsId = useId();
  return (
    <Stack gap="lg" data-testid="version-diff">
      <Stack gap={4}>
        <Text size="sm">
          {t('diff.fromHash', { number: diff.from })} <HashText hash={diff.fromHash} short />
        </Text>
        <Text size="sm">
          {t('diff.toHash', { number: diff.to })} <HashText hash={diff.toHash} short />
        </Text>
      </Stack>
      <Stack gap="xs" component="section" aria-labelledby={fieldsId}>
        <Title order={3} size="h5" id={fieldsId}>
          {t('diff.fieldsHeading')}
        </Title>
        <FieldChanges diff={diff} />
      </Stack>
      <Stack gap="xs" component="section" aria-labelledby={termsId}>
        <Title order={3} size="h5" id={termsId}>
          {t('diff.termsHeading')}
        </Title>
        <TermsDiff lines={diff.terms} />
      </Stack>
    </Stack>
  );
}
