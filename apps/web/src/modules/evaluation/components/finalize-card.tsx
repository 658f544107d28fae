import { useMutation } from '@apollo/client/react';
import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { IconFlagCheck } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectStatus, ProposalStatus } from '@helix/domain';
import { EVALUATION_BOARD_QUERY, FINALIZE_EVALUATION_MUTATION } from '@web/modules/evaluation/graphql/evaluation';
import { finalizeState } from '@web/modules/evaluation/hooks/evaluation-rules';
import { FailureAlert } from '@web/shared/forms/failure';
import { describeFailure, type Failure } from '@web/shared/graphql/errors';
import { ConfirmModal } from '@web/shared/ui/confirm-modal';
import { notify } from '@web/shared/ui/notify';

interface FinalizeCardProps {
  projectId: string;
  projectStatus: ProjectStatus;
  statuses: readonly ProposalStatus[];
}

/** Closes the evaluation: AWARDED with an accepted proposal, UNSUCCESSFUL without; only once all are decided. */
export function FinalizeCard({ projectId, projectStatus, statuses }: FinalizeCardProps) {
  const { t } = useTranslation(['evaluation', 'common']);
  const headingId = useId();
  const reasonId = useId();
  const [opened, setOpened] = useState(false);
  const [failure, setFailure] = useState<Failure>();
  const [finalize, { loading }] = useMutation(FINALIZE_EVALUATION_MUTATION, {
    refetchQueries: [{ query: EVALUATION_BOARD_QUERY, variables: { id: projectId } }],
    awaitRefetchQueries: true,
    update: (cache) => {
      // The project's status shows in every list: fetch them again when next shown.
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'projects' });
      cache.gc();
    },
  });
  const { outcome, undecided, accepted } = finalizeState(statuses, projectStatus);

  const confirm = async () => {
    setFailure(undefined);
    try {
      const { data } = await finalize({ variables: { projectId } });
      setOpened(false);
      notify({ color: 'teal', message: data?.finalizeEvaluation.status === 'AWARDED' ? t('finalize.doneAwarded') : t('finalize.doneUnsuccessful') });
    } catch (error) {
      setFailure(describeFailure(error, t('common:states.networkError')));
    }
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={headingId}>
          {t('finalize.heading')}
        </Title>
        <Text size="sm" id={reasonId} c={outcome.ok ? undefined : 'dimmed'}>
          {outcome.ok
            ? outcome.status === 'AWARDED'
              ? t('finalize.readyAwarded', { count: accepted })
              : t('finalize.readyUnsuccessful')
            : t('finalize.undecided', { count: undecided })}
        </Text>
        <Button
          leftSection={<IconFlagCheck size={16} aria-hidden />}
          disabled={!outcome.ok}
          aria-describedby={reasonId}
          onClick={() => {
            setFailure(undefined);
            setOpened(true);
          }}
          style={{ alignSelf: 'flex-start' }}
        >
          {t('finalize.button')}
        </Button>
      </Stack>
      <ConfirmModal opened={opened} title={t('finalize.title')} confirmLabel={t('finalize.button')} loading={loading} onConfirm={() => void confirm()} onCancel={() => setOpened(false)}>
        <Stack gap="sm">
          <Text size="sm">{outcome.ok && outcome.status === 'AWARDED' ? t('finalize.confirmAwarded', { count: accepted }) : t('finalize.confirmUnsuccessful')}</Text>
          <Text size="sm">{t('finalize.irreversible')}</Text>
          <FailureAlert failure={failure} title={t('finalize.refused')} />
        </Stack>
      </ConfirmModal>
    </Paper>
  );
}
