import { Progress, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectView } from '@web/modules/projects/graphql/projects';
import { useFormat } from '@web/shared/format/use-format';

// Hues that stay apart for colour-blind readers, each dark enough for the white "60%" label on it
// (at least 4.5:1; orange and lime never are, so red and violet take their places).
const SEGMENT_COLORS = ['blue.9', 'grape.8', 'teal.9', 'red.9', 'indigo.7', 'pink.8', 'cyan.9', 'violet.7'];

/** How responses will be weighed: each criterion's share as a table and as one bar. */
export function CriteriaTable({ criteria }: { criteria: ProjectView['criteria'] }) {
  const { t } = useTranslation('projects');
  const format = useFormat();
  const headingId = useId();
  const total = criteria.reduce((sum, criterion) => sum + criterion.weight, 0);
  return (
    <Stack component="section" gap="sm" aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId}>
        {t('criteria.heading')}
      </Title>
      {criteria.length === 0 ? (
        <Text c="dimmed">{t('criteria.empty')}</Text>
      ) : (
        <>
          {/* The table says the same in words; the bar is a picture of it. */}
          <Progress.Root size={20} aria-hidden>
            {criteria.map((criterion, index) => (
              <Tooltip key={criterion.id} label={`${criterion.name}: ${format.number(criterion.weight)}%`} withArrow>
                <Progress.Section value={total > 100 ? (criterion.weight * 100) / total : criterion.weight} color={SEGMENT_COLORS[index % SEGMENT_COLORS.length]}>
                  <Progress.Label>{`${criterion.weight}%`}</Progress.Label>
                </Progress.Section>
              </Tooltip>
            ))}
          </Progress.Root>
          {/* Two columns fit a phone: long names wrap instead of scrolling a region keyboards cannot reach. */}
          <Table verticalSpacing="sm" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('criteria.name')}</Table.Th>
                <Table.Th scope="col" ta="right" w={110}>
                  {t('criteria.weight')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {criteria.map((criterion) => (
                <Table.Tr key={criterion.id}>
                  <Table.Td>
                    <Text fw={500} style={{ overflowWrap: 'anywhere' }}>
                      {criterion.name}
                    </Text>
                    {criterion.description && (
                      <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                        {criterion.description}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td ta="right" fw={600}>
                    {`${format.number(criterion.weight)}%`}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th scope="row">{t('criteria.total')}</Table.Th>
                <Table.Td ta="right" fw={700}>{`${format.number(total)}%`}</Table.Td>
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </>
      )}
    </Stack>
  );
}
