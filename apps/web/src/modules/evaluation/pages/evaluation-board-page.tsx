import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Box, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconLock, IconTrophy } from '@tabler/icons-react';
import { useCallback, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { effectiveProjectStatus, type ProjectStatus } from '@helix/domain';
import { NotAllowedState } from '@web/modules/identity/components/require-auth';
import { useSession } from '@web/modules/identity/hooks/use-session';
import { FinalizeCard } from '@web/modules/evaluation/components/finalize-card';
import { ProposalsTable } from '@web/modules/evaluation/components/proposals-table';
import { EVALUATION_BOARD_QUERY, REVIEWER_CANDIDATES_QUERY, type EvaluationBoardProject } from '@web/modules/evaluation/graphql/evaluation';
import { evaluationPermissions, reviewOpen } from '@web/modules/evaluation/hooks/evaluation-rules';
import { ProjectStatusBadge } from '@web/modules/projects/components/project-badges';
import { useHasPassed } from '@web/modules/projects/hooks/use-has-passed';
import { useFormat } from '@web/shared/format/use-format';
import { errorCode, errorField } from '@web/shared/graphql/errors';
import { BackLink } from '@web/shared/ui/back-link';
import { DocumentTitle } from '@web/shared/ui/document-title';
import { ErrorState } from '@web/shared/ui/error-state';
import { NotFoundState } from '@web/shared/ui/not-found-state';
import { PageLoader } from '@web/shared/ui/page-loader';

/** Members of the owner offered as reviewers (one page: an organisation's members rarely pass it). */
export const REVIEWER_CANDIDATES_PAGE = 100;

function useReviewerCandidates(organisationId: string, skip: boolean) {
  const { data, loading } = useQuery(REVIEWER_CANDIDATES_QUERY, { variables: { id: organisationId, first: REVIEWER_CANDIDATES_PAGE }, skip });
  const candidates = useMemo(
    () =>
      (data?.organisation.members?.edges ?? [])
        .filter((edge) => edge.node.role !== 'VIEWER')
        .map((edge) => ({ userId: edge.node.user.id, fullName: edge.node.user.fullName })),
    [data],
  );
  return { candidates, loading: !skip && loading };
}

/** The proposals the current user reviews and may still declare on or score. */
function MyReviews({ project, status, userId }: { project: EvaluationBoardProject; status: ProjectStatus; userId: string }) {
  const { t } = useTranslation('evaluation');
  const headingId = useId();
  const mine = (project.ranking ?? []).filter(
    (row) => reviewOpen(row.proposal.status, status) && row.proposal.reviewers.some((reviewer) => reviewer.user?.id === userId),
  );
  if (!mine.length) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Title order={2} size="h4" id={headingId}>
        {t('board.myReviews')}
      </Title>
      <List mt="xs" spacing={4}>
        {mine.map(({ proposal }) => {
          const declaration = proposal.reviewers.find((reviewer) => reviewer.user?.id === userId)?.declaration ?? 'UNDECLARED';
          return (
            <List.Item key={proposal.id}>
              <Anchor component={Link} to={`/proposals/${proposal.id}/review`}>
                {proposal.title ?? t('table.untitled', { lead: proposal.lead?.name ?? t('table.unknownLead') })}
              </Anchor>{' '}
              <Text span size="sm" c="dimmed">
                {t(`board.myReviewState.${declaration}`)}
              </Text>
            </List.Item>
          );
        })}
      </List>
    </Paper>
  );
}

function Board({ project }: { project: EvaluationBoardProject }) {
  const { t } = useTranslation('evaluation');
  const format = useFormat();
  const { user } = useSession();
  const tableLabelId = useId();
  const closed = useHasPassed(project.closesAt);
  const status = effectiveProjectStatus(project.status, closed && project.closesAt ? new Date(project.closesAt) : null, new Date());
  const rows = project.ranking ?? [];
  const sealedNow = project.sealed && status === 'OPEN';
  const permissions = evaluationPermissions(project.owner.myRole, project.owner.status);
  const needCandidates = permissions.manage && rows.some((row) => reviewOpen(row.proposal.status, status));
  const { candidates, loading: candidatesLoading } = useReviewerCandidates(project.owner.id, !needCandidates);

  return (
    <Stack gap="lg">
      <DocumentTitle title={t('board.documentTitle', { title: project.title })} />
      <Stack gap={4}>
        <Title order={1}>{t('board.title')}</Title>
        <Group gap="xs">
          <Text size="lg" fw={500} style={{ overflowWrap: 'anywhere' }}>
            {project.title}
          </Text>
          <ProjectStatusBadge status={status} />
        </Group>
        {project.closesAt && (
          <Text size="sm" c="dimmed">
            {closed ? t('board.closedAt') : t('board.closesAt')} <time dateTime={project.closesAt}>{format.dateTime(project.closesAt)}</time>
          </Text>
        )}
      </Stack>

      {sealedNow && (
        <Alert color="blue" variant="light" icon={<IconLock aria-hidden />} title={t('board.sealedTitle')}>
          {t('board.sealedNote')}
        </Alert>
      )}
      {status === 'OPEN' && !project.sealed && (
        <Alert color="blue" variant="light" title={t('board.openTitle')}>
          {t('board.openNote')}
        </Alert>
      )}
      {(status === 'AWARDED' || status === 'UNSUCCESSFUL') && (
        <Alert color={status === 'AWARDED' ? 'grape' : 'gray'} variant="light" icon={<IconTrophy aria-hidden />} title={t(`board.finalized.${status}`)}>
          {project.decidedAt && (
            <Text size="sm">
              {t('board.decidedAt')} <time dateTime={project.decidedAt}>{format.dateTime(project.decidedAt)}</time>
            </Text>
          )}
          {status === 'AWARDED' && permissions.prepareAgreement && (
            <Text size="sm" mt={4}>
              {t('board.agreementHint')}
            </Text>
          )}
        </Alert>
      )}
      {status === 'EVALUATION' && !permissions.manage && (
        <Text size="sm" c="dimmed">
          {t('board.readOnly')}
        </Text>
      )}

      {user && <MyReviews project={project} status={status} userId={user.id} />}

      {status === 'EVALUATION' && permissions.manage && (
        <FinalizeCard projectId={project.id} projectStatus={status} statuses={rows.map((row) => row.proposal.status)} />
      )}

      <Stack gap="xs" component="section" aria-labelledby={tableLabelId}>
        <Title order={2} size="h3" id={tableLabelId}>
          {t('board.proposalsHeading', { count: rows.length })}
        </Title>
        {rows.length === 0 ? (
          <Text c="dimmed">{status === 'OPEN' ? t('board.noneYet') : t('board.none')}</Text>
        ) : (
          <>
            {!sealedNow && (
              <Text size="sm" c="dimmed">
                {t('board.rankingNote')}
              </Text>
            )}
            {/* A wide table scrolls in a region keyboards can reach. */}
            <Box role="region" aria-labelledby={tableLabelId} tabIndex={0} style={{ overflowX: 'auto' }}>
              <Box miw={sealedNow ? undefined : 760}>
                <ProposalsTable
                  projectId={project.id}
                  projectStatus={status}
                  sealedNow={sealedNow}
                  rows={rows}
                  criteria={project.criteria}
                  canManage={permissions.manage}
                  canCreateAgreement={permissions.prepareAgreement}
                  currentUserId={user?.id}
                  candidates={candidates}
                  candidatesLoading={candidatesLoading}
                />
              </Box>
            </Box>
          </>
        )}
      </Stack>
    </Stack>
  );
}

/** The owner's evaluation board: proposals ranked by weighted score, reviewers, decisions and the outcome. */
export default function EvaluationBoardPage() {
  const { t } = useTranslation('evaluation');
  const { id = '' } = useParams();
  // Scores and reviewers change on other screens (the review page): always ask again on arrival.
  const { data, error, refetch } = useQuery(EVALUATION_BOARD_QUERY, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const code = errorCode(error);
  const notFound = code === 'NOT_FOUND' || (code === 'BAD_USER_INPUT' && errorField(error) === 'id');
  const retry = useCallback(() => {
    refetch().catch(() => undefined);
  }, [refetch]);
  const project = data?.project;

  let content;
  if (project) {
    content =
      project.ranking === null || project.ranking === undefined ? (
        <NotAllowedState title={t('board.notAllowedTitle')} description={t('board.notAllowed')} />
      ) : (
        <Board project={project} />
      );
  } else if (notFound) {
    content = (
      <>
        <DocumentTitle title={t('board.notFoundTitle')} />
        <NotFoundState title={t('board.notFoundTitle')} description={t('board.notFoundDescription')} />
      </>
    );
  } else if (error) {
    content = (
      <>
        <DocumentTitle title={t('board.errorTitle')} />
        <ErrorState title={t('board.errorTitle')} error={error} onRetry={retry} />
      </>
    );
  } else content = <PageLoader label={t('board.loading')} />;

  return (
    <Stack gap="lg">
      <BackLink to={`/projects/${id}`}>{t('board.back')}</BackLink>
      {content}
    </Stack>
  );
}
