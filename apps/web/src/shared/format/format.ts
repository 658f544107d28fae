import type { Locale } from '@helix/domain';

/** The regional variant each platform language formats with. */
const INTL_LOCALE: Record<Locale, string> = { vi: 'vi-VN', en: 'en-GB' };

export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale]).format(value);
}

/** A calendar date in words ("12 tháng 3, 2025" / "12 March 2025") in the reader's time zone. */
export function formatDate(value: string | Date, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: 'long' }).format(new Date(value));
}

/**
 * A calendar day written YYYY-MM-DD (a due date, a start date) in words, as that very day whatever
 * the reader's time zone: it is not a moment, so it is never shifted. Anything else is shown as is.
 */
export function formatDay(value: string, locale: Locale): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return value;
  const day = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: 'long', timeZone: 'UTC' }).format(day);
}

/** An amount of Vietnamese đồng; the currency has no minor unit, so the amount is whole đồng. */
export function formatVnd(amount: number | bigint, locale: Locale): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale], { style: 'currency', currency: 'VND', maximumFractionDigits: 0 }).format(amount);
}

/** A moment with its time ("14:05 12 thg 3, 2025" / "12 Mar 2025, 14:05") in the reader's time zone. */
export function formatDateTime(value: string | Date, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(value));
}

/** The unit a distance in time is said in, and how many seconds it holds. */
const RELATIVE_UNITS: ReadonlyArray<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/**
 * How long ago (or how far ahead) a moment is, in words in the reader's language ("3 ngày trước" /
 * "3 days ago", "hôm qua" / "yesterday"); under a minute is "bây giờ" / "now".
 */
export function formatRelative(value: string | Date, locale: Locale, now: Date = new Date()): string {
  const seconds = (new Date(value).getTime() - now.getTime()) / 1000;
  const format = new Intl.RelativeTimeFormat(INTL_LOCALE[locale], { numeric: 'auto' });
  for (const [unit, size] of RELATIVE_UNITS) {
    if (Math.abs(seconds) >= size) return format.format(Math.trunc(seconds / size), unit);
  }
  return format.format(0, 'second');
}
