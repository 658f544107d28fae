import { Alert, Anchor, Button, Group, Stack } from '@mantine/core';
import { hasLength, matchesField, useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { IconCircleCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PASSWORD_MIN_LENGTH } from '@helix/domain';
import { AuthCard } from '@web/modules/identity/components/auth-card';
import { RESET_PASSWORD_MUTATION } from '@web/modules/identity/graphql/account';
import { PasswordField } from '@web/shared/forms/password-field';
import { FailureAlert, useFormFailure } from '@web/shared/forms/failure';

const FIELDS = ['password'];

export default function ResetPasswordPage() {
  const { t } = useTranslation('identity');
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [resetPassword, { loading }] = useMutation(RESET_PASSWORD_MUTATION);
  const [done, setDone] = useState(false);
  const form = useForm({
    initialValues: { password: '', confirmation: '' },
    validate: {
      password: hasLength({ min: PASSWORD_MIN_LENGTH }, t('fields.passwordTooShort', { min: PASSWORD_MIN_LENGTH })),
      confirmation: matchesField('password', t('fields.passwordMismatch')),
    },
  });
  const { failure, report, clear, waiting } = useFormFailure(form, FIELDS);

  const submit = form.onSubmit(async ({ password }) => {
    clear();
    try {
      await resetPassword({ variables: { input: { token, password } } });
      setDone(true);
    } catch (error) {
      report(error);
    }
  });

  const requestAgain = (
    <Anchor component={Link} to="/forgot-password" size="sm" fw={600}>
      {t('resetPassword.requestAgain')}
    </Anchor>
  );

  return (
    <AuthCard title={t('resetPassword.title')} description={token && !done ? t('resetPassword.description') : undefined}>
      {!token ? (
        <Alert color="red" variant="light" title={t('resetPassword.missingTokenTitle')}>
          <Stack gap="xs" align="flex-start">
            {t('resetPassword.missingToken')}
            {requestAgain}
          </Stack>
        </Alert>
      ) : done ? (
        <Alert color="teal" variant="light" icon={<IconCircleCheck aria-hidden />} title={t('resetPassword.doneTitle')} role="status">
          <Stack gap="xs" align="flex-start">
            {t('resetPassword.done')}
            <Button component={Link} to="/sign-in" size="sm">
              {t('resetPassword.signIn')}
            </Button>
          </Stack>
        </Alert>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <FailureAlert failure={failure}>{failure?.field === 'token' && <div>{requestAgain}</div>}</FailureAlert>
            <PasswordField
              label={t('fields.newPassword')}
              description={t('fields.passwordHint', { min: PASSWORD_MIN_LENGTH })}
              autoComplete="new-password"
              required
              {...form.getInputProps('password')}
            />
            <PasswordField label={t('fields.confirmPassword')} autoComplete="new-password" required {...form.getInputProps('confirmation')} />
            <Group justify="flex-end">
              <Button type="submit" loading={loading} disabled={waiting}>
                {t('resetPassword.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </AuthCard>
  );
}
