import { Button, Card, EmptyState, SimpleGrid, Skeleton, Stack, Text, VisuallyHidden } from '@mantine/core';
import { IconMoodEmpty } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ORGANISATIONS_PAGE_SIZE, type OrganisationsResult } from '@web/modules/organisations/hooks/use-organisations';
import { useFormat } from '@web/shared/format/use-format';
import { ErrorState } from '@web/shared/ui/error-state';
import { OrganisationCard } from './organisation-card';

const GRID_COLUMNS = { base: 1, sm: 2, lg: 3 };

type OrganisationResultsProps = OrganisationsResult & {
  filtered: boolean;
  onClearFilter: () => void;
};

function LoadingCards() {
  const { t } = useTranslation('organisations');
  return (
    <div aria-busy="true">
      <VisuallyHidden role="status">{t('ecosystem.loading')}</VisuallyHidden>
      <SimpleGrid cols={GRID_COLUMNS} aria-hidden>
        {Array.from({ length: ORGANISATIONS_PAGE_SIZE / 2 }, (_, index) => (
          <Card key={index} withBorder padding="md">
            <Skeleton height={20} width="70%" mb="sm" />
            <Skeleton height={14} width="30%" mb="md" />
            <Skeleton height={20} width="55%" radius="xl" />
          </Card>
        ))}
      </SimpleGrid>
    </div>
  );
}

/** The ecosystem list in each of its states: loading, failed, empty, or a page of cards. */
export function OrganisationResults(props: OrganisationResultsProps) {
  const { organisations, totalCount, hasNextPage, loading, loadingMore, error, loadMore, retry, filtered, onClearFilter } = props;
  const { t } = useTranslation('organisations');
  const format = useFormat();

  if (loading) return <LoadingCards />;
  if (error) return <ErrorState title={t('ecosystem.errorTitle')} error={error} onRetry={retry} />;
  if (organisations.length === 0) {
    return (
      <EmptyState
        icon={<IconMoodEmpty aria-hidden />}
        withIndicatorBackground
        title={t(filtered ? 'ecosystem.emptyFilteredTitle' : 'ecosystem.emptyTitle')}
        description={t(filtered ? 'ecosystem.emptyFilteredDescription' : 'ecosystem.emptyDescription')}
        py="xl"
      >
        {filtered && (
          <EmptyState.Actions>
            <Button variant="light" onClick={onClearFilter}>
              {t('ecosystem.clearFilter')}
            </Button>
          </EmptyState.Actions>
        )}
      </EmptyState>
    );
  }
  return (
    <Stack gap="md">
      <SimpleGrid cols={GRID_COLUMNS} component="ul" aria-label={t('ecosystem.heading')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {organisations.map((organisation) => (
          <li key={organisation.id}>
            <OrganisationCard organisation={organisation} />
          </li>
        ))}
      </SimpleGrid>
      <Stack gap="sm" align="center">
        <Text size="sm" c="dimmed" role="status">
          {t('ecosystem.count', { count: totalCount, shown: format.number(organisations.length), total: format.number(totalCount) })}
        </Text>
        {hasNextPage && (
          <Button variant="light" onClick={() => void loadMore()} loading={loadingMore}>
            {t('ecosystem.loadMore')}
          </Button>
        )}
      </Stack>
    </Stack>
  );
}
