import { Stack, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectView } from '@web/modules/projects/graphql/projects';
import { AttachmentList } from '@web/shared/files/attachment-list';

/** The project's documents, each downloadable under its name. */
export function ProjectDocuments({ attachments }: { attachments: ProjectView['attachments'] }) {
  const { t } = useTranslation('projects');
  const headingId = useId();
  return (
    <Stack component="section" gap="sm" aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId}>
        {t('documents.heading')}
      </Title>
      <AttachmentList files={attachments} emptyText={t('documents.empty')} />
    </Stack>
  );
}
