import { Alert, Button, Card, FileButton, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { IconPhotoUp, IconTrash } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REMOVE_ORGANISATION_LOGO_MUTATION, SET_ORGANISATION_LOGO_MUTATION, type OrganisationProfile } from '@web/modules/organisations/graphql/organisations';
import { errorMessage } from '@web/shared/graphql/errors';
import { OrganisationLogo } from './organisation-header';
import { notify } from '@web/shared/ui/notify';

export const LOGO_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;
export const LOGO_MAX_BYTES = 512 * 1024;

/** Why a chosen file cannot be a logo (translation key), or undefined when it can. */
export function logoProblem(file: Pick<File, 'type' | 'size'>): 'settings.logoType' | 'settings.logoSize' | undefined {
  if (!(LOGO_TYPES as readonly string[]).includes(file.type)) return 'settings.logoType';
  if (file.size > LOGO_MAX_BYTES) return 'settings.logoSize';
  return undefined;
}

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => (typeof reader.result === 'string' ? resolve(reader.result) : reject(new Error('unreadable')));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsDataURL(file);
  });
}

interface LogoSettingsProps {
  organisation: OrganisationProfile;
  onChanged: (version: number) => void;
}

export function OrganisationLogoSettings({ organisation, onChanged }: LogoSettingsProps) {
  const { t } = useTranslation(['organisations', 'common']);
  const headingId = useId();
  const [setLogo, { loading: uploading }] = useMutation(SET_ORGANISATION_LOGO_MUTATION);
  const [removeLogo, { loading: removing }] = useMutation(REMOVE_ORGANISATION_LOGO_MUTATION);
  const [problem, setProblem] = useState<string>();

  const upload = async (file: File | null) => {
    setProblem(undefined);
    if (!file) return;
    const local = logoProblem(file);
    if (local) return setProblem(t(local));
    try {
      const image = await readAsDataUrl(file);
      const { data } = await setLogo({ variables: { id: organisation.id, image } });
      if (data) onChanged(data.setOrganisationLogo.version);
      notify({ color: 'teal', message: t('settings.logoSaved') });
    } catch (error) {
      setProblem(errorMessage(error, t('common:states.networkError')));
    }
  };

  const remove = async () => {
    setProblem(undefined);
    try {
      const { data } = await removeLogo({ variables: { id: organisation.id } });
      if (data) onChanged(data.removeOrganisationLogo.version);
      notify({ color: 'teal', message: t('settings.logoRemoved') });
    } catch (error) {
      setProblem(errorMessage(error, t('common:states.networkError')));
    }
  };

  return (
    <Card component="section" withBorder padding="lg" aria-labelledby={headingId}>
      <Stack gap="md">
        <Title order={2} size="h3" id={headingId}>
          {t('settings.logoHeading')}
        </Title>
        {problem && (
          <Alert color="red" variant="light">
            {problem}
          </Alert>
        )}
        <Group gap="lg" wrap="wrap">
          {organisation.logoUrl ? (
            <img src={organisation.logoUrl} alt={t('settings.currentLogo', { name: organisation.name })} width={96} height={96} style={{ objectFit: 'contain', borderRadius: 8, border: '1px solid var(--mantine-color-gray-3)' }} />
          ) : (
            <Stack gap={4} align="center">
              <OrganisationLogo organisation={organisation} size={96} />
              <Text size="xs" c="dimmed">
                {t('settings.noLogo')}
              </Text>
            </Stack>
          )}
          <Stack gap="xs">
            <Text size="sm" c="dimmed">
              {t('settings.logoHint')}
            </Text>
            <Group gap="sm">
              <FileButton onChange={(file) => void upload(file)} accept={LOGO_TYPES.join(',')}>
                {(props) => (
                  <Button {...props} leftSection={<IconPhotoUp size={16} aria-hidden />} loading={uploading} variant="light">
                    {organisation.logoUrl ? t('settings.replaceLogo') : t('settings.uploadLogo')}
                  </Button>
                )}
              </FileButton>
              {organisation.logoUrl && (
                <Button variant="subtle" color="red" leftSection={<IconTrash size={16} aria-hidden />} onClick={() => void remove()} loading={removing}>
                  {t('settings.removeLogo')}
                </Button>
              )}
            </Group>
          </Stack>
        </Group>
      </Stack>
    </Card>
  );
}
