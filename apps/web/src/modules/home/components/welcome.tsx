import { Card, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconBuildingBank, IconBuildingFactory2, IconSchool } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ORGANISATION_KINDS, type OrganisationKind } from '@helix/domain';

const HELIX_ICONS: Record<OrganisationKind, typeof IconSchool> = {
  STATE: IconBuildingBank,
  UNIVERSITY: IconSchool,
  ENTERPRISE: IconBuildingFactory2,
};

/** What Helix is for, in a few lines, and the three helices it brings together. */
export function Welcome() {
  const { t } = useTranslation('home');
  const helicesHeadingId = useId();
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Text fw={600} c="blue.9" tt="uppercase" size="sm">
          {t('hero.eyebrow')}
        </Text>
        <Title order={1}>{t('hero.title')}</Title>
        <Text size="lg" maw={760}>
          {t('hero.intro')}
        </Text>
      </Stack>
      <section aria-labelledby={helicesHeadingId}>
        <Title order={2} size="h3" id={helicesHeadingId} mb="sm">
          {t('helices.heading')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          {ORGANISATION_KINDS.map((kind) => {
            const Icon = HELIX_ICONS[kind];
            return (
              <Card key={kind} withBorder padding="md">
                <Stack gap="xs">
                  <ThemeIcon variant="light" size="lg" radius="md">
                    <Icon size={22} aria-hidden />
                  </ThemeIcon>
                  <Title order={3} size="h4">
                    {t(`helices.${kind}.title`)}
                  </Title>
                  <Text size="sm">{t(`helices.${kind}.description`)}</Text>
                </Stack>
              </Card>
            );
          })}
        </SimpleGrid>
      </section>
    </Stack>
  );
}
