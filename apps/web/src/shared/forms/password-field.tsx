import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * Mantine's PasswordInput marks an error only visually and names its show/hide button in English;
 * this one also tells assistive technology, in the reader's language.
 */
export function PasswordField(props: PasswordInputProps) {
  const { t } = useTranslation();
  return <PasswordInput visibilityToggleButtonProps={{ 'aria-label': t('actions.togglePassword') }} {...props} aria-invalid={props.error ? true : undefined} />;
}
