import { Badge, Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { IconRefresh, IconSearch } from '@tabler/icons-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ADMIN_PAGE_SIZE, MAIL_OUTBOX_QUERY, type MailMessageNode } from '@web/modules/admin/graphql/admin';
import { useFormat } from '@web/shared/format/use-format';
import { DocumentTitle } from '@web/shared/ui/document-title';
import { ErrorState } from '@web/shared/ui/error-state';
import { LinkifiedText } from '@web/shared/ui/linkified-text';
import { PageLoader } from '@web/shared/ui/page-loader';

function MailCard({ message }: { message: MailMessageNode }) {
  const { t } = useTranslation('admin');
  const format = useFormat();
  const headingId = useId();
  return (
    <Card component="article" withBorder padding="md" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Title order={2} size="h4" id={headingId} style={{ overflowWrap: 'anywhere' }}>
          {message.subject}
        </Title>
        <Group gap="xs" wrap="wrap">
          <Text size="sm">
            <Text span fw={600}>
              {t('mail.to')}
            </Text>{' '}
            <Text span style={{ overflowWrap: 'anywhere' }}>
              {message.to}
            </Text>
          </Text>
          <Text size="sm" c="dimmed">
            · <time dateTime={message.createdAt}>{format.dateTime(message.createdAt)}</time>
          </Text>
          <Badge size="sm" variant="light" color="indigo" tt="none">
            {message.template}
          </Badge>
          <Badge size="sm" variant="light" color="cyan" tt="uppercase">
            {message.locale}
          </Badge>
          <Badge size="sm" variant="dot" color={message.sentAt ? 'teal' : 'yellow'}>
            {message.sentAt ? t('mail.sent') : t('mail.queued')}
          </Badge>
        </Group>
        <LinkifiedText text={message.text} size="sm" p="sm" bg="gray.0" style={{ borderRadius: 'var(--mantine-radius-sm)' }} data-testid="mail-text" />
      </Stack>
    </Card>
  );
}

export default function MailPage() {
  const { t } = useTranslation('admin');
  const [params, setParams] = useSearchParams();
  const to = params.get('to')?.trim() || null;
  const [draft, setDraft] = useState(to ?? '');
  const { data, error, refetch, fetchMore, loading } = useQuery(MAIL_OUTBOX_QUERY, {
    variables: { to, first: ADMIN_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.mailOutbox;

  const filter = (event: FormEvent) => {
    event.preventDefault();
    const value = draft.trim();
    setParams(value ? { to: value } : {}, { replace: true });
  };

  return (
    <Stack gap="lg">
      <DocumentTitle title={t('mail.title')} />
      <Stack gap={4}>
        <Group gap="xs">
          <Title order={1}>{t('mail.title')}</Title>
          <Badge variant="light" color="grape">
            {t('badge')}
          </Badge>
        </Group>
        <Text c="dimmed">{t('mail.intro')}</Text>
      </Stack>
      <Group component="form" onSubmit={filter} align="flex-end" gap="sm" role="search" aria-label={t('mail.filterLabel')}>
        <TextInput label={t('mail.recipient')} type="search" value={draft} onChange={(event) => setDraft(event.currentTarget.value)} style={{ flex: '1 1 240px' }} />
        <Button type="submit" variant="default" leftSection={<IconSearch size={16} aria-hidden />}>
          {t('mail.filter')}
        </Button>
        <Button variant="default" leftSection={<IconRefresh size={16} aria-hidden />} onClick={() => void refetch().catch(() => undefined)} loading={loading && !!connection}>
          {t('mail.refresh')}
        </Button>
      </Group>
      {!connection ? (
        error ? (
          <ErrorState title={t('mail.errorTitle')} error={error} onRetry={() => void refetch().catch(() => undefined)} />
        ) : (
          <PageLoader label={t('mail.loading')} />
        )
      ) : (
        <Stack gap="md">
          <Text size="sm" c="dimmed" role="status">
            {t('mail.count', { count: connection.totalCount })}
          </Text>
          {connection.edges.length === 0 ? (
            <Text c="dimmed">{t('mail.empty')}</Text>
          ) : (
            connection.edges.map(({ node }) => <MailCard key={node.id} message={node} />)
          )}
          {connection.pageInfo.hasNextPage && (
            <Button variant="light" style={{ alignSelf: 'center' }} onClick={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } }).catch(() => undefined)}>
              {t('mail.loadMore')}
            </Button>
          )}
        </Stack>
      )}
    </Stack>
  );
}
