import { Badge } from '@mantine/core';
import type { ProposalDecision, ProposalStatus, ReviewerDeclaration } from '@helix/domain';
import { useTranslation } from 'react-i18next';

// Dot badges print black text; the colour is only in the dot.
const STATUS_COLOR: Record<ProposalStatus, string> = {
  DRAFT: 'gray',
  SUBMITTED: 'teal',
  WITHDRAWN: 'gray',
  UNDER_REVIEW: 'blue',
  SHORTLISTED: 'grape',
  ACCEPTED: 'green',
  REJECTED: 'red',
};

const DECLARATION_COLOR: Record<ReviewerDeclaration, string> = { UNDECLARED: 'gray', NO_CONFLICT: 'teal', CONFLICT: 'orange' };

export function ProposalStatusBadge({ status }: { status: ProposalStatus }) {
  const { t } = useTranslation('evaluation');
  return (
    <Badge variant="dot" color={STATUS_COLOR[status]}>
      {t(`statuses.${status}`)}
    </Badge>
  );
}

export function DeclarationBadge({ declaration }: { declaration: ReviewerDeclaration }) {
  const { t } = useTranslation('evaluation');
  return (
    <Badge variant="dot" color={DECLARATION_COLOR[declaration]}>
      {t(`declarations.${declaration}`)}
    </Badge>
  );
}

export function useDecisionLabel() {
  const { t } = useTranslation('evaluation');
  return (decision: ProposalDecision) => t(`decisions.${decision}`);
}
