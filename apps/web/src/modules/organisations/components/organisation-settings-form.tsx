import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { IconRefresh } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UpdateOrganisationInput } from '@web/gql/graphql';
import { UPDATE_ORGANISATION_MUTATION, type OrganisationProfile } from '@web/modules/organisations/graphql/organisations';
import { FailureAlert, useFormFailure } from '@web/shared/forms/failure';
import type { Failure } from '@web/shared/graphql/errors';
import { KindCards } from './kind-cards';
import { cleanExpertise, optionalText, websiteProblem, type OrganisationFormValues } from './organisation-fields';
import { DescriptionFields, IdentityFields } from './organisation-form-fields';
import { notify } from '@web/shared/ui/notify';

const FIELDS = ['kind', 'name', 'shortName', 'registrationCode', 'website', 'descriptionVi', 'descriptionEn', 'expertise'];

export function formValuesOf(organisation: OrganisationProfile): OrganisationFormValues {
  return {
    kind: organisation.kind,
    name: organisation.name,
    shortName: organisation.shortName ?? '',
    registrationCode: organisation.registrationCode ?? '',
    website: organisation.website ?? '',
    descriptionVi: organisation.descriptionVi ?? '',
    descriptionEn: organisation.descriptionEn ?? '',
    expertise: [...organisation.expertise],
  };
}

/** Only what changed goes to the server; a cleared optional text is sent as null. */
export function updateOrganisationInput(initial: OrganisationFormValues, values: OrganisationFormValues, kindEditable: boolean): UpdateOrganisationInput {
  const input: UpdateOrganisationInput = {};
  if (values.name.trim() !== initial.name) input.name = values.name.trim();
  const texts = ['shortName', 'registrationCode', 'website', 'descriptionVi', 'descriptionEn'] as const;
  for (const key of texts) {
    const next = optionalText(values[key]) ?? null;
    if (next !== (optionalText(initial[key]) ?? null)) input[key] = next;
  }
  const expertise = cleanExpertise(values.expertise);
  if (expertise.join('\n') !== initial.expertise.join('\n')) input.expertise = expertise;
  if (kindEditable && values.kind && values.kind !== initial.kind) input.kind = values.kind;
  return input;
}

interface OrganisationSettingsFormProps {
  organisation: OrganisationProfile;
  /** What the form starts from (the organisation as loaded, or as reloaded after a CONFLICT). */
  loadedValues: OrganisationFormValues;
  /** The version the form's values were loaded at: the update must be based on it. */
  expectedVersion: number;
  onSaved: (version: number) => void;
  /** Loads the latest version after a CONFLICT (the form is then rebuilt from it). */
  onReload: () => Promise<void>;
}

/**
 * The profile, saved against the version it was loaded at. When someone else saved in between,
 * the server answers CONFLICT: nothing is overwritten, and the user can load the latest version.
 */
export function OrganisationSettingsForm({ organisation, loadedValues, expectedVersion, onSaved, onReload }: OrganisationSettingsFormProps) {
  const { t } = useTranslation('organisations');
  const headingId = useId();
  const [updateOrganisation, { loading }] = useMutation(UPDATE_ORGANISATION_MUTATION);
  const [initial, setInitial] = useState(loadedValues);
  const [conflict, setConflict] = useState<Failure>();
  const [reloading, setReloading] = useState(false);
  const kindEditable = organisation.status === 'PENDING';
  const form = useForm<OrganisationFormValues>({
    initialValues: initial,
    validate: {
      name: (value) => (value.trim() ? null : t('fields.nameRequired')),
      website: (value) => {
        const problem = websiteProblem(value);
        return problem ? t(problem) : null;
      },
    },
  });
  const { failure, report, clear } = useFormFailure(form, FIELDS);

  const submit = form.onSubmit(async (values) => {
    clear();
    setConflict(undefined);
    const input = updateOrganisationInput(initial, values, kindEditable);
    if (Object.keys(input).length === 0) return;
    try {
      const { data } = await updateOrganisation({ variables: { id: organisation.id, input, expectedVersion } });
      if (!data) return;
      const saved = formValuesOf(data.updateOrganisation);
      setInitial(saved);
      form.setValues(saved);
      form.resetDirty(saved);
      onSaved(data.updateOrganisation.version);
      notify({ color: 'teal', message: t('settings.saved') });
    } catch (error) {
      const reported = report(error);
      if (reported.code === 'CONFLICT') {
        clear();
        setConflict(reported);
      }
    }
  });

  const reload = async () => {
    setReloading(true);
    try {
      await onReload();
    } finally {
      setReloading(false);
    }
  };

  return (
    <Card component="section" withBorder padding="lg" aria-labelledby={headingId}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Title order={2} size="h3" id={headingId}>
            {t('settings.profileHeading')}
          </Title>
          {conflict && (
            <Alert color="orange" variant="light" title={t('settings.conflictTitle')} data-testid="conflict">
              <Stack gap="xs" align="flex-start">
                <Text size="sm">{conflict.message}</Text>
                <Text size="sm">{t('settings.conflict')}</Text>
                <Button size="xs" variant="white" color="orange" leftSection={<IconRefresh size={14} aria-hidden />} onClick={() => void reload()} loading={reloading}>
                  {t('settings.reload')}
                </Button>
              </Stack>
            </Alert>
          )}
          <FailureAlert failure={failure} />
          {kindEditable ? (
            <KindCards
              label={t('fields.kind')}
              value={form.values.kind}
              onChange={(kind) => form.setFieldValue('kind', kind)}
              error={typeof form.errors.kind === 'string' ? form.errors.kind : undefined}
            />
          ) : (
            <Stack gap={2}>
              <Text size="sm" fw={500}>
                {t('fields.kind')}
              </Text>
              <Text>{t(`kinds.${organisation.kind}`)}</Text>
              <Text size="xs" c="dimmed">
                {t('settings.kindLocked')}
              </Text>
            </Stack>
          )}
          <IdentityFields form={form} />
          <DescriptionFields form={form} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => form.setValues(initial)} disabled={!form.isDirty() || loading}>
              {t('settings.discard')}
            </Button>
            <Button type="submit" loading={loading} disabled={!form.isDirty()}>
              {t('settings.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
