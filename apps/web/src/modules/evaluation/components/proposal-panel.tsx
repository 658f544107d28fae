import { Anchor, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCheck, IconListCheck, IconX } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProjectStatus, ProposalDecision } from '@helix/domain';
import { ProposalAgreementEntry } from '@web/modules/agreements/components/proposal-agreement-entry';
import type { CriterionView, EvaluationProposalView } from '@web/modules/evaluation/graphql/evaluation';
import { allowedDecisions, reviewerTotal, reviewOpen } from '@web/modules/evaluation/hooks/evaluation-rules';
import { useFormat } from '@web/shared/format/use-format';
import { AssignReviewer, type ReviewerCandidate } from './assign-reviewer';
import { DeclarationBadge, useDecisionLabel } from './evaluation-labels';

const DECISION_ICON: Record<ProposalDecision, typeof IconCheck> = { SHORTLISTED: IconListCheck, ACCEPTED: IconCheck, REJECTED: IconX };

interface ProposalPanelProps {
  projectId: string;
  projectStatus: ProjectStatus;
  proposal: EvaluationProposalView;
  /** How the board names the proposal (its title, or its lead when sealed). */
  name: string;
  criteria: readonly CriterionView[];
  canManage: boolean;
  /** Whether the reader may create a partnership agreement from an accepted proposal. */
  canCreateAgreement?: boolean;
  currentUserId: string | undefined;
  candidates: readonly ReviewerCandidate[];
  candidatesLoading: boolean;
  onDecide: (decision: ProposalDecision) => void;
}

/** The evaluation of one proposal: its reviewers and their progress, assignment, decisions and their record. */
export function ProposalPanel({ projectId, projectStatus, proposal, name, criteria, canManage, canCreateAgreement = false, currentUserId, candidates, candidatesLoading, onDecide }: ProposalPanelProps) {
  const { t } = useTranslation('evaluation');
  const format = useFormat();
  const decisionLabel = useDecisionLabel();
  const reviewersId = useId();
  const historyId = useId();
  const open = reviewOpen(proposal.status, projectStatus);
  const decisions = canManage ? allowedDecisions(proposal.status, projectStatus) : [];
  const assigned = new Set(proposal.reviewers.map((reviewer) => reviewer.user?.id));
  const available = candidates.filter((candidate) => !assigned.has(candidate.userId));
  // An assigned reviewer who has not declared "no conflict" sees nobody's scores (the API sends none).
  const scoresHidden = proposal.reviewers.some((reviewer) => !!currentUserId && reviewer.user?.id === currentUserId && reviewer.declaration !== 'NO_CONFLICT');

  return (
    <Paper withBorder p="md" bg="gray.0">
      <Stack gap="md">
        {(proposal.agreement || proposal.status === 'ACCEPTED') && (
          <ProposalAgreementEntry proposalId={proposal.id} agreement={proposal.agreement} canCreate={canCreateAgreement && proposal.status === 'ACCEPTED'} />
        )}
        <Stack gap="xs" component="section" aria-labelledby={reviewersId}>
          <Title order={3} size="h5" id={reviewersId}>
            {t('reviewers.heading')}
          </Title>
          {proposal.reviewers.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('reviewers.none')}
            </Text>
          ) : (
            <List spacing="xs" listStyleType="none" aria-labelledby={reviewersId}>
              {proposal.reviewers.map((reviewer) => {
                const total = reviewerTotal(criteria, reviewer.scores);
                const mine = !!currentUserId && reviewer.user?.id === currentUserId;
                return (
                  <List.Item key={reviewer.user?.id ?? reviewer.declaredAt ?? 'reviewer'}>
                    <Group gap="xs" wrap="wrap">
                      <Text size="sm" fw={500}>
                        {reviewer.user?.fullName ?? t('reviewers.unknown')}
                        {mine && ` (${t('reviewers.you')})`}
                      </Text>
                      <DeclarationBadge declaration={reviewer.declaration} />
                      {reviewer.declaration === 'NO_CONFLICT' && !scoresHidden && (
                        <Text size="sm" c="dimmed">
                          {total === null
                            ? t('reviewers.progress', { scored: reviewer.scores.length, total: criteria.length })
                            : t('reviewers.total', { score: format.number(total) })}
                        </Text>
                      )}
                      {mine && (
                        <Anchor component={Link} to={`/proposals/${proposal.id}/review`} size="sm">
                          {open ? t('reviewers.openReview') : t('reviewers.viewReview')}
                        </Anchor>
                      )}
                    </Group>
                    {reviewer.declaration === 'NO_CONFLICT' && !scoresHidden && reviewer.scores.length > 0 && (
                      <List size="sm" spacing={2} mt={4} ml="md" aria-label={t('reviewers.sheetOf', { name: reviewer.user?.fullName ?? t('reviewers.unknown') })}>
                        {criteria.map((criterion) => {
                          const entry = reviewer.scores.find((score) => score.criterionId === criterion.id);
                          return (
                            <List.Item key={criterion.id}>
                              <Text span size="sm">
                                {t('reviewers.criterionScore', {
                                  name: criterion.name,
                                  weight: format.number(criterion.weight),
                                  score: entry ? format.number(entry.score) : '—',
                                })}
                              </Text>
                              {entry?.comment && (
                                <Text span size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                                  {` — ${entry.comment}`}
                                </Text>
                              )}
                            </List.Item>
                          );
                        })}
                      </List>
                    )}
                  </List.Item>
                );
              })}
            </List>
          )}
          {canManage && open && <AssignReviewer projectId={projectId} proposalId={proposal.id} candidates={available} loading={candidatesLoading} />}
        </Stack>

        {decisions.length > 0 && (
          <Group gap="xs" role="group" aria-label={t('decide.groupLabel', { name })}>
            {decisions.map((decision) => {
              const Icon = DECISION_ICON[decision];
              return (
                <Button
                  key={decision}
                  size="sm"
                  variant={decision === 'ACCEPTED' ? 'filled' : 'light'}
                  color={decision === 'REJECTED' ? 'red' : undefined}
                  leftSection={<Icon size={16} aria-hidden />}
                  onClick={() => onDecide(decision)}
                >
                  {t(`decide.action.${decision}`)}
                </Button>
              );
            })}
          </Group>
        )}

        {proposal.decisions.length > 0 && (
          <Stack gap="xs" component="section" aria-labelledby={historyId}>
            <Title order={3} size="h5" id={historyId}>
              {t('history.heading')}
            </Title>
            <List spacing="sm" listStyleType="none" aria-labelledby={historyId}>
              {proposal.decisions.map((record) => (
                <List.Item key={`${record.decidedAt}-${record.decision}`}>
                  <Text size="sm" fw={600}>
                    {decisionLabel(record.decision)} · <time dateTime={record.decidedAt}>{format.dateTime(record.decidedAt)}</time>
                  </Text>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                    {t('history.justification', { text: record.justification })}
                  </Text>
                  {record.feedback && (
                    <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                      {t('history.feedback', { text: record.feedback })}
                    </Text>
                  )}
                </List.Item>
              ))}
            </List>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
