import { useTranslation } from 'react-i18next';
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from '@helix/domain';

/** Narrows an i18next language tag ("vi", "en", maybe undefined before init) to a platform locale. */
export function toLocale(language: string | undefined): Locale {
  return isLocale(language) ? language : DEFAULT_LOCALE;
}

/** The reader's locale; components using it re-render when the language changes. */
export function useLocale(): Locale {
  const { i18n } = useTranslation();
  return toLocale(i18n.resolvedLanguage);
}

/**
 * Picks the reader's language from a text kept in both languages, falling back to the other one.
 * `lang` tells which language the returned text is in, for the `lang` attribute of its element.
 */
export function pickTranslation(texts: Record<Locale, string | null | undefined>, locale: Locale): { text: string; lang: Locale } | undefined {
  for (const lang of [locale, ...LOCALES.filter((candidate) => candidate !== locale)]) {
    const text = texts[lang]?.trim();
    if (text) return { text, lang };
  }
  return undefined;
}
