import { Alert, Grid, Stack, Text, Title } from '@mantine/core';
import { IconBan } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { effectiveProjectStatus, projectTransition } from '@helix/domain';
import { ActivityTimeline } from '@web/modules/activity/components/activity-timeline';
import { EvaluationBoardLink } from '@web/modules/evaluation/components/evaluation-board-link';
import { Clarifications } from '@web/modules/projects/components/clarifications';
import { CriteriaTable } from '@web/modules/projects/components/criteria-table';
import { DeadlineCard } from '@web/modules/projects/components/deadline-card';
import { EligibilityNotice } from '@web/modules/projects/components/eligibility-notice';
import { OwnerActions } from '@web/modules/projects/components/owner-actions';
import { ProjectDocuments } from '@web/modules/projects/components/project-documents';
import { ProjectFacts } from '@web/modules/projects/components/project-facts';
import { ProjectHeader } from '@web/modules/projects/components/project-header';
import { ProjectIndicators } from '@web/modules/projects/components/project-indicators';
import type { ProjectView } from '@web/modules/projects/graphql/projects';
import { useHasPassed } from '@web/modules/projects/hooks/use-has-passed';
import { useProject } from '@web/modules/projects/hooks/use-project';
import { ProposalEntry } from '@web/modules/proposals/components/proposal-entry';
import { useFormat } from '@web/shared/format/use-format';
import { BackLink } from '@web/shared/ui/back-link';
import { DocumentTitle } from '@web/shared/ui/document-title';
import { Markdown } from '@web/shared/ui/markdown';
import { LoadStates } from '@web/shared/ui/load-states';

function Overview({ project }: { project: ProjectView }) {
  const { t } = useTranslation('projects');
  const headingId = useId();
  return (
    <Stack component="section" gap="sm" aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId}>
        {t('project.overview')}
      </Title>
      {project.summary && (
        <Text size="lg" style={{ overflowWrap: 'anywhere' }}>
          {project.summary}
        </Text>
      )}
      {project.description ? <Markdown source={project.description} /> : !project.summary && <Text c="dimmed">{t('project.noDescription')}</Text>}
    </Stack>
  );
}

function ProjectDetailsView({ project, onReload }: { project: ProjectView; onReload: () => void }) {
  const { t } = useTranslation('projects');
  const format = useFormat();
  // The API's status was right when it answered; at the closing time an open call turns to evaluation here too.
  const closed = useHasPassed(project.closesAt);
  const status = effectiveProjectStatus(project.status, closed && project.closesAt ? new Date(project.closesAt) : null, new Date());
  const closedMeanwhile = status !== project.status;
  const open = status === 'OPEN';
  const { eligibility } = project;
  const canAsk = open && !project.viewerCanManage && (eligibility.eligible || eligibility.reason === 'NOT_YET_OPEN');
  const canAnswer = project.viewerCanManage && projectTransition(status, 'ANSWER').ok;

  return (
    <Stack gap="lg">
      <DocumentTitle title={project.title} />
      <ProjectHeader project={project} status={status} />
      {status === 'CANCELLED' && (
        <Alert color="red" variant="light" icon={<IconBan aria-hidden />} title={t('project.cancelledTitle')}>
          {project.cancelledAt && (
            <Text size="sm" mb={4}>
              {t('project.cancelledAt')} <time dateTime={project.cancelledAt}>{format.dateTime(project.cancelledAt)}</time>
            </Text>
          )}
          <Text size="sm" fw={500} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {t('project.cancellationReason', { reason: project.cancellationReason ?? '' })}
          </Text>
        </Alert>
      )}
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 8 }} order={{ base: 2, md: 1 }}>
          <Stack gap="xl">
            <Overview project={project} />
            <ProjectIndicators indicators={project.indicators} />
            <CriteriaTable criteria={project.criteria} />
            <ProjectDocuments attachments={project.attachments} />
            <Clarifications project={project} canAsk={canAsk} canAnswer={canAnswer} />
            {/* The owner's members see what happened to the call (publication, extensions, the outcome). */}
            {project.viewerCanManage && <ActivityTimeline subjectId={project.id} />}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }} order={{ base: 1, md: 2 }}>
          <Stack gap="md">
            {project.viewerCanManage && <OwnerActions project={project} status={status} onReload={onReload} />}
            {project.viewerCanManage && <EvaluationBoardLink projectId={project.id} status={status} />}
            {status !== 'DRAFT' && status !== 'CANCELLED' && <DeadlineCard opensAt={project.opensAt ?? null} closesAt={project.closesAt ?? null} closed={closed} />}
            {status !== 'CANCELLED' && <EligibilityNotice project={project} closedMeanwhile={closedMeanwhile} />}
            {open && eligibility.eligible && !project.viewerCanManage && <ProposalEntry projectId={project.id} />}
            <ProjectFacts project={project} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

/** One project: what it asks for, until when, how responses are weighed, and its clarifications. */
export default function ProjectPage() {
  const { t } = useTranslation('projects');
  const { id = '' } = useParams();
  const { project, loading, notFound, error, retry } = useProject(id);

  const texts = { loading: t('project.loading'), notFoundTitle: t('project.notFoundTitle'), notFoundDescription: t('project.notFoundDescription'), errorTitle: t('project.errorTitle') };
  const content =
    project && !notFound && !error ? (
      <ProjectDetailsView project={project} onReload={retry} />
    ) : (
      <LoadStates loading={loading} notFound={notFound} error={error} onRetry={retry} texts={texts} />
    );

  return (
    <Stack gap="lg">
      <BackLink to="/projects">{t('project.back')}</BackLink>
      {content}
    </Stack>
  );
}
