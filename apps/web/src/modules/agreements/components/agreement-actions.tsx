import { useMutation } from '@apollo/client/react';
import { Button, Group, List, Paper, Stack, Text, Textarea, ThemeIcon, Title } from '@mantine/core';
import { IconArrowBackUp, IconBan, IconCircleDashed, IconFilePencil, IconMessages, IconPencil, IconPrinter, IconSignature, IconX } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AGREEMENT_LIMITS, signatureProblems, type AgreementContent, type AgreementProblem } from '@helix/domain';
import {
  CANCEL_AGREEMENT_MUTATION,
  OPEN_NEGOTIATION_MUTATION,
  REQUEST_SIGNATURES_MUTATION,
  TERMINATE_AGREEMENT_MUTATION,
  WITHDRAW_AMENDMENT_MUTATION,
  type AgreementView,
} from '@web/modules/agreements/graphql/agreements';
import { forgetAgreementLists } from '@web/modules/agreements/hooks/forget-agreement-lists';
import { FailureAlert } from '@web/shared/forms/failure';
import { useTextField } from '@web/shared/forms/use-text-field';
import { describeFailure, type Failure } from '@web/shared/graphql/errors';
import { ConfirmModal } from '@web/shared/ui/confirm-modal';
import { notify } from '@web/shared/ui/notify';
import { milestoneFieldsOf } from './agreement-form';
import { HashText } from './hash-text';

export const agreementPath = (id: string) => `/agreements/${id}`;
export const agreementEditPath = (id: string) => `/agreements/${id}/edit`;
export const agreementPrintPath = (id: string) => `/agreements/${id}/print`;

/** The current version as the domain's rules read it (what `requestSignatures` checks). */
export function contentOf(agreement: AgreementView): AgreementContent {
  const version = agreement.currentVersion;
  return {
    title: version.title,
    purpose: version.purpose,
    terms: version.terms,
    currency: version.totalValue.currency,
    startsOn: version.startsOn ?? null,
    endsOn: version.endsOn ?? null,
    timeZone: version.timeZone,
    disclosed: version.disclosed,
    parties: version.parties.map((party) => ({
      organisationId: party.organisation?.id ?? '',
      role: party.role,
      moneyContribution: party.contribution.money.amount,
      inKindContribution: party.contribution.inKind ?? null,
    })),
    milestones: version.milestones.map(milestoneFieldsOf),
    attachmentIds: version.attachments.map((file) => file.id),
  };
}

/** What the current version still lacks before signatures can be requested (the server checks again). */
function SignatureChecklist({ problems }: { problems: readonly AgreementProblem[] }) {
  const { t } = useTranslation('agreements');
  if (!problems.length) {
    return (
      <Text size="sm" c="teal.9" data-testid="signature-checklist">
        {t('checklist.ready')}
      </Text>
    );
  }
  return (
    <Stack gap={4} data-testid="signature-checklist">
      <Text size="sm">{t('checklist.missing')}</Text>
      <List size="sm" spacing={2} center>
        {problems.map((problem) => (
          <List.Item
            key={problem}
            icon={
              <ThemeIcon size={18} radius="xl" color="gray" variant="light">
                <IconCircleDashed size={12} aria-hidden />
              </ThemeIcon>
            }
          >
            {t(`checklist.items.${problem}`)}
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}

type Dialog = 'open' | 'request' | 'withdraw' | 'cancel' | 'terminate';

/**
 * What the reader may do with the agreement now, from `viewerCan` (the API applies the same
 * rules): edit or propose an amendment, and for the managing organisation's owners and admins
 * open negotiation, request signatures, withdraw an amendment, cancel or terminate (with a reason).
 */
export function AgreementActions({ agreement }: { agreement: AgreementView }) {
  const { t } = useTranslation(['agreements', 'common']);
  const headingId = useId();
  const [dialog, setDialog] = useState<Dialog>();
  const [failure, setFailure] = useState<Failure>();
  const reason = useTextField(AGREEMENT_LIMITS.reasonMax);
  const options = { update: forgetAgreementLists };
  const [openNegotiation, opening] = useMutation(OPEN_NEGOTIATION_MUTATION, options);
  const [requestSignatures, requesting] = useMutation(REQUEST_SIGNATURES_MUTATION, options);
  const [withdrawAmendment, withdrawing] = useMutation(WITHDRAW_AMENDMENT_MUTATION, options);
  const [cancelAgreement, cancelling] = useMutation(CANCEL_AGREEMENT_MUTATION, options);
  const [terminateAgreement, terminating] = useMutation(TERMINATE_AGREEMENT_MUTATION, options);

  const { status, viewerCan, amendmentPending } = agreement;
  const manage = viewerCan.manage;
  const can = {
    edit: viewerCan.edit,
    amend: viewerCan.amend && status === 'ACTIVE' && !amendmentPending,
    open: manage && status === 'DRAFT',
    request: manage && status === 'NEGOTIATION',
    withdraw: manage && status === 'ACTIVE' && amendmentPending,
    cancel: manage && (status === 'DRAFT' || status === 'NEGOTIATION' || status === 'PENDING_SIGNATURES'),
    terminate: manage && status === 'ACTIVE',
  };
  const problems = can.request ? signatureProblems(contentOf(agreement)) : [];
  const id = agreement.id;

  const show = (next: Dialog) => {
    setFailure(undefined);
    reason.reset();
    setDialog(next);
  };
  const close = () => setDialog(undefined);

  /** Runs a transition; a refusal closes the dialog and stays on the page (the reason may be long: what is missing). */
  const run = async (action: () => Promise<unknown>, done: string, keepOpenOnFailure = false) => {
    setFailure(undefined);
    try {
      await action();
      close();
      notify({ color: 'teal', message: done });
    } catch (error) {
      const reported = describeFailure(error, t('common:states.networkError'));
      if (keepOpenOnFailure && reported.code === 'BAD_USER_INPUT' && reported.field === 'reason') {
        reason.setError(reported.message);
        return;
      }
      if (!keepOpenOnFailure) close();
      setFailure(reported);
    }
  };

  const withReason = (action: (text: string) => Promise<unknown>, done: string) => {
    const text = reason.checked(t('actions.reasonRequired'));
    if (text !== undefined) void run(() => action(text), done, true);
  };

  const busy = opening.loading || requesting.loading || withdrawing.loading || cancelling.loading || terminating.loading;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId} data-testid="agreement-actions">
      <Stack gap="sm">
        <Title order={2} size="h4" id={headingId}>
          {t('actions.heading')}
        </Title>
        <Group gap="xs">
          {can.edit && (
            <Button component={Link} to={agreementEditPath(id)} variant="default" leftSection={<IconPencil size={16} aria-hidden />}>
              {amendmentPending ? t('actions.editAmendment') : t('actions.edit')}
            </Button>
          )}
          {can.open && (
            <Button leftSection={<IconMessages size={16} aria-hidden />} onClick={() => show('open')}>
              {t('actions.openNegotiation')}
            </Button>
          )}
          {can.request && (
            <Button leftSection={<IconSignature size={16} aria-hidden />} onClick={() => show('request')}>
              {t('actions.requestSignatures')}
            </Button>
          )}
          {can.amend && (
            <Button component={Link} to={agreementEditPath(id)} variant="default" leftSection={<IconFilePencil size={16} aria-hidden />}>
              {t('actions.amend')}
            </Button>
          )}
          {can.withdraw && (
            <Button variant="default" color="orange" leftSection={<IconArrowBackUp size={16} aria-hidden />} onClick={() => show('withdraw')}>
              {t('actions.withdrawAmendment')}
            </Button>
          )}
          {can.cancel && (
            <Button variant="light" color="red" leftSection={<IconX size={16} aria-hidden />} onClick={() => show('cancel')}>
              {t('actions.cancel')}
            </Button>
          )}
          {can.terminate && (
            <Button variant="light" color="red" leftSection={<IconBan size={16} aria-hidden />} onClick={() => show('terminate')}>
              {t('actions.terminate')}
            </Button>
          )}
          <Button component={Link} to={agreementPrintPath(id)} variant="subtle" leftSection={<IconPrinter size={16} aria-hidden />}>
            {t('actions.print')}
          </Button>
        </Group>
        {can.request && <SignatureChecklist problems={problems} />}
        {dialog === undefined && <FailureAlert failure={failure} title={t('actions.refused')} />}
      </Stack>

      <ConfirmModal
        opened={dialog === 'open'}
        title={t('actions.openTitle')}
        confirmLabel={t('actions.openConfirm')}
        loading={opening.loading}
        onConfirm={() => void run(() => openNegotiation({ variables: { id } }), t('actions.opened'))}
        onCancel={close}
      >
        {t('actions.openText')}
      </ConfirmModal>
      <ConfirmModal
        opened={dialog === 'request'}
        title={t('actions.requestTitle')}
        confirmLabel={t('actions.requestConfirm')}
        loading={requesting.loading}
        onConfirm={() => void run(() => requestSignatures({ variables: { id } }), t('actions.requested'))}
        onCancel={close}
      >
        <Stack gap="sm">
          <Text size="sm">{t('actions.requestText', { number: agreement.currentVersion.number })}</Text>
          <HashText hash={agreement.currentVersion.hash} />
        </Stack>
      </ConfirmModal>
      <ConfirmModal
        opened={dialog === 'withdraw'}
        title={t('actions.withdrawTitle')}
        confirmLabel={t('actions.withdrawConfirm')}
        danger
        loading={withdrawing.loading}
        onConfirm={() => void run(() => withdrawAmendment({ variables: { id } }), t('actions.withdrawn'))}
        onCancel={close}
      >
        {t('actions.withdrawText', { number: agreement.signedVersion?.number ?? '' })}
      </ConfirmModal>
      <ConfirmModal
        opened={dialog === 'cancel' || dialog === 'terminate'}
        title={dialog === 'terminate' ? t('actions.terminateTitle') : t('actions.cancelTitle')}
        confirmLabel={dialog === 'terminate' ? t('actions.terminateConfirm') : t('actions.cancelConfirm')}
        danger
        loading={busy}
        onConfirm={() =>
          dialog === 'terminate'
            ? withReason((text) => terminateAgreement({ variables: { id, reason: text } }), t('actions.terminated'))
            : withReason((text) => cancelAgreement({ variables: { id, reason: text } }), t('actions.cancelled'))
        }
        onCancel={close}
      >
        <Stack gap="sm">
          <Text size="sm">{dialog === 'terminate' ? t('actions.terminateText') : t('actions.cancelText')}</Text>
          <Textarea
            label={t('actions.reason')}
            description={t('actions.reasonHint')}
            required
            autosize
            minRows={3}
            maxLength={AGREEMENT_LIMITS.reasonMax + 100}
            {...reason.inputProps}
          />
          {dialog !== undefined && <FailureAlert failure={failure} title={t('actions.refused')} />}
        </Stack>
      </ConfirmModal>
    </Paper>
  );
}
