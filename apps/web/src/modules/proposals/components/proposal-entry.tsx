import { Button, Paper, Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { IconFileText, IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '@web/modules/identity/hooks/use-session';
import { PROJECT_PROPOSAL_ENTRY_QUERY } from '@web/modules/proposals/graphql/proposals';

/**
 * On an open project the active organisation may respond to: "Write a proposal", or "Open your
 * proposal" when it already leads one (or is a partner in one).
 */
export function ProposalEntry({ projectId }: { projectId: string }) {
  const { t } = useTranslation('proposals');
  const { user } = useSession();
  const { data } = useQuery(PROJECT_PROPOSAL_ENTRY_QUERY, { variables: { id: projectId }, skip: !user, fetchPolicy: 'cache-and-network' });
  if (!user) return null;
  const existing = data?.project.proposals.find((proposal) => proposal.viewerRole === 'LEAD') ?? data?.project.proposals.find((proposal) => proposal.viewerRole === 'PARTNER');
  return (
    <Paper withBorder radius="md" p="md" data-testid="proposal-entry">
      <Stack gap="xs">
        <Text size="sm">{t('entry.hint')}</Text>
        {existing ? (
          <Button component={Link} to={`/proposals/${existing.id}/edit`} leftSection={<IconFileText size={16} aria-hidden />}>
            {t('entry.open')}
          </Button>
        ) : (
          <Button component={Link} to={`/proposals/new?projectId=${encodeURIComponent(projectId)}`} leftSection={<IconPencil size={16} aria-hidden />}>
            {t('entry.write')}
          </Button>
        )}
      </Stack>
    </Paper>
  );
}
