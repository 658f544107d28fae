import { Anchor, Group, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconFile, IconFileSpreadsheet, IconFileText, IconFileTypeCsv, IconFileTypePdf, IconPhoto, IconPresentation } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '@web/shared/i18n/locale';
import { type FileKind, fileKind, formatFileSize } from './file-display';
import type { UploadedFile } from './upload-file';

/** What a list needs of a file: `UploadedFile` and GraphQL's `FileAttachment` both fit. */
export type AttachmentSummary = Pick<UploadedFile, 'id' | 'name' | 'contentType' | 'size' | 'url'>;

const ICONS: Record<FileKind, typeof IconFile> = {
  pdf: IconFileTypePdf,
  word: IconFileText,
  spreadsheet: IconFileSpreadsheet,
  presentation: IconPresentation,
  image: IconPhoto,
  csv: IconFileTypeCsv,
  other: IconFile,
};

const COLORS: Record<FileKind, string> = { pdf: 'red', word: 'blue', spreadsheet: 'teal', presentation: 'orange', image: 'grape', csv: 'teal', other: 'gray' };

/** The type icon of a file, labelled with its kind for screen readers. */
export function FileTypeIcon({ contentType }: { contentType: string }) {
  const { t } = useTranslation('files');
  const kind = fileKind(contentType);
  const Icon = ICONS[kind];
  return (
    <ThemeIcon variant="light" color={COLORS[kind]} size="lg" radius="md" role="img" aria-label={t(`types.${kind}`)}>
      <Icon size={20} aria-hidden />
    </ThemeIcon>
  );
}

/** One row: icon, name (a download link when `link`), size, and whatever `actions` the caller adds. */
export function AttachmentRow({ file, link = true, status, actions }: { file: Pick<AttachmentSummary, 'name' | 'contentType' | 'size' | 'url'>; link?: boolean; status?: ReactNode; actions?: ReactNode }) {
  const { t } = useTranslation('files');
  const locale = useLocale();
  const size = formatFileSize(file.size, locale);
  return (
    <Group component="li" gap="sm" wrap="nowrap" justify="space-between" style={{ listStyle: 'none' }}>
      <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
        <FileTypeIcon contentType={file.contentType} />
        <Stack gap={0} style={{ minWidth: 0 }}>
          {link ? (
            <Anchor href={file.url} download={file.name} aria-label={t('list.download', { name: file.name, size })} style={{ overflowWrap: 'anywhere' }}>
              {file.name}
            </Anchor>
          ) : (
            <Text style={{ overflowWrap: 'anywhere' }}>{file.name}</Text>
          )}
          <Text size="xs" c="dimmed">
            {status ?? size}
          </Text>
        </Stack>
      </Group>
      {actions}
    </Group>
  );
}

export interface AttachmentListProps {
  /** The files to list, in order (e.g. a project's `attachments { id name contentType size url }`). */
  files: readonly AttachmentSummary[];
  /** Shown when there is no file; without it an empty list renders nothing. */
  emptyText?: ReactNode;
}

/**
 * A read-only list of attachments: type icon, name as a download link (the API sends every file as
 * an attachment, so nothing opens inside the application) and size in the reader's locale.
 */
export function AttachmentList({ files, emptyText }: AttachmentListProps) {
  if (!files.length) {
    return emptyText ? (
      <Text size="sm" c="dimmed">
        {emptyText}
      </Text>
    ) : null;
  }
  return (
    <Stack component="ul" gap="xs" p={0} m={0}>
      {files.map((file) => (
        <AttachmentRow key={file.id} file={file} />
      ))}
    </Stack>
  );
}
