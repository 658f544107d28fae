import type { ApolloCache } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { Button, Group, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { IconBan, IconCalendarPlus, IconPencil, IconRocket } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { checkDeadlineExtension, formatMessage, PROJECT_LIMITS, projectTransition, type ProjectStatus } from '@helix/domain';
import {
  CANCEL_PROJECT_MUTATION,
  EXTEND_PROJECT_DEADLINE_MUTATION,
  PUBLISH_PROJECT_MUTATION,
  type ProjectView,
} from '@web/modules/projects/graphql/projects';
import { useFormat } from '@web/shared/format/use-format';
import { FailureAlert } from '@web/shared/forms/failure';
import { useTextField } from '@web/shared/forms/use-text-field';
import { describeFailure, type Failure } from '@web/shared/graphql/errors';
import { useLocale } from '@web/shared/i18n/locale';
import { ConfirmModal } from '@web/shared/ui/confirm-modal';
import { notify } from '@web/shared/ui/notify';

/** Fields a refusal may name, as the form of the project calls them. */
const KNOWN_FIELDS = [
  'title',
  'summary',
  'description',
  'kind',
  'domain',
  'indicators',
  'budget',
  'location',
  'eligibleKinds',
  'opensAt',
  'closesAt',
  'sealed',
  'visibility',
  'invitedOrganisationIds',
  'criteria',
  'attachmentIds',
] as const;
type KnownField = (typeof KNOWN_FIELDS)[number];

function knownField(field: string | undefined): KnownField | undefined {
  return KNOWN_FIELDS.find((known) => known === field);
}

/** A status change shows in every list: fetch them again when next shown. */
function forgetProjectLists(cache: ApolloCache) {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'projects' });
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'recommendedProjects' });
  cache.gc();
}

/** "YYYY-MM-DDTHH:mm" in the reader's time zone, what `<input type="datetime-local">` holds. */
export function toLocalInput(value: string | Date): string {
  const date = new Date(value);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

type Dialog = 'publish' | 'extend' | 'cancel' | undefined;

interface OwnerActionsProps {
  project: ProjectView;
  /** The effective status (an open call turns to evaluation at its closing time). */
  status: ProjectStatus;
  /** Loads the latest version after a CONFLICT. */
  onReload: () => void;
}

function RefusalAlert({ failure, projectId, onReload }: { failure: Failure | undefined; projectId: string; onReload: () => void }) {
  const { t } = useTranslation('projects');
  const field = knownField(failure?.field);
  return (
    <FailureAlert failure={failure} title={t('actions.refused')}>
      {field && (
        <Text size="sm" mt={4}>
          {t('actions.fieldToFix', { field: t(`fields.${field}`) })}{' '}
          <Link to={`/projects/${projectId}/edit`}>{t('actions.edit')}</Link>
        </Text>
      )}
      {failure?.code === 'CONFLICT' && (
        <Button size="xs" variant="white" mt="xs" onClick={onReload}>
          {t('actions.reload')}
        </Button>
      )}
    </FailureAlert>
  );
}

/** What the owner can do in the project's current status: edit, publish, extend, cancel. */
export function OwnerActions({ project, status, onReload }: OwnerActionsProps) {
  const { t } = useTranslation(['projects', 'common']);
  const locale = useLocale();
  const format = useFormat();
  const headingId = useId();
  const [dialog, setDialog] = useState<Dialog>();
  const [failure, setFailure] = useState<Failure>();
  const [closesAt, setClosesAt] = useState('');
  const [closesAtError, setClosesAtError] = useState<string>();
  const reason = useTextField(PROJECT_LIMITS.reasonMax);

  const [publish, { loading: publishing }] = useMutation(PUBLISH_PROJECT_MUTATION, { update: forgetProjectLists });
  const [extend, { loading: extending }] = useMutation(EXTEND_PROJECT_DEADLINE_MUTATION, { update: forgetProjectLists });
  const [cancel, { loading: cancelling }] = useMutation(CANCEL_PROJECT_MUTATION, { update: forgetProjectLists });

  const can = {
    edit: projectTransition(status, 'EDIT').ok,
    publish: projectTransition(status, 'PUBLISH').ok,
    extend: projectTransition(status, 'EXTEND_DEADLINE').ok && !!project.closesAt,
    cancel: projectTransition(status, 'CANCEL').ok,
  };
  if (!can.edit && !can.publish && !can.extend && !can.cancel) return null;

  const open = (next: Dialog) => {
    setFailure(undefined);
    setClosesAtError(undefined);
    reason.reset();
    if (next === 'extend' && project.closesAt) setClosesAt(toLocalInput(project.closesAt));
    setDialog(next);
  };
  const close = () => setDialog(undefined);
  const refused = (error: unknown) => setFailure(describeFailure(error, t('common:states.networkError')));
  const reload = () => {
    close();
    onReload();
  };

  const doPublish = async () => {
    setFailure(undefined);
    try {
      await publish({ variables: { id: project.id, expectedVersion: project.version } });
      close();
      notify({ color: 'teal', message: t('actions.published') });
    } catch (error) {
      refused(error);
    }
  };

  const doExtend = async () => {
    setFailure(undefined);
    const proposed = new Date(closesAt);
    if (!closesAt || Number.isNaN(proposed.getTime())) {
      setClosesAtError(formatMessage('REQUIRED', locale));
      return;
    }
    const problem = project.closesAt ? checkDeadlineExtension(new Date(project.closesAt), proposed, new Date()) : undefined;
    if (problem) {
      setClosesAtError(formatMessage(problem, locale, { days: PROJECT_LIMITS.maxOpenDays }));
      return;
    }
    setClosesAtError(undefined);
    try {
      await extend({ variables: { id: project.id, closesAt: proposed.toISOString(), expectedVersion: project.version } });
      close();
      notify({ color: 'teal', message: t('actions.extended', { date: format.dateTime(proposed) }) });
    } catch (error) {
      refused(error);
    }
  };

  const doCancel = async () => {
    setFailure(undefined);
    const text = reason.checked(t('actions.reasonRequired'));
    if (text === undefined) return;
    try {
      await cancel({ variables: { id: project.id, reason: text, expectedVersion: project.version } });
      close();
      notify({ color: 'teal', message: t('actions.cancelled') });
    } catch (error) {
      refused(error);
    }
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={headingId}>
          {t('actions.heading')}
        </Title>
        <Group gap="xs">
          {can.edit && (
            <Button component={Link} to={`/projects/${project.id}/edit`} variant="default" size="sm" leftSection={<IconPencil size={16} aria-hidden />}>
              {t('actions.edit')}
            </Button>
          )}
          {can.publish && (
            <Button size="sm" leftSection={<IconRocket size={16} aria-hidden />} onClick={() => open('publish')}>
              {t('actions.publish')}
            </Button>
          )}
          {can.extend && (
            <Button size="sm" variant="light" leftSection={<IconCalendarPlus size={16} aria-hidden />} onClick={() => open('extend')}>
              {t('actions.extend')}
            </Button>
          )}
          {can.cancel && (
            <Button size="sm" variant="light" color="red" leftSection={<IconBan size={16} aria-hidden />} onClick={() => open('cancel')}>
              {t('actions.cancel')}
            </Button>
          )}
        </Group>
      </Stack>

      <ConfirmModal
        opened={dialog === 'publish'}
        title={t('actions.publishTitle')}
        confirmLabel={t('actions.publish')}
        loading={publishing}
        onConfirm={() => void doPublish()}
        onCancel={close}
      >
        <Stack gap="sm">
          <Text size="sm">{t('actions.publishConfirm')}</Text>
          <RefusalAlert failure={failure} projectId={project.id} onReload={reload} />
        </Stack>
      </ConfirmModal>

      <ConfirmModal
        opened={dialog === 'extend'}
        title={t('actions.extendTitle')}
        confirmLabel={t('actions.extend')}
        loading={extending}
        onConfirm={() => void doExtend()}
        onCancel={close}
      >
        <Stack gap="sm">
          {project.closesAt && (
            <Text size="sm">
              {t('actions.currentDeadline')} <time dateTime={project.closesAt}>{format.dateTime(project.closesAt)}</time>
            </Text>
          )}
          <TextInput
            type="datetime-local"
            label={t('actions.newDeadline')}
            description={t('actions.newDeadlineHint')}
            required
            data-autofocus
            min={project.closesAt ? toLocalInput(project.closesAt) : undefined}
            value={closesAt}
            onChange={(event) => {
              setClosesAt(event.currentTarget.value);
              setClosesAtError(undefined);
            }}
            error={closesAtError}
          />
          <RefusalAlert failure={failure} projectId={project.id} onReload={reload} />
        </Stack>
      </ConfirmModal>

      <ConfirmModal
        opened={dialog === 'cancel'}
        title={t('actions.cancelTitle')}
        confirmLabel={t('actions.cancelConfirmButton')}
        danger
        loading={cancelling}
        onConfirm={() => void doCancel()}
        onCancel={close}
      >
        <Stack gap="sm">
          <Text size="sm">{t('actions.cancelExplanation')}</Text>
          <Textarea
            label={t('actions.reason')}
            required
            autosize
            minRows={3}
            data-autofocus
            maxLength={PROJECT_LIMITS.reasonMax}
            {...reason.inputProps}
          />
          <RefusalAlert failure={failure} projectId={project.id} onReload={reload} />
        </Stack>
      </ConfirmModal>
    </Paper>
  );
}
