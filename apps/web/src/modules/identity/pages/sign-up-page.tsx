import { Anchor, Button, Group, Stack, TextInput } from '@mantine/core';
import { hasLength, isEmail, isNotEmpty, useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link, Navigate, useSearchParams } from 'react-router';
import { PASSWORD_MIN_LENGTH, type Locale } from '@helix/domain';
import { AuthCard } from '@web/modules/identity/components/auth-card';
import { LocaleRadioGroup } from '@web/modules/identity/components/locale-radio-group';
import { SIGN_UP_MUTATION } from '@web/modules/identity/graphql/session';
import { useSession, useStartSession } from '@web/modules/identity/hooks/use-session';
import { PasswordField } from '@web/shared/forms/password-field';
import { FailureAlert, useFormFailure } from '@web/shared/forms/failure';
import { useLocale } from '@web/shared/i18n/locale';
import { safeReturnPath, withReturnTo } from '@web/shared/links/return-path';

const FIELDS = ['fullName', 'email', 'password'];

/** Where a new account goes when no page asked for it: creating its organisation. */
const AFTER_SIGN_UP = '/organisations/new';

export default function SignUpPage() {
  const { t } = useTranslation('identity');
  const [params] = useSearchParams();
  const returnTo = safeReturnPath(params.get('returnTo'));
  const locale = useLocale();
  const { user } = useSession();
  const startSession = useStartSession();
  const [signUp] = useMutation(SIGN_UP_MUTATION);
  const [submitting, setSubmitting] = useState(false);
  const [signedUp, setSignedUp] = useState(false);
  // Follows the screen's language until the person picks one here.
  const [chosenLocale, setChosenLocale] = useState<Locale>();
  const preferredLocale = chosenLocale ?? locale;
  const form = useForm({
    initialValues: { fullName: '', email: params.get('email') ?? '', password: '' },
    validate: {
      fullName: isNotEmpty(t('fields.fullNameRequired')),
      email: isEmail(t('fields.emailInvalid')),
      password: hasLength({ min: PASSWORD_MIN_LENGTH }, t('fields.passwordTooShort', { min: PASSWORD_MIN_LENGTH })),
    },
  });
  const { failure, report, clear, waiting } = useFormFailure(form, FIELDS);

  if (user) return <Navigate to={returnTo ?? (signedUp ? AFTER_SIGN_UP : '/')} replace />;

  const submit = form.onSubmit(async (values) => {
    clear();
    setSubmitting(true);
    try {
      const { data } = await signUp({
        variables: { input: { fullName: values.fullName.trim(), email: values.email.trim(), password: values.password, locale: preferredLocale } },
      });
      if (data) {
        setSignedUp(true);
        await startSession(data.signUp.user);
      }
    } catch (error) {
      report(error);
    } finally {
      setSubmitting(false);
    }
  });

  return (
    <AuthCard
      title={t('signUp.title')}
      description={t('signUp.description')}
      footer={
        <Trans t={t} i18nKey="signUp.haveAccount" components={{ signIn: <Anchor component={Link} to={withReturnTo('/sign-in', returnTo)} fw={600} /> }} />
      }
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <FailureAlert failure={failure} />
          <TextInput label={t('fields.fullName')} autoComplete="name" required {...form.getInputProps('fullName')} />
          <TextInput label={t('fields.email')} type="email" autoComplete="email" required {...form.getInputProps('email')} />
          <PasswordField
            label={t('fields.password')}
            description={t('fields.passwordHint', { min: PASSWORD_MIN_LENGTH })}
            autoComplete="new-password"
            required
            {...form.getInputProps('password')}
          />
          <LocaleRadioGroup
            label={t('fields.locale')}
            description={t('fields.localeHint')}
            value={preferredLocale}
            onChange={setChosenLocale}
          />
          <Group justify="flex-end">
            <Button type="submit" loading={submitting} disabled={waiting}>
              {t('signUp.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AuthCard>
  );
}
