import { useQuery } from '@apollo/client/react';
import { Button, EmptyState, Stack, Text, Title } from '@mantine/core';
import { IconSparkles } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useActiveMembership } from '@web/modules/identity/hooks/use-session';
import { OrganisationRequired } from '@web/modules/projects/components/organisation-required';
import { ProjectsNav } from '@web/modules/projects/components/projects-nav';
import { RecommendationList } from '@web/modules/projects/components/recommendation-list';
import { RECOMMENDED_PROJECTS_QUERY } from '@web/modules/projects/graphql/projects';
import { DocumentTitle } from '@web/shared/ui/document-title';
import { ErrorState } from '@web/shared/ui/error-state';
import { PageLoader } from '@web/shared/ui/page-loader';

export const RECOMMENDATIONS_COUNT = 20;

function Recommendations() {
  const { t } = useTranslation('projects');
  const { data, error, refetch } = useQuery(RECOMMENDED_PROJECTS_QUERY, { variables: { first: RECOMMENDATIONS_COUNT } });
  if (!data) {
    if (error) return <ErrorState title={t('forYou.errorTitle')} error={error} onRetry={() => void refetch().catch(() => undefined)} />;
    return <PageLoader label={t('forYou.loading')} />;
  }
  if (data.recommendedProjects.length === 0) {
    return (
      <EmptyState icon={<IconSparkles aria-hidden />} withIndicatorBackground title={t('forYou.emptyTitle')} description={t('forYou.emptyDescription')} py="xl">
        <EmptyState.Actions>
          <Button component={Link} to="/projects" variant="light">
            {t('forYou.browse')}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    );
  }
  return <RecommendationList recommendations={data.recommendedProjects} label={t('forYou.listLabel')} />;
}

/** Open calls suggested to the organisation the user acts for, each saying why. */
export default function ForYouPage() {
  const { t } = useTranslation('projects');
  const membership = useActiveMembership();
  return (
    <Stack gap="lg">
      <DocumentTitle title={t('forYou.title')} />
      <Stack gap={4}>
        <Title order={1}>{t('forYou.title')}</Title>
        {membership && <Text c="dimmed">{t('forYou.intro', { name: membership.organisation.name })}</Text>}
      </Stack>
      <ProjectsNav current="forYou" />
      {membership ? <Recommendations /> : <OrganisationRequired title={t('forYou.title')} />}
    </Stack>
  );
}
