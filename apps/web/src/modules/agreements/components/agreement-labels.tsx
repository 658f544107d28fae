import { Badge } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgreementPartyRole, AgreementStatus, MilestoneStatus } from '@helix/domain';
import type { AgreementRole, ChangeScope, MilestoneEventAction } from '@web/gql/graphql';

/** Field names of a version comparison that have a name in the reader's language. */
const KNOWN_FIELDS = [
  'title',
  'purpose',
  'currency',
  'startsOn',
  'endsOn',
  'timeZone',
  'disclosed',
  'role',
  'moneyContribution',
  'inKindContribution',
  'dueDate',
  'responsibleOrganisationId',
  'deliverable',
  'paymentShare',
  'ADDED',
  'REMOVED',
] as const;
type KnownField = (typeof KNOWN_FIELDS)[number];

function knownField(field: string): KnownField | undefined {
  return KNOWN_FIELDS.find((known) => known === field);
}

/** The names of the agreement enums in the reader's language (the `agreements` namespace). */
export function useAgreementLabels() {
  const { t } = useTranslation('agreements');
  return useMemo(
    () => ({
      status: (status: AgreementStatus) => t(`statuses.${status}`),
      role: (role: AgreementPartyRole) => t(`roles.${role}`),
      viewerRole: (role: AgreementRole) => t(`viewerRoles.${role}`),
      milestoneStatus: (status: MilestoneStatus) => t(`milestoneStatuses.${status}`),
      eventAction: (action: MilestoneEventAction) => t(`eventActions.${action}`),
      scope: (scope: ChangeScope) => t(`diff.scopes.${scope}`),
      /** A compared field's name; an unknown one as the API wrote it. */
      field: (field: string) => {
        const known = knownField(field);
        return known ? t(`diff.fields.${known}`) : field;
      },
    }),
    [t],
  );
}

// Dot badges print black text; the colour is only in the dot, the word says the status.
const STATUS_COLOR: Record<AgreementStatus, string> = {
  DRAFT: 'gray',
  NEGOTIATION: 'blue',
  PENDING_SIGNATURES: 'yellow',
  ACTIVE: 'teal',
  COMPLETED: 'grape',
  TERMINATED: 'red',
  CANCELLED: 'orange',
};

const MILESTONE_COLOR: Record<MilestoneStatus, string> = { PLANNED: 'gray', SUBMITTED: 'blue', ACCEPTED: 'teal', REJECTED: 'red' };

export function AgreementStatusBadge({ status }: { status: AgreementStatus }) {
  const labels = useAgreementLabels();
  return (
    <Badge variant="dot" color={STATUS_COLOR[status]} data-testid="agreement-status">
      {labels.status(status)}
    </Badge>
  );
}

export function MilestoneStatusBadge({ status }: { status: MilestoneStatus }) {
  const labels = useAgreementLabels();
  return (
    <Badge variant="dot" color={MILESTONE_COLOR[status]} data-testid="milestone-status">
      {labels.milestoneStatus(status)}
    </Badge>
  );
}

/** Overdue, in words and with an icon as well as in red (red 9 keeps white text above 4.5:1). */
export function OverdueBadge({ label }: { label?: string }) {
  const { t } = useTranslation('agreements');
  return (
    <Badge color="red.9" variant="filled" leftSection={<IconAlertTriangle size={12} aria-hidden />} data-testid="overdue">
      {label ?? t('milestones.overdue')}
    </Badge>
  );
}

/** "BDTech" where an organisation has a short name, its full name otherwise. */
export function shortNameOf(organisation: { name: string; shortName?: string | null } | null | undefined, unknown = '—'): string {
  if (!organisation) return unknown;
  return organisation.shortName || organisation.name;
}
