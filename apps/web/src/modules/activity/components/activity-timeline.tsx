import { Box, Group, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditChangeView, AuditEventView } from '@web/modules/activity/graphql/activity';
import { useActivityLabels, type ChangeValue } from '@web/modules/activity/hooks/activity-labels';
import { useActivity } from '@web/modules/activity/hooks/use-activity';
import { HashText } from '@web/modules/agreements/components/hash-text';
import { useFormat } from '@web/shared/format/use-format';
import { ErrorState } from '@web/shared/ui/error-state';
import { PageLoader } from '@web/shared/ui/page-loader';
import { PagedList } from '@web/shared/ui/paged-list';

type Labels = ReturnType<typeof useActivityLabels>;

function Value({ value }: { value: ChangeValue }) {
  const { t } = useTranslation('activity');
  const format = useFormat();
  switch (value.kind) {
    case 'none':
      return (
        <Text span size="sm" c="dimmed">
          {t('none')}
        </Text>
      );
    case 'number':
      return <span>{format.number(value.value)}</span>;
    case 'hash':
      return <HashText hash={value.hash} short data-testid="activity-hash" />;
    case 'moment':
      return <time dateTime={value.iso}>{format.dateTime(value.iso)}</time>;
    case 'day':
      return <time dateTime={value.day}>{format.day(value.day)}</time>;
    case 'text':
      return value.long ? (
        <Text span size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {value.text}
        </Text>
      ) : (
        <span>{value.text}</span>
      );
  }
}

function Change({ event, change, labels }: { event: AuditEventView; change: AuditChangeView; labels: Labels }) {
  const { t } = useTranslation('activity');
  const before = labels.value(event, change, change.before);
  const after = labels.value(event, change, change.after);
  return (
    <Text component="li" size="sm" data-testid="activity-change" data-field={change.field} style={{ overflowWrap: 'anywhere' }}>
      <Text span size="sm" fw={600}>
        {labels.field(change.field)}:
      </Text>{' '}
      {/* Something only set (a reason, a hash) has no "before" worth saying. */}
      {before.kind === 'none' ? (
        <Value value={after} />
      ) : (
        <>
          <Value value={before} /> <span aria-hidden>→</span> <VisuallyHidden>{t('to')}</VisuallyHidden> <Value value={after} />
        </>
      )}
    </Text>
  );
}

interface EventItemProps {
  event: AuditEventView;
  labels: Labels;
  /** Names of the object's parts (an agreement's milestones) by id. */
  partNames: Readonly<Record<string, string>>;
}

function EventItem({ event, labels, partNames }: EventItemProps) {
  const { t } = useTranslation('activity');
  const format = useFormat();
  const changes = labels.changes(event);
  const partName = event.subjectType === 'MILESTONE' ? partNames[event.subjectId] : undefined;
  return (
    <Paper component="li" withBorder p="sm" radius="sm" data-testid="activity-event" data-action={event.action}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
          <Stack gap={2} style={{ minWidth: 0, flex: '1 1 16rem' }}>
            <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
              {labels.sentence(event.action)}
            </Text>
            {partName && (
              <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                {t('part.MILESTONE', { name: partName })}
              </Text>
            )}
            <Text size="sm" c="dimmed" data-testid="activity-byline" style={{ overflowWrap: 'anywhere' }}>
              {labels.byline(event)}
            </Text>
          </Stack>
          <Text size="sm" c="dimmed" ta="end">
            <time dateTime={event.occurredAt} title={format.dateTime(event.occurredAt)}>
              {format.relative(event.occurredAt)}
            </time>
            <br />
            {format.dateTime(event.occurredAt)}
          </Text>
        </Group>
        {changes.length > 0 && (
          <Box component="ul" m={0} pl="md" aria-label={t('changesLabel')}>
            {changes.map((change) => (
              <Change key={change.field} event={event} change={change} labels={labels} />
            ))}
          </Box>
        )}
      </Stack>
    </Paper>
  );
}

interface ActivityTimelineProps {
  /** The project, proposal or agreement (its parts' events come with it). */
  subjectId: string;
  /** Names of the object's parts by id, to say which milestone an event is about. */
  partNames?: Readonly<Record<string, string>>;
  /** Inside a bordered panel (on pages of such panels). */
  framed?: boolean;
}

const NO_NAMES: Readonly<Record<string, string>> = {};

/**
 * What happened to a project, proposal or agreement, newest first: a sentence per event, who did it
 * for which organisation, when, and what it changed; only the events the viewer's organisations are
 * concerned by. Nothing at all when the object is hidden (the page says "not found" itself).
 */
export function ActivityTimeline({ subjectId, partNames = NO_NAMES, framed = false }: ActivityTimelineProps) {
  const { t } = useTranslation('activity');
  const headingId = useId();
  const labels = useActivityLabels();
  const { events, loading, error, hidden, retry, hasNextPage, loadMore, loadingMore, totalCount } = useActivity(subjectId);
  if (hidden) return null;

  let content: ReactNode;
  if (loading) content = <PageLoader label={t('loading')} />;
  else if (error) content = <ErrorState title={t('errorTitle')} error={error} onRetry={retry} />;
  else if (!events.length) content = <Text size="sm">{t('empty')}</Text>;
  else {
    content = (
      <PagedList
        countText={t('count', { count: totalCount })}
        countTestId="activity-count"
        listLabel={t('listLabel')}
        hasNextPage={hasNextPage}
        loadingMore={loadingMore}
        onLoadMore={() => void loadMore()}
        loadMoreText={t('loadMore')}
      >
        {events.map((event) => (
          <EventItem key={event.id} event={event} labels={labels} partNames={partNames} />
        ))}
      </PagedList>
    );
  }

  const section = (
    <Stack component="section" gap="sm" aria-labelledby={headingId} data-testid="activity">
      <Group gap="xs">
        <IconHistory size={20} aria-hidden />
        <Title order={2} size="h3" id={headingId}>
          {t('title')}
        </Title>
      </Group>
      <Text size="sm" c="dimmed">
        {t('hint')}
      </Text>
      {content}
    </Stack>
  );
  return framed ? (
    <Paper withBorder p="md" radius="md">
      {section}
    </Paper>
  ) : (
    section
  );
}
