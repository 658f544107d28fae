import { Button, Group, Skeleton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useSessionSync, useSession } from '@web/modules/identity/hooks/use-session';
import { withReturnTo } from '@web/shared/links/return-path';
import { OrganisationSwitcher } from './organisation-switcher';
import { UserMenu } from './user-menu';

const AUTH_PAGES = ['/sign-in', '/sign-up'];

/** The header's account area: organisation switcher and user menu, or the ways in. */
export function AccountControls() {
  const { t } = useTranslation('identity');
  const { user, loading } = useSession();
  const location = useLocation();
  useSessionSync();

  if (loading) return <Skeleton height={30} width={120} radius="md" aria-hidden />;
  if (!user) {
    // From a sign-in or sign-up page keep the return path it already has; from elsewhere come back here.
    const onAuthPage = AUTH_PAGES.includes(location.pathname);
    const returnTo = onAuthPage ? (new URLSearchParams(location.search).get('returnTo') ?? undefined) : `${location.pathname}${location.search}`;
    return (
      <Group gap="xs" wrap="nowrap">
        <Button component={Link} to={withReturnTo('/sign-in', returnTo)} variant="default" size="sm">
          {t('signIn.link')}
        </Button>
        <Button component={Link} to={withReturnTo('/sign-up', returnTo)} size="sm">
          {t('signUp.link')}
        </Button>
      </Group>
    );
  }
  return (
    <Group gap="xs" wrap="nowrap">
      <OrganisationSwitcher user={user} />
      <UserMenu user={user} />
    </Group>
  );
}
