import { Stack, TagsInput, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { OrganisationFormValues } from './organisation-fields';

type Form = UseFormReturnType<OrganisationFormValues>;

/** Name, short name, registration code and website. */
export function IdentityFields({ form }: { form: Form }) {
  const { t } = useTranslation('organisations');
  return (
    <Stack gap="md">
      <TextInput label={t('fields.name')} description={t('fields.nameHint')} required maxLength={200} {...form.getInputProps('name')} />
      <TextInput label={t('fields.shortName')} description={t('fields.shortNameHint')} maxLength={50} {...form.getInputProps('shortName')} />
      <TextInput label={t('fields.registrationCode')} description={t('fields.registrationCodeHint')} maxLength={50} {...form.getInputProps('registrationCode')} />
      <TextInput label={t('fields.website')} description={t('fields.websiteHint')} type="url" inputMode="url" placeholder="https://" {...form.getInputProps('website')} />
    </Stack>
  );
}

/** The introduction in Vietnamese and/or English, and the domains of expertise. */
export function DescriptionFields({ form }: { form: Form }) {
  const { t } = useTranslation('organisations');
  return (
    <Stack gap="md">
      <Textarea label={t('fields.descriptionVi')} lang="vi" autosize minRows={4} maxRows={12} {...form.getInputProps('descriptionVi')} />
      <Textarea label={t('fields.descriptionEn')} lang="en" autosize minRows={4} maxRows={12} {...form.getInputProps('descriptionEn')} />
      <TagsInput
        label={t('fields.expertise')}
        description={t('fields.expertiseHint')}
        splitChars={[',', ';']}
        maxTags={20}
        clearable
        acceptValueOnBlur
        {...form.getInputProps('expertise')}
      />
    </Stack>
  );
}
