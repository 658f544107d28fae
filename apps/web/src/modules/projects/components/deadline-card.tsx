import { Paper, Stack, Text } from '@mantine/core';
import { IconClockHour4 } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { countdownText, SECONDS_PRECISION_BELOW_MS, timeLeft } from '@web/modules/projects/hooks/countdown';
import { useNow } from '@web/modules/projects/hooks/use-now';
import { useFormat } from '@web/shared/format/use-format';

function LiveCountdown({ closesAt }: { closesAt: string }) {
  const { t } = useTranslation('projects');
  // Ticks every second only in the last day (a minute clock notices when that day starts).
  const fine = new Date(closesAt).getTime() - Date.now() < SECONDS_PRECISION_BELOW_MS;
  const now = useNow(fine ? 'second' : 'minute');
  return (
    <Text size="xl" fw={700}>
      {countdownText(t, timeLeft(closesAt, now), 'fine')}
    </Text>
  );
}

/** When responses close, counting down live, and when they opened or open. */
export function DeadlineCard({ opensAt, closesAt, closed }: { opensAt: string | null; closesAt: string | null; closed: boolean }) {
  const { t } = useTranslation('projects');
  const format = useFormat();
  return (
    <Paper withBorder p="md" component="section" aria-label={t('deadline.heading')}>
      <Stack gap={6}>
        <Text size="sm" fw={600} style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }}>
          <IconClockHour4 size={16} aria-hidden />
          {t('deadline.heading')}
        </Text>
        {closesAt ? (
          <>
            {/* Not a live region (it would speak every second); the switch to "closed" is announced. */}
            {closed ? (
              <Text size="xl" fw={700} role="status">
                {t('countdown.closed')}
              </Text>
            ) : (
              <LiveCountdown closesAt={closesAt} />
            )}
            <Text size="sm">
              {t(closed ? 'deadline.closedAt' : 'deadline.closesAt')} <time dateTime={closesAt}>{format.dateTime(closesAt)}</time>
            </Text>
          </>
        ) : (
          <Text size="sm" c="dimmed">
            {t('countdown.noDeadline')}
          </Text>
        )}
        {opensAt && (
          <Text size="sm" c="dimmed">
            {t('deadline.opensAt')} <time dateTime={opensAt}>{format.dateTime(opensAt)}</time>
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
