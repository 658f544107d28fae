import { Anchor, Badge, Button, Card, EmptyState, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconFileText, IconInbox } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import type { ProposalStatus } from '@helix/domain';
import { useActiveMembership } from '@web/modules/identity/hooks/use-session';
import { OrganisationRequired } from '@web/modules/projects/components/organisation-required';
import { PartnerAnswer } from '@web/modules/proposals/components/partner-answer';
import { PartnerStatusBadge, ProposalStatusBadge, useProposalLabels } from '@web/modules/proposals/components/proposal-labels';
import type { ProposalListItem } from '@web/modules/proposals/graphql/proposals';
import { useMyProposals, type ProposalList } from '@web/modules/proposals/hooks/use-my-proposals';
import { useFormat } from '@web/shared/format/use-format';
import { DocumentTitle } from '@web/shared/ui/document-title';
import { ErrorState } from '@web/shared/ui/error-state';
import { PageLoader } from '@web/shared/ui/page-loader';
import { PagedList } from '@web/shared/ui/paged-list';
import { proposalEditPath } from './new-proposal-page';

function ProposalCard({ proposal, list, organisationId, onAnswered }: { proposal: ProposalListItem; list: ProposalList; organisationId: string; onAnswered: () => void }) {
  const { t } = useTranslation('proposals');
  const labels = useProposalLabels();
  const format = useFormat();
  const title = proposal.title ?? t('editor.untitled');
  const own = proposal.partners.find((partner) => partner.organisation?.id === organisationId);
  return (
    <Card withBorder radius="md" padding="md" component="li" data-testid="proposal-card">
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="xs">
          <Anchor component={Link} to={proposalEditPath(proposal.id)} fw={600} size="lg">
            {title}
          </Anchor>
          <Group gap={6}>
            {proposal.viewerRole && (
              <Badge variant="light" color={proposal.viewerRole === 'LEAD' ? 'indigo' : 'cyan'}>
                {labels.role(proposal.viewerRole)}
              </Badge>
            )}
            <ProposalStatusBadge status={proposal.status as ProposalStatus} />
          </Group>
        </Group>
        <Text size="sm">
          {proposal.project ? (
            <>
              {t('list.project')}{' '}
              <Anchor component={Link} to={`/projects/${proposal.project.id}`} size="sm" underline="always">
                {proposal.project.title}
              </Anchor>{' '}
              · {proposal.project.owner.name}
            </>
          ) : (
            t('list.projectHidden')
          )}
        </Text>
        {proposal.viewerRole === 'PARTNER' && proposal.lead && <Text size="sm">{t('list.lead', { name: proposal.lead.name })}</Text>}
        <Text size="sm" c="dimmed">
          {proposal.submittedAt ? (
            <>
              {t('list.submittedAt')} <time dateTime={proposal.submittedAt}>{format.dateTime(proposal.submittedAt)}</time>
            </>
          ) : (
            <>
              {t('list.updatedAt')} <time dateTime={proposal.updatedAt}>{format.dateTime(proposal.updatedAt)}</time>
            </>
          )}
          {proposal.project?.closesAt && (
            <>
              {' · '}
              {t('list.closesAt')} <time dateTime={proposal.project.closesAt}>{format.dateTime(proposal.project.closesAt)}</time>
            </>
          )}
        </Text>
        {own && (
          <Group gap={6}>
            <Text size="sm">{t('list.yourAnswer')}</Text>
            <PartnerStatusBadge status={own.status} />
          </Group>
        )}
        {proposal.decision && (
          <Stack gap={2} data-testid="decision">
            <Text size="sm" fw={600}>
              {t('list.decision', { decision: labels.decision(proposal.decision) })}
            </Text>
            {proposal.feedback && (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {t('list.feedback', { feedback: proposal.feedback })}
              </Text>
            )}
          </Stack>
        )}
        {list === 'invitations' && <PartnerAnswer proposalId={proposal.id} title={title} lead={proposal.lead?.name ?? ''} onAnswered={onAnswered} />}
      </Stack>
    </Card>
  );
}

function ProposalResults({ list, organisationId }: { list: ProposalList; organisationId: string }) {
  const { t } = useTranslation('proposals');
  const { proposals, loading, error, retry, hasNextPage, loadMore, loadingMore, totalCount, refetch } = useMyProposals(list);
  if (loading) return <PageLoader label={t('list.loading')} />;
  if (error) return <ErrorState title={t('list.errorTitle')} error={error} onRetry={retry} />;
  if (!proposals.length) {
    return (
      <EmptyState
        icon={list === 'invitations' ? <IconInbox aria-hidden /> : <IconFileText aria-hidden />}
        withIndicatorBackground
        title={t(list === 'invitations' ? 'inbox.emptyTitle' : 'list.emptyTitle')}
        description={t(list === 'invitations' ? 'inbox.emptyDescription' : 'list.emptyDescription')}
        py="xl"
      >
        {list === 'mine' && (
          <EmptyState.Actions>
            <Button component={Link} to="/projects/for-you">
              {t('list.findCalls')}
            </Button>
          </EmptyState.Actions>
        )}
      </EmptyState>
    );
  }
  return (
    <PagedList
      countText={t('list.count', { count: totalCount })}
      hasNextPage={hasNextPage}
      loadingMore={loadingMore}
      onLoadMore={() => void loadMore()}
      loadMoreText={t('list.loadMore')}
    >
      {proposals.map((proposal) => (
        <ProposalCard key={proposal.id} proposal={proposal} list={list} organisationId={organisationId} onAnswered={() => void refetch().catch(() => undefined)} />
      ))}
    </PagedList>
  );
}

/** `/proposals` and `/proposals/invitations`: the active organisation's proposals and its partner inbox. */
export default function MyProposalsPage() {
  const { t } = useTranslation('proposals');
  const membership = useActiveMembership();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const list: ProposalList = pathname.endsWith('/invitations') ? 'invitations' : 'mine';
  return (
    <Stack gap="lg">
      <DocumentTitle title={list === 'invitations' ? t('inbox.title') : t('list.title')} />
      <Stack gap={4}>
        <Title order={1}>{t('list.title')}</Title>
        {membership && <Text c="dimmed">{t('list.intro', { name: membership.organisation.name })}</Text>}
      </Stack>
      {membership ? (
        <Tabs value={list} onChange={(next) => void navigate(next === 'invitations' ? '/proposals/invitations' : '/proposals')} keepMounted={false}>
          <Tabs.List aria-label={t('list.tabsLabel')}>
            <Tabs.Tab value="mine">{t('list.tab')}</Tabs.Tab>
            <Tabs.Tab value="invitations">{t('inbox.tab')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="mine" pt="md">
            <ProposalResults list="mine" organisationId={membership.organisation.id} />
          </Tabs.Panel>
          <Tabs.Panel value="invitations" pt="md">
            <Text size="sm" mb="sm">
              {t('inbox.intro')}
            </Text>
            <ProposalResults list="invitations" organisationId={membership.organisation.id} />
          </Tabs.Panel>
        </Tabs>
      ) : (
        <OrganisationRequired title={t('list.title')} />
      )}
    </Stack>
  );
}
