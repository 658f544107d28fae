/** Search input rules shared by the API and the client. */
export const SEARCH_MAX_LENGTH = 200;

/** Collapses whitespace and trims; an empty result means "no search". */
export function normaliseSearchText(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** Sort orders of the project catalogue. RELEVANCE only means something with a search text. */
export const PROJECT_SORTS = ['RELEVANCE', 'CLOSING_SOON', 'NEWEST', 'BUDGET_HIGH', 'BUDGET_LOW'] as const;
export type ProjectSort = (typeof PROJECT_SORTS)[number];

/** Why a call was suggested to an organisation ("For you"). */
export const RECOMMENDATION_REASONS = ['ELIGIBLE_KIND', 'EXPERTISE_MATCH', 'PROFILE_MATCH', 'PAST_DOMAIN', 'INVITED', 'CLOSING_SOON'] as const;
export type RecommendationReason = (typeof RECOMMENDATION_REASONS)[number];

/** Weights of the "For you" score; each part is between 0 and 1 before weighting. */
export const RECOMMENDATION_WEIGHTS = { expertise: 0.45, profile: 0.25, pastDomain: 0.2, invited: 0.1 } as const;

/** A call closing within this many days is flagged so it is not missed. */
export const CLOSING_SOON_DAYS = 7;

export interface RecommendationSignals {
  expertiseMatches: readonly string[];
  /** Full-text similarity of the organisation's profile to the call, 0..1. */
  profileSimilarity: number;
  /** The organisation worked in the call's domain before (posted or proposed). */
  pastDomain: boolean;
  invited: boolean;
  closesAt: Date;
}

export interface Recommendation {
  score: number;
  reasons: RecommendationReason[];
}

/** Ranks one eligible call for one organisation and says why. */
export function recommend(signals: RecommendationSignals, now: Date): Recommendation {
  const expertise = Math.min(1, signals.expertiseMatches.length / 2);
  const profile = Math.max(0, Math.min(1, signals.profileSimilarity));
  const score =
    RECOMMENDATION_WEIGHTS.expertise * expertise +
    RECOMMENDATION_WEIGHTS.profile * profile +
    RECOMMENDATION_WEIGHTS.pastDomain * (signals.pastDomain ? 1 : 0) +
    RECOMMENDATION_WEIGHTS.invited * (signals.invited ? 1 : 0);
  const reasons: RecommendationReason[] = ['ELIGIBLE_KIND'];
  if (signals.invited) reasons.push('INVITED');
  if (signals.expertiseMatches.length) reasons.push('EXPERTISE_MATCH');
  if (profile >= 0.05) reasons.push('PROFILE_MATCH');
  if (signals.pastDomain) reasons.push('PAST_DOMAIN');
  if (signals.closesAt.getTime() - now.getTime() <= CLOSING_SOON_DAYS * 86_400_000) reasons.push('CLOSING_SOON');
  return { score: Math.round(score * 1000) / 1000, reasons };
}
