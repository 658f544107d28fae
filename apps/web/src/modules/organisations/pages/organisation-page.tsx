import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ECOSYSTEM_SECTION_ID } from '@web/modules/organisations/components/ecosystem-section';
import { OrganisationFrame } from '@web/modules/organisations/components/organisation-frame';
import { OrganisationProfile } from '@web/modules/organisations/components/organisation-profile';
import { BackLink } from '@web/shared/ui/back-link';

export default function OrganisationPage() {
  const { t } = useTranslation('organisations');
  const { id = '' } = useParams();
  return (
    <Stack gap="lg">
      <BackLink to={`/#${ECOSYSTEM_SECTION_ID}`}>{t('profile.back')}</BackLink>
      <OrganisationFrame id={id} section="profile">
        {(organisation) => <OrganisationProfile organisation={organisation} />}
      </OrganisationFrame>
    </Stack>
  );
}
