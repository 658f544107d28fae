/**
 * The audit trail (PRODUCT.md, "Around the core"): every state change and permission-relevant
 * action, with who, which organisation, when, what, before and after.
 */
export const AUDIT_SUBJECT_TYPES = ['ORGANISATION', 'MEMBERSHIP', 'INVITATION', 'PROJECT', 'PROPOSAL', 'AGREEMENT', 'MILESTONE'] as const;
export type AuditSubjectType = (typeof AUDIT_SUBJECT_TYPES)[number];

export const AUDIT_ACTIONS = [
  'ORGANISATION_VERIFIED',
  'ORGANISATION_SUSPENDED',
  'ORGANISATION_REINSTATED',
  'MEMBER_INVITED',
  'MEMBER_JOINED',
  'MEMBER_ROLE_CHANGED',
  'MEMBER_REMOVED',
  'INVITATION_REVOKED',
  'PROJECT_PUBLISHED',
  'PROJECT_DEADLINE_EXTENDED',
  'PROJECT_CANCELLED',
  'PROJECT_FINALISED',
  'PROPOSAL_SUBMITTED',
  'PROPOSAL_WITHDRAWN',
  'PARTNERSHIP_CONFIRMED',
  'PARTNERSHIP_DECLINED',
  'REVIEWER_ASSIGNED',
  'PROPOSAL_DECIDED',
  'AGREEMENT_CREATED',
  'AGREEMENT_EDITED',
  'AGREEMENT_AMENDED',
  'AGREEMENT_AMENDMENT_WITHDRAWN',
  'AGREEMENT_NEGOTIATION_OPENED',
  'AGREEMENT_SIGNATURES_REQUESTED',
  'AGREEMENT_SIGNED',
  'AGREEMENT_ACTIVATED',
  'AGREEMENT_COMPLETED',
  'AGREEMENT_TERMINATED',
  'AGREEMENT_CANCELLED',
  'AGREEMENT_DISCLOSURE_CHANGED',
  'MILESTONE_SUBMITTED',
  'MILESTONE_ACCEPTED',
  'MILESTONE_REJECTED',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export type AuditState = Readonly<Record<string, unknown>> | null;

/** One field that an event changed, as text (objects and lists as JSON). */
export interface AuditChange {
  field: string;
  before: string | null;
  after: string | null;
}

function asText(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The fields whose value differs between the state before and after, in a stable order. */
export function auditChanges(before: AuditState, after: AuditState): AuditChange[] {
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].sort();
  return fields.flatMap((field) => {
    const was = asText(before?.[field]);
    const is = asText(after?.[field]);
    return was === is ? [] : [{ field, before: was, after: is }];
  });
}
