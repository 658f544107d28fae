import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '@web/shared/graphql/errors';

interface ErrorStateProps {
  title: string;
  error: unknown;
  onRetry: () => void;
}

/** A failed load: what failed, the server's translated reason, and a way to try again. */
export function ErrorState({ title, error, onRetry }: ErrorStateProps) {
  const { t } = useTranslation();
  return (
    <Alert color="red" variant="light" title={title} icon={<IconAlertTriangle aria-hidden />}>
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{errorMessage(error, t('states.networkError'))}</Text>
        <Button variant="white" color="red" size="xs" leftSection={<IconRefresh size={16} aria-hidden />} onClick={onRetry}>
          {t('states.retry')}
        </Button>
      </Stack>
    </Alert>
  );
}
