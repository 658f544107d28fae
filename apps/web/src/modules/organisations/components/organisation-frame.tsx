import { Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '@web/modules/identity/hooks/use-session';
import type { OrganisationProfile } from '@web/modules/organisations/graphql/organisations';
import { useOrganisation } from '@web/modules/organisations/hooks/use-organisation';
import { DocumentTitle } from '@web/shared/ui/document-title';
import { ErrorState } from '@web/shared/ui/error-state';
import { NotFoundState } from '@web/shared/ui/not-found-state';
import { PageLoader } from '@web/shared/ui/page-loader';
import { OrganisationHeader } from './organisation-header';
import { OrganisationNav, type OrganisationSection } from './organisation-nav';
import { OrganisationStatusBanner } from './organisation-status-banner';

interface OrganisationFrameProps {
  id: string;
  section: OrganisationSection;
  /** The tab title; the organisation's name when not given. */
  title?: (organisation: OrganisationProfile) => string;
  children: (organisation: OrganisationProfile) => ReactNode;
}

/**
 * What every page of one organisation shares: loading and not-found states, its name and badges,
 * the links between its pages and, for its members, the banner of an unverified organisation.
 */
export function OrganisationFrame({ id, section, title, children }: OrganisationFrameProps) {
  const { t } = useTranslation('organisations');
  const { organisation, loading, notFound, error, retry } = useOrganisation(id);
  const { user } = useSession();

  if (loading) return <PageLoader label={t('profile.loading')} />;
  if (notFound) {
    return (
      <>
        <DocumentTitle title={t('profile.notFoundTitle')} />
        <NotFoundState title={t('profile.notFoundTitle')} description={t('profile.notFoundDescription')} />
      </>
    );
  }
  if (error || !organisation) {
    return (
      <>
        <DocumentTitle title={t('profile.errorTitle')} />
        <ErrorState title={t('profile.errorTitle')} error={error} onRetry={retry} />
      </>
    );
  }
  const concerned = !!organisation.myRole || !!user?.isPlatformAdmin;
  return (
    <Stack gap="lg">
      <DocumentTitle title={title ? title(organisation) : organisation.name} />
      <OrganisationHeader organisation={organisation} />
      {concerned && <OrganisationStatusBanner status={organisation.status} statusReason={organisation.statusReason} />}
      <OrganisationNav organisationId={organisation.id} myRole={organisation.myRole} current={section} />
      {children(organisation)}
    </Stack>
  );
}
