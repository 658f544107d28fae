import { Anchor, Badge, Button, Group, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import type { ApolloCache } from '@apollo/client';
import { IconBan, IconCircleCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ORGANISATION_STATUSES, type OrganisationStatus } from '@helix/domain';
import { SuspendModal } from '@web/modules/admin/components/suspend-modal';
import {
  ADMIN_ORGANISATIONS_QUERY,
  ADMIN_PAGE_SIZE,
  SUSPEND_ORGANISATION_MUTATION,
  VERIFY_ORGANISATION_MUTATION,
  type AdminOrganisation,
} from '@web/modules/admin/graphql/admin';
import { OrganisationKindBadge } from '@web/modules/organisations/components/organisation-badges';
import { useFormat } from '@web/shared/format/use-format';
import { describeFailure, errorMessage, type Failure } from '@web/shared/graphql/errors';
import { externalLink } from '@web/shared/links/external-href';
import { DocumentTitle } from '@web/shared/ui/document-title';
import { ErrorState } from '@web/shared/ui/error-state';
import { PageLoader } from '@web/shared/ui/page-loader';
import { notify } from '@web/shared/ui/notify';

/** The queue first, then the suspended, then the verified. */
const TABS: OrganisationStatus[] = ['PENDING', 'SUSPENDED', 'VERIFIED'];

function statusFrom(value: string | null): OrganisationStatus {
  return ORGANISATION_STATUSES.find((status) => status === value) ?? 'PENDING';
}

/** A decision moves the organisation to another tab (and changes the public list): fetch them again. */
function forgetOrganisationLists(cache: ApolloCache) {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'organisations' });
  cache.gc();
}

function OrganisationItem({ organisation, onVerify, onSuspend, verifying }: { organisation: AdminOrganisation; onVerify: () => void; onSuspend: () => void; verifying: boolean }) {
  const { t } = useTranslation('admin');
  const format = useFormat();
  const website = externalLink(organisation.website);
  return (
    <Paper component="li" withBorder p="md" aria-label={organisation.name}>
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={4} miw={0} style={{ flex: '1 1 260px' }}>
          <Anchor component={Link} to={`/organisations/${organisation.id}`} fw={600} style={{ overflowWrap: 'anywhere' }}>
            {organisation.name}
          </Anchor>
          <Group gap="xs">
            <OrganisationKindBadge kind={organisation.kind} />
            {organisation.shortName && (
              <Text size="sm" c="dimmed">
                {organisation.shortName}
              </Text>
            )}
          </Group>
          <Text size="sm" c="dimmed">
            {t('verification.registered')} <time dateTime={organisation.createdAt}>{format.date(organisation.createdAt)}</time>
            {organisation.registrationCode && ` · ${t('verification.registrationCode', { code: organisation.registrationCode })}`}
          </Text>
          {website && (
            <Anchor href={website.href} rel="noopener noreferrer" size="sm">
              {website.label}
            </Anchor>
          )}
          {organisation.status === 'SUSPENDED' && organisation.statusReason && (
            <Text size="sm">
              <Text span fw={600}>
                {t('verification.reasonShown')}
              </Text>{' '}
              {organisation.statusReason}
            </Text>
          )}
        </Stack>
        <Group gap="xs">
          {organisation.status !== 'VERIFIED' && (
            <Button size="sm" leftSection={<IconCircleCheck size={16} aria-hidden />} onClick={onVerify} loading={verifying} aria-label={t('verification.verifyLabel', { name: organisation.name })}>
              {organisation.status === 'SUSPENDED' ? t('verification.reinstate') : t('verification.verify')}
            </Button>
          )}
          {organisation.status !== 'SUSPENDED' && (
            <Button size="sm" variant="light" color="red" leftSection={<IconBan size={16} aria-hidden />} onClick={onSuspend} aria-label={t('verification.suspendLabel', { name: organisation.name })}>
              {t('verification.suspend')}
            </Button>
          )}
        </Group>
      </Group>
    </Paper>
  );
}

function StatusList({ status }: { status: OrganisationStatus }) {
  const { t } = useTranslation('admin');
  const { t: tCommon } = useTranslation();
  const { data, error, refetch, fetchMore } = useQuery(ADMIN_ORGANISATIONS_QUERY, {
    variables: { filter: { statuses: [status] }, first: ADMIN_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const [verify] = useMutation(VERIFY_ORGANISATION_MUTATION, { update: forgetOrganisationLists });
  const [suspend, { loading: suspending }] = useMutation(SUSPEND_ORGANISATION_MUTATION, { update: forgetOrganisationLists });
  const [verifyingId, setVerifyingId] = useState<string>();
  const [target, setSuspending] = useState<AdminOrganisation>();
  const [suspendFailure, setSuspendFailure] = useState<Failure>();

  const connection = data?.organisations;
  if (!connection) {
    if (error) return <ErrorState title={t('verification.errorTitle')} error={error} onRetry={() => void refetch().catch(() => undefined)} />;
    return <PageLoader label={t('verification.loading')} />;
  }

  const doVerify = async (organisation: AdminOrganisation) => {
    setVerifyingId(organisation.id);
    try {
      await verify({ variables: { id: organisation.id } });
      notify({ color: 'teal', message: t('verification.verified', { name: organisation.name }) });
    } catch (failure) {
      notify({ color: 'red', title: t('verification.failed'), message: errorMessage(failure, tCommon('states.networkError')) });
    } finally {
      setVerifyingId(undefined);
    }
  };

  const doSuspend = async (reason: string) => {
    if (!target) return;
    setSuspendFailure(undefined);
    try {
      await suspend({ variables: { id: target.id, reason } });
      notify({ color: 'teal', message: t('verification.suspended', { name: target.name }) });
      setSuspending(undefined);
    } catch (failure) {
      setSuspendFailure(describeFailure(failure, tCommon('states.networkError')));
    }
  };

  const organisations = connection.edges.map((edge) => edge.node);
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed" role="status">
        {t('verification.count', { count: connection.totalCount })}
      </Text>
      {organisations.length === 0 ? (
        <Text c="dimmed">{t(`verification.empty.${status}`)}</Text>
      ) : (
        <Stack component="ul" gap="sm" aria-label={t(`verification.tabs.${status}`)} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {organisations.map((organisation) => (
            <OrganisationItem
              key={organisation.id}
              organisation={organisation}
              verifying={verifyingId === organisation.id}
              onVerify={() => void doVerify(organisation)}
              onSuspend={() => {
                setSuspendFailure(undefined);
                setSuspending(organisation);
              }}
            />
          ))}
        </Stack>
      )}
      {connection.pageInfo.hasNextPage && (
        <Button variant="light" style={{ alignSelf: 'center' }} onClick={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } }).catch(() => undefined)}>
          {t('verification.loadMore')}
        </Button>
      )}
      <SuspendModal
        key={target?.id ?? 'closed'}
        organisationName={target?.name}
        loading={suspending}
        failure={suspendFailure}
        onSuspend={(reason) => void doSuspend(reason)}
        onCancel={() => setSuspending(undefined)}
      />
    </Stack>
  );
}

export default function VerificationPage() {
  const { t } = useTranslation('admin');
  const [params, setParams] = useSearchParams();
  const status = statusFrom(params.get('status'));
  return (
    <Stack gap="lg">
      <DocumentTitle title={t('verification.title')} />
      <Stack gap={4}>
        <Group gap="xs">
          <Title order={1}>{t('verification.title')}</Title>
          <Badge variant="light" color="grape">
            {t('badge')}
          </Badge>
        </Group>
        <Text c="dimmed">{t('verification.intro')}</Text>
      </Stack>
      <Tabs
        value={status}
        onChange={(next) => setParams(next && next !== 'PENDING' ? { status: next } : {}, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List aria-label={t('verification.tabsLabel')}>
          {TABS.map((tab) => (
            <Tabs.Tab key={tab} value={tab}>
              {t(`verification.tabs.${tab}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {TABS.map((tab) => (
          <Tabs.Panel key={tab} value={tab} pt="md">
            <StatusList status={tab} />
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}
