import { Anchor, Badge, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatMoney } from '@web/modules/project-editor/components/money';
import type { AgreementListItem } from '@web/modules/agreements/graphql/agreements';
import { nextMilestone } from '@web/modules/agreements/hooks/agreement-rules';
import { useFormat } from '@web/shared/format/use-format';
import { useLocale } from '@web/shared/i18n/locale';
import { agreementPath } from './agreement-actions';
import { usePeriodText } from './agreement-header';
import { AgreementStatusBadge, OverdueBadge, shortNameOf, useAgreementLabels } from './agreement-labels';

/** One agreement in the list: status, what the organisation is to it, parties, value, dates, and the milestone to watch. */
export function AgreementCard({ agreement }: { agreement: AgreementListItem }) {
  const { t } = useTranslation('agreements');
  const labels = useAgreementLabels();
  const format = useFormat();
  const locale = useLocale();
  const period = usePeriodText();
  const next = nextMilestone(agreement.milestones);
  const overdue = agreement.milestones.filter((milestone) => milestone.overdue).length;
  const accepted = agreement.milestones.filter((milestone) => milestone.status === 'ACCEPTED').length;
  return (
    <Card withBorder radius="md" padding="md" component="li" data-testid="agreement-card">
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="xs">
          <Anchor component={Link} to={agreementPath(agreement.id)} fw={600} size="lg" style={{ overflowWrap: 'anywhere' }}>
            {agreement.title || t('header.untitled')}
          </Anchor>
          <Group gap={6}>
            {agreement.viewerRoles.map((role) => (
              <Badge key={role} variant="light" color={role === 'MANAGER' ? 'indigo' : 'cyan'}>
                {labels.viewerRole(role)}
              </Badge>
            ))}
            <AgreementStatusBadge status={agreement.status} />
            {agreement.amendmentPending && (
              <Badge variant="light" color="grape">
                {t('header.amendmentPending')}
              </Badge>
            )}
          </Group>
        </Group>
        <Text size="sm" data-testid="agreement-parties">
          {t('list.parties', {
            parties: agreement.parties.map((party) => `${shortNameOf(party.organisation)} (${labels.role(party.role)})`).join(', '),
          })}
        </Text>
        <Text size="sm">
          {t('list.value', { value: formatMoney(agreement.totalValue.amount, agreement.totalValue.currency, locale) })} · {period(agreement.startsOn, agreement.endsOn)}
        </Text>
        {agreement.milestones.length > 0 && (
          <Group gap="xs" data-testid="agreement-milestones">
            <Text size="sm" c="dimmed">
              {t('list.milestones', { count: agreement.milestones.length, accepted })}
            </Text>
            {next && (
              <Text size="sm">
                {t('list.nextMilestone', { title: next.title })} <time dateTime={next.dueDate}>{format.day(next.dueDate)}</time>
              </Text>
            )}
            {overdue > 0 && <OverdueBadge label={t('list.overdueCount', { count: overdue })} />}
          </Group>
        )}
        <Text size="xs" c="dimmed">
          {t('list.updatedAt')} <time dateTime={agreement.updatedAt}>{format.dateTime(agreement.updatedAt)}</time> · {t('header.version', { number: agreement.version })}
        </Text>
      </Stack>
    </Card>
  );
}
