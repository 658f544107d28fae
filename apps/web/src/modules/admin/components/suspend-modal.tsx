import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { isNotEmpty, useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { Failure } from '@web/shared/graphql/errors';
import { FailureAlert } from '@web/shared/forms/failure';

interface SuspendModalProps {
  organisationName: string | undefined;
  loading: boolean;
  failure: Failure | undefined;
  onSuspend: (reason: string) => void;
  onCancel: () => void;
}

/** Suspending needs a reason: the organisation's members read it on their banner. */
export function SuspendModal({ organisationName, loading, failure, onSuspend, onCancel }: SuspendModalProps) {
  const { t } = useTranslation('admin');
  const { t: tCommon } = useTranslation();
  const form = useForm({ initialValues: { reason: '' }, validate: { reason: isNotEmpty(t('verification.reasonRequired')) } });
  const close = () => {
    form.reset();
    onCancel();
  };
  return (
    <Modal
      opened={organisationName !== undefined}
      onClose={close}
      title={t('verification.suspendTitle', { name: organisationName ?? '' })}
      centered
      closeButtonProps={{ 'aria-label': tCommon('actions.close') }}
    >
      <form onSubmit={form.onSubmit(({ reason }) => onSuspend(reason.trim()))} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('verification.suspendExplanation')}</Text>
          <FailureAlert failure={failure} />
          <Textarea label={t('verification.reason')} required autosize minRows={3} data-autofocus {...form.getInputProps('reason')} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close} disabled={loading}>
              {tCommon('actions.cancel')}
            </Button>
            <Button type="submit" color="red" loading={loading}>
              {t('verification.suspend')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
