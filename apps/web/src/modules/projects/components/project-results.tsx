import { Button, Card, SimpleGrid, Skeleton, Stack, Text, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectSummary } from '@web/modules/projects/graphql/projects';
import { useFormat } from '@web/shared/format/use-format';
import { ErrorState } from '@web/shared/ui/error-state';
import { ProjectCard } from './project-card';

const GRID_COLUMNS = { base: 1, sm: 2 };

export interface ProjectResultsProps {
  /** Names the list for screen readers. */
  label: string;
  projects: ProjectSummary[];
  totalCount: number;
  hasNextPage: boolean;
  loading: boolean;
  refreshing?: boolean;
  loadingMore: boolean;
  error: unknown;
  loadMore: () => Promise<void>;
  retry: () => void;
  /** What to show when nothing matches. */
  empty: ReactNode;
}

function LoadingCards() {
  const { t } = useTranslation('projects');
  return (
    <div aria-busy="true">
      <VisuallyHidden role="status">{t('catalogue.loading')}</VisuallyHidden>
      <SimpleGrid cols={GRID_COLUMNS} aria-hidden>
        {Array.from({ length: 4 }, (_, index) => (
          <Card key={index} withBorder padding="md">
            <Skeleton height={18} width="40%" radius="xl" mb="sm" />
            <Skeleton height={22} width="80%" mb="sm" />
            <Skeleton height={14} width="50%" mb="sm" />
            <Skeleton height={14} width="60%" />
          </Card>
        ))}
      </SimpleGrid>
    </div>
  );
}

/** A list of project cards in each of its states: loading, failed, empty, or pages of cards. */
export function ProjectResults(props: ProjectResultsProps) {
  const { label, projects, totalCount, hasNextPage, loading, refreshing, loadingMore, error, loadMore, retry, empty } = props;
  const { t } = useTranslation('projects');
  const format = useFormat();

  if (loading) return <LoadingCards />;
  if (error) return <ErrorState title={t('catalogue.errorTitle')} error={error} onRetry={retry} />;
  if (projects.length === 0) return <>{empty}</>;
  return (
    <Stack gap="md" aria-busy={refreshing || undefined} style={{ opacity: refreshing ? 0.6 : undefined, transition: 'opacity 150ms' }}>
      <SimpleGrid cols={GRID_COLUMNS} component="ul" aria-label={label} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {projects.map((project) => (
          <li key={project.id}>
            <ProjectCard project={project} />
          </li>
        ))}
      </SimpleGrid>
      <Stack gap="sm" align="center">
        <Text size="sm" c="dimmed">
          {t('catalogue.shown', { count: totalCount, shown: format.number(projects.length), total: format.number(totalCount) })}
        </Text>
        {hasNextPage && (
          <Button variant="light" onClick={() => void loadMore()} loading={loadingMore}>
            {t('catalogue.loadMore')}
          </Button>
        )}
      </Stack>
    </Stack>
  );
}
