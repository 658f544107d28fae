import { Alert, Button, EmptyState, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { IconMoodEmpty, IconTextSpellcheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CatalogueFilterPanel } from '@web/modules/projects/components/catalogue-filter-panel';
import { CatalogueSearch } from '@web/modules/projects/components/catalogue-search';
import { ProjectResults } from '@web/modules/projects/components/project-results';
import { ProjectsNav } from '@web/modules/projects/components/projects-nav';
import { EMPTY_FILTERS, hasActiveFilters } from '@web/modules/projects/hooks/catalogue-filters';
import { useCatalogueFilters } from '@web/modules/projects/hooks/use-catalogue-filters';
import { useProjects } from '@web/modules/projects/hooks/use-projects';
import { useFormat } from '@web/shared/format/use-format';
import { DocumentTitle } from '@web/shared/ui/document-title';

/** The public catalogue of projects: search, filters with counts, sort, and pages of cards. */
export default function ProjectsPage() {
  const { t } = useTranslation('projects');
  const format = useFormat();
  const [filters, update] = useCatalogueFilters();
  const results = useProjects(filters);
  const active = hasActiveFilters(filters);
  const clear = () => update({ ...EMPTY_FILTERS, sort: filters.sort });

  return (
    <Stack gap="lg">
      <DocumentTitle title={t('catalogue.title')} />
      <Stack gap={4}>
        <Title order={1}>{t('catalogue.title')}</Title>
        <Text c="dimmed">{t('catalogue.intro')}</Text>
      </Stack>
      <ProjectsNav current="all" />
      <CatalogueSearch filters={filters} onChange={update} />
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 3 }}>
          <CatalogueFilterPanel filters={filters} facets={results.facets} onChange={update} active={active} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 9 }}>
          <Stack gap="md">
            <Group justify="space-between">
              <Text fw={600} role="status">
                {results.loading ? t('catalogue.loading') : t('catalogue.total', { count: results.totalCount, total: format.number(results.totalCount) })}
              </Text>
            </Group>
            {results.approximate && (
              <Alert color="blue" variant="light" icon={<IconTextSpellcheck aria-hidden />} role="status">
                {t('catalogue.approximate', { q: filters.search })}
              </Alert>
            )}
            <ProjectResults
              {...results}
              label={t('catalogue.listLabel')}
              empty={
                <EmptyState
                  icon={<IconMoodEmpty aria-hidden />}
                  withIndicatorBackground
                  title={t(active ? 'catalogue.emptyFilteredTitle' : 'catalogue.emptyTitle')}
                  description={t(active ? 'catalogue.emptyFilteredDescription' : 'catalogue.emptyDescription')}
                  py="xl"
                >
                  {active && (
                    <EmptyState.Actions>
                      <Button variant="light" onClick={clear}>
                        {t('filters.clear')}
                      </Button>
                    </EmptyState.Actions>
                  )}
                </EmptyState>
              }
            />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
