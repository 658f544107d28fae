import type { ProjectStatus } from '../projects/project';

/**
 * Proposals (PRODUCT.md, "Proposals" and "Evaluation"). DRAFT → SUBMITTED (before the closing
 * time, every partner confirmed; content frozen and hashed) → WITHDRAWN (by the lead, before the
 * closing time) or, after it, UNDER_REVIEW → SHORTLISTED → ACCEPTED | REJECTED.
 */
export const PROPOSAL_STATUSES = ['DRAFT', 'SUBMITTED', 'WITHDRAWN', 'UNDER_REVIEW', 'SHORTLISTED', 'ACCEPTED', 'REJECTED'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

export const PROPOSAL_DECISIONS = ['SHORTLISTED', 'ACCEPTED', 'REJECTED'] as const;
export type ProposalDecision = (typeof PROPOSAL_DECISIONS)[number];

export const PARTNER_STATUSES = ['PENDING', 'CONFIRMED', 'DECLINED'] as const;
export type PartnerStatus = (typeof PARTNER_STATUSES)[number];

/**
 * The status a reader sees: a submitted proposal is under review from the project's closing time
 * on, whether or not anything has written it down (as a project turns into EVALUATION).
 */
export function effectiveProposalStatus(stored: ProposalStatus, projectStatus: ProjectStatus): ProposalStatus {
  if (stored === 'SUBMITTED' && projectStatus !== 'OPEN') return 'UNDER_REVIEW';
  return stored;
}

export type ProposalAction = 'EDIT' | 'SUBMIT' | 'WITHDRAW' | 'INVITE_PARTNER' | 'ANSWER_PARTNERSHIP' | 'SHORTLIST' | 'ACCEPT' | 'REJECT' | 'REVIEW';

const ALLOWED: Record<ProposalAction, readonly ProposalStatus[]> = {
  // After a submission the lead may keep working on the draft and submit again before the deadline.
  EDIT: ['DRAFT', 'SUBMITTED', 'WITHDRAWN'],
  SUBMIT: ['DRAFT', 'SUBMITTED', 'WITHDRAWN'],
  WITHDRAW: ['SUBMITTED'],
  INVITE_PARTNER: ['DRAFT', 'SUBMITTED', 'WITHDRAWN'],
  ANSWER_PARTNERSHIP: ['DRAFT', 'SUBMITTED', 'WITHDRAWN'],
  SHORTLIST: ['UNDER_REVIEW'],
  ACCEPT: ['UNDER_REVIEW', 'SHORTLISTED'],
  REJECT: ['UNDER_REVIEW', 'SHORTLISTED'],
  REVIEW: ['UNDER_REVIEW', 'SHORTLISTED'],
};

const TARGET: Partial<Record<ProposalAction, ProposalStatus>> = {
  SUBMIT: 'SUBMITTED',
  WITHDRAW: 'WITHDRAWN',
  SHORTLIST: 'SHORTLISTED',
  ACCEPT: 'ACCEPTED',
  REJECT: 'REJECTED',
};

/** Actions a proposer takes; after the closing time they are late rather than out of order. */
const PROPOSER_ACTIONS: readonly ProposalAction[] = ['EDIT', 'SUBMIT', 'WITHDRAW', 'INVITE_PARTNER', 'ANSWER_PARTNERSHIP'];

export type ProposalTransition = { ok: true; status: ProposalStatus } | { ok: false; code: 'INVALID_TRANSITION' | 'DEADLINE_PASSED'; status: ProposalStatus };

/**
 * The lifecycle, on the effective status. A proposer acting after the closing time gets
 * DEADLINE_PASSED; the owner deciding before it gets INVALID_TRANSITION.
 */
export function proposalTransition(effective: ProposalStatus, action: ProposalAction, projectOpen: boolean): ProposalTransition {
  const proposerAction = PROPOSER_ACTIONS.includes(action);
  if (proposerAction && !projectOpen) return { ok: false, code: 'DEADLINE_PASSED', status: effective };
  if (ALLOWED[action].includes(effective)) return { ok: true, status: TARGET[action] ?? effective };
  return { ok: false, code: 'INVALID_TRANSITION', status: effective };
}

export const DECISION_ACTION: Record<ProposalDecision, ProposalAction> = { SHORTLISTED: 'SHORTLIST', ACCEPTED: 'ACCEPT', REJECTED: 'REJECT' };

export const PROPOSAL_LIMITS = {
  titleMax: 200,
  abstractMax: 2000,
  approachMax: 30000,
  durationMonthsMax: 120,
  partnersMax: 10,
  teamMax: 30,
  budgetLinesMax: 50,
  justificationMax: 3000,
  feedbackMax: 5000,
  commentMax: 3000,
  scoreMin: 0,
  scoreMax: 10,
} as const;

/** What a submission still lacks, in the order the checklist shows it. */
export type SubmissionProblem =
  | 'TITLE_REQUIRED'
  | 'ABSTRACT_REQUIRED'
  | 'APPROACH_REQUIRED'
  | 'BUDGET_REQUIRED'
  | 'DURATION_REQUIRED'
  | 'PARTNERS_UNCONFIRMED'
  | 'PARTNER_DECLINED';

export interface SubmissionDraft {
  title: string;
  abstract: string;
  approach: string;
  requestedBudget: number | null;
  durationMonths: number | null;
  partners: readonly { status: PartnerStatus }[];
}

export function submissionProblems(draft: SubmissionDraft): SubmissionProblem[] {
  const problems: SubmissionProblem[] = [];
  if (!draft.title.trim()) problems.push('TITLE_REQUIRED');
  if (!draft.abstract.trim()) problems.push('ABSTRACT_REQUIRED');
  if (!draft.approach.trim()) problems.push('APPROACH_REQUIRED');
  if (draft.requestedBudget === null) problems.push('BUDGET_REQUIRED');
  if (!draft.durationMonths) problems.push('DURATION_REQUIRED');
  if (draft.partners.some((partner) => partner.status === 'DECLINED')) problems.push('PARTNER_DECLINED');
  if (draft.partners.some((partner) => partner.status === 'PENDING')) problems.push('PARTNERS_UNCONFIRMED');
  return problems;
}

/** One reviewer's scores: criterion id → 0..10. */
export type ReviewerScores = Readonly<Record<string, number>>;

export interface WeightedCriterion {
  id: string;
  weight: number;
}

export function validScore(score: number): boolean {
  return Number.isInteger(score) && score >= PROPOSAL_LIMITS.scoreMin && score <= PROPOSAL_LIMITS.scoreMax;
}

/**
 * The weighted score on 0–100: for each reviewer who scored every criterion, Σ score × weight / 10;
 * then the mean over those reviewers, rounded to two decimals. Null until one reviewer has scored
 * everything (a partial scoring sheet does not count).
 */
export function weightedScore(criteria: readonly WeightedCriterion[], reviewers: readonly ReviewerScores[]): number | null {
  const complete = reviewers.filter((scores) => criteria.every((criterion) => scores[criterion.id] !== undefined));
  if (!complete.length || !criteria.length) return null;
  const perReviewer = complete.map((scores) => criteria.reduce((sum, criterion) => sum + ((scores[criterion.id] ?? 0) * criterion.weight) / 10, 0));
  const mean = perReviewer.reduce((sum, value) => sum + value, 0) / perReviewer.length;
  return Math.round(mean * 100) / 100;
}

export interface RankedProposal {
  id: string;
  score: number | null;
  submittedAt: Date;
}

/** Best score first; unscored last; ties by earlier submission, then id (a stable order). */
export function rankProposals<T extends RankedProposal>(proposals: readonly T[]): (T & { rank: number | null })[] {
  const sorted = [...proposals].sort((a, b) => {
    if (a.score === null || b.score === null) return a.score === null ? (b.score === null ? a.submittedAt.getTime() - b.submittedAt.getTime() : 1) : -1;
    return b.score - a.score || a.submittedAt.getTime() - b.submittedAt.getTime() || a.id.localeCompare(b.id);
  });
  let rank = 0;
  return sorted.map((proposal) => (proposal.score === null ? { ...proposal, rank: null } : { ...proposal, rank: ++rank }));
}

/** A reviewer's standing on one proposal: undeclared, conflicted (may not score) or clear. */
export type ReviewerDeclaration = 'UNDECLARED' | 'CONFLICT' | 'NO_CONFLICT';

export function canScore(declaration: ReviewerDeclaration): 'DECLARATION_REQUIRED' | 'CONFLICT_OF_INTEREST' | undefined {
  if (declaration === 'UNDECLARED') return 'DECLARATION_REQUIRED';
  if (declaration === 'CONFLICT') return 'CONFLICT_OF_INTEREST';
  return undefined;
}

/** The project's outcome once the owner finalises: AWARDED when at least one proposal is accepted. */
export function evaluationOutcome(statuses: readonly ProposalStatus[]): { ok: true; status: 'AWARDED' | 'UNSUCCESSFUL' } | { ok: false; reason: 'UNDECIDED_PROPOSALS' } {
  if (statuses.some((status) => status === 'UNDER_REVIEW' || status === 'SHORTLISTED')) return { ok: false, reason: 'UNDECIDED_PROPOSALS' };
  return { ok: true, status: statuses.includes('ACCEPTED') ? 'AWARDED' : 'UNSUCCESSFUL' };
}
