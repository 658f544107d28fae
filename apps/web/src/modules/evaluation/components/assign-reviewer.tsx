import { useMutation } from '@apollo/client/react';
import { Button, Group, Select } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ASSIGN_REVIEWER_MUTATION, EVALUATION_BOARD_QUERY } from '@web/modules/evaluation/graphql/evaluation';
import { FailureAlert } from '@web/shared/forms/failure';
import { describeFailure, type Failure } from '@web/shared/graphql/errors';
import { notify } from '@web/shared/ui/notify';

export interface ReviewerCandidate {
  userId: string;
  fullName: string;
}

interface AssignReviewerProps {
  projectId: string;
  proposalId: string;
  /** Members of the owner above viewer who are not yet reviewers of this proposal. */
  candidates: readonly ReviewerCandidate[];
  loading: boolean;
}

/** Picks a member of the owner organisation as a reviewer of one proposal. */
export function AssignReviewer({ projectId, proposalId, candidates, loading }: AssignReviewerProps) {
  const { t } = useTranslation(['evaluation', 'common']);
  const [userId, setUserId] = useState<string | null>(null);
  const [failure, setFailure] = useState<Failure>();
  const [assign, { loading: assigning }] = useMutation(ASSIGN_REVIEWER_MUTATION, {
    refetchQueries: [{ query: EVALUATION_BOARD_QUERY, variables: { id: projectId } }],
    awaitRefetchQueries: true,
  });

  const submit = async () => {
    if (!userId) return;
    setFailure(undefined);
    const name = candidates.find((candidate) => candidate.userId === userId)?.fullName ?? '';
    try {
      await assign({ variables: { proposalId, userId } });
      setUserId(null);
      notify({ color: 'teal', message: t('reviewers.assigned', { name }) });
    } catch (error) {
      setFailure(describeFailure(error, t('common:states.networkError')));
    }
  };

  return (
    <>
      <Group gap="xs" align="flex-end">
        <Select
          label={t('reviewers.pick')}
          placeholder={loading ? t('reviewers.loadingMembers') : t('reviewers.pickPlaceholder')}
          nothingFoundMessage={t('reviewers.noCandidates')}
          data={candidates.map((candidate) => ({ value: candidate.userId, label: candidate.fullName }))}
          value={userId}
          onChange={setUserId}
          searchable
          disabled={loading || candidates.length === 0}
          description={!loading && candidates.length === 0 ? t('reviewers.noCandidates') : undefined}
          w={280}
        />
        <Button variant="light" leftSection={<IconUserPlus size={16} aria-hidden />} disabled={!userId} loading={assigning} onClick={() => void submit()}>
          {t('reviewers.assign')}
        </Button>
      </Group>
      <FailureAlert failure={failure} title={t('reviewers.refused')} />
    </>
  );
}
