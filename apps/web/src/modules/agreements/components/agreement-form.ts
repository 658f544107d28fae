import { AGREEMENT_LIMITS, DEFAULT_AGREEMENT_TIME_ZONE, isLocalDate, type AgreementPartyRole, type Currency, type MessageKey, type MessageParams } from '@helix/domain';
import type { AgreementInput, CreateAgreementInput } from '@web/gql/graphql';
import { fromMinorUnits, minorOf, numberOf } from '@web/modules/project-editor/components/money';
import type { AgreementVersionView, AgreementView } from '@web/modules/agreements/graphql/agreements';
import type { UploadedFile } from '@web/shared/files/upload-file';

export interface PartyRow {
  key: string;
  organisationId: string;
  name: string;
  shortName: string | null;
  role: AgreementPartyRole;
  /** In the currency's main unit; '' while empty (NumberInput gives strings for partial input). */
  money: number | string;
  inKind: string;
}

export interface MilestoneRow {
  key: string;
  /** An existing milestone keeps its id (and its progress); null for a new one. */
  id: string | null;
  title: string;
  /** YYYY-MM-DD, as `<input type="date">` holds it; '' while empty. */
  dueDate: string;
  /** '' while no party is chosen. */
  responsibleOrganisationId: string;
  deliverable: string;
  paymentShare: number | string;
}

/** The agreement as the editor holds it: texts as typed, money in the currency's main unit. */
export interface AgreementFormValues {
  title: string;
  purpose: string;
  terms: string;
  currency: Currency;
  startsOn: string;
  endsOn: string;
  timeZone: string;
  disclosed: boolean;
  parties: PartyRow[];
  milestones: MilestoneRow[];
  attachments: UploadedFile[];
}

let rowCounter = 0;
function newKey(prefix: string): string {
  rowCounter += 1;
  return `${prefix}-${rowCounter}`;
}

export function newPartyRow(organisation: { id: string; name: string; shortName?: string | null }, role: AgreementPartyRole): PartyRow {
  return { key: newKey('party'), organisationId: organisation.id, name: organisation.name, shortName: organisation.shortName ?? null, role, money: '', inKind: '' };
}

export function newMilestoneRow(): MilestoneRow {
  return { key: newKey('milestone'), id: null, title: '', dueDate: '', responsibleOrganisationId: '', deliverable: '', paymentShare: '' };
}

/** A new agreement: the organisation the user acts for manages it and is its first party. */
export function emptyFormValues(manager: { id: string; name: string; shortName?: string | null }): AgreementFormValues {
  return {
    title: '',
    purpose: '',
    terms: '',
    currency: 'VND',
    startsOn: '',
    endsOn: '',
    timeZone: DEFAULT_AGREEMENT_TIME_ZONE,
    disclosed: false,
    parties: [newPartyRow(manager, 'COORDINATOR')],
    milestones: [],
    attachments: [],
  };
}

/** A milestone of a version by the names the domain's rules and the form give its fields. */
export function milestoneFieldsOf(milestone: AgreementVersionView['milestones'][number]) {
  return {
    id: milestone.id,
    title: milestone.title,
    dueDate: milestone.dueDate,
    responsibleOrganisationId: milestone.responsible?.id ?? '',
    deliverable: milestone.deliverable,
    paymentShare: milestone.paymentShare,
  };
}

/** The current version (what is being negotiated, or the amendment) as the form's values. */
export function formValuesOf(agreement: AgreementView): AgreementFormValues {
  const version = agreement.currentVersion;
  const currency = version.totalValue.currency;
  return {
    title: version.title,
    purpose: version.purpose,
    terms: version.terms,
    currency,
    startsOn: version.startsOn ?? '',
    endsOn: version.endsOn ?? '',
    timeZone: version.timeZone,
    disclosed: version.disclosed,
    parties: version.parties.flatMap((party, index) =>
      party.organisation
        ? [
            {
              key: `party-v${version.number}-${index}`,
              organisationId: party.organisation.id,
              name: party.organisation.name,
              shortName: party.organisation.shortName ?? null,
              role: party.role,
              money: party.contribution.money.amount ? fromMinorUnits(party.contribution.money.amount, currency) : '',
              inKind: party.contribution.inKind ?? '',
            },
          ]
        : [],
    ),
    milestones: version.milestones.map((milestone) => ({ key: `milestone-${milestone.id}`, ...milestoneFieldsOf(milestone) })),
    attachments: version.attachments.map(({ id, name, contentType, size, sha256, url, createdAt }) => ({ id, name, contentType, size, sha256, url, createdAt })),
  };
}

/** The money the parties contribute, in minor units (entries that are not amounts count nothing). */
export function moneyTotal(values: Pick<AgreementFormValues, 'parties' | 'currency'>): number {
  return values.parties.reduce((sum, party) => sum + (minorOf(party.money, values.currency) ?? 0), 0);
}

const optional = (value: string) => value.trim() || null;

/** Every field of AgreementInput as the form would send it (trimmed; empties as the server stores them). */
function fullInput(values: AgreementFormValues) {
  return {
    title: values.title.trim(),
    purpose: values.purpose.trim(),
    // The server keeps line breaks (the diff is line by line) and drops trailing blanks only.
    terms: values.terms.replace(/\r\n?/g, '\n').replace(/\s+$/, ''),
    currency: values.currency,
    startsOn: optional(values.startsOn),
    endsOn: optional(values.endsOn),
    timeZone: values.timeZone,
    disclosed: values.disclosed,
    parties: values.parties.map((party) => ({
      organisationId: party.organisationId,
      role: party.role,
      moneyContribution: minorOf(party.money, values.currency) ?? 0,
      inKindContribution: optional(party.inKind),
    })),
    milestones: values.milestones.map((milestone) => ({
      ...(milestone.id ? { id: milestone.id } : {}),
      title: milestone.title.trim(),
      dueDate: milestone.dueDate.trim(),
      responsibleOrganisationId: milestone.responsibleOrganisationId,
      deliverable: optional(milestone.deliverable),
      paymentShare: numberOf(milestone.paymentShare) ?? 0,
    })),
    attachmentIds: values.attachments.map((file) => file.id),
  };
}

type FullInput = ReturnType<typeof fullInput>;
export type AgreementField = keyof FullInput;
export const AGREEMENT_FIELDS: readonly AgreementField[] = ['title', 'purpose', 'terms', 'currency', 'startsOn', 'endsOn', 'timeZone', 'disclosed', 'parties', 'milestones', 'attachmentIds'];

/** The fields whose values differ (as the server would store them). */
export function changedFields(before: AgreementFormValues, after: AgreementFormValues): AgreementField[] {
  const a = fullInput(before);
  const b = fullInput(after);
  return AGREEMENT_FIELDS.filter((key) => JSON.stringify(a[key]) !== JSON.stringify(b[key]));
}

/**
 * What an edit sends: only the changed fields (the rest stays as the current version has it). Money
 * is per party in the agreement's currency, so a new currency sends the parties too.
 */
export function changedInput(before: AgreementFormValues, after: AgreementFormValues): AgreementInput {
  const full = fullInput(after);
  const changed = new Set(changedFields(before, after));
  if (changed.has('currency')) changed.add('parties');
  const input: AgreementInput = {};
  for (const key of AGREEMENT_FIELDS) if (changed.has(key)) Object.assign(input, { [key]: full[key] });
  return input;
}

/** A new agreement: everything that is filled in. */
export function createInput(values: AgreementFormValues): CreateAgreementInput {
  return fullInput(values);
}

/** A form problem, worded with the server's own messages (`formatMessage`). */
export interface FormProblem {
  path: string;
  key: MessageKey;
  params?: MessageParams;
}

function tooLong(path: string, value: string, max: number, problems: FormProblem[]) {
  if (value.trim().length > max) problems.push({ path, key: 'TOO_LONG', params: { max } });
}

/** What the server would refuse in the form, checked before sending (the server checks again). */
export function formProblems(values: AgreementFormValues): FormProblem[] {
  const problems: FormProblem[] = [];
  if (!values.title.trim()) problems.push({ path: 'title', key: 'REQUIRED' });
  tooLong('title', values.title, AGREEMENT_LIMITS.titleMax, problems);
  tooLong('purpose', values.purpose, AGREEMENT_LIMITS.purposeMax, problems);
  if (values.terms.length > AGREEMENT_LIMITS.termsMax) problems.push({ path: 'terms', key: 'TOO_LONG', params: { max: AGREEMENT_LIMITS.termsMax } });
  const startsOn = values.startsOn.trim();
  const endsOn = values.endsOn.trim();
  if (startsOn && !isLocalDate(startsOn)) problems.push({ path: 'startsOn', key: 'DATE_INVALID' });
  if (endsOn && !isLocalDate(endsOn)) problems.push({ path: 'endsOn', key: 'DATE_INVALID' });
  else if (startsOn && endsOn && isLocalDate(startsOn) && endsOn < startsOn) problems.push({ path: 'endsOn', key: 'DATES_ORDER' });
  const partyIds = new Set(values.parties.map((party) => party.organisationId));
  values.parties.forEach((party, index) => {
    if (minorOf(party.money, values.currency) === undefined) problems.push({ path: `parties.${index}.money`, key: 'AMOUNT_INVALID' });
    tooLong(`parties.${index}.inKind`, party.inKind, AGREEMENT_LIMITS.inKindMax, problems);
  });
  values.milestones.forEach((milestone, index) => {
    const at = `milestones.${index}`;
    if (!milestone.title.trim()) problems.push({ path: `${at}.title`, key: 'REQUIRED' });
    tooLong(`${at}.title`, milestone.title, AGREEMENT_LIMITS.milestoneTitleMax, problems);
    if (!milestone.dueDate.trim()) problems.push({ path: `${at}.dueDate`, key: 'REQUIRED' });
    else if (!isLocalDate(milestone.dueDate.trim())) problems.push({ path: `${at}.dueDate`, key: 'DATE_INVALID' });
    if (!milestone.responsibleOrganisationId) problems.push({ path: `${at}.responsibleOrganisationId`, key: 'REQUIRED' });
    else if (!partyIds.has(milestone.responsibleOrganisationId)) problems.push({ path: `${at}.responsibleOrganisationId`, key: 'RESPONSIBLE_NOT_PARTY' });
    tooLong(`${at}.deliverable`, milestone.deliverable, AGREEMENT_LIMITS.deliverableMax, problems);
    const share = numberOf(milestone.paymentShare);
    if (share !== null && (!Number.isInteger(share) || share < 0 || share > 100)) problems.push({ path: `${at}.paymentShare`, key: 'PAYMENT_SHARE_INVALID' });
  });
  const sum = values.milestones.reduce((total, milestone) => total + (numberOf(milestone.paymentShare) || 0), 0);
  if (sum > 100) problems.push({ path: 'milestones', key: 'PAYMENT_SHARES_TOO_HIGH', params: { sum } });
  return problems;
}

const PARTY_FIELDS: Record<string, string> = { moneyContribution: 'money', inKindContribution: 'inKind', role: 'role' };
const MILESTONE_FIELDS = ['title', 'dueDate', 'responsibleOrganisationId', 'deliverable', 'paymentShare'];
const TOP_FIELDS = ['title', 'purpose', 'terms', 'currency', 'startsOn', 'endsOn', 'timeZone', 'disclosed', 'parties', 'milestones'];

/** The form path a server field error belongs to (`input.` already stripped), when the form has one. */
export function formPathOf(field: string): string | undefined {
  if (TOP_FIELDS.includes(field)) return field;
  if (field === 'attachmentIds') return 'attachments';
  const party = /^parties\.(\d+)\.(\w+)$/.exec(field);
  if (party) {
    const mapped = PARTY_FIELDS[party[2] ?? ''];
    return mapped ? `parties.${party[1]}.${mapped}` : 'parties';
  }
  const milestone = /^milestones\.(\d+)\.(\w+)$/.exec(field);
  if (milestone) return MILESTONE_FIELDS.includes(milestone[2] ?? '') ? `milestones.${milestone[1]}.${milestone[2]}` : 'milestones';
  return undefined;
}
