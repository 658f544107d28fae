import { Badge } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartnerStatus, ProposalDecision, ProposalStatus } from '@helix/domain';
import type { ProposalRole } from '@web/gql/graphql';

/** The names of the proposal enums in the reader's language (the `proposals` namespace). */
export function useProposalLabels() {
  const { t } = useTranslation('proposals');
  return useMemo(
    () => ({
      status: (status: ProposalStatus) => t(`statuses.${status}`),
      partnerStatus: (status: PartnerStatus) => t(`partnerStatuses.${status}`),
      role: (role: ProposalRole) => t(`roles.${role}`),
      decision: (decision: ProposalDecision) => t(`decisions.${decision}`),
    }),
    [t],
  );
}

// Dot badges print black text; the colour is only in the dot.
const STATUS_COLOR: Record<ProposalStatus, string> = {
  DRAFT: 'gray',
  SUBMITTED: 'teal',
  WITHDRAWN: 'orange',
  UNDER_REVIEW: 'blue',
  SHORTLISTED: 'cyan',
  ACCEPTED: 'grape',
  REJECTED: 'red',
};

const PARTNER_COLOR: Record<PartnerStatus, string> = { PENDING: 'yellow', CONFIRMED: 'teal', DECLINED: 'red' };

export function ProposalStatusBadge({ status }: { status: ProposalStatus }) {
  const labels = useProposalLabels();
  return (
    <Badge variant="dot" color={STATUS_COLOR[status]}>
      {labels.status(status)}
    </Badge>
  );
}

export function PartnerStatusBadge({ status }: { status: PartnerStatus }) {
  const labels = useProposalLabels();
  return (
    <Badge variant="dot" color={PARTNER_COLOR[status]} data-testid="partner-status">
      {labels.partnerStatus(status)}
    </Badge>
  );
}
