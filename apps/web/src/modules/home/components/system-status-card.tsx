import { Badge, Button, Card, Group, Skeleton, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSystemHealth, type ServiceState, type SystemHealth } from '@web/modules/home/hooks/use-system-health';

const STATE_COLOR: Record<ServiceState, string> = { up: 'teal', down: 'red', unknown: 'gray' };

function ServiceRow({ service, state }: { service: keyof SystemHealth; state: ServiceState | undefined }) {
  const { t } = useTranslation('home');
  return (
    <Group justify="space-between" wrap="nowrap" data-service={service} data-state={state ?? 'checking'}>
      <Text fw={500}>{t(`health.services.${service}`)}</Text>
      {state ? (
        <Badge variant="dot" color={STATE_COLOR[state]} size="lg">
          {t(`health.states.${state}`)}
        </Badge>
      ) : (
        <Skeleton height={26} width={110} radius="xl" />
      )}
    </Group>
  );
}

export function SystemStatusCard() {
  const { t } = useTranslation('home');
  const headingId = useId();
  const { health, checking, retry } = useSystemHealth();
  return (
    <Card component="section" withBorder padding="lg" aria-labelledby={headingId}>
      <Stack gap="md">
        <Title order={2} size="h3" id={headingId}>
          {t('health.heading')}
        </Title>
        <Stack gap="sm" aria-live="polite">
          <ServiceRow service="api" state={health?.api} />
          <ServiceRow service="database" state={health?.database} />
          {checking && <VisuallyHidden>{t('health.checking')}</VisuallyHidden>}
        </Stack>
        <Button
          variant="light"
          leftSection={<IconRefresh size={18} aria-hidden />}
          onClick={retry}
          loading={checking}
          style={{ alignSelf: 'flex-start' }}
        >
          {t('health.retry')}
        </Button>
      </Stack>
    </Card>
  );
}
