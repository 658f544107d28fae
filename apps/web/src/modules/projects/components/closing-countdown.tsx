import { Text, type TextProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { countdownText, timeLeft } from '@web/modules/projects/hooks/countdown';
import { useNow } from '@web/modules/projects/hooks/use-now';
import { useFormat } from '@web/shared/format/use-format';

/**
 * "Hạn nộp 12 tháng 3, 2026 · còn 3 ngày" on a card, refreshed every minute; without the time left
 * when the call no longer counts down (a draft, or a cancelled or decided call).
 */
export function ClosingCountdown({ closesAt, counting = true, ...props }: { closesAt: string | null; counting?: boolean } & TextProps) {
  const { t } = useTranslation('projects');
  const format = useFormat();
  const now = useNow('minute');
  if (!closesAt) {
    return (
      <Text size="sm" c="dimmed" {...props}>
        {t('countdown.noDeadline')}
      </Text>
    );
  }
  const left = timeLeft(closesAt, now);
  return (
    <Text size="sm" {...props}>
      {t('card.closes')} <time dateTime={closesAt}>{format.date(closesAt)}</time>
      {(counting || left.closed) && (
        <>
          {' · '}
          <Text span inherit fw={left.closed ? undefined : 600} c={left.closed ? 'dimmed' : undefined}>
            {countdownText(t, left, 'coarse')}
          </Text>
        </>
      )}
    </Text>
  );
}
