import type { TFunction } from 'i18next';
import type { Locale, OrganisationKind, ProjectDomain, RecommendationReason } from '@helix/domain';
import { projectLabels } from '@web/modules/projects/components/project-labels';

interface SentenceContext {
  /** Kind of the organisation the user acts for ("Đúng đối tượng: doanh nghiệp"). */
  organisationKind: OrganisationKind | undefined;
  domain: ProjectDomain;
  matchedExpertise: readonly string[];
  locale: Locale;
}

/** Each reason of a suggestion as a sentence the reader understands, in the API's order. */
export function recommendationSentences(t: TFunction<'projects'>, reasons: readonly RecommendationReason[], context: SentenceContext): { reason: RecommendationReason; text: string }[] {
  const labels = projectLabels(t);
  const list = new Intl.ListFormat(context.locale, { style: 'short', type: 'unit' });
  return reasons.map((reason) => {
    switch (reason) {
      case 'ELIGIBLE_KIND':
        return { reason, text: context.organisationKind ? t('reasonSentences.ELIGIBLE_KIND', { audience: labels.audience(context.organisationKind) }) : labels.recommendationReason(reason) };
      case 'EXPERTISE_MATCH':
        return {
          reason,
          text: context.matchedExpertise.length ? t('reasonSentences.EXPERTISE_MATCH', { expertise: list.format(context.matchedExpertise) }) : labels.recommendationReason(reason),
        };
      case 'PAST_DOMAIN':
        return { reason, text: t('reasonSentences.PAST_DOMAIN', { domain: labels.domain(context.domain) }) };
      default:
        return { reason, text: t(`reasonSentences.${reason}`) };
    }
  });
}
