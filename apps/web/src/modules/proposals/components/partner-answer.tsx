import { Button, Group, Text } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { IconCheck, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can, formatMessage } from '@helix/domain';
import { useActiveMembership } from '@web/modules/identity/hooks/use-session';
import { CONFIRM_PARTNERSHIP_MUTATION, DECLINE_PARTNERSHIP_MUTATION } from '@web/modules/proposals/graphql/proposals';
import { describeFailure } from '@web/shared/graphql/errors';
import { useLocale } from '@web/shared/i18n/locale';
import { ConfirmModal } from '@web/shared/ui/confirm-modal';
import { notify } from '@web/shared/ui/notify';

interface PartnerAnswerProps {
  proposalId: string;
  title: string;
  lead: string;
  onAnswered: () => void;
}

/** Confirm or decline a consortium request: the partner's owners and admins only; others read why not. */
export function PartnerAnswer({ proposalId, title, lead, onAnswered }: PartnerAnswerProps) {
  const { t } = useTranslation('proposals');
  const { t: tCommon } = useTranslation();
  const locale = useLocale();
  const membership = useActiveMembership();
  const [asking, setAsking] = useState<'confirm' | 'decline'>();
  const [confirmPartnership, confirmState] = useMutation(CONFIRM_PARTNERSHIP_MUTATION);
  const [declinePartnership, declineState] = useMutation(DECLINE_PARTNERSHIP_MUTATION);
  const decision = membership
    ? can({ userId: '', isPlatformAdmin: false, membership: { role: membership.role, organisationStatus: membership.organisation.status } }, 'proposal.answerPartnership')
    : ({ allowed: false, reason: 'NOT_A_MEMBER' } as const);

  if (!decision.allowed) {
    return (
      <Text size="sm" c="dimmed" data-testid="answer-denied">
        {t('inbox.notAllowed', { reason: formatMessage(decision.reason, locale) })}
      </Text>
    );
  }

  const answer = async () => {
    const action = asking;
    if (!action) return;
    try {
      if (action === 'confirm') await confirmPartnership({ variables: { proposalId } });
      else await declinePartnership({ variables: { proposalId } });
      notify({ color: action === 'confirm' ? 'teal' : 'gray', message: t(action === 'confirm' ? 'inbox.confirmed' : 'inbox.declined', { title, lead }) });
      onAnswered();
    } catch (error) {
      notify({ color: 'red', title: t('inbox.failedTitle'), message: describeFailure(error, tCommon('states.networkError')).message });
    } finally {
      setAsking(undefined);
    }
  };

  return (
    <>
      <Group gap="xs">
        <Button size="xs" leftSection={<IconCheck size={14} aria-hidden />} onClick={() => setAsking('confirm')} aria-label={t('inbox.confirmFor', { title })}>
          {t('inbox.confirm')}
        </Button>
        <Button size="xs" variant="default" leftSection={<IconX size={14} aria-hidden />} onClick={() => setAsking('decline')} aria-label={t('inbox.declineFor', { title })}>
          {t('inbox.decline')}
        </Button>
      </Group>
      <ConfirmModal
        opened={asking !== undefined}
        title={asking === 'decline' ? t('inbox.declineTitle') : t('inbox.confirmTitle')}
        confirmLabel={asking === 'decline' ? t('inbox.decline') : t('inbox.confirm')}
        danger={asking === 'decline'}
        loading={confirmState.loading || declineState.loading}
        onConfirm={() => void answer()}
        onCancel={() => setAsking(undefined)}
      >
        {asking === 'decline' ? t('inbox.declineText', { title, lead }) : t('inbox.confirmText', { title, lead })}
      </ConfirmModal>
    </>
  );
}
