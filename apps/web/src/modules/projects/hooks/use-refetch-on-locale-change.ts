import { useEffect, useRef } from 'react';
import { useLocale } from '@web/shared/i18n/locale';

/**
 * Fetches again what the API wrote in the reader's language (indicator names, eligibility
 * messages) when that language changes; the first render does nothing.
 */
export function useRefetchOnLocaleChange(refetch: () => Promise<unknown>) {
  const locale = useLocale();
  const seen = useRef(locale);
  useEffect(() => {
    if (seen.current === locale) return;
    seen.current = locale;
    // A failed refetch leaves the answer in the former language; nothing else to do.
    refetch().catch(() => undefined);
  }, [locale, refetch]);
}
