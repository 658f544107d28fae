import { DocumentTitle } from '@web/shared/ui/document-title';
import { ErrorState } from '@web/shared/ui/error-state';
import { NotFoundState } from '@web/shared/ui/not-found-state';
import { PageLoader } from '@web/shared/ui/page-loader';

export interface LoadStatesTexts {
  loading: string;
  notFoundTitle: string;
  notFoundDescription: string;
  errorTitle: string;
}

interface LoadStatesProps {
  loading: boolean;
  notFound: boolean;
  error: unknown;
  onRetry: () => void;
  texts: LoadStatesTexts;
}

/** What a page shows in place of the record it loads until it has it: a loader, "not found", or the failure with a retry. */
export function LoadStates({ loading, notFound, error, onRetry, texts }: LoadStatesProps) {
  if (loading) return <PageLoader label={texts.loading} />;
  if (notFound) {
    return (
      <>
        <DocumentTitle title={texts.notFoundTitle} />
        <NotFoundState title={texts.notFoundTitle} description={texts.notFoundDescription} />
      </>
    );
  }
  return (
    <>
      <DocumentTitle title={texts.errorTitle} />
      <ErrorState title={texts.errorTitle} error={error} onRetry={onRetry} />
    </>
  );
}
