import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import type { ProjectStatus } from '@helix/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { OrganisationKindBadge } from '@web/modules/organisations/components/organisation-badges';
import type { ProjectView } from '@web/modules/projects/graphql/projects';
import { ProjectDomainBadge, ProjectKindBadge, ProjectStatusBadge, ProjectVisibilityBadge } from './project-badges';

/** Title, where the project stands, what it is, and who posted it. */
export function ProjectHeader({ project, status }: { project: ProjectView; status: ProjectStatus }) {
  const { t } = useTranslation('projects');
  return (
    <Stack gap="sm">
      <Group gap="xs">
        <ProjectStatusBadge status={status} />
        <ProjectKindBadge kind={project.kind} />
        <ProjectDomainBadge domain={project.domain} />
        <ProjectVisibilityBadge visibility={project.visibility} />
      </Group>
      <Title order={1} style={{ overflowWrap: 'anywhere' }}>
        {project.title}
      </Title>
      <Group gap="xs" wrap="wrap">
        <Text size="sm" c="dimmed">
          {t('project.postedBy')}
        </Text>
        <Anchor component={Link} to={`/organisations/${project.owner.id}`} fw={600} style={{ overflowWrap: 'anywhere' }}>
          {project.owner.name}
        </Anchor>
        <OrganisationKindBadge kind={project.owner.kind} />
      </Group>
    </Stack>
  );
}
