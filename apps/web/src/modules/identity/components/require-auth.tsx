import { Button, EmptyState } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Outlet, useLocation } from 'react-router';
import { useSession } from '@web/modules/identity/hooks/use-session';
import { withReturnTo } from '@web/shared/links/return-path';
import { DocumentTitle } from '@web/shared/ui/document-title';
import { ErrorState } from '@web/shared/ui/error-state';
import { PageLoader } from '@web/shared/ui/page-loader';

/** Pages for signed-in users: anyone else is sent to sign in, and brought back afterwards. */
export function RequireAuth() {
  const { t } = useTranslation('identity');
  const { user, loading, error, retry } = useSession();
  const location = useLocation();
  if (loading) return <PageLoader />;
  if (error) return <ErrorState title={t('session.errorTitle')} error={error} onRetry={retry} />;
  if (!user) return <Navigate to={withReturnTo('/sign-in', `${location.pathname}${location.search}`)} replace />;
  return <Outlet />;
}

/** A friendly refusal: the page exists, but not for this user. */
export function NotAllowedState({ title, description }: { title: string; description: string }) {
  const { t } = useTranslation('identity');
  return (
    <>
      <DocumentTitle title={title} />
      <EmptyState icon={<IconLock aria-hidden />} withIndicatorBackground size="lg" py="xl">
        <EmptyState.Title order={1}>{title}</EmptyState.Title>
        <EmptyState.Description>{description}</EmptyState.Description>
        <EmptyState.Actions>
          <Button component={Link} to="/">
            {t('notAllowed.backHome')}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    </>
  );
}

/** Pages of the programme office (inside RequireAuth). */
export function RequirePlatformAdmin() {
  const { t } = useTranslation('identity');
  const { user } = useSession();
  if (!user?.isPlatformAdmin) return <NotAllowedState title={t('notAllowed.adminTitle')} description={t('notAllowed.adminDescription')} />;
  return <Outlet />;
}
