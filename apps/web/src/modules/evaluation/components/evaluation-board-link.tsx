import { Button, Paper, Stack, Text } from '@mantine/core';
import { IconScale } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProjectStatus } from '@helix/domain';

/** On the project page, for the owner once responses are in: the way to the evaluation board. */
export function EvaluationBoardLink({ projectId, status }: { projectId: string; status: ProjectStatus }) {
  const { t } = useTranslation('evaluation');
  if (status !== 'EVALUATION' && status !== 'AWARDED' && status !== 'UNSUCCESSFUL') return null;
  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Text size="sm">{status === 'EVALUATION' ? t('link.evaluating') : t('link.decided')}</Text>
        <Button component={Link} to={`/projects/${projectId}/evaluation`} leftSection={<IconScale size={16} aria-hidden />} style={{ alignSelf: 'flex-start' }}>
          {t('link.button')}
        </Button>
      </Stack>
    </Paper>
  );
}
