import type { Currency } from '../projects/project';
import type { OrganisationKind } from '../organisations/organisation';

/**
 * Partnership agreements (PRODUCT.md, "Partnership agreements"). DRAFT (the managing
 * organisation's preparation) → NEGOTIATION (every party edits; every edit is a version) →
 * PENDING_SIGNATURES (the current version's hash is what is signed) → ACTIVE (the last authorised
 * signatory signed) → COMPLETED (every milestone accepted) | TERMINATED (with a reason).
 * CANCELLED (with a reason) from any state before ACTIVE.
 */
export const AGREEMENT_STATUSES = ['DRAFT', 'NEGOTIATION', 'PENDING_SIGNATURES', 'ACTIVE', 'COMPLETED', 'TERMINATED', 'CANCELLED'] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

export const AGREEMENT_PARTY_ROLES = ['FUNDER', 'COORDINATOR', 'RESEARCH_PARTNER', 'IMPLEMENTATION_PARTNER', 'OBSERVER'] as const;
export type AgreementPartyRole = (typeof AGREEMENT_PARTY_ROLES)[number];

export const MILESTONE_STATUSES = ['PLANNED', 'SUBMITTED', 'ACCEPTED', 'REJECTED'] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

/** Binh Duong's clock: a due date is a day in the agreement's time zone, this one unless it says otherwise. */
export const DEFAULT_AGREEMENT_TIME_ZONE = 'Asia/Ho_Chi_Minh';

export const AGREEMENT_LIMITS = {
  titleMax: 200,
  purposeMax: 5000,
  termsMax: 100_000,
  partiesMax: 20,
  milestonesMax: 50,
  inKindMax: 1000,
  deliverableMax: 2000,
  milestoneTitleMax: 200,
  noteMax: 5000,
  reasonMax: 3000,
} as const;

/**
 * What `updateAgreement` and friends do. EDIT in PENDING_SIGNATURES returns the agreement to
 * NEGOTIATION (a new version; the signatures collected so far were for the old one). While ACTIVE,
 * content changes are amendments (AMEND), which keep the status.
 */
export type AgreementAction =
  | 'EDIT'
  | 'OPEN_NEGOTIATION'
  | 'REQUEST_SIGNATURES'
  | 'SIGN'
  | 'AMEND'
  | 'WITHDRAW_AMENDMENT'
  | 'TERMINATE'
  | 'CANCEL'
  | 'SUBMIT_MILESTONE'
  | 'REVIEW_MILESTONE';

export type AgreementTransition = { ok: true; status: AgreementStatus } | { ok: false; code: 'INVALID_TRANSITION'; status: AgreementStatus };

/** The lifecycle: the status after `action`, or INVALID_TRANSITION. `amendmentPending` is true while ACTIVE with an unsigned newer version. */
export function agreementTransition(status: AgreementStatus, action: AgreementAction, amendmentPending = false): AgreementTransition {
  const to = (next: AgreementStatus): AgreementTransition => ({ ok: true, status: next });
  const refuse: AgreementTransition = { ok: false, code: 'INVALID_TRANSITION', status };
  switch (action) {
    case 'EDIT':
      if (status === 'DRAFT' || status === 'NEGOTIATION') return to(status);
      if (status === 'PENDING_SIGNATURES') return to('NEGOTIATION');
      return status === 'ACTIVE' && amendmentPending ? to('ACTIVE') : refuse;
    case 'OPEN_NEGOTIATION':
      return status === 'DRAFT' ? to('NEGOTIATION') : refuse;
    case 'REQUEST_SIGNATURES':
      return status === 'NEGOTIATION' ? to('PENDING_SIGNATURES') : refuse;
    case 'SIGN':
      if (status === 'PENDING_SIGNATURES') return to(status);
      return status === 'ACTIVE' && amendmentPending ? to('ACTIVE') : refuse;
    case 'AMEND':
      return status === 'ACTIVE' ? to('ACTIVE') : refuse;
    case 'WITHDRAW_AMENDMENT':
      return status === 'ACTIVE' && amendmentPending ? to('ACTIVE') : refuse;
    case 'TERMINATE':
      return status === 'ACTIVE' ? to('TERMINATED') : refuse;
    case 'CANCEL':
      return status === 'DRAFT' || status === 'NEGOTIATION' || status === 'PENDING_SIGNATURES' ? to('CANCELLED') : refuse;
    case 'SUBMIT_MILESTONE':
    case 'REVIEW_MILESTONE':
      return status === 'ACTIVE' ? to(status) : refuse;
  }
}

/** OCDS 1.1 `contract.status` for each status. */
export function ocdsContractStatus(status: AgreementStatus): 'pending' | 'active' | 'terminated' | 'cancelled' {
  if (status === 'ACTIVE') return 'active';
  if (status === 'COMPLETED' || status === 'TERMINATED') return 'terminated';
  if (status === 'CANCELLED') return 'cancelled';
  return 'pending';
}

export type MilestoneAction = 'SUBMIT' | 'ACCEPT' | 'REJECT';

/** PLANNED → SUBMITTED → ACCEPTED | REJECTED; a rejected deliverable is submitted again. */
export function milestoneTransition(status: MilestoneStatus, action: MilestoneAction): { ok: true; status: MilestoneStatus } | { ok: false; status: MilestoneStatus } {
  if (action === 'SUBMIT') return status === 'PLANNED' || status === 'REJECTED' ? { ok: true, status: 'SUBMITTED' } : { ok: false, status };
  if (status !== 'SUBMITTED') return { ok: false, status };
  return { ok: true, status: action === 'ACCEPT' ? 'ACCEPTED' : 'REJECTED' };
}

/** OCDS milestone status: met once accepted, notMet when overdue, scheduled otherwise. */
export function ocdsMilestoneStatus(status: MilestoneStatus, overdue: boolean): 'scheduled' | 'met' | 'notMet' {
  if (status === 'ACCEPTED') return 'met';
  return overdue ? 'notMet' : 'scheduled';
}

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date written YYYY-MM-DD that exists (no 31 February). */
export function isLocalDate(value: string): boolean {
  const match = LOCAL_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Whether the runtime knows the IANA time zone. */
export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return /^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/.test(value);
  } catch {
    return false;
  }
}

/** The calendar date (YYYY-MM-DD) it is at `instant` in `timeZone`, whatever the machine's own zone. */
export function localDateIn(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(instant);
  const part = (type: string) => parts.find((item) => item.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/**
 * A milestone is overdue when its due date has passed in the agreement's time zone — from the
 * midnight after the due day there — and it is not accepted.
 */
export function milestoneOverdue(dueDate: string, status: MilestoneStatus, timeZone: string, now: Date): boolean {
  return status !== 'ACCEPTED' && localDateIn(now, timeZone) > dueDate;
}

/** Adds whole months to a calendar date, keeping the day where the month has it (31 Jan + 1 → 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const match = LOCAL_DATE.exec(date);
  if (!match) throw new RangeError(`not a date: ${date}`);
  const year = Number(match[1]);
  const month = Number(match[2]) - 1 + months;
  const targetYear = year + Math.floor(month / 12);
  const targetMonth = ((month % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  const day = Math.min(Number(match[3]), lastDay);
  return `${String(targetYear).padStart(4, '0')}-${String(targetMonth + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The last day of a period of whole months starting on `start` (1 January + 12 months ends on 31 December). */
export function periodEnd(start: string, months: number): string {
  const next = addMonths(start, months);
  const day = new Date(`${next}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}

/** Every party and milestone as a version holds them: what is signed. */
export interface AgreementPartyTerms {
  organisationId: string;
  role: AgreementPartyRole;
  /** Money in minor units of the agreement's currency. */
  moneyContribution: number;
  inKindContribution: string | null;
}

export interface AgreementMilestoneTerms {
  id: string;
  title: string;
  dueDate: string;
  responsibleOrganisationId: string;
  deliverable: string;
  /** Percent of the money contributions paid on acceptance. */
  paymentShare: number;
}

/** The content of a version; its canonical JSON's SHA-256 is the version hash. */
export interface AgreementContent {
  title: string;
  purpose: string;
  terms: string;
  currency: Currency;
  startsOn: string | null;
  endsOn: string | null;
  timeZone: string;
  disclosed: boolean;
  parties: AgreementPartyTerms[];
  milestones: AgreementMilestoneTerms[];
  attachmentIds: string[];
}

/** What an agreement still lacks before signatures can be requested, in checklist order. */
export type AgreementProblem =
  | 'TITLE_REQUIRED'
  | 'PURPOSE_REQUIRED'
  | 'TERMS_REQUIRED'
  | 'DATES_REQUIRED'
  | 'PARTIES_TOO_FEW'
  | 'MILESTONES_REQUIRED'
  | 'MILESTONE_OUTSIDE_PERIOD'
  | 'PAYMENT_SHARES_SUM';

export function signatureProblems(content: AgreementContent): AgreementProblem[] {
  const problems: AgreementProblem[] = [];
  if (!content.title.trim()) problems.push('TITLE_REQUIRED');
  if (!content.purpose.trim()) problems.push('PURPOSE_REQUIRED');
  if (!content.terms.trim()) problems.push('TERMS_REQUIRED');
  if (!content.startsOn || !content.endsOn) problems.push('DATES_REQUIRED');
  if (content.parties.length < 2) problems.push('PARTIES_TOO_FEW');
  if (!content.milestones.length) problems.push('MILESTONES_REQUIRED');
  const { startsOn, endsOn } = content;
  if (startsOn && endsOn && content.milestones.some((milestone) => milestone.dueDate < startsOn || milestone.dueDate > endsOn)) problems.push('MILESTONE_OUTSIDE_PERIOD');
  const money = content.parties.reduce((sum, party) => sum + party.moneyContribution, 0);
  const shares = content.milestones.reduce((sum, milestone) => sum + milestone.paymentShare, 0);
  // Money is paid out milestone by milestone: all of it, when there is any.
  if (money > 0 && content.milestones.length && shares !== 100) problems.push('PAYMENT_SHARES_SUM');
  return problems;
}

/** The total money the parties contribute, in minor units. */
export function agreementValue(parties: readonly Pick<AgreementPartyTerms, 'moneyContribution'>[]): number {
  return parties.reduce((sum, party) => sum + party.moneyContribution, 0);
}

/** Every party has signed the version: the signature that completes this makes the version binding. */
export function allPartiesSigned(partyIds: readonly string[], signedIds: readonly string[]): boolean {
  const signed = new Set(signedIds);
  return partyIds.length > 0 && partyIds.every((id) => signed.has(id));
}

/** Done when every milestone is accepted (an agreement without milestones never completes by itself). */
export function agreementCompleted(statuses: readonly MilestoneStatus[]): boolean {
  return statuses.length > 0 && statuses.every((status) => status === 'ACCEPTED');
}

/**
 * The role a party of an accepted proposal starts with: the call's owner funds it, the lead
 * coordinates, universities research, enterprises implement, state partners observe.
 */
export function defaultPartyRole(position: 'OWNER' | 'LEAD' | 'PARTNER', kind: OrganisationKind): AgreementPartyRole {
  if (position === 'OWNER') return 'FUNDER';
  if (position === 'LEAD') return 'COORDINATOR';
  if (kind === 'UNIVERSITY') return 'RESEARCH_PARTNER';
  if (kind === 'ENTERPRISE') return 'IMPLEMENTATION_PARTNER';
  return 'OBSERVER';
}
