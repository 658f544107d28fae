import { Badge, Group, Stack, Text, Title, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectView } from '@web/modules/projects/graphql/projects';

/** The ICF indicators the project serves; each one's description shows on hover or focus. */
export function ProjectIndicators({ indicators }: { indicators: ProjectView['indicators'] }) {
  const { t } = useTranslation('projects');
  const headingId = useId();
  if (indicators.length === 0) return null;
  return (
    <Stack component="section" gap="xs" aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId}>
        {t('project.indicators')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('project.indicatorsHint')}
      </Text>
      <Group gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {indicators.map((indicator) => (
          <li key={indicator.code}>
            <Tooltip label={indicator.description} multiline w={300} withArrow events={{ hover: true, focus: true, touch: true }}>
              <Badge
                variant="light"
                color="indigo"
                size="lg"
                tt="none"
                tabIndex={0}
                rightSection={<IconInfoCircle size={14} aria-hidden />}
                style={{ cursor: 'help' }}
              >
                {indicator.name}
                {/* The tooltip is for the eye; screen readers get the description with the name. */}
                <VisuallyHidden>{`: ${indicator.description}`}</VisuallyHidden>
              </Badge>
            </Tooltip>
          </li>
        ))}
      </Group>
    </Stack>
  );
}
