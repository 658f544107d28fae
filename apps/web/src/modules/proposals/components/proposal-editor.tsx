import { Alert, Anchor, Button, Grid, Group, List, Loader, Stack, Text, Textarea, TextInput, ThemeIcon, Title, VisuallyHidden } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { IconAlertTriangle, IconCircleCheck, IconCircleDashed, IconClockOff, IconCloudCheck, IconLock, IconSend, IconArrowBackUp } from '@tabler/icons-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatMessage, PROPOSAL_LIMITS, type SubmissionProblem } from '@helix/domain';
import { ProposalAgreementEntry } from '@web/modules/agreements/components/proposal-agreement-entry';
import { useActiveMembership } from '@web/modules/identity/hooks/use-session';
import { LeaveGuard } from '@web/modules/project-editor/components/leave-guard';
import { useHasPassed } from '@web/modules/projects/hooks/use-has-passed';
import {
  PROPOSAL_QUERY,
  SUBMIT_PROPOSAL_MUTATION,
  UPDATE_PROPOSAL_MUTATION,
  WITHDRAW_PROPOSAL_MUTATION,
  type EditableProposal,
} from '@web/modules/proposals/graphql/proposals';
import { EditorSection, errorText } from '@web/shared/forms/editor-section';
import { AttachmentsField } from '@web/shared/files/attachments-field';
import { AttachmentList } from '@web/shared/files/attachment-list';
import { useFormat } from '@web/shared/format/use-format';
import { describeFailure } from '@web/shared/graphql/errors';
import { useLocale } from '@web/shared/i18n/locale';
import { ConfirmModal } from '@web/shared/ui/confirm-modal';
import { notify } from '@web/shared/ui/notify';
import { ConflictPanel } from './conflict-panel';
import {
  changedFields,
  checklistOf,
  CHECKLIST_ORDER,
  draftProblems,
  formPathOf,
  formValuesOf,
  PROBLEM_PATH,
  updateProposalInput,
  type ProposalFormValues,
} from './proposal-form';
import { ProposalStatusBadge, useProposalLabels } from './proposal-labels';
import { PartnerSuggestions } from './partner-suggestions';
import { ApproachField, BudgetFields, BudgetTable, PartnersField, TeamTable } from './proposal-sections';

/** How long the editor waits after the last change before saving the draft. */
export const AUTOSAVE_DELAY_MS = 2000;

const EDITABLE = ['DRAFT', 'SUBMITTED', 'WITHDRAWN'];

type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: Date } | { kind: 'invalid' } | { kind: 'error'; message: string };

function SaveIndicator({ state, pending, onRetry }: { state: SaveState; pending: boolean; onRetry: () => void }) {
  const { t } = useTranslation('proposals');
  const tag = useLocaleTag();
  const time = (at: Date) => at.toLocaleTimeString(tag, { hour: '2-digit', minute: '2-digit' });
  let content;
  if (state.kind === 'saving') content = <Group gap={6}><Loader size="xs" aria-hidden /><Text size="sm">{t('save.saving')}</Text></Group>;
  else if (state.kind === 'error')
    content = (
      <Group gap={6}>
        <IconAlertTriangle size={16} color="var(--mantine-color-red-8)" aria-hidden />
        <Text size="sm" c="red.8">{t('save.failed', { message: state.message })}</Text>
        <Anchor component="button" type="button" size="sm" onClick={onRetry}>{t('save.retry')}</Anchor>
      </Group>
    );
  else if (state.kind === 'invalid')
    content = (
      <Group gap={6}>
        <IconAlertTriangle size={16} color="var(--mantine-color-orange-8)" aria-hidden />
        <Text size="sm" c="orange.9">{t('save.invalid')}</Text>
      </Group>
    );
  else if (pending) content = <Text size="sm" c="dimmed">{t('save.pending')}</Text>;
  else if (state.kind === 'saved')
    content = (
      <Group gap={6}>
        <IconCloudCheck size={16} aria-hidden />
        <Text size="sm">{t('save.savedAt', { time: time(state.at) })}</Text>
      </Group>
    );
  else content = <Text size="sm" c="dimmed">{t('save.upToDate')}</Text>;
  return (
    <div role="status" aria-live="polite" data-testid="save-status">
      {content}
    </div>
  );
}

/** The BCP 47 tag times are written with. */
function useLocaleTag() {
  return useLocale() === 'vi' ? 'vi-VN' : 'en-GB';
}

function Checklist({ problems, unsaved, onGo }: { problems: SubmissionProblem[]; unsaved: boolean; onGo: (problem: SubmissionProblem) => void }) {
  const { t } = useTranslation('proposals');
  return (
    <Stack gap="xs" data-testid="checklist">
      <Title order={2} size="h5">
        {t('checklist.title')}
      </Title>
      {problems.length === 0 && !unsaved ? (
        <Text size="sm" c="teal.9">{t('checklist.ready')}</Text>
      ) : (
        <Text size="sm">{t('checklist.missing')}</Text>
      )}
      <List spacing={4} size="sm" center>
        {CHECKLIST_ORDER.filter((problem) => problem !== 'PARTNER_DECLINED' || problems.includes(problem)).map((problem) => {
          const missing = problems.includes(problem);
          return (
            <List.Item
              key={problem}
              data-missing={missing}
              icon={
                <ThemeIcon size={18} radius="xl" color={missing ? 'gray' : 'teal'} variant={missing ? 'light' : 'filled'}>
                  {missing ? <IconCircleDashed size={12} aria-hidden /> : <IconCircleCheck size={12} aria-hidden />}
                </ThemeIcon>
              }
            >
              {missing ? (
                <Anchor component="button" type="button" size="sm" onClick={() => onGo(problem)}>
                  {t(`checklist.items.${problem}`)}
                </Anchor>
              ) : (
                <Text span size="sm">{t(`checklist.done.${problem}`)}</Text>
              )}
              {missing && <VisuallyHidden> ({t('checklist.todo')})</VisuallyHidden>}
            </List.Item>
          );
        })}
      </List>
      {unsaved && <Text size="sm" c="dimmed">{t('checklist.unsaved')}</Text>}
    </Stack>
  );
}

interface ProposalEditorProps {
  proposal: EditableProposal;
}

/**
 * The lead's editor: every field of the proposal, saved as a draft about two seconds after the last
 * change (with the version it was based on: someone else's save comes back as CONFLICT and both
 * versions are shown side by side). Submission waits for the checklist; after the closing time
 * everything is read-only.
 */
export function ProposalEditor({ proposal: loaded }: ProposalEditorProps) {
  const { t } = useTranslation('proposals');
  const { t: tCommon } = useTranslation();
  const labels = useProposalLabels();
  const format = useFormat();
  const locale = useLocale();
  const client = useApolloClient();
  const membership = useActiveMembership();
  const [current, setCurrent] = useState(loaded);
  const form = useForm<ProposalFormValues>({ initialValues: formValuesOf(loaded) });
  const savedRef = useRef(form.getValues());
  const [saved, setSaved] = useState(savedRef.current);
  const versionRef = useRef(loaded.version);
  const inFlight = useRef(false);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  const [conflict, setConflict] = useState<{ theirs: ProposalFormValues; proposal: EditableProposal }>();
  const [confirming, setConfirming] = useState<'submit' | 'withdraw'>();
  const [acting, setActing] = useState(false);
  const [actionError, setActionError] = useState<string>();
  const [uploading, setUploading] = useState(false);
  const [updateProposal] = useMutation(UPDATE_PROPOSAL_MUTATION);
  const [submitProposal] = useMutation(SUBMIT_PROPOSAL_MUTATION);
  const [withdrawProposal] = useMutation(WITHDRAW_PROPOSAL_MUTATION);

  const project = current.project;
  const closedByClock = useHasPassed(project?.closesAt);
  const closed = closedByClock || (project !== null && project !== undefined && project.status !== 'OPEN');
  const isLead = current.viewerRole === 'LEAD';
  const viewer = membership?.role === 'VIEWER';
  const readOnly = closed || !isLead || viewer || !EDITABLE.includes(current.status);

  const values = form.values;
  const pending = changedFields(saved, values).length > 0;
  const problems = checklistOf(values);
  const unsavedRef = useRef(false);
  unsavedRef.current = !readOnly && (pending || saveState.kind === 'saving');

  const adopt = useCallback(
    (answer: EditableProposal, sentValues: ProposalFormValues) => {
      versionRef.current = answer.version;
      const server = formValuesOf(answer);
      // Partners' answers come from the server; what was typed since the request was sent stays.
      const statusOf = new Map(server.partners.map((partner) => [partner.id, partner.status]));
      const withStatus = (list: ProposalFormValues['partners']) => list.map((partner) => ({ ...partner, status: statusOf.get(partner.id) ?? partner.status }));
      savedRef.current = { ...sentValues, partners: withStatus(sentValues.partners) };
      setSaved(savedRef.current);
      form.setFieldValue('partners', withStatus(form.getValues().partners));
      setCurrent(answer);
    },
    [form],
  );

  const loadConflict = useCallback(async () => {
    const { data } = await client.query({ query: PROPOSAL_QUERY, variables: { id: loaded.id }, fetchPolicy: 'network-only' });
    if (data) setConflict({ theirs: formValuesOf(data.proposal), proposal: data.proposal });
  }, [client, loaded.id]);

  const save = useCallback(async () => {
    if (inFlight.current || readOnly) return;
    const sent = form.getValues();
    const found = draftProblems(sent);
    if (found.length) {
      form.setErrors(Object.fromEntries(found.map((problem) => [problem.path, formatMessage(problem.key, locale, problem.params)])));
      setSaveState({ kind: 'invalid' });
      return;
    }
    form.clearErrors();
    const input = updateProposalInput(savedRef.current, sent);
    if (!Object.keys(input).length) return;
    inFlight.current = true;
    setSaveState({ kind: 'saving' });
    try {
      const { data } = await updateProposal({ variables: { id: loaded.id, input, expectedVersion: versionRef.current } });
      if (data) {
        adopt(data.updateProposal, sent);
        setSaveState({ kind: 'saved', at: new Date() });
      }
    } catch (error) {
      const failure = describeFailure(error, tCommon('states.networkError'));
      if (failure.code === 'CONFLICT') {
        setSaveState({ kind: 'idle' });
        await loadConflict().catch(() => setSaveState({ kind: 'error', message: failure.message }));
      } else {
        const path = failure.field ? formPathOf(failure.field) : undefined;
        if (failure.code === 'BAD_USER_INPUT' && path) form.setFieldError(path, failure.message);
        setSaveState({ kind: 'error', message: failure.message });
      }
    } finally {
      inFlight.current = false;
    }
  }, [readOnly, form, locale, updateProposal, loaded.id, adopt, tCommon, loadConflict]);

  // Autosave: a pause of two seconds after the last change (not while a conflict waits for a choice).
  // The timer restarts with each change only (the form's helpers are new objects on every render).
  const saveRef = useRef(save);
  saveRef.current = save;
  const valuesKey = JSON.stringify(values);
  useEffect(() => {
    if (readOnly || conflict || uploading || !pending) return;
    const timer = setTimeout(() => void saveRef.current(), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [valuesKey, readOnly, conflict, uploading, pending]);

  const resolve = (merged: ProposalFormValues) => {
    if (!conflict) return;
    const theirs = conflict.theirs;
    const statusOf = new Map(theirs.partners.map((partner) => [partner.id, partner.status]));
    versionRef.current = conflict.proposal.version;
    savedRef.current = theirs;
    setSaved(theirs);
    setCurrent(conflict.proposal);
    form.setValues({ ...merged, partners: merged.partners.map((partner) => ({ ...partner, status: statusOf.get(partner.id) ?? 'PENDING' })) });
    setConflict(undefined);
    setSaveState({ kind: 'idle' });
  };

  const goTo = (problem: SubmissionProblem) => {
    const path = PROBLEM_PATH[problem];
    const node = form.getInputNode(path) ?? document.getElementById(`proposal-${path}`);
    if (node instanceof HTMLElement) {
      node.scrollIntoView?.({ block: 'center' });
      node.focus();
    }
  };

  const act = async () => {
    const action = confirming;
    if (!action) return;
    setActing(true);
    setActionError(undefined);
    try {
      if (action === 'submit') {
        const { data } = await submitProposal({ variables: { id: loaded.id } });
        if (data) {
          adopt(data.submitProposal, savedRef.current);
          notify({ color: 'teal', title: t('submit.doneTitle'), message: t('submit.done', { project: data.submitProposal.project?.title ?? '' }) });
        }
      } else {
        const { data } = await withdrawProposal({ variables: { id: loaded.id } });
        if (data) {
          adopt(data.withdrawProposal, savedRef.current);
          notify({ color: 'orange', message: t('withdraw.done') });
        }
      }
    } catch (error) {
      setActionError(describeFailure(error, tCommon('states.networkError')).message);
    } finally {
      setActing(false);
      setConfirming(undefined);
    }
  };

  const submittable = !readOnly && problems.length === 0 && !pending && saveState.kind !== 'saving' && !conflict && !uploading;
  const readOnlyReason = closed
    ? t('readOnly.closed', { time: project?.closesAt ? format.dateTime(project.closesAt) : '' })
    : !isLead
      ? t('readOnly.partner')
      : viewer
        ? t('readOnly.viewer')
        : !EDITABLE.includes(current.status)
          ? t('readOnly.status', { status: labels.status(current.status) })
          : undefined;

  return (
    <Stack gap="lg">
      <LeaveGuard shouldBlock={() => unsavedRef.current} />
      <Stack gap={4}>
        <Group gap="sm">
          <Title order={1}>{current.title || t('editor.untitled')}</Title>
          <ProposalStatusBadge status={current.status} />
        </Group>
        {project && (
          <Text c="dimmed">
            {t('editor.forProject')}{' '}
            <Anchor component={Link} to={`/projects/${project.id}`} underline="always">
              {project.title}
            </Anchor>
            {project.owner ? ` · ${project.owner.name}` : ''}
          </Text>
        )}
        {project?.closesAt && (
          <Text size="sm" c="dimmed">
            {t('editor.closesAt')} <time dateTime={project.closesAt}>{format.dateTime(project.closesAt)}</time>
          </Text>
        )}
      </Stack>

      {readOnlyReason && (
        <Alert color={closed ? 'gray' : 'blue'} variant="light" icon={closed ? <IconClockOff aria-hidden /> : <IconLock aria-hidden />} title={t('readOnly.title')} data-testid="read-only">
          {readOnlyReason}
        </Alert>
      )}
      {current.decision && (
        <Alert color={current.decision === 'ACCEPTED' ? 'teal' : current.decision === 'REJECTED' ? 'red' : 'blue'} variant="light" title={t('decision.title', { decision: labels.decision(current.decision) })}>
          {current.feedback ? <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{current.feedback}</Text> : <Text size="sm">{t('decision.noFeedback')}</Text>}
        </Alert>
      )}
      {current.agreement && <ProposalAgreementEntry proposalId={current.id} agreement={current.agreement} canCreate={false} />}
      {conflict && <ConflictPanel mine={form.getValues()} theirs={conflict.theirs} onResolve={resolve} />}

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="md">
            <EditorSection title={t('editor.summarySection')}>
              <TextInput label={t('editor.title')} withAsterisk={!readOnly} readOnly={readOnly} maxLength={PROPOSAL_LIMITS.titleMax + 50} {...form.getInputProps('title')} />
              <Textarea
                label={t('editor.abstract')}
                description={t('editor.abstractHint', { max: PROPOSAL_LIMITS.abstractMax })}
                autosize
                minRows={3}
                readOnly={readOnly}
                {...form.getInputProps('abstract')}
              />
            </EditorSection>
            <EditorSection title={t('editor.approachSection')}>
              <ApproachField form={form} readOnly={readOnly} />
            </EditorSection>
            <EditorSection title={t('editor.budgetSection')}>
              <BudgetFields form={form} readOnly={readOnly} />
              <BudgetTable form={form} readOnly={readOnly} />
            </EditorSection>
            <EditorSection title={t('editor.teamSection')}>
              <TeamTable form={form} readOnly={readOnly} />
            </EditorSection>
            <EditorSection title={t('editor.partnersSection')} id="proposal-partners">
              <PartnersField form={form} readOnly={readOnly} excludedIds={[current.lead?.id ?? '', project?.owner.id ?? ''].filter(Boolean)} />
              {!readOnly && <PartnerSuggestions proposalId={current.id} form={form} />}
            </EditorSection>
            <EditorSection title={t('editor.attachmentsSection')}>
              {readOnly ? (
                <AttachmentList files={values.attachments} emptyText={t('editor.noAttachments')} />
              ) : (
                <AttachmentsField
                  value={values.attachments}
                  onChange={(files) => form.setFieldValue('attachments', files)}
                  maxFiles={20}
                  organisationId={current.lead?.id}
                  error={errorText(form, 'attachments')}
                  onUploadingChange={setUploading}
                />
              )}
            </EditorSection>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="md" style={{ position: 'sticky', top: 'var(--mantine-spacing-md)' }}>
            {!readOnly && <SaveIndicator state={saveState} pending={pending} onRetry={() => void save()} />}
            {current.submittedAt && (
              <Text size="sm">
                {t('editor.submittedAt')} <time dateTime={current.submittedAt}>{format.dateTime(current.submittedAt)}</time>
                {current.submissionCount > 1 ? ` · ${t('editor.submissionCount', { count: current.submissionCount })}` : ''}
              </Text>
            )}
            {!readOnly && <Checklist problems={problems} unsaved={pending} onGo={goTo} />}
            {current.submissions.length > 0 && (
              <Stack gap={4} data-testid="submissions">
                <Title order={2} size="h5">
                  {t('editor.submissions')}
                </Title>
                <List size="sm" spacing={4}>
                  {[...current.submissions].reverse().map((submission) => (
                    <List.Item key={submission.number}>
                      {t('editor.submission', { number: submission.number })} · <time dateTime={submission.submittedAt}>{format.dateTime(submission.submittedAt)}</time>
                      <Text size="xs" c="dimmed" ff="monospace" title={submission.contentHash} style={{ overflowWrap: 'anywhere' }}>
                        SHA-256 {submission.contentHash.slice(0, 16)}…
                      </Text>
                    </List.Item>
                  ))}
                </List>
              </Stack>
            )}
            {actionError && (
              <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={t('submit.failedTitle')}>
                {actionError}
              </Alert>
            )}
            {!readOnly && (
              <Button leftSection={<IconSend size={16} aria-hidden />} disabled={!submittable} onClick={() => setConfirming('submit')}>
                {current.status === 'SUBMITTED' ? t('submit.resubmit') : t('submit.button')}
              </Button>
            )}
            {!readOnly && current.status === 'SUBMITTED' && (
              <Button variant="default" color="red" leftSection={<IconArrowBackUp size={16} aria-hidden />} onClick={() => setConfirming('withdraw')}>
                {t('withdraw.button')}
              </Button>
            )}
          </Stack>
        </Grid.Col>
      </Grid>
      <ConfirmModal
        opened={confirming === 'submit'}
        title={t('submit.confirmTitle')}
        confirmLabel={t('submit.confirm')}
        loading={acting}
        onConfirm={() => void act()}
        onCancel={() => setConfirming(undefined)}
      >
        {t('submit.confirmText', { time: project?.closesAt ? format.dateTime(project.closesAt) : '' })}
      </ConfirmModal>
      <ConfirmModal
        opened={confirming === 'withdraw'}
        title={t('withdraw.confirmTitle')}
        confirmLabel={t('withdraw.confirm')}
        danger
        loading={acting}
        onConfirm={() => void act()}
        onCancel={() => setConfirming(undefined)}
      >
        {t('withdraw.confirmText')}
      </ConfirmModal>
    </Stack>
  );
}
