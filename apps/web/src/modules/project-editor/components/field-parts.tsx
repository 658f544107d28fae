import { Box, Group, Radio, SimpleGrid, Stack, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconLock } from '@tabler/icons-react';
import { useCallback, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMessage } from '@helix/domain';
import { useFormat } from '@web/shared/format/use-format';
import { useLocale } from '@web/shared/i18n/locale';
import type { Problem, ProjectFormValues } from './project-form';

export type ProjectForm = UseFormReturnType<ProjectFormValues>;

/** What every step receives: the form, and whether the project is OPEN (its terms are then fixed). */
export interface StepProps {
  form: ProjectForm;
  locked: boolean;
}

/** A problem in the reader's language, worded exactly as the server words it. */
export function useProblemMessage() {
  const locale = useLocale();
  return useCallback((problem: Pick<Problem, 'key' | 'params'>) => formatMessage(problem.key, locale, problem.params), [locale]);
}

/** A field's hint with its character count against the limit the server applies (trimmed text). */
export function CountedHint({ hint, value, max }: { hint?: ReactNode; value: string; max: number }) {
  const { t } = useTranslation('projectEditor');
  const format = useFormat();
  const length = value.trim().length;
  return (
    <Box component="span" style={{ display: 'flex', justifyContent: 'space-between', gap: 'var(--mantine-spacing-xs)' }}>
      <span>{hint}</span>
      <Text span size="xs" c={length > max ? 'red.8' : 'dimmed'} style={{ whiteSpace: 'nowrap' }} data-testid="character-count">
        {t('fields.counter', { used: format.number(length), max: format.number(max) })}
      </Text>
    </Box>
  );
}

/** Says why a field cannot change: the project is open and its terms are fixed. */
export function LockedNote() {
  const { t } = useTranslation('projectEditor');
  return (
    <Group component="span" gap={4} wrap="nowrap" style={{ display: 'inline-flex' }}>
      <IconLock size={12} aria-hidden />
      <span>{t('wizard.locked')}</span>
    </Group>
  );
}

export { errorText } from '@web/shared/forms/editor-section';

interface RadioCardsProps<T extends string> {
  label: string;
  options: readonly T[];
  /** '' while nothing is chosen. */
  value: T | '';
  onChange: (value: T) => void;
  labelOf: (option: T) => string;
  descriptionOf: (option: T) => string;
  locked: boolean;
  error?: string;
  withAsterisk?: boolean;
  /** Cards a row from the small breakpoint up (one a row below it). */
  columns?: number;
}

/** One choice among a few, each a card saying what it means (arrow keys move between them). */
export function RadioCards<T extends string>({ label, options, value, onChange, labelOf, descriptionOf, locked, error, withAsterisk, columns = 2 }: RadioCardsProps<T>) {
  return (
    <Radio.Group
      label={label}
      description={locked ? <LockedNote /> : undefined}
      withAsterisk={withAsterisk}
      value={value}
      error={error}
      onChange={(next) => {
        const chosen = options.find((candidate) => candidate === next);
        if (chosen) onChange(chosen);
      }}
    >
      <SimpleGrid cols={{ base: 1, sm: columns }} mt="xs">
        {options.map((option) => (
          <Radio.Card key={option} value={option} radius="md" p="md" disabled={locked}>
            <Stack gap={4}>
              <Text fw={600} component="span" style={{ display: 'flex', gap: 'var(--mantine-spacing-sm)', alignItems: 'center' }}>
                <Radio.Indicator disabled={locked} />
                {labelOf(option)}
              </Text>
              <Text size="sm" c="dimmed">
                {descriptionOf(option)}
              </Text>
            </Stack>
          </Radio.Card>
        ))}
      </SimpleGrid>
    </Radio.Group>
  );
}
