import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMediaQuery } from '@mantine/hooks';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { IconArrowLeft, IconArrowRight, IconDeviceFloppy, IconRefresh, IconSend } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import {
  PROJECT_EDITOR_CREATE_MUTATION,
  PROJECT_EDITOR_PUBLISH_MUTATION,
  PROJECT_EDITOR_QUERY,
  PROJECT_EDITOR_UPDATE_MUTATION,
  type EditableProject,
} from '@web/modules/project-editor/graphql/project-editor';
import { FailureAlert } from '@web/shared/forms/failure';
import { describeFailure, type Failure } from '@web/shared/graphql/errors';
import { notify } from '@web/shared/ui/notify';
import { WizardStepHeading, WizardStepper } from '@web/shared/ui/wizard';
import { BasicsStep } from './basics-step';
import { CriteriaStep } from './criteria-step';
import { DescriptionStep } from './description-step';
import { DocumentsStep } from './documents-step';
import { useProblemMessage } from './field-parts';
import { LeaveGuard } from './leave-guard';
import {
  createProjectInput,
  draftProblems,
  firstStepOf,
  formPathOf,
  formValuesOf,
  hasChanges,
  lockedWhileOpen,
  publishIssues,
  stepOfPath,
  STEPS,
  updateProjectInput,
  type Problem,
  type ProjectFormValues,
  type StepKey,
} from './project-form';
import { ReviewStep } from './review-step';
import { ScheduleStep } from './schedule-step';
import { ScopeStep } from './scope-step';

/** What the editor passes along when it moves to another address (after creating a project). */
export interface EditorLocationState {
  step?: StepKey;
  failure?: Failure;
}

export function editorLocationState(state: unknown): EditorLocationState {
  if (!state || typeof state !== 'object') return {};
  const { step, failure } = state as Record<string, unknown>;
  return {
    step: STEPS.find((candidate) => candidate === step),
    failure: failure && typeof failure === 'object' && typeof (failure as Failure).message === 'string' ? (failure as Failure) : undefined,
  };
}

/** Where each project lives: the editor keeps drafts, the project page shows what was published. */
export const projectEditPath = (id: string) => `/projects/${id}/edit`;
export const projectPath = (id: string) => `/projects/${id}`;

interface ProjectWizardProps {
  /** The project being edited; none while creating one. */
  project?: EditableProject;
  /** What the form starts from (the project as loaded, or as reloaded after a CONFLICT). */
  loadedValues: ProjectFormValues;
  /** The version the values were loaded at: every update is based on it. */
  expectedVersion?: number;
  initialStep?: StepKey;
  /** A refusal to show straight away (publishing right after creating, on the previous page). */
  initialFailure?: Failure;
  /** Why the acting organisation cannot publish (pending, suspended), if it cannot. */
  publishDenial?: string;
  onSaved?: (version: number) => void;
  /** Loads the latest version after a CONFLICT; the wizard is rebuilt from it at `step`. */
  onReload?: (step: StepKey) => Promise<void>;
}

type Saving = 'draft' | 'publish';

/**
 * The project wizard: seven steps, each checked with the server's own rules (libs/domain) before
 * moving on; a draft can be saved from any step, publishing saves first and then publishes.
 */
export function ProjectWizard({ project, loadedValues, expectedVersion, initialStep, initialFailure, publishDenial, onSaved, onReload }: ProjectWizardProps) {
  const { t } = useTranslation('projectEditor');
  const { t: tCommon } = useTranslation();
  const navigate = useNavigate();
  const client = useApolloClient();
  const message = useProblemMessage();
  const narrow = useMediaQuery('(max-width: 48em)');
  const [active, setActive] = useState(() => Math.max(0, STEPS.indexOf(initialStep ?? 'basics')));
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const focusPath = useRef<string | undefined>(undefined);
  const leaving = useRef(false);
  const [initial, setInitial] = useState(loadedValues);
  const [failure, setFailure] = useState<Failure>();
  const [conflict, setConflict] = useState<Failure>();
  const [saving, setSaving] = useState<Saving>();
  const [reloading, setReloading] = useState(false);
  const [uploading, setUploading] = useState(false);
  /** Bumped on every move, so asking for the current step again still moves the focus. */
  const [moves, setMoves] = useState(0);
  const [createProject] = useMutation(PROJECT_EDITOR_CREATE_MUTATION);
  const [updateProject] = useMutation(PROJECT_EDITOR_UPDATE_MUTATION);
  const [publishProject] = useMutation(PROJECT_EDITOR_PUBLISH_MUTATION);
  const form = useForm<ProjectFormValues>({ initialValues: loadedValues });

  const open = project?.status === 'OPEN';
  const step: StepKey = STEPS[active] ?? 'review';
  const unsaved = hasChanges(initial, form.values);
  const unsavedRef = useRef(unsaved);
  unsavedRef.current = unsaved;

  // Keyboard and screen-reader users land on the new step: on the field a problem names, else its heading.
  useEffect(() => {
    if (!moved.current) return;
    const path = focusPath.current;
    focusPath.current = undefined;
    const field = path ? form.getInputNode(path) : null;
    if (field) field.focus();
    else headingRef.current?.focus();
    // Only a move moves the focus.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [active, moves]);

  const goTo = (target: StepKey | number, path?: string) => {
    moved.current = true;
    focusPath.current = path;
    setMoves((count) => count + 1);
    setActive(typeof target === 'number' ? target : STEPS.indexOf(target));
  };

  /** Shows problems next to their fields (replacing earlier ones) and moves to the first step holding one. */
  const show = (problems: Problem[]) => {
    form.setErrors(Object.fromEntries(problems.map((problem) => [problem.path, message(problem)])));
    const first = firstStepOf(problems);
    if (first) goTo(first, problems.find((problem) => stepOfPath(problem.path) === first)?.path);
  };

  const problemsOf = (values: ProjectFormValues, only?: StepKey) =>
    draftProblems(values, new Date()).filter((problem) => (!only || stepOfPath(problem.path) === only) && !(open && lockedWhileOpen(problem.path)));

  /** Checks the current step before moving forward; going back is always allowed. */
  const moveTo = (target: number) => {
    if (uploading) return;
    if (target > active) {
      const problems = problemsOf(form.values, step);
      if (problems.length) {
        show(problems);
        return;
      }
      form.clearErrors();
    }
    goTo(Math.max(0, Math.min(target, STEPS.length - 1)));
  };

  /** A refusal: a CONFLICT offers the latest version, a field error goes next to its field, the rest into an alert. */
  const apply = (reported: Failure) => {
    if (reported.code === 'CONFLICT') {
      setConflict(reported);
      return;
    }
    const path = reported.field ? formPathOf(reported.field) : undefined;
    const target = path ? stepOfPath(path) : undefined;
    if (reported.code === 'BAD_USER_INPUT' && path && target) {
      form.setFieldError(path, reported.message);
      goTo(target, path);
      return;
    }
    setFailure(reported);
  };

  // A refusal handed over by the page that created the project (it was created, publishing was not).
  useEffect(() => {
    if (initialFailure) apply(initialFailure);
    // Once, on arrival.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  /** Navigates without the unsaved-changes question; `replace` drops /projects/new from the history. */
  const leave = async (to: string, replace: boolean, state?: EditorLocationState) => {
    leaving.current = true;
    await navigate(to, { replace, state });
  };

  const save = async (publish: boolean) => {
    const values = form.values;
    setFailure(undefined);
    setConflict(undefined);
    const problems = problemsOf(values);
    if (problems.length) return show(problems);
    if (publish) {
      const issues = publishIssues(values, new Date());
      if (issues.length) return show(issues);
    }
    form.clearErrors();
    setSaving(publish ? 'publish' : 'draft');
    try {
      if (!project) {
        const { data } = await createProject({ variables: { input: createProjectInput(values) } });
        if (!data) return;
        const created = data.createProject;
        // The editor at the new address starts from this answer instead of asking again.
        client.writeQuery({ query: PROJECT_EDITOR_QUERY, variables: { id: created.id }, data: { project: created } });
        if (!publish) {
          notify({ color: 'teal', message: t('wizard.draftSaved') });
          return await leave(projectEditPath(created.id), true, { step });
        }
        try {
          const published = await publishProject({ variables: { id: created.id, expectedVersion: created.version } });
          if (!published.data) return;
          notify({ color: 'teal', title: t('wizard.publishedTitle', { title: created.title }), message: t('wizard.published') });
          return await leave(projectPath(created.id), true);
        } catch (error) {
          // The draft exists now: carry on editing it there, with the reason publishing was refused.
          return await leave(projectEditPath(created.id), true, { step, failure: describeFailure(error, tCommon('states.networkError')) });
        }
      }

      let version = expectedVersion ?? 0;
      const input = updateProjectInput(initial, values, open);
      const changed = Object.keys(input).length > 0;
      if (changed) {
        const { data } = await updateProject({ variables: { id: project.id, input, expectedVersion: version } });
        if (!data) return;
        version = data.updateProject.version;
        const saved = formValuesOf(data.updateProject);
        setInitial(saved);
        form.setValues(saved);
        form.resetDirty(saved);
        onSaved?.(version);
      }
      if (!publish) {
        notify({ color: changed ? 'teal' : 'gray', message: changed ? t(open ? 'wizard.changesSaved' : 'wizard.draftSaved') : t('wizard.noChanges') });
        return;
      }
      const published = await publishProject({ variables: { id: project.id, expectedVersion: version } });
      if (!published.data) return;
      notify({ color: 'teal', title: t('wizard.publishedTitle', { title: published.data.publishProject.title }), message: t('wizard.published') });
      await leave(projectPath(project.id), false);
    } catch (error) {
      apply(describeFailure(error, tCommon('states.networkError')));
    } finally {
      setSaving(undefined);
    }
  };

  const reload = async () => {
    if (!onReload) return;
    setReloading(true);
    try {
      leaving.current = true;
      await onReload(step);
    } finally {
      leaving.current = false;
      setReloading(false);
    }
  };

  const canPublish = !open && !publishDenial;
  // Uploads stop when their step is left: hold every move and save until they are done.
  const busy = saving !== undefined || uploading;
  const saveLabel = open ? t('wizard.saveChanges') : t('wizard.saveDraft');

  return (
    <Stack gap="lg">
      <LeaveGuard shouldBlock={() => unsavedRef.current && !leaving.current} />
      <WizardStepper
        label={t('wizard.stepsLabel')}
        steps={STEPS.map((key) => ({ label: t(`wizard.steps.${key}.label`), description: t(`wizard.steps.${key}.description`) }))}
        active={active}
        onStepClick={moveTo}
        narrow={narrow}
      />

      <Stack gap="md" component="section" aria-labelledby="project-step-heading">
        <WizardStepHeading
          id="project-step-heading"
          headingRef={headingRef}
          heading={t(`wizard.steps.${step}.heading`)}
          position={t('wizard.stepOf', { step: active + 1, total: STEPS.length })}
        />
        {conflict && (
          <Alert color="orange" variant="light" title={t('wizard.conflictTitle')} role="alert" data-testid="conflict">
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{conflict.message}</Text>
              <Text size="sm">{t('wizard.conflict')}</Text>
              {onReload && (
                <Button size="xs" variant="white" color="orange" leftSection={<IconRefresh size={14} aria-hidden />} onClick={() => void reload()} loading={reloading}>
                  {t('wizard.reload')}
                </Button>
              )}
            </Stack>
          </Alert>
        )}
        <FailureAlert failure={failure} title={t('wizard.failedTitle')} />
        {step === 'basics' && <BasicsStep form={form} locked={open} />}
        {step === 'description' && <DescriptionStep form={form} />}
        {step === 'scope' && <ScopeStep form={form} locked={open} />}
        {step === 'schedule' && <ScheduleStep form={form} locked={open} ownerId={project?.owner.id} />}
        {step === 'criteria' && <CriteriaStep form={form} locked={open} />}
        {step === 'documents' && (
          <DocumentsStep form={form} locked={open} published={open ? initial.attachments : []} organisationId={project?.owner.id} onUploadingChange={setUploading} />
        )}
        {step === 'review' && <ReviewStep values={form.values} onEdit={(target) => goTo(target)} publishIssues={open ? undefined : publishIssues(form.values, new Date())} />}
      </Stack>

      <Stack gap="xs">
        <Group justify="space-between" gap="sm">
          {active > 0 ? (
            <Button variant="default" leftSection={<IconArrowLeft size={16} aria-hidden />} onClick={() => moveTo(active - 1)} disabled={busy}>
              {t('wizard.back')}
            </Button>
          ) : (
            <span />
          )}
          <Group gap="sm">
            {(step !== 'review' || !open) && (
              <Button
                variant={step === 'review' ? 'default' : 'light'}
                leftSection={<IconDeviceFloppy size={16} aria-hidden />}
                onClick={() => void save(false)}
                loading={saving === 'draft'}
                disabled={uploading || (busy && saving !== 'draft')}
              >
                {saveLabel}
              </Button>
            )}
            {step !== 'review' ? (
              <Button rightSection={<IconArrowRight size={16} aria-hidden />} onClick={() => moveTo(active + 1)} disabled={busy}>
                {t('wizard.next')}
              </Button>
            ) : open ? (
              <Button leftSection={<IconDeviceFloppy size={16} aria-hidden />} onClick={() => void save(false)} loading={saving === 'draft'} disabled={uploading}>
                {saveLabel}
              </Button>
            ) : (
              <Button
                leftSection={<IconSend size={16} aria-hidden />}
                onClick={() => void save(true)}
                loading={saving === 'publish'}
                disabled={!canPublish || uploading || (busy && saving !== 'publish')}
              >
                {t('wizard.publish')}
              </Button>
            )}
          </Group>
        </Group>
        {step === 'review' && publishDenial && !open && (
          <Text size="sm" c="dimmed" ta="right">
            {publishDenial}
          </Text>
        )}
        {unsaved && (
          <Text size="xs" c="dimmed" ta="right">
            {t('wizard.unsaved')}
          </Text>
        )}
      </Stack>
    </Stack>
  );
}
