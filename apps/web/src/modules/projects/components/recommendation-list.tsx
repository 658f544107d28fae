import { Badge, Group, List, SimpleGrid, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconAlarm, IconCheck, IconMail, IconSparkles, IconTargetArrow, IconUserCheck, IconHistory } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { RecommendationReason } from '@helix/domain';
import { useActiveMembership } from '@web/modules/identity/hooks/use-session';
import type { ProjectRecommendationView } from '@web/modules/projects/graphql/projects';
import { recommendationSentences } from '@web/modules/projects/hooks/recommendation-sentences';
import { useLocale } from '@web/shared/i18n/locale';
import { ProjectCard } from './project-card';

const REASON_ICON: Record<RecommendationReason, typeof IconCheck> = {
  ELIGIBLE_KIND: IconUserCheck,
  EXPERTISE_MATCH: IconTargetArrow,
  PROFILE_MATCH: IconSparkles,
  PAST_DOMAIN: IconHistory,
  INVITED: IconMail,
  CLOSING_SOON: IconAlarm,
};

function RecommendationReasons({ recommendation }: { recommendation: ProjectRecommendationView }) {
  const { t } = useTranslation('projects');
  const locale = useLocale();
  const membership = useActiveMembership();
  const sentences = recommendationSentences(t, recommendation.reasons, {
    organisationKind: membership?.organisation.kind,
    domain: recommendation.project.domain,
    matchedExpertise: recommendation.matchedExpertise,
    locale,
  });
  const score = Math.round(Math.max(0, Math.min(1, recommendation.score)) * 100);
  return (
    <Stack gap={6} pt="xs" style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
      <Group gap="xs" justify="space-between">
        <Text size="sm" fw={600}>
          {t('forYou.why')}
        </Text>
        <Badge variant="light" color="indigo" tt="none">
          {t('forYou.score', { score })}
        </Badge>
      </Group>
      <List spacing={4} size="sm" center>
        {sentences.map(({ reason, text }) => {
          const Icon = REASON_ICON[reason];
          return (
            <List.Item
              key={reason}
              icon={
                <ThemeIcon size={20} radius="xl" variant="light" color="blue">
                  <Icon size={12} aria-hidden />
                </ThemeIcon>
              }
            >
              {text}
            </List.Item>
          );
        })}
      </List>
    </Stack>
  );
}

/** Suggested calls, each with why it was suggested. */
export function RecommendationList({ recommendations, label }: { recommendations: ProjectRecommendationView[]; label: string }) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} component="ul" aria-label={label} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {recommendations.map((recommendation) => (
        <li key={recommendation.project.id}>
          <ProjectCard project={recommendation.project}>
            <RecommendationReasons recommendation={recommendation} />
          </ProjectCard>
        </li>
      ))}
    </SimpleGrid>
  );
}
