import { Group, Radio } from '@mantine/core';
import { LOCALES, type Locale } from '@helix/domain';

/** Each language is named in itself, so a reader can find theirs whatever is on screen. */
export const LANGUAGE_NAMES: Record<Locale, string> = { vi: 'Tiếng Việt', en: 'English' };

interface LocaleRadioGroupProps {
  label: string;
  description?: string;
  value: Locale;
  onChange: (locale: Locale) => void;
  disabled?: boolean;
}

export function LocaleRadioGroup({ label, description, value, onChange, disabled }: LocaleRadioGroupProps) {
  return (
    <Radio.Group label={label} description={description} value={value} onChange={(next) => onChange(next === 'en' ? 'en' : 'vi')}>
      <Group gap="lg" mt={6}>
        {LOCALES.map((locale) => (
          <Radio key={locale} value={locale} disabled={disabled} label={<span lang={locale}>{LANGUAGE_NAMES[locale]}</span>} />
        ))}
      </Group>
    </Radio.Group>
  );
}
