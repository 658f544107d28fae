import { Badge, Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { hasLength, isNotEmpty, matchesField, useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PASSWORD_MIN_LENGTH, type Locale } from '@helix/domain';
import { LocaleRadioGroup } from '@web/modules/identity/components/locale-radio-group';
import { CHANGE_PASSWORD_MUTATION, UPDATE_ME_MUTATION } from '@web/modules/identity/graphql/account';
import type { SessionUser } from '@web/modules/identity/graphql/session';
import { useSession } from '@web/modules/identity/hooks/use-session';
import { PasswordField } from '@web/shared/forms/password-field';
import { FailureAlert, useFormFailure } from '@web/shared/forms/failure';
import { errorMessage } from '@web/shared/graphql/errors';
import { useLocale } from '@web/shared/i18n/locale';
import { DocumentTitle } from '@web/shared/ui/document-title';
import { notify } from '@web/shared/ui/notify';

function Section({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <Card component="section" withBorder padding="lg" aria-labelledby={headingId}>
      <Stack gap="md">
        <Title order={2} size="h3" id={headingId}>
          {title}
        </Title>
        {children}
      </Stack>
    </Card>
  );
}

function ProfileForm({ user }: { user: SessionUser }) {
  const { t } = useTranslation('identity');
  const [updateMe, { loading }] = useMutation(UPDATE_ME_MUTATION);
  const form = useForm({ initialValues: { fullName: user.fullName }, validate: { fullName: isNotEmpty(t('fields.fullNameRequired')) } });
  const { failure, report, clear } = useFormFailure(form, ['fullName']);

  const submit = form.onSubmit(async ({ fullName }) => {
    clear();
    try {
      await updateMe({ variables: { input: { fullName: fullName.trim() } } });
      form.resetDirty();
      notify({ color: 'teal', message: t('account.profileSaved') });
    } catch (error) {
      report(error);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <FailureAlert failure={failure} />
        <TextInput label={t('fields.email')} value={user.email} readOnly description={t('account.emailFixed')} />
        <TextInput label={t('fields.fullName')} autoComplete="name" required {...form.getInputProps('fullName')} />
        <Group justify="flex-end">
          <Button type="submit" loading={loading} disabled={!form.isDirty()}>
            {t('account.saveProfile')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Switching the language here switches the screen at once and is kept with the account. */
function LanguagePreference() {
  const { t, i18n } = useTranslation(['identity', 'common']);
  const locale = useLocale();
  const [updateMe] = useMutation(UPDATE_ME_MUTATION);
  const [saving, setSaving] = useState(false);

  const change = async (next: Locale) => {
    await i18n.changeLanguage(next);
    setSaving(true);
    try {
      await updateMe({ variables: { input: { locale: next } } });
      notify({ color: 'teal', message: t('account.languageSaved') });
    } catch (error) {
      notify({ color: 'red', title: t('account.languageNotSaved'), message: errorMessage(error, t('common:states.networkError')) });
    } finally {
      setSaving(false);
    }
  };

  return <LocaleRadioGroup label={t('fields.locale')} description={t('account.languageHint')} value={locale} onChange={(next) => void change(next)} disabled={saving} />;
}

function ChangePasswordForm() {
  const { t } = useTranslation('identity');
  const [changePassword, { loading }] = useMutation(CHANGE_PASSWORD_MUTATION);
  const form = useForm({
    initialValues: { currentPassword: '', newPassword: '', confirmation: '' },
    validate: {
      currentPassword: isNotEmpty(t('fields.passwordRequired')),
      newPassword: hasLength({ min: PASSWORD_MIN_LENGTH }, t('fields.passwordTooShort', { min: PASSWORD_MIN_LENGTH })),
      confirmation: matchesField('newPassword', t('fields.passwordMismatch')),
    },
  });
  const { failure, report, clear, waiting } = useFormFailure(form, ['currentPassword', 'newPassword']);

  const submit = form.onSubmit(async ({ currentPassword, newPassword }) => {
    clear();
    try {
      await changePassword({ variables: { input: { currentPassword, newPassword } } });
      form.reset();
      notify({ color: 'teal', message: t('account.passwordChanged') });
    } catch (error) {
      report(error);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <FailureAlert failure={failure} />
        <PasswordField label={t('fields.currentPassword')} autoComplete="current-password" required {...form.getInputProps('currentPassword')} />
        <PasswordField
          label={t('fields.newPassword')}
          description={t('fields.passwordHint', { min: PASSWORD_MIN_LENGTH })}
          autoComplete="new-password"
          required
          {...form.getInputProps('newPassword')}
        />
        <PasswordField label={t('fields.confirmPassword')} autoComplete="new-password" required {...form.getInputProps('confirmation')} />
        <Group justify="flex-end">
          <Button type="submit" loading={loading} disabled={waiting}>
            {t('account.changePassword')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export default function AccountPage() {
  const { t } = useTranslation('identity');
  const { user } = useSession();
  // The route is protected: the user is there.
  if (!user) return null;
  return (
    <Stack gap="lg" maw={720}>
      <DocumentTitle title={t('account.title')} />
      <Stack gap={4}>
        <Title order={1}>{t('account.title')}</Title>
        <Group gap="xs">
          <Text c="dimmed">{user.email}</Text>
          {user.isPlatformAdmin && (
            <Badge variant="light" color="grape">
              {t('account.platformAdmin')}
            </Badge>
          )}
        </Group>
      </Stack>
      <Section title={t('account.profile')}>
        <ProfileForm user={user} />
      </Section>
      <Section title={t('account.language')}>
        <LanguagePreference />
      </Section>
      <Section title={t('account.password')}>
        <ChangePasswordForm />
      </Section>
    </Stack>
  );
}
