import { useTranslation } from 'react-i18next';
import { DEFAULT_LOCALE, isLocale, type Locale } from '@helix/domain';

/** Narrows an i18next language tag ("vi", "en", maybe undefined before init) to a platform locale. */
export function toLocale(language: string | undefined): Locale {
  return isLocale(language) ? language : DEFAULT_LOCALE;
}

/** The reader's locale; components using it re-render when the language changes. */
export function useLocale(): Locale {
  const { i18n } = useTranslation();
  return toLocale(i18n.resolvedLanguage);
}
