import { useTranslation } from 'react-i18next';

/** Sets the tab title for the current page (React hoists `<title>` into the document head). */
export function DocumentTitle({ title }: { title: string }) {
  const { t } = useTranslation();
  return <title>{t('app.documentTitle', { page: title })}</title>;
}
