import { Group, Radio, SimpleGrid, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconBuildingBank, IconBuildingFactory2, IconSchool } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ORGANISATION_KINDS, type OrganisationKind } from '@helix/domain';

const KIND_ICONS: Record<OrganisationKind, typeof IconSchool> = { STATE: IconBuildingBank, UNIVERSITY: IconSchool, ENTERPRISE: IconBuildingFactory2 };

interface KindCardsProps {
  label: string;
  value: OrganisationKind | '';
  onChange: (kind: OrganisationKind) => void;
  error?: string;
  disabled?: boolean;
}

/** The three helices as radio cards (arrow keys move between them). */
export function KindCards({ label, value, onChange, error, disabled }: KindCardsProps) {
  const { t } = useTranslation('organisations');
  return (
    <Radio.Group
      label={label}
      value={value}
      error={error}
      onChange={(next) => {
        const kind = ORGANISATION_KINDS.find((candidate) => candidate === next);
        if (kind) onChange(kind);
      }}
    >
      <SimpleGrid cols={{ base: 1, sm: 3 }} mt="xs">
        {ORGANISATION_KINDS.map((kind) => {
          const Icon = KIND_ICONS[kind];
          return (
            <Radio.Card key={kind} value={kind} radius="md" p="md" disabled={disabled} data-kind={kind}>
              <Stack gap="xs">
                <Group gap="sm" wrap="nowrap">
                  <Radio.Indicator />
                  <ThemeIcon variant="light" size="lg" radius="md">
                    <Icon size={22} aria-hidden />
                  </ThemeIcon>
                  <Text fw={600}>{t(`kinds.${kind}`)}</Text>
                </Group>
                <Text size="sm" c="dimmed">
                  {t(`wizard.kindDescriptions.${kind}`)}
                </Text>
              </Stack>
            </Radio.Card>
          );
        })}
      </SimpleGrid>
    </Radio.Group>
  );
}
