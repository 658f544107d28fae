import { useMutation } from '@apollo/client/react';
import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LOCALES, type Locale } from '@helix/domain';
import { UPDATE_ME_MUTATION } from '@web/modules/identity/graphql/account';
import { useSession } from '@web/modules/identity/hooks/use-session';
import { errorMessage } from '@web/shared/graphql/errors';
import { useLocale } from '@web/shared/i18n/locale';
import { notify } from '@web/shared/ui/notify';

/** Each language is named in itself, so a reader can find theirs whatever is on screen. */
const LANGUAGE_NAMES: Record<Locale, string> = { vi: 'Tiếng Việt', en: 'English' };

/**
 * Switches the screen at once; for a signed-in user the choice is also kept with the account, so
 * e-mails follow it and the next sign-in (which adopts the saved language) does not switch back.
 */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation(['common', 'identity']);
  const locale = useLocale();
  const { user } = useSession();
  const [updateMe] = useMutation(UPDATE_ME_MUTATION);

  const change = async (next: Locale) => {
    await i18n.changeLanguage(next);
    if (!user || user.locale === next) return;
    try {
      await updateMe({ variables: { input: { locale: next } } });
    } catch (error) {
      notify({ color: 'red', title: t('identity:account.languageNotSaved'), message: errorMessage(error, t('common:states.networkError')) });
    }
  };

  return (
    <SegmentedControl<Locale>
      aria-label={t('language.label')}
      size="sm"
      value={locale}
      onChange={(next) => void change(next)}
      data={LOCALES.map((value) => ({ value, label: <span lang={value}>{LANGUAGE_NAMES[value]}</span> }))}
    />
  );
}
