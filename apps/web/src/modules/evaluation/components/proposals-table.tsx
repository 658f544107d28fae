import { Button, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectStatus, ProposalDecision } from '@helix/domain';
import type { CriterionView, RankedRow } from '@web/modules/evaluation/graphql/evaluation';
import { useFormat } from '@web/shared/format/use-format';
import type { ReviewerCandidate } from './assign-reviewer';
import { DecisionDialog } from './decision-dialog';
import { ProposalStatusBadge } from './evaluation-labels';
import { ProposalPanel } from './proposal-panel';

interface ProposalsTableProps {
  projectId: string;
  projectStatus: ProjectStatus;
  /** Before the closing time of a sealed call: existence, lead and time only. */
  sealedNow: boolean;
  rows: readonly RankedRow[];
  criteria: readonly CriterionView[];
  canManage: boolean;
  /** Whether the reader may create a partnership agreement from an accepted proposal. */
  canCreateAgreement?: boolean;
  currentUserId: string | undefined;
  candidates: readonly ReviewerCandidate[];
  candidatesLoading: boolean;
}

/** The owner's proposals, best weighted score first, each opening onto its evaluation. */
export function ProposalsTable({ projectId, projectStatus, sealedNow, rows, criteria, canManage, canCreateAgreement = false, currentUserId, candidates, candidatesLoading }: ProposalsTableProps) {
  const { t } = useTranslation('evaluation');
  const format = useFormat();
  const [expanded, setExpanded] = useState<string>();
  const [deciding, setDeciding] = useState<{ proposalId: string; name: string; decision: ProposalDecision }>();
  const columns = sealedNow ? 4 : 7;

  const nameOf = (row: RankedRow) => row.proposal.title ?? t('table.untitled', { lead: row.proposal.lead?.name ?? t('table.unknownLead') });

  return (
    <>
      <Table verticalSpacing="sm" striped={false} highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            {!sealedNow && (
              <Table.Th scope="col" w={64}>
                {t('table.rank')}
              </Table.Th>
            )}
            <Table.Th scope="col">{sealedNow ? t('table.lead') : t('table.proposal')}</Table.Th>
            <Table.Th scope="col">{t('table.submittedAt')}</Table.Th>
            <Table.Th scope="col">{t('table.status')}</Table.Th>
            {!sealedNow && (
              <Table.Th scope="col" ta="right">
                {t('table.score')}
              </Table.Th>
            )}
            {!sealedNow && <Table.Th scope="col">{t('table.reviewers')}</Table.Th>}
            <Table.Th scope="col">
              <VisuallyHidden>{t('table.details')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => {
            const { proposal } = row;
            const open = expanded === proposal.id;
            const panelId = `evaluation-${proposal.id}`;
            const partners = proposal.partners.filter((partner) => partner.status !== 'DECLINED' && partner.organisation);
            const name = nameOf(row);
            // The API hides scores from an assigned reviewer until they declare no conflict.
            const scoresHidden = proposal.reviewers.some((reviewer) => !!currentUserId && reviewer.user?.id === currentUserId && reviewer.declaration !== 'NO_CONFLICT');
            return (
              <Fragment key={proposal.id}>
                <Table.Tr>
                  {!sealedNow && (
                    <Table.Td fw={700}>
                      {row.rank ?? (
                        <Text span c="dimmed" aria-label={t('table.unranked')}>
                          —
                        </Text>
                      )}
                    </Table.Td>
                  )}
                  <Table.Td>
                    <Stack gap={2}>
                      {!sealedNow && (
                        <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                          {proposal.title ?? t('table.contentHidden')}
                        </Text>
                      )}
                      <Text size="sm" fw={sealedNow ? 600 : undefined}>
                        {sealedNow ? (proposal.lead?.name ?? t('table.unknownLead')) : t('table.leadBy', { lead: proposal.lead?.name ?? t('table.unknownLead') })}
                      </Text>
                      {!sealedNow && partners.length > 0 && (
                        <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                          {t('table.partners', { names: partners.map((partner) => partner.organisation?.name).join(', ') })}
                        </Text>
                      )}
                    </Stack>
                  </Table.Td>
                  <Table.Td>{proposal.submittedAt ? <time dateTime={proposal.submittedAt}>{format.dateTime(proposal.submittedAt)}</time> : '—'}</Table.Td>
                  <Table.Td>
                    <ProposalStatusBadge status={proposal.status} />
                  </Table.Td>
                  {!sealedNow && (
                    <Table.Td ta="right" fw={600}>
                      {row.score === null || row.score === undefined ? (
                        <Text span size="sm" c="dimmed">
                          {scoresHidden ? t('table.scoreHidden') : t('table.notScored')}
                        </Text>
                      ) : (
                        t('table.scoreValue', { score: format.number(row.score) })
                      )}
                    </Table.Td>
                  )}
                  {!sealedNow && <Table.Td>{t('table.reviewerCount', { count: proposal.reviewers.length })}</Table.Td>}
                  <Table.Td>
                    {/* Reviewers and decisions start at the closing time. */}
                    {!sealedNow && projectStatus !== 'OPEN' && (
                      <Button
                        variant="subtle"
                        size="xs"
                        aria-label={t('table.evaluateNamed', { name })}
                        aria-expanded={open}
                        aria-controls={open ? panelId : undefined}
                        leftSection={open ? <IconChevronDown size={14} aria-hidden /> : <IconChevronRight size={14} aria-hidden />}
                        onClick={() => setExpanded(open ? undefined : proposal.id)}
                      >
                        {t('table.evaluate')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
                {open && (
                  <Table.Tr id={panelId}>
                    <Table.Td colSpan={columns}>
                      <ProposalPanel
                        projectId={projectId}
                        projectStatus={projectStatus}
                        proposal={proposal}
                        name={name}
                        criteria={criteria}
                        canManage={canManage}
                        canCreateAgreement={canCreateAgreement}
                        currentUserId={currentUserId}
                        candidates={candidates}
                        candidatesLoading={candidatesLoading}
                        onDecide={(decision) => setDeciding({ proposalId: proposal.id, name, decision })}
                      />
                    </Table.Td>
                  </Table.Tr>
                )}
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
      <DecisionDialog
        projectId={projectId}
        proposalId={deciding?.proposalId ?? ''}
        proposalName={deciding?.name ?? ''}
        decision={deciding?.decision}
        onClose={() => setDeciding(undefined)}
      />
    </>
  );
}
