import { useMutation } from '@apollo/client/react';
import { Badge, Button, Group, NumberInput, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMessage, PROPOSAL_LIMITS, validScore, weightedScore } from '@helix/domain';
import { SCORE_PROPOSAL_MUTATION, type CriterionView, type ReviewerView } from '@web/modules/evaluation/graphql/evaluation';
import { partialPoints } from '@web/modules/evaluation/hooks/evaluation-rules';
import { useFormat } from '@web/shared/format/use-format';
import { FailureAlert } from '@web/shared/forms/failure';
import { describeFailure, type Failure } from '@web/shared/graphql/errors';
import { useLocale } from '@web/shared/i18n/locale';
import { notify } from '@web/shared/ui/notify';

interface Entry {
  score: number | '';
  comment: string;
}

interface ScoringFormProps {
  proposalId: string;
  criteria: readonly CriterionView[];
  reviewer: ReviewerView;
  /** Scoring is over (decided proposal, finalised call): the sheet shows, read-only. */
  readOnly: boolean;
  onSaved: (reviewer: ReviewerView) => void;
}

function initialEntries(criteria: readonly CriterionView[], reviewer: ReviewerView): Record<string, Entry> {
  return Object.fromEntries(
    criteria.map((criterion) => {
      const saved = reviewer.scores.find((score) => score.criterionId === criterion.id);
      return [criterion.id, { score: saved ? saved.score : '', comment: saved?.comment ?? '' }];
    }),
  );
}

/** Each criterion with its weight and guidance, a 0–10 score and a comment; the weighted total as it will count. */
export function ScoringForm({ proposalId, criteria, reviewer, readOnly, onSaved }: ScoringFormProps) {
  const { t } = useTranslation(['evaluation', 'common']);
  const format = useFormat();
  const locale = useLocale();
  const headingId = useId();
  const [entries, setEntries] = useState(() => initialEntries(criteria, reviewer));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<Failure>();
  const [score, { loading }] = useMutation(SCORE_PROPOSAL_MUTATION);

  const sheet = Object.fromEntries(
    Object.entries(entries)
      .filter(([, entry]) => entry.score !== '')
      .map(([id, entry]) => [id, Number(entry.score)]),
  );
  const scored = Object.keys(sheet).length;
  const total = weightedScore(criteria, [sheet]);

  const change = (criterionId: string, patch: Partial<Entry>) => {
    setEntries((current) => ({ ...current, [criterionId]: { ...(current[criterionId] ?? { score: '', comment: '' }), ...patch } }));
    setErrors(({ [criterionId]: _gone, ...rest }) => rest);
  };

  const save = async () => {
    setFailure(undefined);
    const problems: Record<string, string> = {};
    const scores = criteria.flatMap((criterion) => {
      const entry = entries[criterion.id];
      if (!entry || entry.score === '') return [];
      if (!validScore(entry.score)) problems[criterion.id] = t('scoring.scoreInvalid');
      if (entry.comment.trim().length > PROPOSAL_LIMITS.commentMax) problems[criterion.id] = formatMessage('TOO_LONG', locale, { max: PROPOSAL_LIMITS.commentMax });
      return [{ criterionId: criterion.id, score: entry.score, comment: entry.comment.trim() || null }];
    });
    setErrors(problems);
    if (Object.keys(problems).length) return;
    if (!scores.length) {
      setFailure({ code: undefined, field: undefined, retryAfterSeconds: undefined, message: t('scoring.nothingToSave') });
      return;
    }
    try {
      const { data } = await score({ variables: { proposalId, scores } });
      if (data) {
        notify({ color: 'teal', message: t('scoring.saved') });
        onSaved(data.scoreProposal);
      }
    } catch (error) {
      setFailure(describeFailure(error, t('common:states.networkError')));
    }
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <Stack gap="md">
          <Title order={2} size="h3" id={headingId}>
            {t('scoring.heading')}
          </Title>
          <Text size="sm">{readOnly ? t('scoring.closed') : t('scoring.explanation')}</Text>
          {criteria.map((criterion) => {
            const entry = entries[criterion.id] ?? { score: '', comment: '' };
            return (
              <Paper key={criterion.id} withBorder p="sm" component="fieldset" style={{ margin: 0, minWidth: 0 }}>
                {/* The legend names the group: criterion and weight, then its guidance, score and comment. */}
                <Group gap="xs" component="legend" style={{ padding: 0, float: 'left', width: '100%' }} mb="xs">
                  <Text span fw={600} style={{ overflowWrap: 'anywhere' }}>
                    {criterion.name}
                  </Text>
                  <Badge variant="light" color="indigo">
                    {t('scoring.weight', { weight: format.number(criterion.weight) })}
                  </Badge>
                </Group>
                <Stack gap="xs" style={{ clear: 'both' }}>
                  {criterion.description && (
                    <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                      {criterion.description}
                    </Text>
                  )}
                  <NumberInput
                    label={t('scoring.score', { name: criterion.name })}
                    description={t('scoring.scoreHint')}
                    min={PROPOSAL_LIMITS.scoreMin}
                    max={PROPOSAL_LIMITS.scoreMax}
                    step={1}
                    allowDecimal={false}
                    allowNegative={false}
                    clampBehavior="strict"
                    w={200}
                    readOnly={readOnly}
                    value={entry.score}
                    onChange={(value) => change(criterion.id, { score: value === '' ? '' : Number(value) })}
                    error={errors[criterion.id]}
                  />
                  <Textarea
                    label={t('scoring.comment', { name: criterion.name })}
                    autosize
                    minRows={2}
                    maxLength={PROPOSAL_LIMITS.commentMax}
                    readOnly={readOnly}
                    value={entry.comment}
                    onChange={(event) => change(criterion.id, { comment: event.currentTarget.value })}
                  />
                </Stack>
              </Paper>
            );
          })}
          <Paper p="sm" bg="gray.0" aria-live="polite">
            {total === null ? (
              <>
                <Text fw={600}>{t('scoring.partial', { scored, total: criteria.length })}</Text>
                <Text size="sm" c="dimmed">
                  {t('scoring.partialPoints', { points: format.number(partialPoints(criteria, sheet)) })}
                </Text>
              </>
            ) : (
              <Text fw={700} size="lg">
                {t('scoring.total', { score: format.number(total) })}
              </Text>
            )}
          </Paper>
          <FailureAlert failure={failure} title={t('scoring.refused')} />
          {!readOnly && (
            <Button type="submit" loading={loading} leftSection={<IconDeviceFloppy size={16} aria-hidden />} style={{ alignSelf: 'flex-start' }}>
              {t('scoring.save')}
            </Button>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
