import { Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PROJECT_DOMAINS, PROJECT_KINDS, PROJECT_LIMITS } from '@helix/domain';
import { useProjectLabels } from '@web/modules/projects/components/project-labels';
import { CountedHint, errorText, LockedNote, RadioCards, type StepProps } from './field-parts';

/** Step 1: what the project is called, what kind of call it is, its domain and a short summary. */
export function BasicsStep({ form, locked }: StepProps) {
  const { t } = useTranslation('projectEditor');
  const labels = useProjectLabels();
  const { title, summary } = form.values;
  return (
    <Stack gap="md">
      <TextInput
        label={t('fields.title')}
        description={locked ? <LockedNote /> : <CountedHint hint={t('fields.titleHint')} value={title} max={PROJECT_LIMITS.titleMax} />}
        required
        readOnly={locked}
        {...form.getInputProps('title')}
      />
      <RadioCards
        label={t('fields.kind')}
        withAsterisk
        options={PROJECT_KINDS}
        value={form.values.kind}
        onChange={(kind) => form.setFieldValue('kind', kind)}
        labelOf={labels.kind}
        descriptionOf={(kind) => t(`kindDescriptions.${kind}`)}
        locked={locked}
        error={errorText(form, 'kind')}
      />
      <Select
        label={t('fields.domain')}
        description={locked ? <LockedNote /> : t('fields.domainHint')}
        placeholder={t('fields.domainPlaceholder')}
        required
        readOnly={locked}
        searchable={!locked}
        allowDeselect={false}
        data={PROJECT_DOMAINS.map((domain) => ({ value: domain, label: labels.domain(domain) }))}
        {...form.getInputProps('domain')}
        value={form.values.domain || null}
        onChange={(next) => {
          const domain = PROJECT_DOMAINS.find((candidate) => candidate === next);
          if (domain) form.setFieldValue('domain', domain);
        }}
      />
      <Textarea
        label={t('fields.summary')}
        description={<CountedHint hint={t('fields.summaryHint')} value={summary} max={PROJECT_LIMITS.summaryMax} />}
        autosize
        minRows={3}
        maxRows={8}
        {...form.getInputProps('summary')}
      />
    </Stack>
  );
}
