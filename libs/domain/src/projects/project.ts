import type { MessageKey } from '../errors/messages';
import type { MembershipRole, OrganisationKind, OrganisationStatus } from '../organisations/organisation';

/** What an organisation posts (PRODUCT.md, Smart-city projects). */
export const PROJECT_KINDS = ['RESEARCH_CALL', 'PILOT_TENDER', 'CHALLENGE', 'PARTNERSHIP'] as const;
export type ProjectKind = (typeof PROJECT_KINDS)[number];

export const PROJECT_DOMAINS = [
  'MOBILITY',
  'ENERGY',
  'ENVIRONMENT',
  'WATER',
  'HEALTH',
  'EDUCATION',
  'E_GOVERNMENT',
  'PUBLIC_SAFETY',
  'URBAN_PLANNING',
  'DIGITAL_INFRASTRUCTURE',
  'ECONOMY_INDUSTRY',
] as const;
export type ProjectDomain = (typeof PROJECT_DOMAINS)[number];

/** The Intelligent Community Forum's indicators; names and descriptions are reference data in the database. */
export const ICF_INDICATORS = ['BROADBAND', 'KNOWLEDGE_WORKFORCE', 'INNOVATION', 'DIGITAL_EQUALITY', 'SUSTAINABILITY', 'ENGAGEMENT'] as const;
export type IcfIndicator = (typeof ICF_INDICATORS)[number];

export const PROJECT_VISIBILITIES = ['PUBLIC', 'PLATFORM', 'INVITED'] as const;
export type ProjectVisibility = (typeof PROJECT_VISIBILITIES)[number];

export const CURRENCIES = ['VND', 'USD', 'EUR'] as const;
export type Currency = (typeof CURRENCIES)[number];

/** Stored statuses. EVALUATION is also stored once the owner acts on a closed call. */
export const PROJECT_STATUSES = ['DRAFT', 'OPEN', 'EVALUATION', 'AWARDED', 'UNSUCCESSFUL', 'CANCELLED'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

/** OCDS `tender.status` for each status. */
export const OCDS_TENDER_STATUS: Record<ProjectStatus, string> = {
  DRAFT: 'planning',
  OPEN: 'active',
  EVALUATION: 'active',
  AWARDED: 'complete',
  UNSUCCESSFUL: 'unsuccessful',
  CANCELLED: 'cancelled',
};

/**
 * The status a reader sees: an OPEN call whose closing time has passed is in EVALUATION from that
 * instant, whether or not anything has written it down yet.
 */
export function effectiveProjectStatus(stored: ProjectStatus, closesAt: Date | null, now: Date): ProjectStatus {
  if (stored === 'OPEN' && closesAt && closesAt.getTime() <= now.getTime()) return 'EVALUATION';
  return stored;
}

export type ProjectAction = 'PUBLISH' | 'EXTEND_DEADLINE' | 'CANCEL' | 'FINALIZE_AWARDED' | 'FINALIZE_UNSUCCESSFUL' | 'EDIT' | 'ASK' | 'ANSWER';

const ALLOWED: Record<ProjectAction, readonly ProjectStatus[]> = {
  PUBLISH: ['DRAFT'],
  EXTEND_DEADLINE: ['OPEN'],
  CANCEL: ['DRAFT', 'OPEN', 'EVALUATION'],
  FINALIZE_AWARDED: ['EVALUATION'],
  FINALIZE_UNSUCCESSFUL: ['EVALUATION'],
  EDIT: ['DRAFT', 'OPEN'],
  ASK: ['OPEN'],
  ANSWER: ['OPEN'],
};

const TARGET: Partial<Record<ProjectAction, ProjectStatus>> = {
  PUBLISH: 'OPEN',
  CANCEL: 'CANCELLED',
  FINALIZE_AWARDED: 'AWARDED',
  FINALIZE_UNSUCCESSFUL: 'UNSUCCESSFUL',
};

export type TransitionRefusal = 'INVALID_TRANSITION' | 'DEADLINE_PASSED';

export type Transition = { ok: true; status: ProjectStatus } | { ok: false; code: TransitionRefusal; status: ProjectStatus };

/**
 * The lifecycle: DRAFT → OPEN → EVALUATION (at the closing time) → AWARDED | UNSUCCESSFUL, and
 * CANCELLED from anything before AWARDED. Works on the effective status, so acting on an open call
 * after its closing time is DEADLINE_PASSED rather than a surprise.
 */
export function projectTransition(effective: ProjectStatus, action: ProjectAction): Transition {
  if (ALLOWED[action].includes(effective)) return { ok: true, status: TARGET[action] ?? effective };
  const closedMeanwhile = effective === 'EVALUATION' && ALLOWED[action].includes('OPEN');
  return { ok: false, code: closedMeanwhile ? 'DEADLINE_PASSED' : 'INVALID_TRANSITION', status: effective };
}

/** Fields an owner may still change once a call is OPEN: corrections and added documents, never the terms. */
export const FIELDS_EDITABLE_WHILE_OPEN: readonly string[] = ['summary', 'description', 'location', 'attachmentIds'];

/** The first field of an edit that an open call no longer allows, if any. */
export function fieldLockedWhileOpen(changedFields: readonly string[]): string | undefined {
  return changedFields.find((field) => !FIELDS_EDITABLE_WHILE_OPEN.includes(field));
}

export const PROJECT_LIMITS = {
  titleMax: 200,
  summaryMax: 600,
  descriptionMax: 20000,
  locationMax: 200,
  criteriaMin: 1,
  criteriaMax: 12,
  criterionNameMax: 120,
  criterionDescriptionMax: 1000,
  indicatorsMax: ICF_INDICATORS.length,
  invitedMax: 50,
  attachmentsMax: 20,
  questionMax: 2000,
  answerMax: 5000,
  reasonMax: 1000,
  /** Budgets are integer minor units; VND has none, so this is about 9 quadrillion đồng. */
  budgetMax: Number.MAX_SAFE_INTEGER,
  /** A call runs at most two years: a guard against typos in the year. */
  maxOpenDays: 730,
} as const;

export interface CriterionDraft {
  name: string;
  weight: number;
}

export type CriteriaProblem = 'CRITERIA_REQUIRED' | 'CRITERIA_TOO_MANY' | 'CRITERION_WEIGHT_INVALID' | 'CRITERIA_WEIGHTS_SUM' | 'CRITERION_NAME_DUPLICATE';

/** Weighted evaluation criteria: at least one, whole positive weights summing to exactly 100, distinct names. */
export function checkCriteria(criteria: readonly CriterionDraft[]): CriteriaProblem | undefined {
  if (criteria.length < PROJECT_LIMITS.criteriaMin) return 'CRITERIA_REQUIRED';
  if (criteria.length > PROJECT_LIMITS.criteriaMax) return 'CRITERIA_TOO_MANY';
  if (criteria.some((c) => !Number.isInteger(c.weight) || c.weight < 1 || c.weight > 100)) return 'CRITERION_WEIGHT_INVALID';
  const names = new Set(criteria.map((c) => c.name.trim().toLocaleLowerCase()));
  if (names.size !== criteria.length) return 'CRITERION_NAME_DUPLICATE';
  if (criteria.reduce((sum, c) => sum + c.weight, 0) !== 100) return 'CRITERIA_WEIGHTS_SUM';
  return undefined;
}

/** What publishing needs beyond the draft's own checks. */
export interface PublishDraft {
  title: string;
  summary: string;
  eligibleKinds: readonly OrganisationKind[];
  criteria: readonly CriterionDraft[];
  closesAt: Date | null;
  opensAt: Date | null;
  visibility: ProjectVisibility;
  invitedCount: number;
}

export interface PublishProblem {
  field: string;
  key: MessageKey;
}

/** Everything wrong with a draft that is about to be published, first problem first. */
export function publishProblems(draft: PublishDraft, now: Date): PublishProblem[] {
  const problems: PublishProblem[] = [];
  if (!draft.summary.trim()) problems.push({ field: 'summary', key: 'REQUIRED' });
  if (draft.eligibleKinds.length === 0) problems.push({ field: 'eligibleKinds', key: 'REQUIRED' });
  if (!draft.closesAt) problems.push({ field: 'closesAt', key: 'REQUIRED' });
  else if (draft.closesAt.getTime() <= now.getTime()) problems.push({ field: 'closesAt', key: 'CLOSING_TIME_NOT_FUTURE' });
  else if (draft.opensAt && draft.opensAt.getTime() >= draft.closesAt.getTime()) problems.push({ field: 'opensAt', key: 'OPENS_AFTER_CLOSE' });
  const criteria = checkCriteria(draft.criteria);
  if (criteria) problems.push({ field: 'criteria', key: criteria });
  if (draft.visibility === 'INVITED' && draft.invitedCount === 0) problems.push({ field: 'invitedOrganisationIds', key: 'INVITATION_LIST_EMPTY' });
  return problems;
}

/** A new closing time must be later than the current one (and still in the future). */
export function checkDeadlineExtension(current: Date, proposed: Date, now: Date): 'DEADLINE_NOT_LATER' | 'CLOSING_TIME_NOT_FUTURE' | 'CLOSING_TIME_TOO_FAR' | undefined {
  if (proposed.getTime() <= current.getTime()) return 'DEADLINE_NOT_LATER';
  if (proposed.getTime() <= now.getTime()) return 'CLOSING_TIME_NOT_FUTURE';
  if (proposed.getTime() - now.getTime() > PROJECT_LIMITS.maxOpenDays * 86_400_000) return 'CLOSING_TIME_TOO_FAR';
  return undefined;
}

/** Why an organisation can or cannot respond to a call (propose, bid or ask a question). */
export const ELIGIBILITY_REASONS = [
  'SIGN_IN_REQUIRED',
  'NO_ORGANISATION',
  'OWN_PROJECT',
  'KIND_NOT_ELIGIBLE',
  'ORGANISATION_PENDING',
  'ORGANISATION_SUSPENDED',
  'ROLE_TOO_LOW',
  'NOT_YET_OPEN',
  'NOT_OPEN',
  'DEADLINE_PASSED',
] as const;
export type EligibilityReason = (typeof ELIGIBILITY_REASONS)[number];

export interface EligibilityProject {
  ownerId: string;
  status: ProjectStatus;
  eligibleKinds: readonly OrganisationKind[];
  opensAt: Date | null;
}

export interface EligibilityOrganisation {
  id: string;
  kind: OrganisationKind;
  status: OrganisationStatus;
  role: MembershipRole;
}

export type Eligibility = { eligible: true } | { eligible: false; reason: EligibilityReason };

/**
 * One answer for the project page, asking a question and (later) submitting a proposal. `status`
 * is the effective status; `organisation` is the caller's active organisation, if any.
 */
export function projectEligibility(project: EligibilityProject, organisation: EligibilityOrganisation | null | undefined, signedIn: boolean, now: Date): Eligibility {
  if (!signedIn) return { eligible: false, reason: 'SIGN_IN_REQUIRED' };
  if (!organisation) return { eligible: false, reason: 'NO_ORGANISATION' };
  if (organisation.id === project.ownerId) return { eligible: false, reason: 'OWN_PROJECT' };
  if (project.status === 'EVALUATION') return { eligible: false, reason: 'DEADLINE_PASSED' };
  if (project.status !== 'OPEN') return { eligible: false, reason: 'NOT_OPEN' };
  if (!project.eligibleKinds.includes(organisation.kind)) return { eligible: false, reason: 'KIND_NOT_ELIGIBLE' };
  if (organisation.status === 'PENDING') return { eligible: false, reason: 'ORGANISATION_PENDING' };
  if (organisation.status === 'SUSPENDED') return { eligible: false, reason: 'ORGANISATION_SUSPENDED' };
  if (organisation.role === 'VIEWER') return { eligible: false, reason: 'ROLE_TOO_LOW' };
  if (project.opensAt && project.opensAt.getTime() > now.getTime()) return { eligible: false, reason: 'NOT_YET_OPEN' };
  return { eligible: true };
}
