import { Alert, Anchor, Button, Group, Stack, TextInput } from '@mantine/core';
import { isEmail, useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { IconMailCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AuthCard } from '@web/modules/identity/components/auth-card';
import { REQUEST_PASSWORD_RESET_MUTATION } from '@web/modules/identity/graphql/account';
import { FailureAlert, useFormFailure } from '@web/shared/forms/failure';

const FIELDS = ['email'];

export default function ForgotPasswordPage() {
  const { t } = useTranslation('identity');
  const [requestReset, { loading }] = useMutation(REQUEST_PASSWORD_RESET_MUTATION);
  const [sentTo, setSentTo] = useState<string>();
  const form = useForm({ initialValues: { email: '' }, validate: { email: isEmail(t('fields.emailInvalid')) } });
  const { failure, report, clear, waiting } = useFormFailure(form, FIELDS);

  const submit = form.onSubmit(async ({ email }) => {
    clear();
    try {
      await requestReset({ variables: { email: email.trim() } });
      // Always the same answer, whether or not the address has an account.
      setSentTo(email.trim());
    } catch (error) {
      report(error);
    }
  });

  return (
    <AuthCard
      title={t('forgotPassword.title')}
      description={t('forgotPassword.description')}
      footer={
        <Anchor component={Link} to="/sign-in">
          {t('forgotPassword.backToSignIn')}
        </Anchor>
      }
    >
      {sentTo ? (
        <Alert color="teal" variant="light" icon={<IconMailCheck aria-hidden />} title={t('forgotPassword.sentTitle')} role="status">
          {t('forgotPassword.sent', { email: sentTo })}
        </Alert>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <FailureAlert failure={failure} />
            <TextInput label={t('fields.email')} type="email" autoComplete="email" required {...form.getInputProps('email')} />
            <Group justify="flex-end">
              <Button type="submit" loading={loading} disabled={waiting}>
                {t('forgotPassword.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </AuthCard>
  );
}
