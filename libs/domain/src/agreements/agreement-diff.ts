import { diffLines } from 'diff';
import type { AgreementContent, AgreementMilestoneTerms, AgreementPartyTerms } from './agreement';

export type DiffLineKind = 'ADDED' | 'REMOVED' | 'UNCHANGED';

/** One line of the terms, as it reads in the later version (ADDED), the earlier one (REMOVED) or both. */
export interface TermsDiffLine {
  kind: DiffLineKind;
  text: string;
}

export type ChangeScope = 'AGREEMENT' | 'PARTY' | 'MILESTONE' | 'ATTACHMENT';

/**
 * One field that differs. `subject` names the party (organisation id), milestone (id) or file (id)
 * it belongs to; `field` is `ADDED`/`REMOVED` when the whole party, milestone or file came or went.
 * Values are written as text so any client can show them.
 */
export interface FieldChange {
  scope: ChangeScope;
  subject: string | null;
  field: string;
  before: string | null;
  after: string | null;
}

export interface AgreementDiff {
  terms: TermsDiffLine[];
  changes: FieldChange[];
}

function text(value: string | number | boolean | null): string | null {
  return value === null ? null : String(value);
}

function compareFields<T extends object>(
  scope: ChangeScope,
  subject: string | null,
  fields: readonly (keyof T & string)[],
  before: T,
  after: T,
  changes: FieldChange[],
): void {
  for (const field of fields) {
    const a = before[field] as string | number | boolean | null;
    const b = after[field] as string | number | boolean | null;
    if (a !== b) changes.push({ scope, subject, field, before: text(a), after: text(b) });
  }
}

function compareById<T extends object>(
  scope: ChangeScope,
  idOf: (item: T) => string,
  describe: (item: T) => string,
  fields: readonly (keyof T & string)[],
  before: readonly T[],
  after: readonly T[],
  changes: FieldChange[],
): void {
  const earlier = new Map(before.map((item) => [idOf(item), item]));
  const later = new Map(after.map((item) => [idOf(item), item]));
  for (const [id, item] of earlier) if (!later.has(id)) changes.push({ scope, subject: id, field: 'REMOVED', before: describe(item), after: null });
  for (const [id, item] of later) {
    const previous = earlier.get(id);
    if (!previous) changes.push({ scope, subject: id, field: 'ADDED', before: null, after: describe(item) });
    else compareFields(scope, id, fields, previous, item, changes);
  }
}

/** The terms line by line (a text diff), everything else field by field. */
export function diffAgreementContent(before: AgreementContent, after: AgreementContent): AgreementDiff {
  const terms: TermsDiffLine[] = [];
  // Every line ends with a newline, so a last line followed by new ones does not read as changed.
  const lines = (text: string) => (text === '' || text.endsWith('\n') ? text : `${text}\n`);
  for (const part of diffLines(lines(before.terms), lines(after.terms))) {
    const kind: DiffLineKind = part.added ? 'ADDED' : part.removed ? 'REMOVED' : 'UNCHANGED';
    for (const line of part.value.replace(/\n$/, '').split('\n')) terms.push({ kind, text: line });
  }
  const changes: FieldChange[] = [];
  compareFields('AGREEMENT', null, ['title', 'purpose', 'currency', 'startsOn', 'endsOn', 'timeZone', 'disclosed'], before, after, changes);
  compareById<AgreementPartyTerms>(
    'PARTY',
    (party) => party.organisationId,
    (party) => party.role,
    ['role', 'moneyContribution', 'inKindContribution'],
    before.parties,
    after.parties,
    changes,
  );
  compareById<AgreementMilestoneTerms>(
    'MILESTONE',
    (milestone) => milestone.id,
    (milestone) => milestone.title,
    ['title', 'dueDate', 'responsibleOrganisationId', 'deliverable', 'paymentShare'],
    before.milestones,
    after.milestones,
    changes,
  );
  const fileIds = (ids: readonly string[]) => ids.map((id) => ({ id }));
  compareById<{ id: string }>('ATTACHMENT', (file) => file.id, (file) => file.id, [], fileIds(before.attachmentIds), fileIds(after.attachmentIds), changes);
  return { terms, changes };
}
