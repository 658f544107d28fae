import { Button, Group } from '@mantine/core';
import { IconBuildingCommunity, IconLayoutGrid, IconSparkles } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useActiveMembership, useSession } from '@web/modules/identity/hooks/use-session';

export type ProjectsSection = 'all' | 'forYou' | 'mine';

const SECTIONS: { section: ProjectsSection; path: string; icon: typeof IconLayoutGrid }[] = [
  { section: 'all', path: '/projects', icon: IconLayoutGrid },
  { section: 'forYou', path: '/projects/for-you', icon: IconSparkles },
  { section: 'mine', path: '/projects/mine', icon: IconBuildingCommunity },
];

/**
 * Links between the three views of projects. Anonymous visitors and users without an organisation
 * only have the catalogue, so they see none.
 */
export function ProjectsNav({ current }: { current: ProjectsSection }) {
  const { t } = useTranslation('projects');
  const { user } = useSession();
  const membership = useActiveMembership();
  if (!user || !membership) return null;
  return (
    <Group component="nav" aria-label={t('nav.label')} gap="xs">
      {SECTIONS.map(({ section, path, icon: Icon }) => (
        <Button
          key={section}
          component={Link}
          to={path}
          size="sm"
          variant={section === current ? 'light' : 'subtle'}
          aria-current={section === current ? 'page' : undefined}
          leftSection={<Icon size={16} aria-hidden />}
        >
          {t(`nav.${section}`)}
        </Button>
      ))}
    </Group>
  );
}
