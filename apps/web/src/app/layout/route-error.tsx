import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DocumentTitle } from '@web/shared/ui/document-title';

/** Shown when a page throws while rendering or its code cannot be loaded (e.g. after a deploy). */
export function RouteError() {
  const { t } = useTranslation();
  return (
    <>
      <DocumentTitle title={t('routeError.title')} />
      <Alert color="red" title={t('routeError.title')} icon={<IconAlertTriangle aria-hidden />}>
        <Stack gap="sm" align="flex-start">
          <Text size="sm">{t('routeError.description')}</Text>
          <Button variant="white" color="red" size="xs" leftSection={<IconRefresh size={16} aria-hidden />} onClick={() => window.location.reload()}>
            {t('routeError.reload')}
          </Button>
        </Stack>
      </Alert>
    </>
  );
}
