import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ORGANISATION_KINDS } from '@helix/domain';
import { OrganisationKindBadge } from '@web/modules/organisations/components/organisation-badges';
import type { ProjectView } from '@web/modules/projects/graphql/projects';
import { useFormat } from '@web/shared/format/use-format';
import { useFormatMoney } from './money';
import { useProjectLabels } from './project-labels';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="sm" c="dimmed">
        {label}
      </Text>
      <Text component="dd" m={0} fw={500} style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </div>
  );
}

/** The terms at a glance: budget, place, who may respond, who sees it, how responses are kept. */
export function ProjectFacts({ project }: { project: ProjectView }) {
  const { t } = useTranslation('projects');
  const labels = useProjectLabels();
  const format = useFormat();
  const formatMoney = useFormatMoney();
  const headingId = useId();
  const eligible = ORGANISATION_KINDS.filter((kind) => project.eligibleKinds.includes(kind));
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={headingId}>
          {t('project.facts')}
        </Title>
        <Stack component="dl" gap="sm" m={0}>
          <Fact label={t('project.budget')}>{project.budget ? formatMoney(project.budget) : t('card.noBudget')}</Fact>
          <Fact label={t('project.location')}>{project.location || t('project.noLocation')}</Fact>
          <Fact label={t('project.eligibleKinds')}>
            {eligible.length ? (
              <Group gap={4}>
                {eligible.map((kind) => (
                  <OrganisationKindBadge key={kind} kind={kind} />
                ))}
              </Group>
            ) : (
              t('project.noEligibleKinds')
            )}
          </Fact>
          <Fact label={t('project.visibility')}>
            {labels.visibility(project.visibility)}
            <Text span display="block" size="sm" c="dimmed" fw={400}>
              {labels.visibilityDescription(project.visibility)}
            </Text>
          </Fact>
          <Fact label={t('project.submissions')}>
            <Badge variant="default" tt="none">
              {t(project.sealed ? 'project.sealed' : 'project.notSealed')}
            </Badge>
            <Text span display="block" size="sm" c="dimmed" fw={400}>
              {t(project.sealed ? 'project.sealedHint' : 'project.notSealedHint')}
            </Text>
          </Fact>
          {project.publishedAt && (
            <Fact label={t('project.publishedAt')}>
              <time dateTime={project.publishedAt}>{format.dateTime(project.publishedAt)}</time>
            </Fact>
          )}
        </Stack>
      </Stack>
    </Paper>
  );
}
