import type { OrganisationKind } from '@helix/domain';
import { externalLink } from '@web/shared/links/external-href';

/** The editable profile of an organisation, as the wizard and the settings form hold it. */
export interface OrganisationFormValues {
  kind: OrganisationKind | '';
  name: string;
  shortName: string;
  registrationCode: string;
  website: string;
  descriptionVi: string;
  descriptionEn: string;
  expertise: string[];
}

export const EMPTY_ORGANISATION: OrganisationFormValues = {
  kind: '',
  name: '',
  shortName: '',
  registrationCode: '',
  website: '',
  descriptionVi: '',
  descriptionEn: '',
  expertise: [],
};

/** A trimmed text, or undefined when nothing is left (the field is then left out of the input). */
export function optionalText(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed ? trimmed : undefined;
}

/** A website must be an http(s) address; empty is fine. Returns the problem's translation key. */
export function websiteProblem(value: string): 'fields.websiteInvalid' | undefined {
  return value.trim() && !externalLink(value) ? 'fields.websiteInvalid' : undefined;
}

/** Tags trimmed, without blanks and duplicates (case-insensitively). */
export function cleanExpertise(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const tag of tags) {
    const trimmed = tag.trim();
    const key = trimmed.toLocaleLowerCase();
    if (!trimmed || seen.has(key)) continue;
    seen.add(key);
    result.push(trimmed);
  }
  return result;
}
