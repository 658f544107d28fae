import {
  checkCriteria,
  FIELDS_EDITABLE_WHILE_OPEN,
  ICF_INDICATORS,
  ORGANISATION_KINDS,
  PROJECT_LIMITS,
  publishProblems,
  type CriteriaProblem,
  type Currency,
  type IcfIndicator,
  type MessageKey,
  type MessageParams,
  type OrganisationKind,
  type ProjectDomain,
  type ProjectKind,
  type ProjectVisibility,
} from '@helix/domain';
import type { CreateProjectInput, CriterionInput, UpdateProjectInput } from '@web/gql/graphql';
import type { EditableProject } from '@web/modules/project-editor/graphql/project-editor';
import type { UploadedFile } from '@web/shared/files/upload-file';
import { localToDate, localToIso, isoToLocal } from './local-date-time';
import { fromMinorUnits, toMinorUnits } from './money';

/** The wizard's steps, in order. */
export const STEPS = ['basics', 'description', 'scope', 'schedule', 'criteria', 'documents', 'review'] as const;
export type StepKey = (typeof STEPS)[number];

export interface CriterionRow {
  /** A stable React key (the criterion's id once saved). */
  key: string;
  name: string;
  description: string;
  /** NumberInput gives a string while the text is not a number (empty, "-"). */
  weight: number | string;
}

export interface InvitedOrganisation {
  id: string;
  name: string;
  shortName: string | null;
}

/** A document attached to the project (what the upload route answers, and `Project.attachments`). */
export type ProjectAttachment = UploadedFile;

/** The project as the wizard holds it: texts as typed, dates as local date-times, the budget in main units. */
export interface ProjectFormValues {
  title: string;
  kind: ProjectKind | '';
  domain: ProjectDomain | '';
  summary: string;
  description: string;
  indicators: IcfIndicator[];
  eligibleKinds: OrganisationKind[];
  location: string;
  /** In the currency's main unit (đồng, dollars, euros); '' when no budget is given. */
  budgetAmount: number | string;
  budgetCurrency: Currency;
  /** "YYYY-MM-DDTHH:mm" in the device's time zone, '' when not set. */
  opensAt: string;
  closesAt: string;
  sealed: boolean;
  visibility: ProjectVisibility;
  invited: InvitedOrganisation[];
  criteria: CriterionRow[];
  attachments: ProjectAttachment[];
}

export const EMPTY_PROJECT: ProjectFormValues = {
  title: '',
  kind: '',
  domain: '',
  summary: '',
  description: '',
  indicators: [],
  eligibleKinds: [],
  location: '',
  budgetAmount: '',
  budgetCurrency: 'VND',
  opensAt: '',
  closesAt: '',
  sealed: true,
  visibility: 'PUBLIC',
  invited: [],
  criteria: [],
  attachments: [],
};

let rowCounter = 0;
/** A key for a criterion row added in the browser. */
export function newCriterionRow(weight: number | string = ''): CriterionRow {
  rowCounter += 1;
  return { key: `new-${rowCounter}`, name: '', description: '', weight };
}

export function formValuesOf(project: EditableProject): ProjectFormValues {
  return {
    title: project.title,
    kind: project.kind,
    domain: project.domain,
    summary: project.summary,
    description: project.description,
    indicators: project.indicators.map((indicator) => indicator.code),
    eligibleKinds: [...project.eligibleKinds],
    location: project.location ?? '',
    budgetAmount: project.budget ? fromMinorUnits(project.budget.amount, project.budget.currency) : '',
    budgetCurrency: project.budget?.currency ?? 'VND',
    opensAt: isoToLocal(project.opensAt),
    closesAt: isoToLocal(project.closesAt),
    sealed: project.sealed,
    visibility: project.visibility,
    invited: project.invitedOrganisations.map(({ id, name, shortName }) => ({ id, name, shortName })),
    criteria: project.criteria.map((criterion) => ({ key: criterion.id, name: criterion.name, description: criterion.description ?? '', weight: criterion.weight })),
    attachments: project.attachments.map(({ id, name, contentType, size, sha256, url, createdAt }) => ({ id, name, contentType, size, sha256, url, createdAt })),
  };
}

/** A trimmed text, or null when nothing is left. */
export function optionalText(value: string): string | null {
  const trimmed = value.trim();
  return trimmed ? trimmed : null;
}

/** The budget in minor units: null when none is given, undefined when what was typed is not an amount. */
export function budgetOf(values: Pick<ProjectFormValues, 'budgetAmount' | 'budgetCurrency'>): Money | null | undefined {
  const { budgetAmount: amount, budgetCurrency: currency } = values;
  if (amount === '') return null;
  if (typeof amount !== 'number' || !Number.isFinite(amount) || amount < 0) return undefined;
  const minor = toMinorUnits(amount, currency);
  if (minor === undefined || minor > PROJECT_LIMITS.budgetMax) return undefined;
  return { amount: minor, currency };
}

/** The weight as a number (NaN while it is not one). */
export function weightOf(row: Pick<CriterionRow, 'weight'>): number {
  return typeof row.weight === 'number' ? row.weight : row.weight.trim() === '' ? Number.NaN : Number(row.weight);
}

export function weightsSum(criteria: readonly CriterionRow[]): number {
  return criteria.reduce((sum, row) => sum + (Number.isFinite(weightOf(row)) ? weightOf(row) : 0), 0);
}

const inOrder = <T extends string>(order: readonly T[], values: readonly T[]): T[] => order.filter((value) => values.includes(value));

/** A budget as the API takes it: integer minor units and the currency. */
export interface Money {
  amount: number;
  currency: Currency;
}

/** Every field of UpdateProjectInput, as the form would send it. */
interface FullInput {
  title: string;
  summary: string | null;
  description: string | null;
  kind: ProjectKind | null;
  domain: ProjectDomain | null;
  indicators: IcfIndicator[];
  eligibleKinds: OrganisationKind[];
  location: string | null;
  budget: Money | null;
  opensAt: string | null;
  closesAt: string | null;
  sealed: boolean;
  visibility: ProjectVisibility;
  invitedOrganisationIds: string[];
  criteria: CriterionInput[];
  attachmentIds: string[];
}

/** Every field as the server would store it (trimmed, empty → null, lists in a canonical order). */
function fullInput(values: ProjectFormValues): FullInput {
  return {
    title: values.title.trim(),
    summary: optionalText(values.summary),
    description: optionalText(values.description),
    kind: values.kind || null,
    domain: values.domain || null,
    indicators: inOrder(ICF_INDICATORS, values.indicators),
    eligibleKinds: inOrder(ORGANISATION_KINDS, values.eligibleKinds),
    location: optionalText(values.location),
    budget: budgetOf(values) ?? null,
    opensAt: localToIso(values.opensAt),
    closesAt: localToIso(values.closesAt),
    sealed: values.sealed,
    visibility: values.visibility,
    // The list only matters for INVITED; another visibility clears it.
    invitedOrganisationIds: values.visibility === 'INVITED' ? values.invited.map((organisation) => organisation.id) : [],
    criteria: values.criteria.map((row): CriterionInput => {
      const description = optionalText(row.description);
      return { name: row.name.trim(), ...(description ? { description } : {}), weight: weightOf(row) };
    }),
    attachmentIds: values.attachments.map((file) => file.id),
  };
}

/** The createProject input: the required basics, and every other field that was filled in. */
export function createProjectInput(values: ProjectFormValues): CreateProjectInput {
  const full = fullInput(values);
  if (!full.kind || !full.domain) throw new Error('createProjectInput needs a kind and a domain');
  const input: CreateProjectInput = { title: full.title, kind: full.kind, domain: full.domain, sealed: full.sealed, visibility: full.visibility };
  if (full.summary) input.summary = full.summary;
  if (full.description) input.description = full.description;
  if (full.indicators.length) input.indicators = full.indicators;
  if (full.eligibleKinds.length) input.eligibleKinds = full.eligibleKinds;
  if (full.location) input.location = full.location;
  if (full.budget) input.budget = full.budget;
  if (full.opensAt) input.opensAt = full.opensAt;
  if (full.closesAt) input.closesAt = full.closesAt;
  if (full.invitedOrganisationIds.length) input.invitedOrganisationIds = full.invitedOrganisationIds;
  if (full.criteria.length) input.criteria = full.criteria;
  if (full.attachmentIds.length) input.attachmentIds = full.attachmentIds;
  return input;
}

/**
 * The updateProject input: only what changed (null clears a field; lists are sent whole). For an
 * OPEN project only the fields that may still change are considered.
 */
export function updateProjectInput(initial: ProjectFormValues, values: ProjectFormValues, openProject: boolean): UpdateProjectInput {
  const before = fullInput(initial);
  const after = fullInput(values);
  const input: Record<string, unknown> = {};
  for (const key of Object.keys(after) as (keyof FullInput)[]) {
    if (openProject && !FIELDS_EDITABLE_WHILE_OPEN.includes(key)) continue;
    if (JSON.stringify(after[key]) !== JSON.stringify(before[key])) input[key] = after[key];
  }
  return input as UpdateProjectInput;
}

/** Whether the values hold anything not saved yet. */
export function hasChanges(initial: ProjectFormValues, values: ProjectFormValues): boolean {
  return JSON.stringify(fullInput(initial)) !== JSON.stringify(fullInput(values));
}

/** A problem with one field, worded by the domain's message catalogue (the server's own words). */
export interface Problem {
  path: string;
  key: MessageKey;
  params?: MessageParams;
}

/** Form paths an OPEN project still lets its owner change. */
const EDITABLE_WHILE_OPEN_PATHS = ['summary', 'description', 'location', 'attachments'];

export function lockedWhileOpen(path: string): boolean {
  return !EDITABLE_WHILE_OPEN_PATHS.includes(path.split('.')[0] ?? path);
}

const PATH_STEP: Record<string, StepKey> = {
  title: 'basics',
  kind: 'basics',
  domain: 'basics',
  summary: 'basics',
  description: 'description',
  indicators: 'scope',
  eligibleKinds: 'scope',
  location: 'scope',
  budgetAmount: 'scope',
  budgetCurrency: 'scope',
  opensAt: 'schedule',
  closesAt: 'schedule',
  sealed: 'schedule',
  visibility: 'schedule',
  invited: 'schedule',
  criteria: 'criteria',
  attachments: 'documents',
};

/** The step that holds a form path (`criteria.1.weight` → criteria). */
export function stepOfPath(path: string): StepKey | undefined {
  return PATH_STEP[path.split('.')[0] ?? path];
}

/**
 * The form path for a field the server named (`extensions.field` without `input.`):
 * `budget.amount` → budgetAmount, `invitedOrganisationIds` → invited, `criteria.1.weight` stays.
 */
export function formPathOf(field: string): string | undefined {
  if (field === 'budget' || field.startsWith('budget.')) return field === 'budget.currency' ? 'budgetCurrency' : 'budgetAmount';
  if (field === 'invitedOrganisationIds' || field.startsWith('invitedOrganisationIds.')) return 'invited';
  if (field === 'attachmentIds' || field.startsWith('attachmentIds.')) return 'attachments';
  if (/^criteria\.\d+\.(name|description|weight)$/.test(field)) return field;
  if (/^criteria\.\d+$/.test(field)) return `${field}.name`;
  return field in PATH_STEP ? field : undefined;
}

const DAY_MS = 86_400_000;

function tooLong(path: string, value: string, max: number, problems: Problem[]) {
  if (value.trim().length > max) problems.push({ path, key: 'TOO_LONG', params: { max } });
}

/**
 * What the server would refuse in a draft save (the rules of `ProjectsService.readChanges`):
 * required basics, lengths, the budget, dates and the criteria rows. Publishing asks for more
 * (`publishIssues`).
 */
export function draftProblems(values: ProjectFormValues, now: Date): Problem[] {
  const problems: Problem[] = [];
  if (!values.title.trim()) problems.push({ path: 'title', key: 'REQUIRED' });
  tooLong('title', values.title, PROJECT_LIMITS.titleMax, problems);
  if (!values.kind) problems.push({ path: 'kind', key: 'REQUIRED' });
  if (!values.domain) problems.push({ path: 'domain', key: 'REQUIRED' });
  tooLong('summary', values.summary, PROJECT_LIMITS.summaryMax, problems);
  tooLong('description', values.description, PROJECT_LIMITS.descriptionMax, problems);
  tooLong('location', values.location, PROJECT_LIMITS.locationMax, problems);
  if (budgetOf(values) === undefined) problems.push({ path: 'budgetAmount', key: 'AMOUNT_INVALID' });

  const latest = now.getTime() + PROJECT_LIMITS.maxOpenDays * DAY_MS;
  const opensAt = localToDate(values.opensAt);
  const closesAt = localToDate(values.closesAt);
  for (const [path, date] of [['opensAt', opensAt], ['closesAt', closesAt]] as const) {
    if (date && date.getTime() > latest) problems.push({ path, key: 'CLOSING_TIME_TOO_FAR', params: { days: PROJECT_LIMITS.maxOpenDays } });
  }
  if (opensAt && closesAt && opensAt.getTime() >= closesAt.getTime()) problems.push({ path: 'opensAt', key: 'OPENS_AFTER_CLOSE' });
  if (values.visibility === 'INVITED' && values.invited.length > PROJECT_LIMITS.invitedMax) {
    problems.push({ path: 'invited', key: 'TOO_MANY_ITEMS', params: { max: PROJECT_LIMITS.invitedMax } });
  }

  if (values.criteria.length > PROJECT_LIMITS.criteriaMax) problems.push({ path: 'criteria', key: 'CRITERIA_TOO_MANY', params: { max: PROJECT_LIMITS.criteriaMax } });
  const names = new Set<string>();
  values.criteria.forEach((row, index) => {
    const name = row.name.trim();
    if (!name) problems.push({ path: `criteria.${index}.name`, key: 'REQUIRED' });
    else if (names.has(name.toLocaleLowerCase())) problems.push({ path: `criteria.${index}.name`, key: 'CRITERION_NAME_DUPLICATE' });
    names.add(name.toLocaleLowerCase());
    tooLong(`criteria.${index}.name`, row.name, PROJECT_LIMITS.criterionNameMax, problems);
    tooLong(`criteria.${index}.description`, row.description, PROJECT_LIMITS.criterionDescriptionMax, problems);
    const weight = weightOf(row);
    if (!Number.isInteger(weight) || weight < 1 || weight > 100) problems.push({ path: `criteria.${index}.weight`, key: 'CRITERION_WEIGHT_INVALID' });
  });

  if (values.attachments.length > PROJECT_LIMITS.attachmentsMax) problems.push({ path: 'attachments', key: 'TOO_MANY_ITEMS', params: { max: PROJECT_LIMITS.attachmentsMax } });
  return problems;
}

/** The parameters the catalogue's criteria messages name. */
function criteriaParams(criteria: readonly CriterionRow[]): MessageParams {
  return { sum: weightsSum(criteria), max: PROJECT_LIMITS.criteriaMax };
}

/** What the list of criteria still lacks for publishing (the domain's `checkCriteria`), if anything. */
export function criteriaIssue(criteria: readonly CriterionRow[]): { key: CriteriaProblem; params: MessageParams } | undefined {
  const key = checkCriteria(criteria.map((row) => ({ name: row.name, weight: weightOf(row) })));
  return key ? { key, params: criteriaParams(criteria) } : undefined;
}

/** What publishing would refuse (the domain's `publishProblems`, the server's own check). */
export function publishIssues(values: ProjectFormValues, now: Date): Problem[] {
  return publishProblems(
    {
      title: values.title,
      summary: values.summary,
      eligibleKinds: values.eligibleKinds,
      criteria: values.criteria.map((row) => ({ name: row.name, weight: weightOf(row) })),
      closesAt: localToDate(values.closesAt) ?? null,
      opensAt: localToDate(values.opensAt) ?? null,
      visibility: values.visibility,
      invitedCount: values.invited.length,
    },
    now,
  ).map((problem) => ({ path: formPathOf(problem.field) ?? problem.field, key: problem.key, params: criteriaParams(values.criteria) }));
}

/** The first step (in wizard order) holding one of the problems. */
export function firstStepOf(problems: readonly Problem[]): StepKey | undefined {
  const steps = new Set(problems.map((problem) => stepOfPath(problem.path)));
  return STEPS.find((step) => steps.has(step));
}
