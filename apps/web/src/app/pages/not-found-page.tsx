import { useTranslation } from 'react-i18next';
import { DocumentTitle } from '@web/shared/ui/document-title';
import { NotFoundState } from '@web/shared/ui/not-found-state';

export default function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <DocumentTitle title={t('notFound.title')} />
      <NotFoundState title={t('notFound.title')} description={t('notFound.description')} />
    </>
  );
}
