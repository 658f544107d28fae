import { useMemo } from 'react';
import { useLocale } from '@web/shared/i18n/locale';
import { formatDate, formatDateTime, formatDay, formatNumber, formatRelative, formatVnd } from './format';

/** The formatting helpers bound to the reader's current locale. */
export function useFormat() {
  const locale = useLocale();
  return useMemo(
    () => ({
      number: (value: number) => formatNumber(value, locale),
      date: (value: string | Date) => formatDate(value, locale),
      /** A YYYY-MM-DD calendar day, never shifted by the reader's time zone. */
      day: (value: string) => formatDay(value, locale),
      dateTime: (value: string | Date) => formatDateTime(value, locale),
      vnd: (amount: number | bigint) => formatVnd(amount, locale),
      /** "3 ngày trước" / "3 days ago", from now (or from `now`). */
      relative: (value: string | Date, now?: Date) => formatRelative(value, locale, now),
    }),
    [locale],
  );
}
