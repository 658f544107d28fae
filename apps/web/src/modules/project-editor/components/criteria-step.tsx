import { ActionIcon, Alert, Badge, Button, Card, Group, NumberInput, Progress, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PROJECT_LIMITS } from '@helix/domain';
import { useFormat } from '@web/shared/format/use-format';
import { CountedHint, errorText, LockedNote, useProblemMessage, type StepProps } from './field-parts';
import { criteriaIssue, newCriterionRow, weightsSum } from './project-form';

/** "Tổng: 90/100" and what the weights still lack for publishing (the domain's checkCriteria). */
export function CriteriaTotal({ criteria }: { criteria: StepProps['form']['values']['criteria'] }) {
  const { t } = useTranslation('projectEditor');
  const message = useProblemMessage();
  const sum = weightsSum(criteria);
  const issue = criteriaIssue(criteria);
  return (
    <Stack gap={6} data-testid="criteria-total">
      <Group justify="space-between" gap="sm">
        <Text fw={600} aria-live="polite">
          {t('fields.weightsTotal', { sum })}
        </Text>
        <Badge variant="dot" color={issue ? 'orange' : 'teal'}>
          {issue ? t('fields.criteriaNotReady') : t('fields.criteriaReady')}
        </Badge>
      </Group>
      <Progress value={Math.min(sum, 100)} color={sum === 100 ? 'teal' : sum > 100 ? 'red' : 'orange'} aria-hidden />
      {/* In the text colour: orange text falls below 4.5:1 on white, and the badge already carries the warning. */}
      {issue && (
        <Text size="sm" aria-live="polite">
          {message(issue)}
        </Text>
      )}
    </Stack>
  );
}

/** Step 5: weighted evaluation criteria (rows added, removed and reordered; weights must reach 100 to publish). */
export function CriteriaStep({ form, locked }: StepProps) {
  const { t } = useTranslation('projectEditor');
  const format = useFormat();
  const { criteria } = form.values;
  const listError = errorText(form, 'criteria');
  const add = () => {
    const remaining = 100 - weightsSum(criteria);
    form.insertListItem('criteria', newCriterionRow(remaining >= 1 && remaining <= 100 ? remaining : ''));
  };
  return (
    <Stack gap="md">
      <Text size="sm">{t('fields.criteriaHint', { max: PROJECT_LIMITS.criteriaMax })}</Text>
      {locked && (
        <Text size="sm" c="dimmed">
          <LockedNote />
        </Text>
      )}
      {listError && (
        <Alert color="red" variant="light" role="alert">
          {listError}
        </Alert>
      )}
      {criteria.length === 0 && (
        <Text c="dimmed" size="sm">
          {t('fields.noCriteria')}
        </Text>
      )}
      <Stack gap="sm" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {criteria.map((row, index) => {
          const number = format.number(index + 1);
          return (
            <Card key={row.key} component="li" withBorder radius="md" padding="md" aria-label={t('fields.criterionHeading', { number })}>
              <Stack gap="sm">
                <Group justify="space-between" gap="xs">
                  <Text fw={600}>{t('fields.criterionHeading', { number })}</Text>
                  {!locked && (
                    <Group gap={4}>
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        aria-label={t('fields.moveUp', { number })}
                        disabled={index === 0}
                        onClick={() => form.reorderListItem('criteria', { from: index, to: index - 1 })}
                      >
                        <IconArrowUp size={16} aria-hidden />
                      </ActionIcon>
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        aria-label={t('fields.moveDown', { number })}
                        disabled={index === criteria.length - 1}
                        onClick={() => form.reorderListItem('criteria', { from: index, to: index + 1 })}
                      >
                        <IconArrowDown size={16} aria-hidden />
                      </ActionIcon>
                      <ActionIcon variant="subtle" color="red" aria-label={t('fields.removeCriterion', { number })} onClick={() => form.removeListItem('criteria', index)}>
                        <IconTrash size={16} aria-hidden />
                      </ActionIcon>
                    </Group>
                  )}
                </Group>
                <Group align="flex-start" gap="sm" wrap="wrap">
                  <TextInput
                    label={t('fields.criterionName')}
                    required
                    readOnly={locked}
                    style={{ flex: '1 1 16rem' }}
                    description={locked ? undefined : <CountedHint value={row.name} max={PROJECT_LIMITS.criterionNameMax} />}
                    {...form.getInputProps(`criteria.${index}.name`)}
                  />
                  <NumberInput
                    label={t('fields.criterionWeight')}
                    description={t('fields.criterionWeightHint')}
                    required
                    readOnly={locked}
                    min={1}
                    max={100}
                    allowDecimal={false}
                    allowNegative={false}
                    clampBehavior="none"
                    style={{ flex: '0 0 9rem' }}
                    {...form.getInputProps(`criteria.${index}.weight`)}
                  />
                </Group>
                <Textarea
                  label={t('fields.criterionDescription')}
                  description={locked ? undefined : <CountedHint value={row.description} max={PROJECT_LIMITS.criterionDescriptionMax} />}
                  readOnly={locked}
                  autosize
                  minRows={2}
                  maxRows={6}
                  {...form.getInputProps(`criteria.${index}.description`)}
                />
              </Stack>
            </Card>
          );
        })}
      </Stack>
      {!locked && (
        <Group>
          <Button variant="light" leftSection={<IconPlus size={16} aria-hidden />} onClick={add} disabled={criteria.length >= PROJECT_LIMITS.criteriaMax}>
            {t('fields.addCriterion')}
          </Button>
        </Group>
      )}
      <CriteriaTotal criteria={criteria} />
    </Stack>
  );
}
