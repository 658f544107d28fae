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
