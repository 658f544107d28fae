import { Paper, Stack, Tabs, Text, Textarea } from '@mantine/core';
import { IconEye, IconPencil } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PROJECT_LIMITS } from '@helix/domain';
import { Markdown } from '@web/shared/ui/markdown';
import { CountedHint, errorText, type StepProps } from './field-parts';

/**
 * Step 2: the full description in Markdown, with a preview rendered exactly as the project page
 * renders it (raw HTML is shown as text, never interpreted).
 */
export function DescriptionStep({ form }: Pick<StepProps, 'form'>) {
  const { t } = useTranslation('projectEditor');
  const [tab, setTab] = useState<string | null>('write');
  const { description } = form.values;
  const error = errorText(form, 'description');
  // A new problem with the text brings the editor back, where the message shows.
  useEffect(() => {
    if (error) setTab('write');
  }, [error]);
  return (
    <Stack gap="sm">
      <Text size="sm">{t('fields.markdownHelp')}</Text>
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="write" leftSection={<IconPencil size={16} aria-hidden />}>
            {t('fields.write')}
          </Tabs.Tab>
          <Tabs.Tab value="preview" leftSection={<IconEye size={16} aria-hidden />}>
            {t('fields.preview')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="write" pt="sm">
          <Textarea
            label={t('fields.description')}
            description={<CountedHint hint={t('fields.descriptionHint')} value={description} max={PROJECT_LIMITS.descriptionMax} />}
            autosize
            minRows={10}
            maxRows={30}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            {...form.getInputProps('description')}
          />
        </Tabs.Panel>
        <Tabs.Panel value="preview" pt="sm">
          <Paper withBorder p="md" radius="md" data-testid="markdown-preview">
            {description.trim() ? (
              <Markdown source={description} />
            ) : (
              <Text c="dimmed" size="sm">
                {t('fields.previewEmpty')}
              </Text>
            )}
          </Paper>
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
