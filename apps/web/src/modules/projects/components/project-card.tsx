import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { OrganisationKindBadge } from '@web/modules/organisations/components/organisation-badges';
import type { ProjectSummary } from '@web/modules/projects/graphql/projects';
import { useIcfIndicators } from '@web/modules/projects/hooks/use-icf-indicators';
import { ClosingCountdown } from './closing-countdown';
import { useFormatMoney } from './money';
import { ProjectDomainBadge, ProjectKindBadge, ProjectStatusBadge } from './project-badges';

interface ProjectCardProps {
  project: ProjectSummary;
  /** Shown under the facts (the "For you" reasons). */
  children?: ReactNode;
}

/** One project in a list: what, by whom, for how much and until when. */
export function ProjectCard({ project, children }: ProjectCardProps) {
  const { t } = useTranslation('projects');
  const formatMoney = useFormatMoney();
  const { info } = useIcfIndicators();
  return (
    <Card component="article" withBorder padding="md" h="100%">
      <Stack gap="xs">
        <Group gap="xs">
          <ProjectStatusBadge status={project.status} />
          <ProjectKindBadge kind={project.kind} />
          <ProjectDomainBadge domain={project.domain} />
        </Group>
        <Title order={3} size="h4" style={{ overflowWrap: 'anywhere' }}>
          <Anchor component={Link} to={`/projects/${project.id}`} c="inherit">
            {project.title}
          </Anchor>
        </Title>
        <Group gap="xs" wrap="wrap">
          <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
            {project.owner.name}
          </Text>
          <OrganisationKindBadge kind={project.owner.kind} />
        </Group>
        {project.summary && (
          <Text size="sm" c="dimmed" lineClamp={3}>
            {project.summary}
          </Text>
        )}
        <Text size="sm">
          {t('card.budget')}{' '}
          <Text span inherit fw={600}>
            {project.budget ? formatMoney(project.budget) : t('card.noBudget')}
          </Text>
        </Text>
        <ClosingCountdown closesAt={project.closesAt ?? null} counting={project.status === 'OPEN'} />
        {project.indicators.length > 0 && (
          <Group gap={4} aria-label={t('card.indicators')} role="list">
            {project.indicators.map((indicator) => (
              <Badge key={indicator.code} role="listitem" size="sm" variant="light" color="indigo" tt="none">
                {info(indicator.code).name}
              </Badge>
            ))}
          </Group>
        )}
        {children}
      </Stack>
    </Card>
  );
}
