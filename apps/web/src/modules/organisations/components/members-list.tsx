import { Badge, Button, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { IconDoorExit, IconUserMinus } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { roleAtLeast, type MembershipRole } from '@helix/domain';
import type { SessionUser } from '@web/modules/identity/graphql/session';
import {
  CHANGE_MEMBER_ROLE_MUTATION,
  MEMBERS_PAGE_SIZE,
  ORGANISATION_MEMBERS_QUERY,
  REMOVE_MEMBER_MUTATION,
  type MemberNode,
} from '@web/modules/organisations/graphql/members';
import type { OrganisationProfile } from '@web/modules/organisations/graphql/organisations';
import { memberActions } from '@web/modules/organisations/hooks/member-permissions';
import { useFormat } from '@web/shared/format/use-format';
import { errorMessage } from '@web/shared/graphql/errors';
import { activeOrganisation } from '@web/shared/session/active-organisation';
import { ConfirmModal } from '@web/shared/ui/confirm-modal';
import { ErrorState } from '@web/shared/ui/error-state';
import { PageLoader } from '@web/shared/ui/page-loader';
import { notify } from '@web/shared/ui/notify';

interface MembersListProps {
  organisation: OrganisationProfile;
  me: SessionUser;
}

type Pending = { kind: 'remove' | 'leave'; member: MemberNode } | undefined;

export function MembersList({ organisation, me }: MembersListProps) {
  const { t } = useTranslation(['organisations', 'common']);
  const format = useFormat();
  const headingId = useId();
  const client = useApolloClient();
  const navigate = useNavigate();
  const { data, error, refetch, fetchMore } = useQuery(ORGANISATION_MEMBERS_QUERY, { variables: { id: organisation.id, first: MEMBERS_PAGE_SIZE } });
  const [changeRole] = useMutation(CHANGE_MEMBER_ROLE_MUTATION);
  const [removeMember, { loading: removing }] = useMutation(REMOVE_MEMBER_MUTATION);
  const [pending, setPending] = useState<Pending>();

  const connection = data?.organisation.members;
  if (!connection) {
    if (error) return <ErrorState title={t('members.errorTitle')} error={error} onRetry={() => void refetch().catch(() => undefined)} />;
    return <PageLoader label={t('members.loading')} />;
  }
  const members = connection.edges.map((edge) => edge.node);
  const ownerCount = members.filter((member) => member.role === 'OWNER').length;
  const manager = !!organisation.myRole && roleAtLeast(organisation.myRole, 'ADMIN');
  const notifyFailure = (title: string, failure: unknown) =>
    notify({ color: 'red', title, message: errorMessage(failure, t('common:states.networkError')) });

  const onRoleChange = async (member: MemberNode, role: MembershipRole) => {
    try {
      await changeRole({ variables: { input: { membershipId: member.id, role } } });
      notify({ color: 'teal', message: t('members.roleChanged', { name: member.user.fullName, role: t(`roles.${role}`) }) });
      // The caller's own rights may have changed with it.
      if (member.user.id === me.id) await client.refetchQueries({ include: 'active' });
    } catch (failure) {
      notifyFailure(t('members.roleChangeFailed'), failure);
    }
  };

  const confirm = async () => {
    if (!pending) return;
    const { kind, member } = pending;
    try {
      await removeMember({ variables: { membershipId: member.id } });
      setPending(undefined);
      if (kind === 'leave') {
        if (activeOrganisation.get() === organisation.id) activeOrganisation.set(null);
        notify({ color: 'teal', message: t('members.left', { name: organisation.name }) });
        await navigate('/');
        await client.resetStore().catch(() => undefined);
        return;
      }
      notify({ color: 'teal', message: t('members.removed', { name: member.user.fullName }) });
      await refetch();
    } catch (failure) {
      setPending(undefined);
      notifyFailure(kind === 'leave' ? t('members.leaveFailed') : t('members.removeFailed'), failure);
    }
  };

  return (
    <Stack component="section" gap="md" aria-labelledby={headingId}>
      <Group justify="space-between" align="baseline">
        <Title order={2} size="h3" id={headingId}>
          {t('members.heading')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('members.count', { count: connection.totalCount, total: format.number(connection.totalCount) })}
        </Text>
      </Group>
      <Stack component="ul" gap="sm" aria-labelledby={headingId} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {members.map((member) => {
          const isSelf = member.user.id === me.id;
          const actions = memberActions(organisation.myRole, organisation.status, { role: member.role, isSelf }, ownerCount);
          return (
            <Paper component="li" key={member.id} withBorder p="md" aria-label={member.user.fullName} data-member={member.user.email}>
              <Group justify="space-between" align="center" gap="sm">
                <Stack gap={2} miw={0} style={{ flex: '1 1 220px' }}>
                  <Group gap={6}>
                    <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                      {member.user.fullName}
                    </Text>
                    {isSelf && (
                      <Badge size="sm" variant="light" color="blue">
                        {t('members.you')}
                      </Badge>
                    )}
                  </Group>
                  <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                    {member.user.email}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t('members.joined')} <time dateTime={member.createdAt}>{format.date(member.createdAt)}</time>
                  </Text>
                </Stack>
                <Group gap="xs" wrap="wrap">
                  {manager ? (
                    <NativeSelect
                      aria-label={t('members.roleOf', { name: member.user.fullName })}
                      value={member.role}
                      disabled={!actions.canChangeRole}
                      onChange={(event) => {
                        const role = actions.roles.find((option) => option.role === event.currentTarget.value)?.role;
                        if (role && role !== member.role) void onRoleChange(member, role);
                      }}
                      data={actions.roles.map(({ role, allowed }) => ({ value: role, label: t(`roles.${role}`), disabled: !allowed }))}
                      w={170}
                    />
                  ) : (
                    <Badge variant="light" color="indigo">
                      {t(`roles.${member.role}`)}
                    </Badge>
                  )}
                  {isSelf ? (
                    <Button
                      variant="subtle"
                      color="red"
                      size="sm"
                      leftSection={<IconDoorExit size={16} aria-hidden />}
                      disabled={!actions.canRemove}
                      onClick={() => setPending({ kind: 'leave', member })}
                    >
                      {t('members.leave')}
                    </Button>
                  ) : (
                    manager && (
                      <Button
                        variant="subtle"
                        color="red"
                        size="sm"
                        leftSection={<IconUserMinus size={16} aria-hidden />}
                        disabled={!actions.canRemove}
                        aria-label={t('members.removeLabel', { name: member.user.fullName })}
                        onClick={() => setPending({ kind: 'remove', member })}
                      >
                        {t('members.remove')}
                      </Button>
                    )
                  )}
                </Group>
              </Group>
              {actions.isLastOwner && (
                <Text size="xs" c="dimmed" mt="xs">
                  {t('members.lastOwner')}
                </Text>
              )}
            </Paper>
          );
        })}
      </Stack>
      {connection.pageInfo.hasNextPage && (
        <Button variant="light" style={{ alignSelf: 'center' }} onClick={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } }).catch(() => undefined)}>
          {t('members.loadMore')}
        </Button>
      )}
      <ConfirmModal
        opened={!!pending}
        title={pending?.kind === 'leave' ? t('members.leaveTitle', { name: organisation.name }) : t('members.removeTitle')}
        confirmLabel={pending?.kind === 'leave' ? t('members.leave') : t('members.remove')}
        danger
        loading={removing}
        onConfirm={() => void confirm()}
        onCancel={() => setPending(undefined)}
      >
        {pending?.kind === 'leave'
          ? t('members.leaveConfirm', { name: organisation.name })
          : t('members.removeConfirm', { name: pending?.member.user.fullName ?? '', organisation: organisation.name })}
      </ConfirmModal>
    </Stack>
  );
}
