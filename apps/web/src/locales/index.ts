import type { Locale } from '@helix/domain';
import enCommon from './en/common.json';
import enHome from './en/home.json';
import enOrganisations from './en/organisations.json';
import viCommon from './vi/common.json';
import viHome from './vi/home.json';
import viOrganisations from './vi/organisations.json';

/** Vietnamese is the reference catalogue: the English one must have the same shape. */
const vi = { common: viCommon, home: viHome, organisations: viOrganisations };
const en: typeof vi = { common: enCommon, home: enHome, organisations: enOrganisations };

export type Catalogue = typeof vi;
export type Namespace = keyof Catalogue;

export const NAMESPACES = Object.keys(vi) as Namespace[];

export const resources: Record<Locale, Catalogue> = { vi, en };
