import { Button, EmptyState, Group, Stack, Text, Title } from '@mantine/core';
import { IconFileDescription, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AgreementCard } from '@web/modules/agreements/components/agreement-card';
import { AgreementFiltersBar } from '@web/modules/agreements/components/agreement-filters';
import { filtersActive, type AgreementListFilters } from '@web/modules/agreements/hooks/agreement-filters';
import { useAgreementFilters, useAgreements } from '@web/modules/agreements/hooks/use-agreements';
import { useActiveMembership } from '@web/modules/identity/hooks/use-session';
import { OrganisationRequired } from '@web/modules/projects/components/organisation-required';
import { DocumentTitle } from '@web/shared/ui/document-title';
import { ErrorState } from '@web/shared/ui/error-state';
import { PageLoader } from '@web/shared/ui/page-loader';
import { PagedList } from '@web/shared/ui/paged-list';

function AgreementResults({ filters }: { filters: AgreementListFilters }) {
  const { t } = useTranslation('agreements');
  const { agreements, loading, refreshing, error, retry, hasNextPage, loadMore, loadingMore, totalCount } = useAgreements(filters);
  if (loading) return <PageLoader label={t('list.loading')} />;
  if (error) return <ErrorState title={t('list.errorTitle')} error={error} onRetry={retry} />;
  if (!agreements.length) {
    const filtered = filtersActive(filters);
    return (
      <EmptyState
        icon={<IconFileDescription aria-hidden />}
        withIndicatorBackground
        title={filtered ? t('list.emptyFilteredTitle') : t('list.emptyTitle')}
        description={filtered ? t('list.emptyFilteredDescription') : t('list.emptyDescription')}
        py="xl"
      />
    );
  }
  return (
    <PagedList
      countText={t('list.count', { count: totalCount })}
      countTestId="agreement-count"
      listLabel={t('list.listLabel')}
      refreshing={refreshing}
      hasNextPage={hasNextPage}
      loadingMore={loadingMore}
      onLoadMore={() => void loadMore()}
      loadMoreText={t('list.loadMore')}
    >
      {agreements.map((agreement) => (
        <AgreementCard key={agreement.id} agreement={agreement} />
      ))}
    </PagedList>
  );
}

/** `/agreements`: the partnership agreements of the organisation the user acts for, filtered from the address. */
export default function AgreementsPage() {
  const { t } = useTranslation('agreements');
  const membership = useActiveMembership();
  const [filters, update] = useAgreementFilters();
  return (
    <Stack gap="lg">
      <DocumentTitle title={t('list.title')} />
      <Group justify="space-between" align="flex-end" gap="md">
        <Stack gap={4}>
          <Title order={1}>{t('list.title')}</Title>
          {membership && <Text c="dimmed">{t('list.intro', { name: membership.organisation.name })}</Text>}
        </Stack>
        {membership && membership.role !== 'VIEWER' && (
          <Button component={Link} to="/agreements/new" leftSection={<IconPlus size={16} aria-hidden />}>
            {t('list.create')}
          </Button>
        )}
      </Group>
      {membership ? (
        <>
          <AgreementFiltersBar filters={filters} onChange={update} />
          <AgreementResults filters={filters} />
        </>
      ) : (
        <OrganisationRequired title={t('list.title')} />
      )}
    </Stack>
  );
}
