import { Alert, Stack } from '@mantine/core';
import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { roleAtLeast } from '@helix/domain';
import { OrganisationFrame } from '@web/modules/organisations/components/organisation-frame';
import { OrganisationLogoSettings } from '@web/modules/organisations/components/organisation-logo-settings';
import { formValuesOf, OrganisationSettingsForm } from '@web/modules/organisations/components/organisation-settings-form';
import { ORGANISATION_QUERY, type OrganisationProfile } from '@web/modules/organisations/graphql/organisations';

function OrganisationSettings({ organisation }: { organisation: OrganisationProfile }) {
  const client = useApolloClient();
  // The version the form is based on moves only with this user's own saves, never with a refetch:
  // someone else's save must come back as CONFLICT, not be overwritten.
  const [baseVersion, setBaseVersion] = useState(organisation.version);
  const [loadedValues, setLoadedValues] = useState(() => formValuesOf(organisation));
  const [formKey, setFormKey] = useState(0);

  // After a CONFLICT: the latest version becomes the form's starting point (and its base version).
  const reload = async () => {
    const { data } = await client.query({ query: ORGANISATION_QUERY, variables: { id: organisation.id }, fetchPolicy: 'network-only' });
    if (!data) return;
    setLoadedValues(formValuesOf(data.organisation));
    setBaseVersion(data.organisation.version);
    setFormKey((key) => key + 1);
  };

  return (
    <Stack gap="lg" maw={880}>
      <OrganisationSettingsForm
        key={formKey}
        organisation={organisation}
        loadedValues={loadedValues}
        expectedVersion={baseVersion} onSaved={setBaseVersion} onReload={reload} />
      <OrganisationLogoSettings organisation={organisation} onChanged={setBaseVersion} />
    </Stack>
  );
}

export default function OrganisationSettingsPage() {
  const { t } = useTranslation('organisations');
  const { id = '' } = useParams();
  return (
    <OrganisationFrame id={id} section="settings" title={(organisation) => t('settings.documentTitle', { name: organisation.name })}>
      {(organisation) =>
        organisation.myRole && roleAtLeast(organisation.myRole, 'ADMIN') ? (
          <OrganisationSettings organisation={organisation} />
        ) : (
          <Alert color="gray" variant="light" title={t('settings.notAllowedTitle')}>
            {t('settings.notAllowed')}
          </Alert>
        )
      }
    </OrganisationFrame>
  );
}
