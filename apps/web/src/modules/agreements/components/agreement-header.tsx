import { Alert, Anchor, Badge, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconBan, IconCircleCheck, IconEyeOff, IconGitCompare, IconMessages, IconSignature, IconX } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatMoney } from '@web/modules/project-editor/components/money';
import type { AgreementView } from '@web/modules/agreements/graphql/agreements';
import { useFormat } from '@web/shared/format/use-format';
import { useLocale } from '@web/shared/i18n/locale';
import { AgreementStatusBadge } from './agreement-labels';
import { HashText } from './hash-text';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="sm" c="dimmed">
        {label}
      </Text>
      <Text component="dd" m={0} fw={500} style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </div>
  );
}

/** "1 March 2026 – 28 February 2027", or what is known of it. */
export function usePeriodText() {
  const { t } = useTranslation('agreements');
  const format = useFormat();
  return (startsOn: string | null | undefined, endsOn: string | null | undefined) => {
    if (startsOn && endsOn) return t('header.period', { start: format.day(startsOn), end: format.day(endsOn) });
    if (startsOn) return t('header.from', { start: format.day(startsOn) });
    if (endsOn) return t('header.until', { end: format.day(endsOn) });
    return t('header.noDates');
  };
}

/** The agreement at a glance: title, status, version, who manages it, where it comes from, value and dates. */
export function AgreementHeader({ agreement }: { agreement: AgreementView }) {
  const { t } = useTranslation('agreements');
  const locale = useLocale();
  const period = usePeriodText();
  return (
    <Stack gap="md">
      <Stack gap={6}>
        <Group gap="sm" align="center">
          <Title order={1} style={{ overflowWrap: 'anywhere' }}>
            {agreement.title || t('header.untitled')}
          </Title>
          <AgreementStatusBadge status={agreement.status} />
          {agreement.amendmentPending && (
            <Badge variant="light" color="indigo">
              {t('header.amendmentPending')}
            </Badge>
          )}
        </Group>
        <Text c="dimmed" data-testid="agreement-version">
          {t('header.version', { number: agreement.version })}
          {agreement.signedVersion && agreement.signedVersion.number !== agreement.version && ` · ${t('header.inForceVersion', { number: agreement.signedVersion.number })}`}
        </Text>
      </Stack>
      <SimpleGrid component="dl" cols={{ base: 1, xs: 2, md: 3 }} spacing="sm" m={0}>
        <Fact label={t('header.manager')}>{agreement.managingOrganisation?.name ?? '—'}</Fact>
        <Fact label={t('header.value')}>{formatMoney(agreement.totalValue.amount, agreement.totalValue.currency, locale)}</Fact>
        <Fact label={t('header.dates')}>
          {period(agreement.startsOn, agreement.endsOn)}
          <Text span display="block" size="xs" c="dimmed" fw={400}>
            {t('header.timeZone', { zone: agreement.timeZone })}
          </Text>
        </Fact>
        {agreement.project && (
          <Fact label={t('header.project')}>
            <Anchor component={Link} to={`/projects/${agreement.project.id}`} underline="always">
              {agreement.project.title}
            </Anchor>
          </Fact>
        )}
        {agreement.proposal && (
          <Fact label={t('header.proposal')}>
            <Anchor component={Link} to={`/proposals/${agreement.proposal.id}/edit`} underline="always">
              {agreement.proposal.title ?? t('header.untitled')}
            </Anchor>
          </Fact>
        )}
        <Fact label={t('header.disclosure')}>{agreement.disclosed ? t('header.disclosed') : t('header.notDisclosed')}</Fact>
      </SimpleGrid>
    </Stack>
  );
}

/** What the status means for the reader now (and why it ended, when it did). */
export function StatusNotice({ agreement }: { agreement: AgreementView }) {
  const { t } = useTranslation('agreements');
  const format = useFormat();
  const manager = agreement.managingOrganisation?.name ?? '';
  switch (agreement.status) {
    case 'DRAFT':
      return (
        <Alert color="gray" variant="light" icon={<IconEyeOff aria-hidden />} title={t('notices.draftTitle')}>
          {t('notices.draft', { manager })}
        </Alert>
      );
    case 'NEGOTIATION':
      return (
        <Alert color="blue" variant="light" icon={<IconMessages aria-hidden />} title={t('notices.negotiationTitle')}>
          {t('notices.negotiation')}
        </Alert>
      );
    case 'PENDING_SIGNATURES':
      return (
        <Alert color="yellow" variant="light" icon={<IconSignature aria-hidden />} title={t('notices.pendingTitle')}>
          {t('notices.pending', { number: agreement.currentVersion.number })}
        </Alert>
      );
    case 'COMPLETED':
      return (
        <Alert color="grape" variant="light" icon={<IconCircleCheck aria-hidden />} title={t('notices.completedTitle')}>
          {agreement.completedAt ? (
            <>
              {t('notices.completedAt')} <time dateTime={agreement.completedAt}>{format.dateTime(agreement.completedAt)}</time>
            </>
          ) : (
            t('notices.completed')
          )}
        </Alert>
      );
    case 'TERMINATED':
    case 'CANCELLED': {
      const at = agreement.status === 'TERMINATED' ? agreement.terminatedAt : agreement.cancelledAt;
      return (
        <Alert color="red" variant="light" icon={agreement.status === 'TERMINATED' ? <IconBan aria-hidden /> : <IconX aria-hidden />} title={t(agreement.status === 'TERMINATED' ? 'notices.terminatedTitle' : 'notices.cancelledTitle')} data-testid="end-reason">
          {at && (
            <Text size="sm" mb={4}>
              {t('notices.endedAt')} <time dateTime={at}>{format.dateTime(at)}</time>
            </Text>
          )}
          <Text size="sm" fw={500} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {t('notices.reason', { reason: agreement.endReason ?? '' })}
          </Text>
        </Alert>
      );
    }
    default:
      return null;
  }
}

/**
 * While an amendment waits for signatures: the signed version stays in force, what the amendment
 * changes, and what happens next.
 */
export function AmendmentBanner({ agreement, diffHref }: { agreement: AgreementView; diffHref: string }) {
  const { t } = useTranslation('agreements');
  const signed = agreement.signedVersion;
  if (!agreement.amendmentPending || !signed) return null;
  return (
    <Alert color="indigo" variant="light" icon={<IconGitCompare aria-hidden />} title={t('amendment.title', { number: agreement.currentVersion.number })} data-testid="amendment-banner">
      <Stack gap="xs">
        <Text size="sm">{t('amendment.inForce', { number: signed.number })}</Text>
        <HashText hash={signed.hash} />
        <Text size="sm">{t('amendment.next')}</Text>
        <Anchor component={Link} to={diffHref} size="sm" underline="always" style={{ alignSelf: 'flex-start' }}>
          {t('amendment.diffLink', { from: signed.number, to: agreement.currentVersion.number })}
        </Anchor>
      </Stack>
    </Alert>
  );
}
