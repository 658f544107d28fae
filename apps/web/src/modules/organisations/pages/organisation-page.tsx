import { Anchor, Stack } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ECOSYSTEM_SECTION_ID } from '@web/modules/organisations/components/ecosystem-section';
import { OrganisationFrame } from '@web/modules/organisations/components/organisation-frame';
import { OrganisationProfile } from '@web/modules/organisations/components/organisation-profile';

export default function OrganisationPage() {
  const { t } = useTranslation('organisations');
  const { id = '' } = useParams();
  return (
    <Stack gap="lg">
      <Anchor component={Link} to={`/#${ECOSYSTEM_SECTION_ID}`} size="sm" style={{ display: 'inline-flex', alignItems: 'center', gap: 4, alignSelf: 'flex-start' }}>
        <IconArrowLeft size={16} aria-hidden />
        {t('profile.back')}
      </Anchor>
      <OrganisationFrame id={id} section="profile">
        {(organisation) => <OrganisationProfile organisation={organisation} />}
      </OrganisationFrame>
    </Stack>
  );
}
