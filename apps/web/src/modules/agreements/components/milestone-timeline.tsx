import { useMutation } from '@apollo/client/react';
import { Box, Button, Group, List, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconCheck, IconSend, IconUpload, IconX } from '@tabler/icons-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AGREEMENT_LIMITS } from '@helix/domain';
import { useSession } from '@web/modules/identity/hooks/use-session';
import { formatMoney } from '@web/modules/project-editor/components/money';
import {
  AGREEMENT_QUERY,
  REVIEW_MILESTONE_MUTATION,
  SUBMIT_MILESTONE_MUTATION,
  type AgreementMilestoneView,
  type AgreementView,
} from '@web/modules/agreements/graphql/agreements';
import { AttachmentList } from '@web/shared/files/attachment-list';
import { AttachmentsField } from '@web/shared/files/attachments-field';
import type { UploadedFile } from '@web/shared/files/upload-file';
import { FailureAlert } from '@web/shared/forms/failure';
import { useFormat } from '@web/shared/format/use-format';
import { useTextField } from '@web/shared/forms/use-text-field';
import { describeFailure, type Failure } from '@web/shared/graphql/errors';
import { useLocale } from '@web/shared/i18n/locale';
import { ConfirmModal } from '@web/shared/ui/confirm-modal';
import { notify } from '@web/shared/ui/notify';
import { MilestoneStatusBadge, OverdueBadge, shortNameOf, useAgreementLabels } from './agreement-labels';

/** After milestone work the agreement itself may have moved on (the last acceptance completes it). */
const refetchAgreement = (agreementId: string) => [{ query: AGREEMENT_QUERY, variables: { id: agreementId } }];

/** The responsible party's form: what is delivered (required) and its files, uploaded for that party. */
function SubmitDeliverable({ milestone, agreementId }: { milestone: AgreementMilestoneView; agreementId: string }) {
  const { t } = useTranslation(['agreements', 'common']);
  const formId = useId();
  const [open, setOpen] = useState(false);
  const note = useTextField(AGREEMENT_LIMITS.noteMax);
  const [files, setFiles] = useState<UploadedFile[]>([]);
  const [filesError, setFilesError] = useState<string>();
  const [uploading, setUploading] = useState(false);
  const [failure, setFailure] = useState<Failure>();
  const [submit, { loading }] = useMutation(SUBMIT_MILESTONE_MUTATION, { refetchQueries: refetchAgreement(agreementId) });

  const close = () => {
    setOpen(false);
    note.reset();
    setFiles([]);
    setFilesError(undefined);
    setFailure(undefined);
  };

  const send = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(undefined);
    const text = note.checked(t('milestones.noteRequired'));
    if (text === undefined) return;
    try {
      await submit({ variables: { id: milestone.id, input: { note: text, attachmentIds: files.map((file) => file.id) } } });
      notify({ color: 'teal', message: t('milestones.submitted', { title: milestone.title }) });
      close();
    } catch (error) {
      const reported = describeFailure(error, t('common:states.networkError'));
      if (reported.code === 'BAD_USER_INPUT' && reported.field === 'note') note.setError(reported.message);
      else if (reported.code === 'BAD_USER_INPUT' && reported.field === 'attachmentIds') setFilesError(reported.message);
      else setFailure(reported);
    }
  };

  return (
    <Stack gap="sm">
      <Button
        variant={open ? 'default' : 'filled'}
        leftSection={<IconUpload size={16} aria-hidden />}
        aria-expanded={open}
        aria-controls={open ? formId : undefined}
        onClick={() => (open ? close() : setOpen(true))}
        style={{ alignSelf: 'flex-start' }}
      >
        {t('milestones.submit')}
      </Button>
      {open && (
        <Box component="form" id={formId} onSubmit={(event) => void send(event)} noValidate aria-label={t('milestones.submitFormLabel', { title: milestone.title })}>
          <Stack gap="sm">
            <Textarea
              label={t('milestones.note')}
              description={t('milestones.noteHint')}
              required
              autosize
              minRows={3}
              maxLength={AGREEMENT_LIMITS.noteMax + 100}
              {...note.inputProps}
              data-autofocus
            />
            <AttachmentsField
              label={t('milestones.files')}
              value={files}
              onChange={(next) => {
                setFiles(next);
                setFilesError(undefined);
              }}
              organisationId={milestone.responsible?.id}
              error={filesError}
              onUploadingChange={setUploading}
            />
            <FailureAlert failure={failure} title={t('milestones.submitFailed')} />
            <Group gap="sm">
              <Button type="submit" leftSection={<IconSend size={16} aria-hidden />} loading={loading} disabled={uploading}>
                {t('milestones.send')}
              </Button>
              <Button variant="default" onClick={close} disabled={loading}>
                {t('common:actions.cancel')}
              </Button>
            </Group>
          </Stack>
        </Box>
      )}
    </Stack>
  );
}

/** Another party accepts (a comment optional) or rejects (a reason required) a submitted deliverable. */
function ReviewDeliverable({ milestone, agreementId, reviewerName }: { milestone: AgreementMilestoneView; agreementId: string; reviewerName: string }) {
  const { t } = useTranslation(['agreements', 'common']);
  const hintId = useId();
  const [dialog, setDialog] = useState<'accept' | 'reject'>();
  const reason = useTextField(AGREEMENT_LIMITS.reasonMax);
  const [failure, setFailure] = useState<Failure>();
  const [review, { loading }] = useMutation(REVIEW_MILESTONE_MUTATION, { refetchQueries: refetchAgreement(agreementId) });

  const openDialog = (next: 'accept' | 'reject') => {
    reason.reset();
    setFailure(undefined);
    setDialog(next);
  };

  const confirm = async () => {
    const accept = dialog === 'accept';
    const text = reason.checked(accept ? undefined : t('milestones.reasonRequired'));
    if (text === undefined) return;
    setFailure(undefined);
    try {
      await review({ variables: { id: milestone.id, accept, reason: text || null } });
      notify({ color: accept ? 'teal' : 'orange', message: t(accept ? 'milestones.accepted' : 'milestones.rejected', { title: milestone.title }) });
      setDialog(undefined);
    } catch (error) {
      const reported = describeFailure(error, t('common:states.networkError'));
      if (reported.code === 'BAD_USER_INPUT' && reported.field === 'reason') reason.setError(reported.message);
      else setFailure(reported);
    }
  };

  return (
    <Stack gap={4}>
      <Text size="sm" id={hintId}>
        {t('milestones.reviewHint', { organisation: reviewerName })}
      </Text>
      <Group gap="sm">
        <Button leftSection={<IconCheck size={16} aria-hidden />} aria-describedby={hintId} onClick={() => openDialog('accept')}>
          {t('milestones.accept')}
        </Button>
        <Button variant="light" color="red" leftSection={<IconX size={16} aria-hidden />} aria-describedby={hintId} onClick={() => openDialog('reject')}>
          {t('milestones.reject')}
        </Button>
      </Group>
      <ConfirmModal
        opened={dialog !== undefined}
        title={t(dialog === 'reject' ? 'milestones.rejectTitle' : 'milestones.acceptTitle', { title: milestone.title })}
        confirmLabel={t(dialog === 'reject' ? 'milestones.rejectConfirm' : 'milestones.acceptConfirm')}
        danger={dialog === 'reject'}
        loading={loading}
        onConfirm={() => void confirm()}
        onCancel={() => setDialog(undefined)}
      >
        <Stack gap="sm">
          <Text size="sm">{t(dialog === 'reject' ? 'milestones.rejectText' : 'milestones.acceptText')}</Text>
          <Textarea
            label={dialog === 'reject' ? t('milestones.reason') : t('milestones.comment')}
            required={dialog === 'reject'}
            autosize
            minRows={3}
            maxLength={AGREEMENT_LIMITS.reasonMax + 100}
            {...reason.inputProps}
          />
          <FailureAlert failure={failure} title={t('milestones.reviewFailed')} />
        </Stack>
      </ConfirmModal>
    </Stack>
  );
}

/** Submissions and reviews of a milestone, oldest first: who, for which organisation, when, what they said, which files. */
function MilestoneHistory({ milestone }: { milestone: AgreementMilestoneView }) {
  const { t } = useTranslation('agreements');
  const labels = useAgreementLabels();
  const format = useFormat();
  const headingId = useId();
  if (!milestone.events.length) return null;
  return (
    <Stack gap={4}>
      <Title order={4} size="h6" id={headingId}>
        {t('milestones.history')}
      </Title>
      <List spacing="xs" size="sm" listStyleType="none" p={0} data-testid="milestone-events" aria-labelledby={headingId}>
        {milestone.events.map((event) => (
          <List.Item key={event.id}>
            <Text size="sm" fw={600}>
              {labels.eventAction(event.action)} · {t('milestones.eventBy', { name: event.actorName, organisation: shortNameOf(event.organisation) })} ·{' '}
              <time dateTime={event.createdAt}>{format.dateTime(event.createdAt)}</time>
            </Text>
            {event.note && (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {event.note}
              </Text>
            )}
            {event.attachments.length > 0 && (
              <Box mt={4}>
                <AttachmentList files={event.attachments} />
              </Box>
            )}
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}

interface MilestoneItemProps {
  milestone: AgreementMilestoneView;
  position: number;
  agreementId: string;
  totalValue: AgreementView['totalValue'];
}

function MilestoneItem({ milestone, position, agreementId, totalValue }: MilestoneItemProps) {
  const { t } = useTranslation('agreements');
  const format = useFormat();
  const locale = useLocale();
  const headingId = useId();
  const { user } = useSession();
  // What the user may do is the API's answer (the same rules its writes apply).
  const can = milestone.viewerCan;
  const reviewer = user?.memberships.find((entry) => entry.organisation.id === can.reviewingOrganisationId)?.organisation;
  const payment = totalValue.amount > 0 && milestone.paymentShare > 0 ? Math.round((totalValue.amount * milestone.paymentShare) / 100) : 0;
  const overdue = milestone.overdue;
  return (
    <Box component="li" style={{ listStyle: 'none' }}>
      <Paper
        withBorder
        p="md"
        component="article"
        aria-labelledby={headingId}
        data-testid="milestone"
        data-overdue={overdue}
        style={overdue ? { borderColor: 'var(--mantine-color-red-9)', borderInlineStartWidth: 4 } : undefined}
      >
        <Stack gap="sm">
          <Group justify="space-between" align="flex-start" gap="xs">
            <Title order={3} size="h4" id={headingId} style={{ overflowWrap: 'anywhere' }}>
              {t('milestones.itemTitle', { position, title: milestone.title })}
            </Title>
            <Group gap={6}>
              <MilestoneStatusBadge status={milestone.status} />
              {overdue && <OverdueBadge />}
            </Group>
          </Group>
          <Stack component="dl" gap={4} m={0}>
            <Group gap={6} wrap="wrap">
              <Text component="dt" size="sm" c="dimmed">
                {t('milestones.due')}
              </Text>
              <Text component="dd" m={0} size="sm" fw={overdue ? 700 : 500} c={overdue ? 'red.9' : undefined} data-testid="milestone-due">
                <time dateTime={milestone.dueDate}>{format.day(milestone.dueDate)}</time>
                {overdue && ` — ${t('milestones.overdueText')}`}
              </Text>
            </Group>
            <Group gap={6} wrap="wrap">
              <Text component="dt" size="sm" c="dimmed">
                {t('milestones.responsible')}
              </Text>
              <Text component="dd" m={0} size="sm" fw={500}>
                {milestone.responsible?.name ?? t('signatures.unknownOrganisation')}
              </Text>
            </Group>
            <Group gap={6} wrap="wrap">
              <Text component="dt" size="sm" c="dimmed">
                {t('milestones.paymentShare')}
              </Text>
              <Text component="dd" m={0} size="sm" fw={500}>
                {payment > 0
                  ? t('milestones.shareWithAmount', { share: milestone.paymentShare, amount: formatMoney(payment, totalValue.currency, locale) })
                  : t('milestones.share', { share: milestone.paymentShare })}
              </Text>
            </Group>
          </Stack>
          {milestone.deliverable && (
            <Stack gap={2}>
              <Text size="sm" c="dimmed">
                {t('milestones.deliverable')}
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {milestone.deliverable}
              </Text>
            </Stack>
          )}
          <MilestoneHistory milestone={milestone} />
          {can.submit && <SubmitDeliverable milestone={milestone} agreementId={agreementId} />}
          {can.review && <ReviewDeliverable milestone={milestone} agreementId={agreementId} reviewerName={reviewer?.name ?? ''} />}
        </Stack>
      </Paper>
    </Box>
  );
}

/**
 * The milestones in force, by due date as the agreement lists them: status, overdue (a red badge
 * and the word, not colour alone), responsible party, payment share, deliverable and history. The
 * responsible party submits its deliverable; another party accepts it or rejects it with a reason.
 */
export function MilestoneTimeline({ agreement }: { agreement: AgreementView }) {
  const { t } = useTranslation('agreements');
  const headingId = useId();
  const { milestones } = agreement;
  const accepted = milestones.filter((milestone) => milestone.status === 'ACCEPTED').length;
  const overdue = milestones.filter((milestone) => milestone.overdue).length;
  return (
    <Stack gap="md" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" align="center" gap="xs">
        <Title order={2} size="h3" id={headingId}>
          {t('milestones.heading')}
        </Title>
        {milestones.length > 0 && (
          <Group gap="xs">
            <Text size="sm" data-testid="milestone-summary">
              {t('milestones.summary', { count: milestones.length, accepted })}
            </Text>
            {overdue > 0 && <OverdueBadge label={t('milestones.overdueCount', { count: overdue })} />}
          </Group>
        )}
      </Group>
      {agreement.status !== 'ACTIVE' && agreement.status !== 'COMPLETED' && agreement.status !== 'TERMINATED' && milestones.length > 0 && (
        <Text size="sm" c="dimmed">
          {t('milestones.notInForce')}
        </Text>
      )}
      {milestones.length === 0 ? (
        <Text c="dimmed">{t('milestones.none')}</Text>
      ) : (
        <Stack component="ol" gap="md" p={0} m={0} style={{ borderInlineStart: '2px solid var(--mantine-color-gray-3)', paddingInlineStart: 'var(--mantine-spacing-md)' }}>
          {milestones.map((milestone, index) => (
            <MilestoneItem
              key={milestone.id}
              milestone={milestone}
              position={index + 1}
              agreementId={agreement.id}
              totalValue={agreement.totalValue}
            />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
