import { Button, EmptyState, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconFolderOpen, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PROJECT_STATUSES, type ProjectStatus } from '@helix/domain';
import { useActiveMembership } from '@web/modules/identity/hooks/use-session';
import { OrganisationRequired } from '@web/modules/projects/components/organisation-required';
import { useProjectLabels } from '@web/modules/projects/components/project-labels';
import { ProjectResults } from '@web/modules/projects/components/project-results';
import { ProjectsNav } from '@web/modules/projects/components/projects-nav';
import { useMyProjects } from '@web/modules/projects/hooks/use-my-projects';
import { DocumentTitle } from '@web/shared/ui/document-title';

const ALL = 'ALL';

function statusFrom(value: string | null): ProjectStatus | null {
  return PROJECT_STATUSES.find((status) => status === value) ?? null;
}

function MyProjectList({ status }: { status: ProjectStatus | null }) {
  const { t } = useTranslation('projects');
  const labels = useProjectLabels();
  const results = useMyProjects(status);
  return (
    <ProjectResults
      {...results}
      label={status ? labels.status(status) : t('mine.all')}
      empty={
        <EmptyState
          icon={<IconFolderOpen aria-hidden />}
          withIndicatorBackground
          title={status ? t('mine.emptyStatusTitle', { status: labels.status(status) }) : t('mine.emptyTitle')}
          description={t('mine.emptyDescription')}
          py="xl"
        />
      }
    />
  );
}

/** The projects of the organisation the user acts for, drafts included, by status. */
export default function MyProjectsPage() {
  const { t } = useTranslation('projects');
  const labels = useProjectLabels();
  const membership = useActiveMembership();
  const [params, setParams] = useSearchParams();
  const status = statusFrom(params.get('status'));

  return (
    <Stack gap="lg">
      <DocumentTitle title={t('mine.title')} />
      <Group justify="space-between" align="flex-end" gap="md">
        <Stack gap={4}>
          <Title order={1}>{t('mine.title')}</Title>
          {membership && <Text c="dimmed">{t('mine.intro', { name: membership.organisation.name })}</Text>}
        </Stack>
        {membership && (
          <Button component={Link} to="/projects/new" leftSection={<IconPlus size={16} aria-hidden />}>
            {t('mine.create')}
          </Button>
        )}
      </Group>
      <ProjectsNav current="mine" />
      {membership ? (
        <Tabs value={status ?? ALL} onChange={(next) => setParams(next && next !== ALL ? { status: next } : {})} keepMounted={false}>
          <Tabs.List aria-label={t('mine.tabsLabel')}>
            <Tabs.Tab value={ALL}>{t('mine.all')}</Tabs.Tab>
            {PROJECT_STATUSES.map((value) => (
              <Tabs.Tab key={value} value={value}>
                {labels.status(value)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {[ALL, ...PROJECT_STATUSES].map((value) => (
            <Tabs.Panel key={value} value={value} pt="md">
              <MyProjectList status={statusFrom(value)} />
            </Tabs.Panel>
          ))}
        </Tabs>
      ) : (
        <OrganisationRequired title={t('mine.title')} />
      )}
    </Stack>
  );
}
