import { Alert, Anchor, Button, Card, DataList, Group, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconPencil } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useProjectLabels } from '@web/modules/projects/components/project-labels';
import { useIcfIndicators } from '@web/modules/projects/hooks/use-icf-indicators';
import { useFormat } from '@web/shared/format/use-format';
import { useLocale } from '@web/shared/i18n/locale';
import { Markdown } from '@web/shared/ui/markdown';
import { useProblemMessage } from './field-parts';
import { localToDate } from './local-date-time';
import { formatMoney } from './money';
import { budgetOf, optionalText, stepOfPath, weightOf, weightsSum, type Problem, type ProjectFormValues, type StepKey } from './project-form';

interface Row {
  label: string;
  value: ReactNode;
}

function Section({ step, rows, onEdit, children }: { step: StepKey; rows: Row[]; onEdit: (step: StepKey) => void; children?: ReactNode }) {
  const { t } = useTranslation('projectEditor');
  const heading = t(`wizard.steps.${step}.label`);
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-label={heading}>
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Title order={3} size="h4">
            {heading}
          </Title>
          <Button size="xs" variant="subtle" leftSection={<IconPencil size={14} aria-hidden />} onClick={() => onEdit(step)} aria-label={t('review.editStep', { step: heading })}>
            {t('review.edit')}
          </Button>
        </Group>
        {rows.length > 0 && (
          <DataList orientation="horizontal" withDivider>
            {rows.map((row) => (
              <DataList.Item key={row.label}>
                <DataList.ItemLabel>{row.label}</DataList.ItemLabel>
                <DataList.ItemValue style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>{row.value}</DataList.ItemValue>
              </DataList.Item>
            ))}
          </DataList>
        )}
        {children}
      </Stack>
    </Card>
  );
}

interface ReviewStepProps {
  values: ProjectFormValues;
  onEdit: (step: StepKey) => void;
  /** What publishing still needs (client-side check); undefined when the project is already open. */
  publishIssues?: Problem[];
}

/** Step 7: everything at a glance, each part with a way back to its step, and what publishing still needs. */
export function ReviewStep({ values, onEdit, publishIssues }: ReviewStepProps) {
  const { t } = useTranslation('projectEditor');
  const { t: tOrganisations } = useTranslation('organisations');
  const labels = useProjectLabels();
  const format = useFormat();
  const locale = useLocale();
  const message = useProblemMessage();
  const { info } = useIcfIndicators();
  const none = (
    <Text span c="dimmed" size="sm">
      {t('review.notGiven')}
    </Text>
  );
  const text = (value: string) => optionalText(value) ?? none;
  const when = (value: string) => {
    const date = localToDate(value);
    return date ? format.dateTime(date) : none;
  };
  const budget = budgetOf(values);

  return (
    <Stack gap="md">
      {publishIssues &&
        (publishIssues.length > 0 ? (
          <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />} title={t('review.notReadyTitle')}>
            <Stack gap="xs">
              <Text size="sm">{t('review.notReady')}</Text>
              <List size="sm" spacing={4}>
                {publishIssues.map((issue) => {
                  const step = stepOfPath(issue.path) ?? 'review';
                  return (
                    <List.Item key={`${issue.path}-${issue.key}`}>
                      {message(issue)}{' '}
                      <Anchor component="button" type="button" size="sm" onClick={() => onEdit(step)}>
                        {t('review.goToStep', { step: t(`wizard.steps.${step}.label`) })}
                      </Anchor>
                    </List.Item>
                  );
                })}
              </List>
            </Stack>
          </Alert>
        ) : (
          <Alert color="teal" variant="light" icon={<IconCircleCheck aria-hidden />} title={t('review.readyTitle')}>
            {t('review.ready')}
          </Alert>
        ))}

      <Section
        step="basics"
        onEdit={onEdit}
        rows={[
          { label: t('fields.title'), value: text(values.title) },
          { label: t('fields.kind'), value: values.kind ? labels.kind(values.kind) : none },
          { label: t('fields.domain'), value: values.domain ? labels.domain(values.domain) : none },
          { label: t('fields.summary'), value: text(values.summary) },
        ]}
      />
      <Section step="description" onEdit={onEdit} rows={[]}>
        {values.description.trim() ? (
          <Paper withBorder p="md" radius="md">
            <Markdown source={values.description} />
          </Paper>
        ) : (
          none
        )}
      </Section>
      <Section
        step="scope"
        onEdit={onEdit}
        rows={[
          { label: t('fields.indicators'), value: values.indicators.length ? values.indicators.map((code) => info(code).name).join(', ') : none },
          { label: t('fields.eligibleKinds'), value: values.eligibleKinds.length ? values.eligibleKinds.map((kind) => tOrganisations(`kinds.${kind}`)).join(', ') : none },
          { label: t('fields.location'), value: text(values.location) },
          { label: t('fields.budget'), value: budget ? formatMoney(budget.amount, budget.currency, locale) : none },
        ]}
      />
      <Section
        step="schedule"
        onEdit={onEdit}
        rows={[
          { label: t('fields.opensAt'), value: values.opensAt ? when(values.opensAt) : t('review.opensOnPublish') },
          { label: t('fields.closesAt'), value: when(values.closesAt) },
          { label: t('fields.submissions'), value: t(`fields.submissionModes.${values.sealed ? 'sealed' : 'open'}`) },
          { label: t('fields.visibility'), value: labels.visibility(values.visibility) },
          ...(values.visibility === 'INVITED'
            ? [{ label: t('fields.invited'), value: values.invited.length ? values.invited.map((organisation) => organisation.name).join('\n') : none }]
            : []),
        ]}
      />
      <Section step="criteria" onEdit={onEdit} rows={[]}>
        {values.criteria.length ? (
          <Table withTableBorder striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('fields.criterionName')}</Table.Th>
                <Table.Th ta="right">{t('fields.criterionWeight')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {values.criteria.map((row) => (
                <Table.Tr key={row.key}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {row.name.trim() || t('review.notGiven')}
                    </Text>
                    {row.description.trim() && (
                      <Text size="xs" c="dimmed" style={{ whiteSpace: 'pre-line' }}>
                        {row.description.trim()}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td ta="right">{Number.isFinite(weightOf(row)) ? format.number(weightOf(row)) : '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th>{t('review.total')}</Table.Th>
                <Table.Th ta="right">{t('review.totalValue', { sum: weightsSum(values.criteria) })}</Table.Th>
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        ) : (
          none
        )}
      </Section>
      <Section step="documents" onEdit={onEdit} rows={[]}>
        {values.attachments.length ? (
          <List size="sm" spacing={4}>
            {values.attachments.map((file) => (
              <List.Item key={file.id}>{file.name}</List.Item>
            ))}
          </List>
        ) : (
          none
        )}
      </Section>
    </Stack>
  );
}
