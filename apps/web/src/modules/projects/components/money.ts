import { useCallback } from 'react';
import type { Currency, Locale } from '@helix/domain';
import { formatVnd } from '@web/shared/format/format';
import { useLocale } from '@web/shared/i18n/locale';

const INTL_LOCALE: Record<Locale, string> = { vi: 'vi-VN', en: 'en-GB' };
/** Minor units per major unit: VND has none. */
const MINOR_UNITS: Record<Currency, number> = { VND: 1, USD: 100, EUR: 100 };

/** A budget (integer minor units) in the reader's locale: "1.500.000.000 ₫" / "₫1,500,000,000". */
export function formatMoney(amount: number, currency: Currency, locale: Locale): string {
  if (currency === 'VND') return formatVnd(amount, locale);
  return new Intl.NumberFormat(INTL_LOCALE[locale], { style: 'currency', currency }).format(amount / MINOR_UNITS[currency]);
}

export function useFormatMoney() {
  const locale = useLocale();
  return useCallback((money: { amount: number; currency: Currency }) => formatMoney(money.amount, money.currency, locale), [locale]);
}

