import { PROPOSAL_LIMITS, submissionProblems, type Currency, type MessageKey, type MessageParams, type PartnerStatus, type SubmissionProblem } from '@helix/domain';
import type { UpdateProposalInput } from '@web/gql/graphql';
import { fromMinorUnits, minorOf, numberOf } from '@web/modules/project-editor/components/money';
import type { EditableProposal } from '@web/modules/proposals/graphql/proposals';
import type { UploadedFile } from '@web/shared/files/upload-file';

export interface TeamRow {
  key: string;
  name: string;
  role: string;
  organisation: string;
}

export interface BudgetRow {
  key: string;
  item: string;
  /** In the currency's main unit; '' while empty (NumberInput gives strings for partial input). */
  amount: number | string;
  note: string;
}

export interface PartnerEntry {
  id: string;
  name: string;
  shortName: string | null;
  /** PENDING for a partner named here and not saved yet. */
  status: PartnerStatus;
}

/** The proposal as the editor holds it: texts as typed, money in the currency's main unit. */
export interface ProposalFormValues {
  title: string;
  abstract: string;
  approach: string;
  budgetAmount: number | string;
  currency: Currency;
  durationMonths: number | string;
  team: TeamRow[];
  budgetLines: BudgetRow[];
  attachments: UploadedFile[];
  partners: PartnerEntry[];
}

let rowCounter = 0;
export function newRowKey(): string {
  rowCounter += 1;
  return `row-${rowCounter}`;
}

export const newTeamRow = (): TeamRow => ({ key: newRowKey(), name: '', role: '', organisation: '' });
export const newBudgetRow = (): BudgetRow => ({ key: newRowKey(), item: '', amount: '', note: '' });

export function formValuesOf(proposal: EditableProposal): ProposalFormValues {
  const currency = proposal.requestedBudget?.currency ?? 'VND';
  return {
    title: proposal.title ?? '',
    abstract: proposal.abstract ?? '',
    approach: proposal.approach ?? '',
    budgetAmount: proposal.requestedBudget ? fromMinorUnits(proposal.requestedBudget.amount, currency) : '',
    currency,
    durationMonths: proposal.durationMonths ?? '',
    team: (proposal.team ?? []).map((member, index) => ({ key: `team-${index}`, name: member.name, role: member.role ?? '', organisation: member.organisation ?? '' })),
    budgetLines: (proposal.budgetLines ?? []).map((line, index) => ({ key: `line-${index}`, item: line.item, amount: fromMinorUnits(line.amount, currency), note: line.note ?? '' })),
    attachments: (proposal.attachments ?? []).map(({ id, name, contentType, size, sha256, url, createdAt }) => ({ id, name, contentType, size, sha256, url, createdAt })),
    partners: proposal.partners.flatMap((partner) =>
      partner.organisation ? [{ id: partner.organisation.id, name: partner.organisation.name, shortName: partner.organisation.shortName ?? null, status: partner.status }] : [],
    ),
  };
}

const trimmed = (value: string) => value.trim();
const optional = (value: string) => value.trim() || null;

/** The budget table's total in minor units (lines that are not amounts count nothing). */
export function budgetLinesTotal(values: Pick<ProposalFormValues, 'budgetLines' | 'currency'>): number {
  return values.budgetLines.reduce((sum, line) => sum + (minorOf(line.amount, values.currency) ?? 0), 0);
}

/** Every field of UpdateProposalInput as the form would send it (trimmed; empties as the server stores them). */
function fullInput(values: ProposalFormValues) {
  const budget = minorOf(values.budgetAmount, values.currency);
  const months = numberOf(values.durationMonths);
  return {
    title: trimmed(values.title),
    abstract: trimmed(values.abstract),
    approach: trimmed(values.approach),
    requestedBudget: budget === null || budget === undefined ? null : { amount: budget, currency: values.currency },
    durationMonths: months === null || Number.isNaN(months) ? null : months,
    team: values.team.map((row) => ({ name: trimmed(row.name), role: optional(row.role), organisation: optional(row.organisation) })),
    budgetLines: values.budgetLines.map((row) => ({ item: trimmed(row.item), amount: minorOf(row.amount, values.currency) ?? 0, note: optional(row.note) })),
    attachmentIds: values.attachments.map((file) => file.id),
    partnerOrganisationIds: values.partners.map((partner) => partner.id),
  };
}

type FullInput = ReturnType<typeof fullInput>;
export type ProposalField = keyof FullInput;
export const PROPOSAL_FIELDS: readonly ProposalField[] = ['title', 'abstract', 'approach', 'requestedBudget', 'durationMonths', 'team', 'budgetLines', 'attachmentIds', 'partnerOrganisationIds'];

/** The fields whose values differ (as the server would store them). */
export function changedFields(before: ProposalFormValues, after: ProposalFormValues): ProposalField[] {
  const a = fullInput(before);
  const b = fullInput(after);
  return PROPOSAL_FIELDS.filter((key) => JSON.stringify(a[key]) !== JSON.stringify(b[key]));
}

/** The updateProposal input: only what changed (lists are sent whole). */
export function updateProposalInput(before: ProposalFormValues, after: ProposalFormValues): UpdateProposalInput {
  const full = fullInput(after);
  const input: Record<string, unknown> = {};
  for (const key of changedFields(before, after)) input[key] = full[key];
  return input as UpdateProposalInput;
}

/** The form path a field lives at (`requestedBudget` → budgetAmount). */
export const FIELD_PATH: Record<ProposalField, keyof ProposalFormValues> = {
  title: 'title',
  abstract: 'abstract',
  approach: 'approach',
  requestedBudget: 'budgetAmount',
  durationMonths: 'durationMonths',
  team: 'team',
  budgetLines: 'budgetLines',
  attachmentIds: 'attachments',
  partnerOrganisationIds: 'partners',
};

/** Takes one field's value (or values) from `source` into `target`. */
export function takeField(target: ProposalFormValues, source: ProposalFormValues, field: ProposalField): ProposalFormValues {
  if (field === 'requestedBudget') return { ...target, budgetAmount: source.budgetAmount, currency: source.currency };
  const path = FIELD_PATH[field];
  return { ...target, [path]: source[path] };
}

/**
 * The form path for a field the server named (`input.` already removed): `requestedBudget.amount`
 * → budgetAmount, `team.1.name` stays, `partnerOrganisationIds` → partners.
 */
export function formPathOf(field: string): string | undefined {
  if (field.startsWith('requestedBudget')) return 'budgetAmount';
  if (field.startsWith('partnerOrganisationIds')) return 'partners';
  if (field.startsWith('attachmentIds')) return 'attachments';
  if (/^(team|budgetLines)\.\d+\.\w+$/.test(field)) return field;
  if (['title', 'abstract', 'approach', 'durationMonths', 'team', 'budgetLines'].includes(field)) return field;
  return undefined;
}

export interface Problem {
  path: string;
  key: MessageKey;
  params?: MessageParams;
}

function tooLong(path: string, value: string, max: number, problems: Problem[]) {
  if (value.trim().length > max) problems.push({ path, key: 'TOO_LONG', params: { max } });
}

/** What the server would refuse in a draft save (`ProposalsService.readChanges`). */
export function draftProblems(values: ProposalFormValues): Problem[] {
  const problems: Problem[] = [];
  if (!values.title.trim()) problems.push({ path: 'title', key: 'REQUIRED' });
  tooLong('title', values.title, PROPOSAL_LIMITS.titleMax, problems);
  tooLong('abstract', values.abstract, PROPOSAL_LIMITS.abstractMax, problems);
  tooLong('approach', values.approach, PROPOSAL_LIMITS.approachMax, problems);
  if (minorOf(values.budgetAmount, values.currency) === undefined) problems.push({ path: 'budgetAmount', key: 'AMOUNT_INVALID' });
  const months = numberOf(values.durationMonths);
  if (months !== null && (!Number.isInteger(months) || months < 1 || months > PROPOSAL_LIMITS.durationMonthsMax)) {
    problems.push({ path: 'durationMonths', key: 'DURATION_INVALID', params: { max: PROPOSAL_LIMITS.durationMonthsMax } });
  }
  if (values.team.length > PROPOSAL_LIMITS.teamMax) problems.push({ path: 'team', key: 'TOO_MANY_ITEMS', params: { max: PROPOSAL_LIMITS.teamMax } });
  values.team.forEach((row, index) => {
    if (!row.name.trim()) problems.push({ path: `team.${index}.name`, key: 'REQUIRED' });
    tooLong(`team.${index}.name`, row.name, 200, problems);
    tooLong(`team.${index}.role`, row.role, 200, problems);
    tooLong(`team.${index}.organisation`, row.organisation, 200, problems);
  });
  if (values.budgetLines.length > PROPOSAL_LIMITS.budgetLinesMax) problems.push({ path: 'budgetLines', key: 'TOO_MANY_ITEMS', params: { max: PROPOSAL_LIMITS.budgetLinesMax } });
  values.budgetLines.forEach((row, index) => {
    if (!row.item.trim()) problems.push({ path: `budgetLines.${index}.item`, key: 'REQUIRED' });
    tooLong(`budgetLines.${index}.item`, row.item, 300, problems);
    const amount = minorOf(row.amount, values.currency);
    if (amount === null || amount === undefined) problems.push({ path: `budgetLines.${index}.amount`, key: 'AMOUNT_INVALID' });
  });
  if (values.partners.length > PROPOSAL_LIMITS.partnersMax) problems.push({ path: 'partners', key: 'TOO_MANY_ITEMS', params: { max: PROPOSAL_LIMITS.partnersMax } });
  return problems;
}

/** What submitting still needs (the domain's `submissionProblems`, the server's own check). */
export function checklistOf(values: ProposalFormValues): SubmissionProblem[] {
  const budget = minorOf(values.budgetAmount, values.currency);
  const months = numberOf(values.durationMonths);
  return submissionProblems({
    title: values.title,
    abstract: values.abstract,
    approach: values.approach,
    requestedBudget: budget === undefined ? null : budget,
    durationMonths: months === null || Number.isNaN(months) ? null : months,
    partners: values.partners,
  });
}

/** Where each checklist item sends the reader. */
export const PROBLEM_PATH: Record<SubmissionProblem, keyof ProposalFormValues> = {
  TITLE_REQUIRED: 'title',
  ABSTRACT_REQUIRED: 'abstract',
  APPROACH_REQUIRED: 'approach',
  BUDGET_REQUIRED: 'budgetAmount',
  DURATION_REQUIRED: 'durationMonths',
  PARTNERS_UNCONFIRMED: 'partners',
  PARTNER_DECLINED: 'partners',
};

export const CHECKLIST_ORDER: readonly SubmissionProblem[] = [
  'TITLE_REQUIRED',
  'ABSTRACT_REQUIRED',
  'APPROACH_REQUIRED',
  'BUDGET_REQUIRED',
  'DURATION_REQUIRED',
  'PARTNER_DECLINED',
  'PARTNERS_UNCONFIRMED',
];
