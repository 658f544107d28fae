import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LOCALES, type Locale } from '@helix/domain';
import { useLocale } from '@web/shared/i18n/locale';

/** Each language is named in itself, so a reader can find theirs whatever is on screen. */
const LANGUAGE_NAMES: Record<Locale, string> = { vi: 'Tiếng Việt', en: 'English' };

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const locale = useLocale();
  return (
    <SegmentedControl<Locale>
      aria-label={t('language.label')}
      size="sm"
      value={locale}
      onChange={(next) => void i18n.changeLanguage(next)}
      data={LOCALES.map((value) => ({ value, label: <span lang={value}>{LANGUAGE_NAMES[value]}</span> }))}
    />
  );
}
