import { Grid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Welcome } from '@web/modules/home/components/welcome';
import { SystemStatusCard } from '@web/modules/home/components/system-status-card';
import { EcosystemSection } from '@web/modules/organisations/components/ecosystem-section';
import { DocumentTitle } from '@web/shared/ui/document-title';

export default function HomePage() {
  const { t } = useTranslation('home');
  return (
    <Stack gap={48}>
      <DocumentTitle title={t('title')} />
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Welcome />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <SystemStatusCard />
        </Grid.Col>
      </Grid>
      <EcosystemSection />
    </Stack>
  );
}
