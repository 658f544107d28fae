import type { Currency, Locale } from '@helix/domain';

/** The regional variant each platform language formats with (as in shared/format). */
const INTL_LOCALE: Record<Locale, string> = { vi: 'vi-VN', en: 'en-GB' };

/** Digits of the currency's minor unit: VND has none, USD and EUR have cents. */
export function minorDigits(currency: Currency): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 0;
}

/**
 * An amount typed in the currency's main unit ("1 250,50" dollars) as the integer minor units the
 * API stores (125050 cents); undefined when it is not a whole number of minor units.
 */
export function toMinorUnits(amount: number, currency: Currency): number | undefined {
  const factor = 10 ** minorDigits(currency);
  const minor = Math.round(amount * factor);
  // Reject sub-cent fractions (12.345 dollars) rather than silently rounding them.
  if (Math.abs(minor / factor - amount) > 1e-9 * Math.max(1, Math.abs(amount))) return undefined;
  return Number.isSafeInteger(minor) ? minor : undefined;
}

/** A number typed in an input (NaN while it is not one, null when empty). */
export function numberOf(value: number | string): number | null {
  if (typeof value === 'number') return value;
  if (!value.trim()) return null;
  const parsed = Number(value);
  return Number.isFinite(parsed) ? parsed : Number.NaN;
}

/** Minor units for an amount in the main unit: null when empty, undefined when not an amount. */
export function minorOf(value: number | string, currency: Currency): number | null | undefined {
  const amount = numberOf(value);
  if (amount === null) return null;
  if (Number.isNaN(amount) || amount < 0) return undefined;
  return toMinorUnits(amount, currency);
}

/** Minor units back into the main unit shown in the input. */
export function fromMinorUnits(minor: number, currency: Currency): number {
  return minor / 10 ** minorDigits(currency);
}

/** "5.000.000.000 ₫" / "₫5,000,000,000", "1.250,50 US$" / "US$1,250.50" in the reader's language. */
export function formatMoney(minor: number, currency: Currency, locale: Locale): string {
  const digits = minorDigits(currency);
  return new Intl.NumberFormat(INTL_LOCALE[locale], { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
    fromMinorUnits(minor, currency),
  );
}

/** The reader's thousands and decimal separators ("." and "," in Vietnamese, "," and "." in English). */
export function numberSeparators(locale: Locale): { thousands: string; decimal: string } {
  const parts = new Intl.NumberFormat(INTL_LOCALE[locale]).formatToParts(1234567.5);
  return {
    thousands: parts.find((part) => part.type === 'group')?.value ?? ',',
    decimal: parts.find((part) => part.type === 'decimal')?.value ?? '.',
  };
}
