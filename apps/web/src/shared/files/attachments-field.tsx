import { ActionIcon, Alert, Button, FileButton, Input, Loader, Stack, VisuallyHidden } from '@mantine/core';
import { IconAlertTriangle, IconPaperclip, IconTrash } from '@tabler/icons-react';
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_ACCEPT, FILE_MAX_BYTES_DEFAULT } from '@helix/domain';
import { useLocale } from '@web/shared/i18n/locale';
import { AttachmentRow } from './attachment-list';
import { formatFileSize } from './file-display';
import { uploadFile, type UploadedFile, UploadError } from './upload-file';

/** The API accepts at most this many attachments on one object. */
export const ATTACHMENTS_MAX_DEFAULT = 20;

export interface AttachmentsFieldProps {
  /** The uploaded files (controlled): pass the form's value… */
  value: UploadedFile[];
  /** …and take the new list; called after each upload that succeeds and on each removal. */
  onChange: (files: UploadedFile[]) => void;
  /** Defaults to "Attachments"; `description` defaults to the accepted types and limits. */
  label?: ReactNode;
  description?: ReactNode;
  /** Checked before sending (the server checks again): 25 MiB unless the deployment says otherwise. */
  maxBytes?: number;
  /** At most this many files in `value` (20, as the API allows). */
  maxFiles?: number;
  /** The organisation the uploads belong to; the one chosen in the switcher by default. */
  organisationId?: string;
  disabled?: boolean;
  /** An error about the whole field from the form (say, a FILE_NOT_FOUND when the object is saved). */
  error?: ReactNode;
  /** Told whether uploads are under way, so a form can hold its submit button meanwhile. */
  onUploadingChange?: (uploading: boolean) => void;
}

interface Pending {
  key: number;
  file: File;
  state: 'waiting' | 'uploading';
}

interface Refusal {
  key: number;
  text: string;
}

/**
 * Picks one or more files and uploads them one after another to `POST /api/files`, each with
 * its own loading state; lists the uploaded ones (name, size, type icon, remove button) and every
 * refusal with the server's message in the reader's language. Too large, empty or surplus files
 * are refused before anything is sent. The value is the list of uploaded files; a form sends
 * their `id`s when it saves the object they belong to.
 */
export function AttachmentsField({
  value,
  onChange,
  label,
  description,
  maxBytes = FILE_MAX_BYTES_DEFAULT,
  maxFiles = ATTACHMENTS_MAX_DEFAULT,
  organisationId,
  disabled,
  error,
  onUploadingChange,
}: AttachmentsFieldProps) {
  const { t } = useTranslation(['files', 'common']);
  const locale = useLocale();
  const id = useId();
  const [pending, setPending] = useState<Pending[]>([]);
  const [refusals, setRefusals] = useState<Refusal[]>([]);
  const nextKey = useRef(0);
  // The latest list, also between a completed upload and the parent's next render.
  const latest = useRef(value);
  latest.current = value;
  const queue = useRef<Promise<void>>(Promise.resolve());
  const aborter = useRef<AbortController | null>(null);
  const uploading = pending.length > 0;

  useEffect(() => {
    onUploadingChange?.(uploading);
  }, [uploading, onUploadingChange]);

  useEffect(() => {
    aborter.current = new AbortController();
    return () => aborter.current?.abort();
  }, []);

  const refuse = (name: string, reason: string) => setRefusals((current) => [...current, { key: nextKey.current++, text: t('field.refused', { name, reason }) }]);

  const uploadOne = async (item: Pending) => {
    setPending((current) => current.map((entry) => (entry.key === item.key ? { ...entry, state: 'uploading' } : entry)));
    try {
      const uploaded = await uploadFile(item.file, organisationId, { signal: aborter.current?.signal });
      const next = [...latest.current, uploaded];
      latest.current = next;
      onChange(next);
    } catch (failure) {
      if (aborter.current?.signal.aborted) return;
      refuse(item.file.name, failure instanceof UploadError ? failure.message : t('common:states.networkError'));
    } finally {
      setPending((current) => current.filter((entry) => entry.key !== item.key));
    }
  };

  const pick = (files: File[]) => {
    let room = maxFiles - latest.current.length - pending.length;
    const accepted: Pending[] = [];
    for (const file of files) {
      if (file.size > maxBytes) refuse(file.name, t('field.tooLarge', { max: formatFileSize(maxBytes, locale) }));
      else if (file.size === 0) refuse(file.name, t('field.empty'));
      else if (room <= 0) refuse(file.name, t('field.tooMany', { max: maxFiles }));
      else {
        room -= 1;
        accepted.push({ key: nextKey.current++, file, state: 'waiting' });
      }
    }
    if (!accepted.length) return;
    setPending((current) => [...current, ...accepted]);
    // One at a time: kind to a small server and to a phone's connection.
    for (const item of accepted) queue.current = queue.current.then(() => uploadOne(item));
  };

  const remove = (file: UploadedFile) => {
    const next = latest.current.filter((entry) => entry.id !== file.id);
    latest.current = next;
    onChange(next);
  };

  const full = value.length + pending.length >= maxFiles;
  return (
    <Input.Wrapper
      id={id}
      label={label ?? t('field.label')}
      description={description ?? t('field.hint', { max: formatFileSize(maxBytes, locale), count: maxFiles })}
      error={error}
      labelElement="div"
    >
      <Stack gap="sm" mt={6}>
        <FileButton multiple accept={DOCUMENT_ACCEPT} onChange={pick} disabled={disabled || full} inputProps={{ 'aria-label': t('field.choose') }}>
          {(props) => (
            <Button {...props} variant="light" leftSection={<IconPaperclip size={16} aria-hidden />} disabled={disabled || full} style={{ alignSelf: 'flex-start' }} aria-describedby={`${id}-description`}>
              {t('field.choose')}
            </Button>
          )}
        </FileButton>
        {refusals.length > 0 && (
          <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} role="alert" withCloseButton closeButtonLabel={t('field.dismiss')} onClose={() => setRefusals([])}>
            <Stack gap={4}>
              {refusals.map((refusal) => (
                <div key={refusal.key}>{refusal.text}</div>
              ))}
            </Stack>
          </Alert>
        )}
        {(value.length > 0 || pending.length > 0) && (
          <Stack component="ul" gap="xs" p={0} m={0} aria-busy={uploading}>
            {value.map((file) => (
              <AttachmentRow
                key={file.id}
                file={file}
                actions={
                  <ActionIcon variant="subtle" color="red" onClick={() => remove(file)} disabled={disabled} aria-label={t('field.remove', { name: file.name })}>
                    <IconTrash size={18} aria-hidden />
                  </ActionIcon>
                }
              />
            ))}
            {pending.map((item) => (
              <AttachmentRow
                key={`pending-${item.key}`}
                file={{ name: item.file.name, contentType: item.file.type, size: item.file.size, url: '' }}
                link={false}
                status={item.state === 'uploading' ? t('field.uploading') : t('field.waiting')}
                actions={item.state === 'uploading' ? <Loader size="sm" aria-hidden /> : undefined}
              />
            ))}
          </Stack>
        )}
        <VisuallyHidden aria-live="polite">{uploading ? t('field.uploading') : t('field.count', { count: value.length })}</VisuallyHidden>
      </Stack>
    </Input.Wrapper>
  );
}
