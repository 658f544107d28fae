import { useApolloClient, useQuery } from '@apollo/client/react';
import { Alert, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useCallback, useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ConflictDeclaration } from '@web/modules/evaluation/components/conflict-declaration';
import { ProposalStatusBadge } from '@web/modules/evaluation/components/evaluation-labels';
import { ScoringForm } from '@web/modules/evaluation/components/scoring-form';
import { PROPOSAL_REVIEW_QUERY, type ProposalReviewView, type ReviewerView } from '@web/modules/evaluation/graphql/evaluation';
import { reviewOpen } from '@web/modules/evaluation/hooks/evaluation-rules';
import { NotAllowedState } from '@web/modules/identity/components/require-auth';
import { useSession } from '@web/modules/identity/hooks/use-session';
import { useFormatMoney } from '@web/modules/projects/components/money';
import { useFormat } from '@web/shared/format/use-format';
import { errorCode, errorField } from '@web/shared/graphql/errors';
import { BackLink } from '@web/shared/ui/back-link';
import { DocumentTitle } from '@web/shared/ui/document-title';
import { ErrorState } from '@web/shared/ui/error-state';
import { Markdown } from '@web/shared/ui/markdown';
import { NotFoundState } from '@web/shared/ui/not-found-state';
import { PageLoader } from '@web/shared/ui/page-loader';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </Stack>
  );
}

/** What the reviewer assesses: the submitted content the owner may read. */
function ProposalContent({ proposal }: { proposal: ProposalReviewView }) {
  const { t } = useTranslation('evaluation');
  const format = useFormat();
  const formatMoney = useFormatMoney();
  const headingId = useId();
  const partners = proposal.partners.filter((partner) => partner.status === 'CONFIRMED' && partner.organisation);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={2} size="h3" id={headingId}>
          {t('review.contentHeading')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Fact label={t('review.lead')}>{proposal.lead?.name ?? t('table.unknownLead')}</Fact>
          <Fact label={t('review.partners')}>{partners.length ? partners.map((partner) => partner.organisation?.name).join(', ') : t('review.noPartners')}</Fact>
          <Fact label={t('review.submittedAt')}>{proposal.submittedAt ? format.dateTime(proposal.submittedAt) : '—'}</Fact>
          <Fact label={t('review.budget')}>
            {proposal.requestedBudget ? formatMoney(proposal.requestedBudget) : '—'}
          </Fact>
          <Fact label={t('review.duration')}>{proposal.durationMonths ? t('review.months', { count: proposal.durationMonths }) : '—'}</Fact>
        </SimpleGrid>
        {proposal.abstract && (
          <Stack gap={4}>
            <Title order={3} size="h5">
              {t('review.abstract')}
            </Title>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {proposal.abstract}
            </Text>
          </Stack>
        )}
        {proposal.approach && (
          <Stack gap={4}>
            <Title order={3} size="h5">
              {t('review.approach')}
            </Title>
            <Markdown source={proposal.approach} />
          </Stack>
        )}
        {!proposal.title && <Text c="dimmed">{t('review.contentHidden')}</Text>}
      </Stack>
    </Paper>
  );
}

function Review({ proposal, reviewer }: { proposal: ProposalReviewView; reviewer: ReviewerView }) {
  const { t } = useTranslation('evaluation');
  const format = useFormat();
  const client = useApolloClient();
  const projectStatus = proposal.project?.status ?? 'EVALUATION';
  const open = reviewOpen(proposal.status, projectStatus);
  const criteria = proposal.project?.criteria ?? [];

  // The answer of a declaration or a save replaces this reviewer's entry in the cached page.
  const replaceReviewer = useCallback(
    (next: ReviewerView) => {
      client.cache.updateQuery({ query: PROPOSAL_REVIEW_QUERY, variables: { id: proposal.id } }, (data) =>
        data ? { ...data, proposal: { ...data.proposal, reviewers: data.proposal.reviewers.map((entry) => (entry.user?.id === next.user?.id ? next : entry)) } } : data,
      );
    },
    [client, proposal.id],
  );

  let step;
  if (reviewer.declaration === 'UNDECLARED') {
    step = open ? (
      <ConflictDeclaration proposalId={proposal.id} onDeclared={replaceReviewer} />
    ) : (
      <Alert color="gray" variant="light" title={t('review.closedTitle')}>
        {t('review.closedUndeclared')}
      </Alert>
    );
  } else if (reviewer.declaration === 'CONFLICT') {
    step = (
      <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />} title={t('review.conflictTitle')}>
        <Text size="sm">{t('review.conflictText')}</Text>
        {reviewer.declarationNote && (
          <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {t('review.yourNote', { note: reviewer.declarationNote })}
          </Text>
        )}
      </Alert>
    );
  } else {
    step = (
      <>
        <Group gap="xs">
          <IconCircleCheck size={18} color="var(--mantine-color-teal-8)" aria-hidden />
          <Text size="sm">
            {reviewer.declaredAt ? t('review.noConflictAt', { date: format.dateTime(reviewer.declaredAt) }) : t('review.noConflict')}
          </Text>
        </Group>
        <ScoringForm proposalId={proposal.id} criteria={criteria} reviewer={reviewer} readOnly={!open} onSaved={replaceReviewer} />
      </>
    );
  }

  return (
    <Stack gap="lg">
      <DocumentTitle title={t('review.documentTitle', { title: proposal.title ?? proposal.lead?.name ?? '' })} />
      <Stack gap={4}>
        <Title order={1} style={{ overflowWrap: 'anywhere' }}>
          {t('review.title', { title: proposal.title ?? proposal.lead?.name ?? '' })}
        </Title>
        <Group gap="xs">
          {proposal.project && (
            <Text size="sm" c="dimmed">
              {t('review.forProject', { title: proposal.project.title })}
            </Text>
          )}
          <ProposalStatusBadge status={proposal.status} />
        </Group>
      </Stack>
      <ProposalContent proposal={proposal} />
      {step}
    </Stack>
  );
}

/** A reviewer's page for one proposal: the conflict-of-interest declaration first, then the scoring sheet. */
export default function ProposalReviewPage() {
  const { t } = useTranslation('evaluation');
  const { id = '' } = useParams();
  const { user } = useSession();
  const { data, error, refetch } = useQuery(PROPOSAL_REVIEW_QUERY, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const code = errorCode(error);
  const notFound = code === 'NOT_FOUND' || (code === 'BAD_USER_INPUT' && errorField(error) === 'id');
  const retry = useCallback(() => {
    refetch().catch(() => undefined);
  }, [refetch]);
  const proposal = data?.proposal;
  const reviewer = proposal?.reviewers.find((entry) => !!user && entry.user?.id === user.id);

  let content;
  if (proposal) {
    content = reviewer ? <Review proposal={proposal} reviewer={reviewer} /> : <NotAllowedState title={t('review.notAllowedTitle')} description={t('review.notAllowed')} />;
  } else if (notFound) {
    content = (
      <>
        <DocumentTitle title={t('review.notFoundTitle')} />
        <NotFoundState title={t('review.notFoundTitle')} description={t('review.notFoundDescription')} />
      </>
    );
  } else if (error) {
    content = (
      <>
        <DocumentTitle title={t('review.errorTitle')} />
        <ErrorState title={t('review.errorTitle')} error={error} onRetry={retry} />
      </>
    );
  } else content = <PageLoader label={t('review.loading')} />;

  const projectId = proposal?.project?.id;
  return (
    <Stack gap="lg">
      {projectId && (
        <BackLink to={`/projects/${projectId}/evaluation`}>{t('review.back')}</BackLink>
      )}
      {content}
    </Stack>
  );
}
