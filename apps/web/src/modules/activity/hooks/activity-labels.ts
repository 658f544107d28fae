import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  AGREEMENT_STATUSES,
  AUDIT_ACTIONS,
  MEMBERSHIP_ROLES,
  MILESTONE_STATUSES,
  ORGANISATION_STATUSES,
  PARTNER_STATUSES,
  PROJECT_STATUSES,
  PROPOSAL_STATUSES,
  type AuditAction,
} from '@helix/domain';
import { useAgreementLabels } from '@web/modules/agreements/components/agreement-labels';
import { useProjectLabels } from '@web/modules/projects/components/project-labels';
import { useProposalLabels } from '@web/modules/proposals/components/proposal-labels';
import type { AuditChangeView, AuditEventView } from '@web/modules/activity/graphql/activity';
import type { InvitationStatus } from '@web/gql/graphql';

const INVITATION_STATUSES = ['PENDING', 'ACCEPTED', 'REVOKED', 'EXPIRED'] as const satisfies readonly InvitationStatus[];

/** Fields whose name the reader's language has; any other is shown as the API wrote it. */
const KNOWN_FIELDS = ['status', 'version', 'signedVersion', 'hash', 'contentHash', 'disclosed', 'closesAt', 'reason', 'feedback', 'note', 'role', 'email'] as const;
type KnownField = (typeof KNOWN_FIELDS)[number];

/** Fields that hold ids (of a user, a reviewer, an organisation): they say nothing to a reader. */
const HIDDEN_FIELDS: readonly string[] = ['userId', 'reviewerId', 'organisationId', 'partner'];

const HASH_FIELDS: readonly string[] = ['hash', 'contentHash'];
const NUMBER_FIELDS: readonly string[] = ['version', 'signedVersion'];
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function oneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}

/** How one side of a change is shown. */
export type ChangeValue =
  | { kind: 'none' }
  | { kind: 'text'; text: string; long?: boolean }
  | { kind: 'number'; value: number }
  | { kind: 'hash'; hash: string }
  | { kind: 'moment'; iso: string }
  | { kind: 'day'; day: string };

/**
 * The words of the activity timeline: a sentence per action, field names, and values in the
 * reader's language (statuses in the words of the projects, proposals, agreements and
 * organisations screens).
 */
export function useActivityLabels() {
  const { t } = useTranslation('activity');
  const { t: organisationsT } = useTranslation('organisations');
  const projects = useProjectLabels();
  const proposals = useProposalLabels();
  const agreements = useAgreementLabels();

  return useMemo(() => {
    /** A status in the words of the screens of the object it belongs to. */
    const status = (event: AuditEventView, value: string): string => {
      switch (event.subjectType) {
        case 'PROJECT':
          return oneOf(PROJECT_STATUSES, value) ? projects.status(value) : value;
        case 'PROPOSAL':
          // A partner's answer is the partnership's status, not the proposal's.
          if (event.action === 'PARTNERSHIP_CONFIRMED' || event.action === 'PARTNERSHIP_DECLINED') return oneOf(PARTNER_STATUSES, value) ? proposals.partnerStatus(value) : value;
          return oneOf(PROPOSAL_STATUSES, value) ? proposals.status(value) : value;
        case 'AGREEMENT':
          return oneOf(AGREEMENT_STATUSES, value) ? agreements.status(value) : value;
        case 'MILESTONE':
          return oneOf(MILESTONE_STATUSES, value) ? agreements.milestoneStatus(value) : value;
        case 'ORGANISATION':
          return oneOf(ORGANISATION_STATUSES, value) ? organisationsT(`statuses.${value}`) : value;
        case 'INVITATION':
          return oneOf(INVITATION_STATUSES, value) ? organisationsT(`invitationStatuses.${value}`) : value;
        default:
          return value;
      }
    };

    return {
      /** "Đã ký thoả thuận" / "Agreement signed"; an action this client does not know yet, by its code. */
      sentence: (action: string): string => (oneOf<AuditAction>(AUDIT_ACTIONS, action) ? t(`actions.${action}`) : t('actions.unknown', { action })),

      /** Who acted, and for which organisation; nobody is the platform itself (a completion, say). */
      byline: (event: AuditEventView): string => {
        const organisation = event.organisation ? event.organisation.name : '';
        const actor = event.actorName.trim();
        if (actor && organisation) return t('byline.actorForOrganisation', { actor, organisation });
        if (actor) return t('byline.actor', { actor });
        if (organisation) return t('byline.organisation', { organisation });
        return t('byline.platform');
      },

      /** The changes worth showing, in the API's (stable) order: ids are left out. */
      changes: (event: AuditEventView): AuditChangeView[] => event.changes.filter((change) => !HIDDEN_FIELDS.includes(change.field)),

      field: (field: string): string => (oneOf<KnownField>(KNOWN_FIELDS, field) ? t(`fields.${field}`) : field),

      value: (event: AuditEventView, change: AuditChangeView, raw: string | null): ChangeValue => {
        if (raw === null || raw === '') return { kind: 'none' };
        if (change.field === 'status') return { kind: 'text', text: status(event, raw) };
        if (change.field === 'role') return { kind: 'text', text: oneOf(MEMBERSHIP_ROLES, raw) ? organisationsT(`roles.${raw}`) : raw };
        if (HASH_FIELDS.includes(change.field)) return { kind: 'hash', hash: raw };
        if (NUMBER_FIELDS.includes(change.field) && /^\d+$/.test(raw)) return { kind: 'number', value: Number(raw) };
        if (raw === 'true' || raw === 'false') return { kind: 'text', text: t(`values.${raw}`) };
        if (ISO_INSTANT.test(raw) && !Number.isNaN(Date.parse(raw))) return { kind: 'moment', iso: raw };
        if (ISO_DAY.test(raw)) return { kind: 'day', day: raw };
        return { kind: 'text', text: raw, long: raw.length > 40 || raw.includes('\n') };
      },
    };
  }, [t, organisationsT, projects, proposals, agreements]);
}
