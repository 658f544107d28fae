import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PROJECT_LIMITS } from '@helix/domain';
import { AttachmentList } from '@web/shared/files/attachment-list';
import { AttachmentsField } from '@web/shared/files/attachments-field';
import { errorText, type StepProps } from './field-parts';
import type { ProjectAttachment } from './project-form';

interface DocumentsStepProps extends StepProps {
  /** Documents already published with an OPEN project: they stay, only new ones can be added. */
  published: readonly ProjectAttachment[];
  /** The organisation the uploads belong to (the project's owner; the active one while creating). */
  organisationId?: string;
  onUploadingChange: (uploading: boolean) => void;
}

/** Step 6: documents (terms of reference, drawings, data sets), uploaded one by one. */
export function DocumentsStep({ form, locked, published, organisationId, onUploadingChange }: DocumentsStepProps) {
  const { t } = useTranslation('projectEditor');
  const error = errorText(form, 'attachments');
  const { attachments } = form.values;
  if (!locked) {
    return (
      <Stack gap="sm">
        <Text size="sm">{t('fields.attachmentsHint')}</Text>
        <AttachmentsField
          value={attachments}
          onChange={(files) => form.setFieldValue('attachments', files)}
          maxFiles={PROJECT_LIMITS.attachmentsMax}
          organisationId={organisationId}
          error={error}
          onUploadingChange={onUploadingChange}
        />
      </Stack>
    );
  }
  // An open project keeps what it published: those are listed apart, and only additions can be removed again.
  const publishedIds = new Set(published.map((file) => file.id));
  const added = attachments.filter((file) => !publishedIds.has(file.id));
  const kept = attachments.filter((file) => publishedIds.has(file.id));
  return (
    <Stack gap="md">
      <Text size="sm">{t('fields.attachmentsHint')}</Text>
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t('fields.publishedDocuments')}
        </Title>
        <AttachmentList files={kept} emptyText={t('fields.noPublishedDocuments')} />
      </Stack>
      <AttachmentsField
        label={t('fields.addedDocuments')}
        value={added}
        onChange={(files) => form.setFieldValue('attachments', [...kept, ...files])}
        maxFiles={Math.max(0, PROJECT_LIMITS.attachmentsMax - kept.length)}
        organisationId={organisationId}
        error={error}
        onUploadingChange={onUploadingChange}
      />
    </Stack>
  );
}
