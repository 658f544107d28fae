import type { OrganisationKind } from '../organisations/organisation';

/** Why an organisation was suggested as a partner for a proposal (the partner finder). */
export const PARTNER_SUGGESTION_REASONS = ['ELIGIBLE_KIND', 'COMPLETES_HELIX', 'EXPERTISE_MATCH', 'PAST_COLLABORATION'] as const;
export type PartnerSuggestionReason = (typeof PARTNER_SUGGESTION_REASONS)[number];

/** Weights of the partner score; each part is between 0 and 1 before weighting (they sum to 1). */
export const PARTNER_SUGGESTION_WEIGHTS = { expertise: 0.4, completesHelix: 0.3, pastCollaboration: 0.2, eligibleKind: 0.1 } as const;

export interface PartnerSignals {
  /** The candidate's kind. */
  kind: OrganisationKind;
  /** Kinds the call admits (`eligible_kinds`). */
  eligibleKinds: readonly OrganisationKind[];
  /** Kinds already in the consortium: the lead's and those of partners who have not declined. */
  consortiumKinds: readonly OrganisationKind[];
  /** The candidate's expertise tags the call's text matches. */
  expertiseMatches: readonly string[];
  /**
   * Earlier proposals in which the candidate and the lead were in the same consortium (as lead
   * or partner, not declined). Agreements (contracts after an award) arrive in issue 6 and will
   * count here too.
   */
  pastCollaborations: number;
}

export interface PartnerSuggestion {
  score: number;
  reasons: PartnerSuggestionReason[];
}

/** Ranks one candidate partner for a proposal and says why. Pure: the API computes the signals. */
export function suggestPartner(signals: PartnerSignals): PartnerSuggestion {
  const eligible = signals.eligibleKinds.includes(signals.kind);
  const completes = !signals.consortiumKinds.includes(signals.kind);
  const expertise = Math.min(1, signals.expertiseMatches.length / 2);
  const past = Math.min(1, Math.max(0, signals.pastCollaborations) / 2);
  const score =
    PARTNER_SUGGESTION_WEIGHTS.expertise * expertise +
    PARTNER_SUGGESTION_WEIGHTS.completesHelix * (completes ? 1 : 0) +
    PARTNER_SUGGESTION_WEIGHTS.pastCollaboration * past +
    PARTNER_SUGGESTION_WEIGHTS.eligibleKind * (eligible ? 1 : 0);
  const reasons: PartnerSuggestionReason[] = [];
  if (eligible) reasons.push('ELIGIBLE_KIND');
  if (completes) reasons.push('COMPLETES_HELIX');
  if (signals.expertiseMatches.length) reasons.push('EXPERTISE_MATCH');
  if (signals.pastCollaborations > 0) reasons.push('PAST_COLLABORATION');
  return { score: Math.round(score * 1000) / 1000, reasons };
}
