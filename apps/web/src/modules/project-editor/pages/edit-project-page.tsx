import { Alert, Anchor, Badge, Button, EmptyState, Group, Stack, Text, Title } from '@mantine/core';
import { useApolloClient } from '@apollo/client/react';
import { IconLock, IconLockOpen } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { formatMessage } from '@helix/domain';
import { NotAllowedState } from '@web/modules/identity/components/require-auth';
import { formValuesOf, type StepKey } from '@web/modules/project-editor/components/project-form';
import { editorLocationState, projectPath, ProjectWizard } from '@web/modules/project-editor/components/project-wizard';
import { PROJECT_EDITOR_QUERY, type EditableProject } from '@web/modules/project-editor/graphql/project-editor';
import { useEditableProject } from '@web/modules/project-editor/hooks/use-editable-project';
import { useProjectLabels } from '@web/modules/projects/components/project-labels';
import { useLocale } from '@web/shared/i18n/locale';
import { DocumentTitle } from '@web/shared/ui/document-title';
import { ErrorState } from '@web/shared/ui/error-state';
import { NotFoundState } from '@web/shared/ui/not-found-state';
import { PageLoader } from '@web/shared/ui/page-loader';

function ProjectEditor({ project }: { project: EditableProject }) {
  const { t } = useTranslation('projectEditor');
  const labels = useProjectLabels();
  const locale = useLocale();
  const client = useApolloClient();
  const location = useLocation();
  // What the page that created the project handed over (the step, a refusal to publish); read once.
  const [arrival] = useState(() => editorLocationState(location.state));
  // The version the form is based on moves only with this user's own saves, never with a refetch:
  // someone else's save must come back as CONFLICT, not be overwritten.
  const [baseVersion, setBaseVersion] = useState(project.version);
  const [loadedValues, setLoadedValues] = useState(() => formValuesOf(project));
  const [formKey, setFormKey] = useState(0);
  const [resumeStep, setResumeStep] = useState<StepKey | undefined>(arrival.step);

  // After a CONFLICT: the latest version becomes the form's starting point (and its base version).
  const reload = async (step: StepKey) => {
    const { data } = await client.query({ query: PROJECT_EDITOR_QUERY, variables: { id: project.id }, fetchPolicy: 'network-only' });
    if (!data) return;
    setLoadedValues(formValuesOf(data.project));
    setBaseVersion(data.project.version);
    setResumeStep(step);
    setFormKey((key) => key + 1);
  };

  const ownerStatus = project.owner.status;
  const publishDenial = ownerStatus === 'PENDING' || ownerStatus === 'SUSPENDED' ? formatMessage(`ORGANISATION_${ownerStatus}`, locale) : undefined;
  const open = project.status === 'OPEN';
  return (
    <Stack gap="lg" maw={960}>
      <DocumentTitle title={t('edit.documentTitle', { title: project.title })} />
      <Stack gap={4}>
        <Title order={1}>{t('edit.title')}</Title>
        <Group gap="sm">
          <Text fw={500}>{project.title}</Text>
          <Badge variant="dot" color={open ? 'teal' : 'gray'}>
            {labels.status(project.status)}
          </Badge>
          <Anchor component={Link} to={projectPath(project.id)} size="sm">
            {t('edit.viewProject')}
          </Anchor>
        </Group>
        <Text size="sm" c="dimmed">
          {t('edit.owner', { organisation: project.owner.name })}
        </Text>
      </Stack>
      {open && (
        <Alert color="blue" variant="light" icon={<IconLockOpen aria-hidden />} title={t('edit.openNoticeTitle')}>
          {t('edit.openNotice')}
        </Alert>
      )}
      <ProjectWizard
        key={formKey}
        project={project}
        loadedValues={loadedValues}
        expectedVersion={baseVersion}
        initialStep={resumeStep}
        initialFailure={formKey === 0 ? arrival.failure : undefined}
        publishDenial={publishDenial}
        onSaved={setBaseVersion}
        onReload={reload}
      />
    </Stack>
  );
}

/** `/projects/:id/edit`: the owner's wizard for a DRAFT (everything) or an OPEN project (corrections only). */
export default function EditProjectPage() {
  const { t } = useTranslation('projectEditor');
  const labels = useProjectLabels();
  const { id = '' } = useParams();
  const { project, loading, notFound, error, retry } = useEditableProject(id);

  if (loading) return <PageLoader label={t('edit.loading')} />;
  if (notFound) {
    return (
      <>
        <DocumentTitle title={t('edit.notFoundTitle')} />
        <NotFoundState title={t('edit.notFoundTitle')} description={t('edit.notFoundDescription')} />
      </>
    );
  }
  if (error || !project) return <ErrorState title={t('edit.errorTitle')} error={error} onRetry={retry} />;
  if (!project.viewerCanManage) return <NotAllowedState title={t('edit.notAllowedTitle')} description={t('edit.notAllowed')} />;
  if (project.status !== 'DRAFT' && project.status !== 'OPEN') {
    return (
      <>
        <DocumentTitle title={t('edit.notEditableTitle')} />
        <EmptyState icon={<IconLock aria-hidden />} withIndicatorBackground size="lg" py="xl">
          <EmptyState.Title order={1}>{t('edit.notEditableTitle')}</EmptyState.Title>
          <EmptyState.Description>{t('edit.notEditable', { status: labels.status(project.status) })}</EmptyState.Description>
          <EmptyState.Actions>
            <Button component={Link} to={projectPath(project.id)}>
              {t('edit.viewProject')}
            </Button>
          </EmptyState.Actions>
        </EmptyState>
      </>
    );
  }
  return <ProjectEditor key={project.id} project={project} />;
}
