import {
  can,
  DECISION_ACTION,
  effectiveProposalStatus,
  evaluationOutcome,
  PROPOSAL_DECISIONS,
  proposalTransition,
  weightedScore,
  type MembershipRole,
  type OrganisationStatus,
  type ProjectStatus,
  type ProposalDecision,
  type ProposalStatus,
  type ReviewerScores,
  type WeightedCriterion,
} from '@helix/domain';

/** What the caller may do on the board, by the rules the API applies (`can` from the domain library). */
export function evaluationPermissions(myRole: MembershipRole | null | undefined, organisationStatus: OrganisationStatus) {
  if (!myRole) return { manage: false, review: false, prepareAgreement: false };
  const actor = { userId: 'me', isPlatformAdmin: false, membership: { role: myRole, organisationStatus } };
  return {
    manage: can(actor, 'evaluation.manage').allowed,
    review: can(actor, 'evaluation.review').allowed,
    // A partnership agreement from an accepted proposal: the owner's members above viewer.
    prepareAgreement: can(actor, 'agreement.prepare').allowed,
  };
}

/** The decisions the lifecycle allows on a proposal now (none before the closing time). */
export function allowedDecisions(status: ProposalStatus, projectStatus: ProjectStatus): ProposalDecision[] {
  if (projectStatus !== 'EVALUATION') return [];
  const effective = effectiveProposalStatus(status, projectStatus);
  return PROPOSAL_DECISIONS.filter((decision) => proposalTransition(effective, DECISION_ACTION[decision], false).ok);
}

/** Reviewers can be assigned, declare and score while the proposal is under review or shortlisted. */
export function reviewOpen(status: ProposalStatus, projectStatus: ProjectStatus): boolean {
  return projectStatus === 'EVALUATION' && proposalTransition(effectiveProposalStatus(status, projectStatus), 'REVIEW', false).ok;
}

/** Finalising mirrors `evaluationOutcome`: refused while any proposal is undecided, with how many. */
export function finalizeState(statuses: readonly ProposalStatus[], projectStatus: ProjectStatus) {
  const effective = statuses.map((status) => effectiveProposalStatus(status, projectStatus));
  const outcome = evaluationOutcome(effective);
  const undecided = effective.filter((status) => status === 'UNDER_REVIEW' || status === 'SHORTLISTED').length;
  const accepted = effective.filter((status) => status === 'ACCEPTED').length;
  return { outcome, undecided, accepted };
}

/** One reviewer's sheet as `weightedScore` reads it (criterion id → score). */
export function sheetOf(scores: readonly { criterionId: string; score: number }[]): ReviewerScores {
  return Object.fromEntries(scores.map((entry) => [entry.criterionId, entry.score]));
}

/** One reviewer's weighted total (0–100), null until every criterion is scored. */
export function reviewerTotal(criteria: readonly WeightedCriterion[], scores: readonly { criterionId: string; score: number }[]): number | null {
  return weightedScore(criteria, [sheetOf(scores)]);
}

/** Points so far of a partial sheet (what the scored criteria already bring, out of 100). */
export function partialPoints(criteria: readonly WeightedCriterion[], sheet: ReviewerScores): number {
  const points = criteria.reduce((sum, criterion) => sum + ((sheet[criterion.id] ?? 0) * criterion.weight) / 10, 0);
  return Math.round(points * 100) / 100;
}
