import { Anchor, Stack } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ProposalComments } from '@web/modules/proposals/components/proposal-comments';
import { ProposalEditor } from '@web/modules/proposals/components/proposal-editor';
import { PROPOSAL_QUERY } from '@web/modules/proposals/graphql/proposals';
import { errorCode, errorField } from '@web/shared/graphql/errors';
import { DocumentTitle } from '@web/shared/ui/document-title';
import { ErrorState } from '@web/shared/ui/error-state';
import { NotFoundState } from '@web/shared/ui/not-found-state';
import { PageLoader } from '@web/shared/ui/page-loader';

/** `/proposals/:id/edit`: the lead's editor (partners and everyone after the closing time read it). */
export default function EditProposalPage() {
  const { t } = useTranslation('proposals');
  const { id = '' } = useParams();
  // The editor keeps its own copy and version from here on: a refetch must not overwrite what is typed.
  const { data, error, refetch } = useQuery(PROPOSAL_QUERY, { variables: { id }, fetchPolicy: 'network-only' });
  const code = errorCode(error);
  const notFound = code === 'NOT_FOUND' || (code === 'BAD_USER_INPUT' && errorField(error) === 'id');

  let content;
  if (!data && !error) content = <PageLoader label={t('editor.loading')} />;
  else if (notFound) {
    content = (
      <>
        <DocumentTitle title={t('editor.notFoundTitle')} />
        <NotFoundState title={t('editor.notFoundTitle')} description={t('editor.notFoundDescription')} />
      </>
    );
  } else if (error || !data) content = <ErrorState title={t('editor.errorTitle')} error={error} onRetry={() => void refetch().catch(() => undefined)} />;
  else {
    content = (
      <>
        <DocumentTitle title={t('editor.documentTitle', { title: data.proposal.title ?? '' })} />
        <ProposalEditor key={data.proposal.id} proposal={data.proposal} />
        {data.proposal.viewerRole === 'LEAD' || data.proposal.viewerRole === 'PARTNER' ? (
          <ProposalComments key={`comments-${data.proposal.id}`} proposalId={data.proposal.id} status={data.proposal.status} />
        ) : null}
      </>
    );
  }
  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/proposals" size="sm" style={{ display: 'inline-flex', alignItems: 'center', gap: 4, alignSelf: 'flex-start' }}>
        <IconArrowLeft size={16} aria-hidden />
        {t('editor.back')}
      </Anchor>
      {content}
    </Stack>
  );
}
