import i18n from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LOCALE, LOCALES } from '@helix/domain';
import { NAMESPACES, resources } from '@web/locales';
import { toLocale } from '@web/shared/i18n/locale';

/** Where the reader's choice of language is remembered between visits. */
export const LOCALE_STORAGE_KEY = 'helix.locale';

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = toLocale(language);
});

void i18n
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    resources,
    ns: NAMESPACES,
    defaultNS: 'common',
    supportedLngs: LOCALES,
    nonExplicitSupportedLngs: true,
    load: 'languageOnly',
    fallbackLng: DEFAULT_LOCALE,
    // Vietnamese is the platform's default whatever the browser prefers; only an explicit choice,
    // remembered in localStorage, switches to English.
    detection: { order: ['localStorage'], lookupLocalStorage: LOCALE_STORAGE_KEY, caches: ['localStorage'] },
    interpolation: { escapeValue: false },
    initAsync: false,
  });

export { i18n };

export function currentLocale() {
  return toLocale(i18n.resolvedLanguage);
}
