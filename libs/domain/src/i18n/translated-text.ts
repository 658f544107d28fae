import { type Locale, LOCALES } from './locale';

/**
 * Picks the reader's language from a text kept in both languages, falling back to the other one.
 * `lang` tells which language the returned text is in (for the element's `lang` attribute).
 */
export function pickTranslation(texts: Record<Locale, string | null | undefined>, locale: Locale): { text: string; lang: Locale } | undefined {
  for (const lang of [locale, ...LOCALES.filter((candidate) => candidate !== locale)]) {
    const text = texts[lang]?.trim();
    if (text) return { text, lang };
  }
  return undefined;
}
