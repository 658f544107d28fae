import { useMutation } from '@apollo/client/react';
import { Alert, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PROPOSAL_LIMITS, type ProposalDecision } from '@helix/domain';
import { DECIDE_PROPOSAL_MUTATION, EVALUATION_BOARD_QUERY } from '@web/modules/evaluation/graphql/evaluation';
import { FailureAlert } from '@web/shared/forms/failure';
import { useTextField } from '@web/shared/forms/use-text-field';
import { describeFailure, type Failure } from '@web/shared/graphql/errors';
import { ConfirmModal } from '@web/shared/ui/confirm-modal';
import { notify } from '@web/shared/ui/notify';

interface DecisionDialogProps {
  projectId: string;
  proposalId: string;
  /** How the board names the proposal (its title, or its lead when sealed). */
  proposalName: string;
  decision: ProposalDecision | undefined;
  onClose: () => void;
}

/**
 * Shortlist, accept or reject: a justification the owner keeps (required) and feedback the
 * proposer reads (optional), confirmed with the decision's own button.
 */
export function DecisionDialog({ projectId, proposalId, proposalName, decision, onClose }: DecisionDialogProps) {
  const { t } = useTranslation(['evaluation', 'common']);
  const justification = useTextField(PROPOSAL_LIMITS.justificationMax);
  const feedback = useTextField(PROPOSAL_LIMITS.feedbackMax);
  const [failure, setFailure] = useState<Failure>();
  const [decide, { loading }] = useMutation(DECIDE_PROPOSAL_MUTATION, {
    refetchQueries: [{ query: EVALUATION_BOARD_QUERY, variables: { id: projectId } }],
    awaitRefetchQueries: true,
  });

  const close = () => {
    justification.reset();
    feedback.reset();
    setFailure(undefined);
    onClose();
  };

  const confirm = async () => {
    if (!decision) return;
    setFailure(undefined);
    // Both fields say what is wrong at once.
    const reason = justification.checked(t('decide.justificationRequired'));
    const forProposer = feedback.checked();
    if (reason === undefined || forProposer === undefined) return;
    try {
      await decide({ variables: { proposalId, decision, justification: reason, feedback: forProposer || null } });
      notify({ color: 'teal', message: t(`decide.done.${decision}`, { name: proposalName }) });
      close();
    } catch (error) {
      setFailure(describeFailure(error, t('common:states.networkError')));
    }
  };

  return (
    <ConfirmModal
      opened={decision !== undefined}
      title={decision ? t(`decide.title.${decision}`) : ''}
      confirmLabel={decision ? t(`decide.confirm.${decision}`) : ''}
      danger={decision === 'REJECTED'}
      loading={loading}
      onConfirm={() => void confirm()}
      onCancel={close}
    >
      <Stack gap="sm">
        <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
          {proposalName}
        </Text>
        {decision && decision !== 'SHORTLISTED' && (
          <Alert color="yellow" variant="light">
            <Text size="sm">{t('decide.final')}</Text>
          </Alert>
        )}
        <Textarea
          label={t('decide.justification')}
          description={t('decide.justificationHint')}
          required
          autosize
          minRows={3}
          data-autofocus
          maxLength={PROPOSAL_LIMITS.justificationMax}
          {...justification.inputProps}
        />
        <Textarea
          label={t('decide.feedback')}
          description={t('decide.feedbackHint')}
          autosize
          minRows={3}
          maxLength={PROPOSAL_LIMITS.feedbackMax}
          {...feedback.inputProps}
        />
        <FailureAlert failure={failure} title={t('decide.refused')} />
      </Stack>
    </ConfirmModal>
  );
}
