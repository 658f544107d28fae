import { Alert, Button, Card, DataList, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { IconCircleCheck, IconMailOpened } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { normaliseEmail } from '@helix/domain';
import { useSession, useSwitchOrganisation } from '@web/modules/identity/hooks/use-session';
import { useSignOut } from '@web/modules/identity/hooks/use-sign-out';
import { ACCEPT_INVITATION_MUTATION, INVITATION_PREVIEW_QUERY } from '@web/modules/invitations/graphql/invitations';
import { FailureAlert, useFormFailure } from '@web/shared/forms/failure';
import { useFormat } from '@web/shared/format/use-format';
import { errorCode } from '@web/shared/graphql/errors';
import { withReturnTo } from '@web/shared/links/return-path';
import { DocumentTitle } from '@web/shared/ui/document-title';
import { ErrorState } from '@web/shared/ui/error-state';
import { PageLoader } from '@web/shared/ui/page-loader';
import type { InvitationPreviewQuery } from '@web/gql/graphql';
import { notify } from '@web/shared/ui/notify';

type Preview = InvitationPreviewQuery['invitation'];

function Frame({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack maw={620} mx="auto" w="100%">
      <DocumentTitle title={title} />
      <Card withBorder padding="lg">
        <Stack gap="md">{children}</Stack>
      </Card>
    </Stack>
  );
}

/** Sign in, sign up, switch account or accept, depending on who is looking at the invitation. */
function AcceptPanel({ token, preview }: { token: string; preview: Preview }) {
  const { t } = useTranslation('invitations');
  const location = useLocation();
  const navigate = useNavigate();
  const here = `${location.pathname}${location.search}`;
  const { user, loading } = useSession();
  const signOut = useSignOut();
  const switchOrganisation = useSwitchOrganisation();
  const [accept] = useMutation(ACCEPT_INVITATION_MUTATION);
  const [accepting, setAccepting] = useState(false);
  const { failure, report, clear } = useFormFailure(undefined, []);

  if (loading) return <PageLoader />;
  if (!user) {
    return (
      <Stack gap="sm">
        <Text>{t('accept.signedOut', { email: preview.email })}</Text>
        <Group gap="sm">
          <Button component={Link} to={withReturnTo('/sign-in', here, { email: preview.email })}>
            {t('accept.signIn')}
          </Button>
          <Button component={Link} to={withReturnTo('/sign-up', here, { email: preview.email })} variant="light">
            {t('accept.signUp')}
          </Button>
        </Group>
      </Stack>
    );
  }
  if (normaliseEmail(user.email) !== normaliseEmail(preview.email)) {
    return (
      <Alert color="orange" variant="light" title={t('accept.otherAccountTitle')}>
        <Stack gap="sm" align="flex-start">
          <Text size="sm">{t('accept.otherAccount', { current: user.email, invited: preview.email })}</Text>
          <Button size="sm" variant="white" color="orange" onClick={() => void signOut(here)}>
            {t('accept.switchAccount')}
          </Button>
        </Stack>
      </Alert>
    );
  }

  const acceptInvitation = async () => {
    clear();
    setAccepting(true);
    try {
      const { data } = await accept({ variables: { token } });
      if (!data) return;
      const { organisation } = data.acceptInvitation;
      // Act for the organisation just joined; the store reset also fetches the new membership.
      await switchOrganisation(organisation.id);
      notify({ color: 'teal', message: t('accept.joined', { name: organisation.name }) });
      await navigate(`/organisations/${organisation.id}/members`);
    } catch (error) {
      report(error);
    } finally {
      setAccepting(false);
    }
  };

  return (
    <Stack gap="sm">
      <FailureAlert failure={failure} />
      <Text>{t('accept.ready', { email: user.email })}</Text>
      <Group>
        <Button leftSection={<IconCircleCheck size={18} aria-hidden />} onClick={() => void acceptInvitation()} loading={accepting}>
          {t('accept.submit')}
        </Button>
      </Group>
    </Stack>
  );
}

function InvitationPreviewCard({ token }: { token: string }) {
  const { t } = useTranslation('invitations');
  const { t: tOrganisations } = useTranslation('organisations');
  const format = useFormat();
  const { data, error, refetch } = useQuery(INVITATION_PREVIEW_QUERY, { variables: { token }, fetchPolicy: 'network-only' });

  if (!data) {
    if (!error) return <PageLoader label={t('loading')} />;
    const code = errorCode(error);
    if (code === 'NOT_FOUND' || code === 'BAD_USER_INPUT') {
      return (
        <Frame title={t('invalidTitle')}>
          <Title order={1} size="h2">
            {t('invalidTitle')}
          </Title>
          <Text>{t('invalid')}</Text>
        </Frame>
      );
    }
    return <ErrorState title={t('errorTitle')} error={error} onRetry={() => void refetch().catch(() => undefined)} />;
  }

  const preview = data.invitation;
  const title = t('title', { name: preview.organisationName });
  return (
    <Frame title={title}>
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <IconMailOpened size={32} aria-hidden style={{ flexShrink: 0, color: 'var(--mantine-primary-color-filled)' }} />
        <Title order={1} size="h2" style={{ overflowWrap: 'anywhere' }}>
          {title}
        </Title>
      </Group>
      <DataList orientation="horizontal" withDivider>
        <DataList.Item>
          <DataList.ItemLabel>{t('organisation')}</DataList.ItemLabel>
          <DataList.ItemValue>
            {preview.organisationName} · {tOrganisations(`kinds.${preview.organisationKind}`)}
          </DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>{t('invitedEmail')}</DataList.ItemLabel>
          <DataList.ItemValue>{preview.email}</DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>{t('role')}</DataList.ItemLabel>
          <DataList.ItemValue>{tOrganisations(`roles.${preview.role}`)}</DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>{preview.status === 'EXPIRED' ? t('expired') : t('expires')}</DataList.ItemLabel>
          <DataList.ItemValue>
            <time dateTime={preview.expiresAt}>{format.dateTime(preview.expiresAt)}</time>
          </DataList.ItemValue>
        </DataList.Item>
      </DataList>
      {preview.status === 'PENDING' ? (
        <AcceptPanel token={token} preview={preview} />
      ) : (
        <Alert color={preview.status === 'ACCEPTED' ? 'teal' : 'orange'} variant="light" title={t(`statuses.${preview.status}.title`)} data-status={preview.status}>
          <Stack gap="sm" align="flex-start">
            <Text size="sm">{t(`statuses.${preview.status}.description`)}</Text>
            <Button component={Link} to="/" size="xs" variant="white">
              {t('backHome')}
            </Button>
          </Stack>
        </Alert>
      )}
    </Frame>
  );
}

export default function AcceptInvitationPage() {
  const { t } = useTranslation('invitations');
  const [params] = useSearchParams();
  const token = params.get('token');
  if (!token) {
    return (
      <Frame title={t('invalidTitle')}>
        <Title order={1} size="h2">
          {t('invalidTitle')}
        </Title>
        <Text>{t('missingToken')}</Text>
      </Frame>
    );
  }
  return <InvitationPreviewCard token={token} />;
}
