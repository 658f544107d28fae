import { Anchor, Stack } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ECOSYSTEM_SECTION_ID } from '@web/modules/organisations/components/ecosystem-section';
import { OrganisationProfile } from '@web/modules/organisations/components/organisation-profile';
import { useOrganisation } from '@web/modules/organisations/hooks/use-organisation';
import { DocumentTitle } from '@web/shared/ui/document-title';
import { ErrorState } from '@web/shared/ui/error-state';
import { NotFoundState } from '@web/shared/ui/not-found-state';
import { PageLoader } from '@web/shared/ui/page-loader';

function OrganisationContent({ id }: { id: string }) {
  const { t } = useTranslation('organisations');
  const { organisation, loading, notFound, error, retry } = useOrganisation(id);

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
  return (
    <>
      <DocumentTitle title={organisation.name} />
      <OrganisationProfile organisation={organisation} />
    </>
  );
}

export default function OrganisationPage() {
  const { t } = useTranslation('organisations');
  const { id = '' } = useParams();
  return (
    <Stack gap="lg">
      <Anchor component={Link} to={`/#${ECOSYSTEM_SECTION_ID}`} size="sm" style={{ display: 'inline-flex', alignItems: 'center', gap: 4, alignSelf: 'flex-start' }}>
        <IconArrowLeft size={16} aria-hidden />
        {t('profile.back')}
      </Anchor>
      <OrganisationContent id={id} />
    </Stack>
  );
}
