import { Stack } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ActivityTimeline } from '@web/modules/activity/components/activity-timeline';
import { ProposalComments } from '@web/modules/proposals/components/proposal-comments';
import { ProposalEditor } from '@web/modules/proposals/components/proposal-editor';
import { PROPOSAL_QUERY } from '@web/modules/proposals/graphql/proposals';
import { errorCode, errorField } from '@web/shared/graphql/errors';
import { BackLink } from '@web/shared/ui/back-link';
import { DocumentTitle } from '@web/shared/ui/document-title';
import { LoadStates } from '@web/shared/ui/load-states';

/** `/proposals/:id/edit`: the lead's editor (partners and everyone after the closing time read it). */
export default function EditProposalPage() {
  const { t } = useTranslation('proposals');
  const { id = '' } = useParams();
  // The editor keeps its own copy and version from here on: a refetch must not overwrite what is typed.
  const { data, error, refetch } = useQuery(PROPOSAL_QUERY, { variables: { id }, fetchPolicy: 'network-only' });
  const code = errorCode(error);
  const notFound = code === 'NOT_FOUND' || (code === 'BAD_USER_INPUT' && errorField(error) === 'id');

  let content;
  if (!data || notFound || error) {
    const texts = { loading: t('editor.loading'), notFoundTitle: t('editor.notFoundTitle'), notFoundDescription: t('editor.notFoundDescription'), errorTitle: t('editor.errorTitle') };
    content = <LoadStates loading={!data && !error} notFound={notFound} error={error} onRetry={() => void refetch().catch(() => undefined)} texts={texts} />;
  } else {
    content = (
      <>
        <DocumentTitle title={t('editor.documentTitle', { title: data.proposal.title ?? '' })} />
        <ProposalEditor key={data.proposal.id} proposal={data.proposal} />
        {data.proposal.viewerRole === 'LEAD' || data.proposal.viewerRole === 'PARTNER' ? (
          <>
            <ProposalComments key={`comments-${data.proposal.id}`} proposalId={data.proposal.id} status={data.proposal.status} />
            <ActivityTimeline key={`activity-${data.proposal.id}`} subjectId={data.proposal.id} framed />
          </>
        ) : null}
      </>
    );
  }
  return (
    <Stack gap="lg">
      <BackLink to="/proposals">{t('editor.back')}</BackLink>
      {content}
    </Stack>
  );
}
