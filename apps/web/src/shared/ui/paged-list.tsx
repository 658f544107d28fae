import { Button, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

interface PagedListProps {
  /** "12 agreements": announced politely when it changes. */
  countText: string;
  countTestId?: string;
  listLabel?: string;
  /** Dims the list (and marks it busy) while new filters are being applied. */
  refreshing?: boolean;
  hasNextPage: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
  loadMoreText: string;
  /** The `<li>` items. */
  children: ReactNode;
}

/** A page of a longer list: how many there are in all, the items, and a button for the next page. */
export function PagedList({ countText, countTestId, listLabel, refreshing, hasNextPage, loadingMore, onLoadMore, loadMoreText, children }: PagedListProps) {
  return (
    <Stack gap="sm" aria-busy={refreshing} style={refreshing ? { opacity: 0.6 } : undefined}>
      <Text size="sm" c="dimmed" aria-live="polite" data-testid={countTestId}>
        {countText}
      </Text>
      <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={listLabel}>
        {children}
      </Stack>
      {hasNextPage && (
        <Button variant="default" onClick={onLoadMore} loading={loadingMore} style={{ alignSelf: 'center' }}>
          {loadMoreText}
        </Button>
      )}
    </Stack>
  );
}
