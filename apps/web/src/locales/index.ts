import type { Locale } from '@helix/domain';
import enActivity from './en/activity.json';
import enAdmin from './en/admin.json';
import enAgreements from './en/agreements.json';
import enCommon from './en/common.json';
import enEvaluation from './en/evaluation.json';
import enFiles from './en/files.json';
import enHome from './en/home.json';
import enIdentity from './en/identity.json';
import enInvitations from './en/invitations.json';
import enOrganisations from './en/organisations.json';
import enProjectEditor from './en/projectEditor.json';
import enProjects from './en/projects.json';
import enProposals from './en/proposals.json';
import viActivity from './vi/activity.json';
import viAdmin from './vi/admin.json';
import viAgreements from './vi/agreements.json';
import viCommon from './vi/common.json';
import viEvaluation from './vi/evaluation.json';
import viFiles from './vi/files.json';
import viHome from './vi/home.json';
import viIdentity from './vi/identity.json';
import viInvitations from './vi/invitations.json';
import viOrganisations from './vi/organisations.json';
import viProjectEditor from './vi/projectEditor.json';
import viProjects from './vi/projects.json';
import viProposals from './vi/proposals.json';

/** Vietnamese is the reference catalogue: the English one must have the same shape. */
const vi = { common: viCommon, home: viHome, organisations: viOrganisations, identity: viIdentity, invitations: viInvitations, admin: viAdmin, files: viFiles, projectEditor: viProjectEditor, projects: viProjects, proposals: viProposals, evaluation: viEvaluation, agreements: viAgreements, activity: viActivity };
const en: typeof vi = { common: enCommon, home: enHome, organisations: enOrganisations, identity: enIdentity, invitations: enInvitations, admin: enAdmin, files: enFiles, projectEditor: enProjectEditor, projects: enProjects, proposals: enProposals, evaluation: enEvaluation, agreements: enAgreements, activity: enActivity };

export type Catalogue = typeof vi;
export type Namespace = keyof Catalogue;

export const NAMESPACES = Object.keys(vi) as Namespace[];

export const resources: Record<Locale, Catalogue> = { vi, en };
