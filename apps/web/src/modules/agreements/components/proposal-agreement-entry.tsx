import { useMutation } from '@apollo/client/react';
import { Button, Group, Stack, Text } from '@mantine/core';
import { IconFileCertificate, IconFilePlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { AgreementStatus } from '@helix/domain';
import { CREATE_AGREEMENT_FROM_PROPOSAL_MUTATION } from '@web/modules/agreements/graphql/agreements';
import { forgetAgreementLists } from '@web/modules/agreements/hooks/forget-agreement-lists';
import { FailureAlert } from '@web/shared/forms/failure';
import { describeFailure, type Failure } from '@web/shared/graphql/errors';
import { notify } from '@web/shared/ui/notify';
import { agreementPath } from './agreement-actions';
import { AgreementStatusBadge } from './agreement-labels';

interface ProposalAgreementEntryProps {
  proposalId: string;
  /** The agreement made from the proposal, when the reader may see it. */
  agreement: { id: string; status: AgreementStatus } | null | undefined;
  /** The project owner's members (above viewer) may create one from an accepted proposal. */
  canCreate: boolean;
}

/**
 * On an accepted proposal: the way to its partnership agreement, or, for the project's owner,
 * "Create partnership agreement" (parties, budget and duration pre-filled by the API), which then
 * opens the new draft.
 */
export function ProposalAgreementEntry({ proposalId, agreement, canCreate }: ProposalAgreementEntryProps) {
  const { t } = useTranslation(['agreements', 'common']);
  const navigate = useNavigate();
  const [failure, setFailure] = useState<Failure>();
  const [create, { loading }] = useMutation(CREATE_AGREEMENT_FROM_PROPOSAL_MUTATION, { update: forgetAgreementLists });

  if (agreement) {
    return (
      <Group gap="sm" data-testid="proposal-agreement">
        <Button component={Link} to={agreementPath(agreement.id)} variant="light" leftSection={<IconFileCertificate size={16} aria-hidden />}>
          {t('fromProposal.open')}
        </Button>
        <AgreementStatusBadge status={agreement.status} />
      </Group>
    );
  }
  if (!canCreate) return null;

  const start = async () => {
    setFailure(undefined);
    try {
      const { data } = await create({ variables: { proposalId } });
      if (!data) return;
      notify({ color: 'teal', message: t('fromProposal.created') });
      void navigate(agreementPath(data.createAgreementFromProposal.id));
    } catch (error) {
      setFailure(describeFailure(error, t('common:states.networkError')));
    }
  };

  return (
    <Stack gap={4} align="flex-start" data-testid="proposal-agreement">
      <Text size="sm">{t('fromProposal.hint')}</Text>
      <Button leftSection={<IconFilePlus size={16} aria-hidden />} loading={loading} onClick={() => void start()}>
        {t('fromProposal.create')}
      </Button>
      <FailureAlert failure={failure} title={t('fromProposal.failed')} />
    </Stack>
  );
}
