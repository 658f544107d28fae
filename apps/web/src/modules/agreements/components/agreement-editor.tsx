import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, Button, Grid, Group, NativeSelect, Stack, Switch, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertTriangle, IconDeviceFloppy, IconRefresh } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { AGREEMENT_LIMITS, CURRENCIES, formatMessage, type Currency } from '@helix/domain';
import { LeaveGuard } from '@web/modules/project-editor/components/leave-guard';
import { AMEND_AGREEMENT_MUTATION, CREATE_AGREEMENT_MUTATION, UPDATE_AGREEMENT_MUTATION } from '@web/modules/agreements/graphql/agreements';
import { forgetAgreementLists } from '@web/modules/agreements/hooks/forget-agreement-lists';
import { EditorSection, errorText } from '@web/shared/forms/editor-section';
import { AttachmentsField } from '@web/shared/files/attachments-field';
import { describeFailure, type Failure } from '@web/shared/graphql/errors';
import { useLocale } from '@web/shared/i18n/locale';
import { notify } from '@web/shared/ui/notify';
import { agreementPath } from './agreement-actions';
import { MilestonesField, PartiesField, TermsField } from './agreement-editor-sections';
import { changedFields, changedInput, createInput, formPathOf, formProblems, type AgreementFormValues } from './agreement-form';

/** A few sensible zones for the programme's partners; an agreement's own zone is always offered. */
export const TIME_ZONES = ['Asia/Ho_Chi_Minh', 'Asia/Bangkok', 'Asia/Singapore', 'Asia/Tokyo', 'Asia/Seoul', 'Europe/Amsterdam', 'Europe/Paris', 'Europe/London', 'America/New_York', 'UTC'];

export type EditorMode = 'create' | 'update' | 'amend';

interface AgreementEditorProps {
  mode: EditorMode;
  /** The agreement being edited or amended (none when creating). */
  agreementId?: string;
  /** What the form starts from (the version as loaded, or as reloaded after a CONFLICT). */
  initialValues: AgreementFormValues;
  /** The version the values were loaded at: the edit must be based on it. */
  expectedVersion?: number;
  /** The managing organisation, which stays a party. */
  managerId: string;
  /** Parties of the version in force (an amendment cannot remove them). */
  lockedPartyIds?: readonly string[];
  /** Milestones already worked on (an amendment can neither remove nor reassign them). */
  startedMilestoneIds?: readonly string[];
  /** The organisation new documents are uploaded for (the one the editor acts for). */
  uploadOrganisationId?: string;
  /** Loads the latest version after a CONFLICT (the editor is then rebuilt from it). */
  onReload?: () => Promise<void>;
}

/**
 * The agreement's content: title, purpose, Markdown terms, currency, dates and time zone,
 * disclosure, parties with their contributions, milestones and documents. Saving makes a new
 * version (or, for an agreement in force, proposes an amendment) against the version it was loaded
 * at; someone else's save in between comes back as CONFLICT and the latest version can be loaded.
 */
export function AgreementEditor({ mode, agreementId, initialValues, expectedVersion, managerId, lockedPartyIds = [], startedMilestoneIds = [], uploadOrganisationId, onReload }: AgreementEditorProps) {
  const { t } = useTranslation(['agreements', 'common']);
  const locale = useLocale();
  const navigate = useNavigate();
  const form = useForm<AgreementFormValues>({ initialValues });
  const [failure, setFailure] = useState<Failure>();
  const [conflict, setConflict] = useState<Failure>();
  const [reloading, setReloading] = useState(false);
  const [uploading, setUploading] = useState(false);
  const leaving = useRef(false);
  const [createAgreement, creating] = useMutation(CREATE_AGREEMENT_MUTATION, { update: forgetAgreementLists });
  const [updateAgreement, updating] = useMutation(UPDATE_AGREEMENT_MUTATION, { update: forgetAgreementLists });
  const [amendAgreement, amending] = useMutation(AMEND_AGREEMENT_MUTATION, { update: forgetAgreementLists });
  const saving = creating.loading || updating.loading || amending.loading;
  const changed = mode === 'create' || changedFields(initialValues, form.values).length > 0;
  const dirtyRef = useRef(false);
  dirtyRef.current = changedFields(initialValues, form.values).length > 0;

  const zones = TIME_ZONES.includes(form.values.timeZone) ? TIME_ZONES : [form.values.timeZone, ...TIME_ZONES];

  const done = (id: string, message: string) => {
    leaving.current = true;
    notify({ color: 'teal', message });
    void navigate(agreementPath(id));
  };

  const save = async () => {
    setFailure(undefined);
    setConflict(undefined);
    const values = form.getValues();
    const problems = formProblems(values);
    if (problems.length) {
      form.setErrors(Object.fromEntries(problems.map((problem) => [problem.path, formatMessage(problem.key, locale, problem.params)])));
      const first = problems[0];
      const node = first ? (form.getInputNode(first.path) ?? null) : null;
      if (node instanceof HTMLElement) node.focus();
      return;
    }
    form.clearErrors();
    try {
      if (mode === 'create') {
        const { data } = await createAgreement({ variables: { input: createInput(values) } });
        if (data) done(data.createAgreement.id, t('editor.created'));
        return;
      }
      if (!agreementId) return;
      const input = changedInput(initialValues, values);
      if (!Object.keys(input).length) return;
      if (mode === 'amend') {
        const { data } = await amendAgreement({ variables: { id: agreementId, input, expectedVersion } });
        if (data) done(agreementId, t('editor.amended', { number: data.amendAgreement.version }));
      } else if (expectedVersion !== undefined) {
        const { data } = await updateAgreement({ variables: { id: agreementId, input, expectedVersion } });
        if (data) done(agreementId, t('editor.saved', { number: data.updateAgreement.version }));
      }
    } catch (error) {
      const reported = describeFailure(error, t('common:states.networkError'));
      if (reported.code === 'CONFLICT') {
        setConflict(reported);
        return;
      }
      const path = reported.field ? formPathOf(reported.field) : undefined;
      if (reported.code === 'BAD_USER_INPUT' && path) {
        form.setFieldError(path, reported.message);
        const node = form.getInputNode(path);
        if (node instanceof HTMLElement) node.focus();
      } else setFailure(reported);
    }
  };

  const reload = async () => {
    if (!onReload) return;
    setReloading(true);
    try {
      await onReload();
    } finally {
      setReloading(false);
    }
  };

  const submitLabel = mode === 'create' ? t('editor.create') : mode === 'amend' ? t('editor.proposeAmendment') : t('editor.save');
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <LeaveGuard shouldBlock={() => !leaving.current && dirtyRef.current} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="md">
            {conflict && (
              <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />} title={t('editor.conflictTitle')} data-testid="conflict">
                <Stack gap="xs" align="flex-start">
                  <Text size="sm">{conflict.message}</Text>
                  <Text size="sm">{t('editor.conflict')}</Text>
                  {onReload && (
                    <Button size="xs" variant="white" color="orange" leftSection={<IconRefresh size={14} aria-hidden />} onClick={() => void reload()} loading={reloading}>
                      {t('editor.reload')}
                    </Button>
                  )}
                </Stack>
              </Alert>
            )}
            {failure && (
              <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={t('editor.refused')}>
                <Text size="sm">{failure.message}</Text>
              </Alert>
            )}
            <EditorSection title={t('editor.basicsSection')}>
              <TextInput label={t('editor.title')} withAsterisk maxLength={AGREEMENT_LIMITS.titleMax + 50} {...form.getInputProps('title')} />
              <Textarea label={t('editor.purpose')} description={t('editor.purposeHint', { max: AGREEMENT_LIMITS.purposeMax })} autosize minRows={3} {...form.getInputProps('purpose')} />
            </EditorSection>
            <EditorSection title={t('editor.termsSection')}>
              <TermsField form={form} />
            </EditorSection>
            <EditorSection title={t('editor.periodSection')}>
              <Group align="flex-start" grow wrap="wrap">
                <TextInput type="date" label={t('editor.startsOn')} miw={170} {...form.getInputProps('startsOn')} />
                <TextInput type="date" label={t('editor.endsOn')} miw={170} {...form.getInputProps('endsOn')} />
                <NativeSelect label={t('editor.timeZone')} description={t('editor.timeZoneHint')} data={zones} miw={200} {...form.getInputProps('timeZone')} />
              </Group>
            </EditorSection>
            <EditorSection title={t('editor.partiesSection')}>
              <NativeSelect
                label={t('editor.currency')}
                description={t('editor.currencyHint')}
                data={[...CURRENCIES]}
                value={form.values.currency}
                onChange={(event) => {
                  const next = CURRENCIES.find((currency): currency is Currency => currency === event.currentTarget.value);
                  if (next) form.setFieldValue('currency', next);
                }}
                error={errorText(form, 'currency')}
                maw={200}
              />
              <PartiesField form={form} managerId={managerId} lockedPartyIds={lockedPartyIds} />
            </EditorSection>
            <EditorSection title={t('editor.milestonesSection')}>
              <MilestonesField form={form} startedMilestoneIds={startedMilestoneIds} />
            </EditorSection>
            <EditorSection title={t('editor.documentsSection')}>
              <AttachmentsField
                value={form.values.attachments}
                onChange={(files) => form.setFieldValue('attachments', files)}
                organisationId={uploadOrganisationId}
                error={errorText(form, 'attachments')}
                onUploadingChange={setUploading}
              />
            </EditorSection>
            <EditorSection title={t('editor.disclosureSection')}>
              <Switch label={t('editor.disclosed')} description={t('editor.disclosedHint')} {...form.getInputProps('disclosed', { type: 'checkbox' })} />
            </EditorSection>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="sm" style={{ position: 'sticky', top: 'var(--mantine-spacing-md)' }}>
            <Title order={2} size="h5">
              {t('editor.saveHeading')}
            </Title>
            <Text size="sm">{mode === 'create' ? t('editor.createNote') : mode === 'amend' ? t('editor.amendNote') : t('editor.saveNote')}</Text>
            {Object.keys(form.errors).length > 0 && (
              <Text size="sm" c="red.9" role="alert">
                {t('editor.fixErrors')}
              </Text>
            )}
            <Button type="submit" leftSection={<IconDeviceFloppy size={16} aria-hidden />} loading={saving} disabled={!changed || uploading || !!conflict}>
              {submitLabel}
            </Button>
            {agreementId ? (
              <Anchor component={Link} to={agreementPath(agreementId)} size="sm">
                {t('editor.backToAgreement')}
              </Anchor>
            ) : (
              <Anchor component={Link} to="/agreements" size="sm">
                {t('editor.backToList')}
              </Anchor>
            )}
          </Stack>
        </Grid.Col>
      </Grid>
    </form>
  );
}
