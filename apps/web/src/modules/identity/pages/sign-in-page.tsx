import { Anchor, Button, Group, Stack, TextInput } from '@mantine/core';
import { isEmail, isNotEmpty, useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link, Navigate, useSearchParams } from 'react-router';
import { AuthCard } from '@web/modules/identity/components/auth-card';
import { SIGN_IN_MUTATION } from '@web/modules/identity/graphql/session';
import { useSession, useStartSession } from '@web/modules/identity/hooks/use-session';
import { PasswordField } from '@web/shared/forms/password-field';
import { FailureAlert, useFormFailure } from '@web/shared/forms/failure';
import { safeReturnPath, withReturnTo } from '@web/shared/links/return-path';

const FIELDS = ['email', 'password'];

export default function SignInPage() {
  const { t } = useTranslation('identity');
  const [params] = useSearchParams();
  const returnTo = safeReturnPath(params.get('returnTo'));
  const { user } = useSession();
  const startSession = useStartSession();
  const [signIn] = useMutation(SIGN_IN_MUTATION);
  const [submitting, setSubmitting] = useState(false);
  const form = useForm({
    initialValues: { email: params.get('email') ?? '', password: '' },
    validate: { email: isEmail(t('fields.emailInvalid')), password: isNotEmpty(t('fields.passwordRequired')) },
  });
  const { failure, report, clear, waiting } = useFormFailure(form, FIELDS);

  if (user) return <Navigate to={returnTo ?? '/'} replace />;

  const submit = form.onSubmit(async (values) => {
    clear();
    setSubmitting(true);
    try {
      const { data } = await signIn({ variables: { input: { email: values.email.trim(), password: values.password } } });
      // The `me` query then answers the user and the redirect above takes over.
      if (data) await startSession(data.signIn.user);
    } catch (error) {
      report(error);
    } finally {
      setSubmitting(false);
    }
  });

  return (
    <AuthCard
      title={t('signIn.title')}
      description={t('signIn.description')}
      footer={
        <Trans
          t={t}
          i18nKey="signIn.noAccount"
          components={{ signUp: <Anchor component={Link} to={withReturnTo('/sign-up', returnTo)} fw={600} /> }}
        />
      }
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <FailureAlert failure={failure} />
          <TextInput label={t('fields.email')} type="email" autoComplete="email" required {...form.getInputProps('email')} />
          <PasswordField label={t('fields.password')} autoComplete="current-password" required {...form.getInputProps('password')} />
          <Group justify="space-between" gap="sm">
            <Anchor component={Link} to="/forgot-password" size="sm">
              {t('signIn.forgotPassword')}
            </Anchor>
            <Button type="submit" loading={submitting} disabled={waiting}>
              {t('signIn.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AuthCard>
  );
}
