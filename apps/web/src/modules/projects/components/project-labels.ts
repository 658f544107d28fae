import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  EligibilityReason,
  OrganisationKind,
  ProjectDomain,
  ProjectKind,
  ProjectSort,
  ProjectStatus,
  ProjectVisibility,
  RecommendationReason,
} from '@helix/domain';

/**
 * The names of the project enums in the reader's language (the `projects` namespace). ICF
 * indicator names are not here: the API sends them, translated, through `icfIndicators`.
 */
export function projectLabels(t: TFunction<'projects'>) {
  return {
    kind: (kind: ProjectKind) => t(`kinds.${kind}`),
    domain: (domain: ProjectDomain) => t(`domains.${domain}`),
    status: (status: ProjectStatus) => t(`statuses.${status}`),
    visibility: (visibility: ProjectVisibility) => t(`visibilities.${visibility}`),
    /** One sentence on who can see a project with that visibility. */
    visibilityDescription: (visibility: ProjectVisibility) => t(`visibilityDescriptions.${visibility}`),
    /** A short title for why the active organisation cannot respond (the API's message says more). */
    eligibilityReason: (reason: EligibilityReason) => t(`eligibilityReasons.${reason}`),
    /** A chip-sized name of a "For you" reason. */
    recommendationReason: (reason: RecommendationReason) => t(`recommendationReasons.${reason}`),
    sort: (sort: ProjectSort) => t(`sorts.${sort}`),
    /** Who a call is for, in a sentence ("doanh nghiệp" / "enterprises"). */
    audience: (kind: OrganisationKind) => t(`audiences.${kind}`),
  };
}

export type ProjectLabels = ReturnType<typeof projectLabels>;

/** `projectLabels` in the reader's current language (re-renders when it changes). */
export function useProjectLabels(): ProjectLabels {
  const { t } = useTranslation('projects');
  return useMemo(() => projectLabels(t), [t]);
}
