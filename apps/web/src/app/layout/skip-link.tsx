import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './app-layout.module.css';

/** The first tab stop: jumps over the header straight to the page content. */
export function SkipLink({ targetId }: { targetId: string }) {
  const { t } = useTranslation();
  // Focus the target directly rather than following the #fragment, which the router would record.
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    document.getElementById(targetId)?.focus();
  };
  return (
    <a href={`#${targetId}`} className={classes.skipLink} onClick={skip}>
      {t('layout.skipToContent')}
    </a>
  );
}
