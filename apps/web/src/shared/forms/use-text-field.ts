import { useState, type ChangeEvent } from 'react';
import { formatMessage } from '@helix/domain';
import { useLocale } from '@web/shared/i18n/locale';

/**
 * A free text typed in a dialog (a reason, a note, a justification) and its error: typing clears
 * the error, and `checked` refuses what the server would (left empty while required, or too long).
 */
export function useTextField(max: number) {
  const locale = useLocale();
  const [value, setValue] = useState('');
  const [error, setError] = useState<string>();

  /** The trimmed text to send; undefined once the field shows why it cannot be sent. Without `requiredMessage` the text may be empty. */
  const checked = (requiredMessage?: string): string | undefined => {
    const text = value.trim();
    if (requiredMessage !== undefined && !text) setError(requiredMessage);
    else if (text.length > max) setError(formatMessage('TOO_LONG', locale, { max }));
    else {
      setError(undefined);
      return text;
    }
    return undefined;
  };

  const reset = () => {
    setValue('');
    setError(undefined);
  };

  const inputProps = {
    value,
    error,
    onChange: (event: ChangeEvent<HTMLTextAreaElement | HTMLInputElement>) => {
      setValue(event.currentTarget.value);
      setError(undefined);
    },
  };

  return { value, error, setError, checked, reset, inputProps };
}
