import { Group, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useKindFilter } from '@web/modules/organisations/hooks/use-kind-filter';
import { useOrganisations } from '@web/modules/organisations/hooks/use-organisations';
import { KindFilter } from './kind-filter';
import { OrganisationResults } from './organisation-results';

/** The anchor the organisation profile's back link returns to. */
export const ECOSYSTEM_SECTION_ID = 'ecosystem';

/** The public directory of organisations on the home page. */
export function EcosystemSection() {
  const { t } = useTranslation('organisations');
  const headingId = useId();
  const [kinds, setKinds] = useKindFilter();
  const results = useOrganisations(kinds);
  return (
    <Stack component="section" id={ECOSYSTEM_SECTION_ID} gap="lg" aria-labelledby={headingId}>
      <Group justify="space-between" align="flex-end" gap="md">
        <Stack gap={4}>
          <Title order={2} id={headingId}>
            {t('ecosystem.heading')}
          </Title>
          <Text c="dimmed">{t('ecosystem.description')}</Text>
        </Stack>
        <KindFilter value={kinds} onChange={setKinds} />
      </Group>
      <OrganisationResults {...results} filtered={kinds.length > 0} onClearFilter={() => setKinds([])} />
    </Stack>
  );
}
