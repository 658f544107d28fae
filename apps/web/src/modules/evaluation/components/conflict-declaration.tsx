import { useMutation } from '@apollo/client/react';
import { Button, Paper, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMessage, PROPOSAL_LIMITS } from '@helix/domain';
import { DECLARE_CONFLICT_MUTATION, type ReviewerView } from '@web/modules/evaluation/graphql/evaluation';
import { FailureAlert } from '@web/shared/forms/failure';
import { describeFailure, type Failure } from '@web/shared/graphql/errors';
import { useLocale } from '@web/shared/i18n/locale';
import { ConfirmModal } from '@web/shared/ui/confirm-modal';
import { notify } from '@web/shared/ui/notify';

type Answer = 'none' | 'conflict';

interface ConflictDeclarationProps {
  proposalId: string;
  /** Called with the reviewer as the API answers after the declaration. */
  onDeclared: (reviewer: ReviewerView) => void;
}

/** The reviewer's first step: a conflict of interest with the proposal, or none (a conflict is final). */
export function ConflictDeclaration({ proposalId, onDeclared }: ConflictDeclarationProps) {
  const { t } = useTranslation(['evaluation', 'common']);
  const locale = useLocale();
  const headingId = useId();
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [answerError, setAnswerError] = useState<string>();
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState<string>();
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<Failure>();
  const [declare, { loading }] = useMutation(DECLARE_CONFLICT_MUTATION);

  const send = async () => {
    setFailure(undefined);
    const text = note.trim();
    try {
      const { data } = await declare({ variables: { proposalId, hasConflict: answer === 'conflict', note: text || null } });
      setConfirming(false);
      if (data) {
        notify({ color: 'teal', message: answer === 'conflict' ? t('declaration.doneConflict') : t('declaration.doneNone') });
        onDeclared(data.declareConflictOfInterest);
      }
    } catch (error) {
      setConfirming(false);
      setFailure(describeFailure(error, t('common:states.networkError')));
    }
  };

  const submit = () => {
    if (!answer) {
      setAnswerError(t('declaration.answerRequired'));
      return;
    }
    if (note.trim().length > PROPOSAL_LIMITS.commentMax) {
      setNoteError(formatMessage('TOO_LONG', locale, { max: PROPOSAL_LIMITS.commentMax }));
      return;
    }
    // A conflict cannot be taken back: ask first.
    if (answer === 'conflict') setConfirming(true);
    else void send();
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack gap="sm">
          <Title order={2} size="h3" id={headingId}>
            {t('declaration.heading')}
          </Title>
          <Text size="sm">{t('declaration.explanation')}</Text>
          <Radio.Group
            label={t('declaration.question')}
            required
            value={answer}
            onChange={(value) => {
              setAnswer(value as Answer);
              setAnswerError(undefined);
            }}
            error={answerError}
          >
            <Stack gap="xs" mt="xs">
              <Radio value="none" label={t('declaration.none')} description={t('declaration.noneHint')} />
              <Radio value="conflict" label={t('declaration.conflict')} description={t('declaration.conflictHint')} />
            </Stack>
          </Radio.Group>
          <Textarea
            label={t('declaration.note')}
            description={t('declaration.noteHint')}
            autosize
            minRows={2}
            maxLength={PROPOSAL_LIMITS.commentMax}
            value={note}
            onChange={(event) => {
              setNote(event.currentTarget.value);
              setNoteError(undefined);
            }}
            error={noteError}
          />
          <FailureAlert failure={failure} title={t('declaration.refused')} />
          <Button type="submit" loading={loading && !confirming} style={{ alignSelf: 'flex-start' }}>
            {t('declaration.submit')}
          </Button>
        </Stack>
      </form>
      <ConfirmModal
        opened={confirming}
        title={t('declaration.confirmTitle')}
        confirmLabel={t('declaration.confirmButton')}
        danger
        loading={loading}
        onConfirm={() => void send()}
        onCancel={() => setConfirming(false)}
      >
        {t('declaration.confirmText')}
      </ConfirmModal>
    </Paper>
  );
}
