import { useTranslation } from 'react-i18next';
import type { useAgreement } from '@web/modules/agreements/hooks/use-agreement';
import { LoadStates } from '@web/shared/ui/load-states';

type AgreementLoad = Omit<ReturnType<typeof useAgreement>, 'agreement'>;

/** The workspace, the editor and the printed copy say the same while the agreement is loading, missing or failed. */
export function AgreementLoadStates({ loading, notFound, error, retry }: AgreementLoad) {
  const { t } = useTranslation('agreements');
  const texts = { loading: t('workspace.loading'), notFoundTitle: t('workspace.notFoundTitle'), notFoundDescription: t('workspace.notFoundDescription'), errorTitle: t('workspace.errorTitle') };
  return <LoadStates loading={loading} notFound={notFound} error={error} onRetry={retry} texts={texts} />;
}
