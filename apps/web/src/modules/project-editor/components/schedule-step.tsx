import { SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PROJECT_VISIBILITIES } from '@helix/domain';
import { useProjectLabels } from '@web/modules/projects/components/project-labels';
import { useFormat } from '@web/shared/format/use-format';
import { errorText, LockedNote, RadioCards, type StepProps } from './field-parts';
import { InvitedOrganisationsPicker } from './invited-organisations-picker';
import { deviceTimeZone, localToDate } from './local-date-time';

const SUBMISSION_MODES = ['sealed', 'open'] as const;

function DateTimeField({ form, locked, path, label, hint }: StepProps & { path: 'opensAt' | 'closesAt'; label: string; hint: string }) {
  const { t } = useTranslation('projectEditor');
  const format = useFormat();
  const date = localToDate(form.values[path]);
  return (
    <Stack gap={4}>
      <TextInput type="datetime-local" label={label} description={locked ? <LockedNote /> : hint} readOnly={locked} {...form.getInputProps(path)} />
      {date && (
        <Text size="xs" c="dimmed">
          {t('fields.dateTimeReadable', { when: format.dateTime(date), zone: deviceTimeZone() })}
        </Text>
      )}
    </Stack>
  );
}

/** Step 4: when responses are accepted, whether they stay sealed until the deadline, and who sees the project. */
export function ScheduleStep({ form, locked, ownerId }: StepProps & { ownerId?: string }) {
  const { t } = useTranslation('projectEditor');
  const labels = useProjectLabels();
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <DateTimeField form={form} locked={locked} path="opensAt" label={t('fields.opensAt')} hint={t('fields.opensAtHint')} />
          <DateTimeField form={form} locked={locked} path="closesAt" label={t('fields.closesAt')} hint={t('fields.closesAtHint')} />
        </SimpleGrid>
        <Text size="xs" c="dimmed">
          {t('fields.timeZone', { zone: deviceTimeZone() })}
        </Text>
      </Stack>

      <RadioCards
        label={t('fields.submissions')}
        options={SUBMISSION_MODES}
        value={form.values.sealed ? 'sealed' : 'open'}
        onChange={(mode) => form.setFieldValue('sealed', mode === 'sealed')}
        labelOf={(mode) => t(`fields.submissionModes.${mode}`)}
        descriptionOf={(mode) => t(`fields.submissionModes.${mode}Description`)}
        locked={locked}
        error={errorText(form, 'sealed')}
      />

      <RadioCards
        label={t('fields.visibility')}
        options={PROJECT_VISIBILITIES}
        value={form.values.visibility}
        onChange={(visibility) => form.setFieldValue('visibility', visibility)}
        labelOf={labels.visibility}
        descriptionOf={labels.visibilityDescription}
        locked={locked}
        error={errorText(form, 'visibility')}
        columns={3}
      />

      {form.values.visibility === 'INVITED' && (
        <InvitedOrganisationsPicker
          value={form.values.invited}
          onChange={(organisations) => form.setFieldValue('invited', organisations)}
          error={errorText(form, 'invited')}
          readOnly={locked}
          description={locked ? <LockedNote /> : undefined}
          ownerId={ownerId}
        />
      )}
    </Stack>
  );
}
