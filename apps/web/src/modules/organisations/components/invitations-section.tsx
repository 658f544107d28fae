import { Badge, Button, Card, Group, NativeSelect, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { isEmail, useForm } from '@mantine/form';
import { useMutation, useQuery } from '@apollo/client/react';
import { IconMailForward, IconX } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InvitationStatus, MembershipRole } from '@helix/domain';
import {
  INVITATIONS_PAGE_SIZE,
  INVITE_MEMBER_MUTATION,
  ORGANISATION_INVITATIONS_QUERY,
  REVOKE_INVITATION_MUTATION,
  type InvitationNode,
} from '@web/modules/organisations/graphql/members';
import type { OrganisationProfile } from '@web/modules/organisations/graphql/organisations';
import { invitableRoles } from '@web/modules/organisations/hooks/member-permissions';
import { FailureAlert, useFormFailure } from '@web/shared/forms/failure';
import { useFormat } from '@web/shared/format/use-format';
import { errorMessage } from '@web/shared/graphql/errors';
import { ConfirmModal } from '@web/shared/ui/confirm-modal';
import { ErrorState } from '@web/shared/ui/error-state';
import { PageLoader } from '@web/shared/ui/page-loader';
import { notify } from '@web/shared/ui/notify';

// Dot badges print black text; the colour is only in the dot.
const STATUS_COLOR: Record<InvitationStatus, string> = { PENDING: 'blue', ACCEPTED: 'teal', REVOKED: 'gray', EXPIRED: 'orange' };

function InviteForm({ organisation, onInvited }: { organisation: OrganisationProfile; onInvited: () => Promise<unknown> }) {
  const { t } = useTranslation('organisations');
  const roles = invitableRoles(organisation.myRole, organisation.status);
  const [invite, { loading }] = useMutation(INVITE_MEMBER_MUTATION);
  const form = useForm<{ email: string; role: MembershipRole }>({
    initialValues: { email: '', role: 'MEMBER' },
    validate: { email: isEmail(t('fields.emailInvalid')) },
  });
  const { failure, report, clear, waiting } = useFormFailure(form, ['email', 'role']);

  const submit = form.onSubmit(async ({ email, role }) => {
    clear();
    try {
      await invite({ variables: { input: { organisationId: organisation.id, email: email.trim(), role } } });
      form.reset();
      notify({ color: 'teal', message: t('invitations.sent', { email: email.trim() }) });
      await onInvited();
    } catch (error) {
      report(error);
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label={t('invitations.formLabel')}>
      <Stack gap="sm">
        <FailureAlert failure={failure} />
        <Group align="flex-start" gap="sm" wrap="wrap">
          <TextInput label={t('fields.inviteEmail')} type="email" autoComplete="off" required style={{ flex: '1 1 240px' }} {...form.getInputProps('email')} />
          <NativeSelect
            label={t('fields.role')}
            data={roles.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
            style={{ flex: '0 1 180px' }}
            {...form.getInputProps('role')}
          />
          <Button type="submit" mt={25} loading={loading} disabled={waiting} leftSection={<IconMailForward size={16} aria-hidden />}>
            {t('invitations.send')}
          </Button>
        </Group>
        <Text size="xs" c="dimmed">
          {t('invitations.hint')}
        </Text>
      </Stack>
    </form>
  );
}

export function InvitationsSection({ organisation }: { organisation: OrganisationProfile }) {
  const { t } = useTranslation(['organisations', 'common']);
  const format = useFormat();
  const headingId = useId();
  const { data, error, refetch, fetchMore } = useQuery(ORGANISATION_INVITATIONS_QUERY, { variables: { id: organisation.id, first: INVITATIONS_PAGE_SIZE } });
  const [revoke, { loading: revoking }] = useMutation(REVOKE_INVITATION_MUTATION);
  const [pending, setPending] = useState<InvitationNode>();
  const connection = data?.organisation.invitations;

  const confirmRevoke = async () => {
    if (!pending) return;
    try {
      await revoke({ variables: { id: pending.id } });
      notify({ color: 'teal', message: t('invitations.revoked', { email: pending.email }) });
    } catch (failure) {
      notify({ color: 'red', title: t('invitations.revokeFailed'), message: errorMessage(failure, t('common:states.networkError')) });
    } finally {
      setPending(undefined);
    }
  };

  return (
    <Card component="section" withBorder padding="lg" aria-labelledby={headingId}>
      <Stack gap="md">
        <Title order={2} size="h3" id={headingId}>
          {t('invitations.heading')}
        </Title>
        <InviteForm organisation={organisation} onInvited={() => refetch()} />
        {!connection ? (
          error ? (
            <ErrorState title={t('invitations.errorTitle')} error={error} onRetry={() => void refetch().catch(() => undefined)} />
          ) : (
            <PageLoader label={t('invitations.loading')} />
          )
        ) : connection.edges.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('invitations.empty')}
          </Text>
        ) : (
          <Stack component="ul" gap="xs" aria-label={t('invitations.listLabel')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {connection.edges.map(({ node: invitation }) => (
              <Paper component="li" key={invitation.id} withBorder p="sm" aria-label={invitation.email}>
                <Group justify="space-between" gap="sm">
                  <Stack gap={2} miw={0} style={{ flex: '1 1 220px' }}>
                    <Text fw={500} style={{ overflowWrap: 'anywhere' }}>
                      {invitation.email}
                    </Text>
                    <Group gap="xs">
                      <Badge variant="light" color="indigo" size="sm">
                        {t(`roles.${invitation.role}`)}
                      </Badge>
                      <Badge variant="dot" color={STATUS_COLOR[invitation.status]} size="sm">
                        {t(`invitationStatuses.${invitation.status}`)}
                      </Badge>
                    </Group>
                    <Text size="xs" c="dimmed">
                      {invitation.status === 'PENDING' ? t('invitations.expires') : t('invitations.expired')}{' '}
                      <time dateTime={invitation.expiresAt}>{format.dateTime(invitation.expiresAt)}</time>
                    </Text>
                  </Stack>
                  {invitation.status === 'PENDING' && (
                    <Button
                      variant="subtle"
                      color="red"
                      size="sm"
                      leftSection={<IconX size={16} aria-hidden />}
                      aria-label={t('invitations.revokeLabel', { email: invitation.email })}
                      onClick={() => setPending(invitation)}
                    >
                      {t('invitations.revoke')}
                    </Button>
                  )}
                </Group>
              </Paper>
            ))}
          </Stack>
        )}
        {connection?.pageInfo.hasNextPage && (
          <Button variant="light" style={{ alignSelf: 'center' }} onClick={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } }).catch(() => undefined)}>
            {t('invitations.loadMore')}
          </Button>
        )}
      </Stack>
      <ConfirmModal
        opened={!!pending}
        title={t('invitations.revokeTitle')}
        confirmLabel={t('invitations.revoke')}
        danger
        loading={revoking}
        onConfirm={() => void confirmRevoke()}
        onCancel={() => setPending(undefined)}
      >
        {t('invitations.revokeConfirm', { email: pending?.email ?? '' })}
      </ConfirmModal>
    </Card>
  );
}
