import type { AgreementStatus, MilestoneStatus } from '@helix/domain';
import type { DiffLineKind } from '@web/gql/graphql';
import type { AgreementVersionView, AgreementView } from '@web/modules/agreements/graphql/agreements';

/** The statuses in which a version is in force (signed by every party). */
const IN_FORCE: readonly AgreementStatus[] = ['ACTIVE', 'COMPLETED', 'TERMINATED'];

/** Whether signatures are being collected on the current version now. */
export function signingOpen(agreement: Pick<AgreementView, 'status' | 'amendmentPending'>): boolean {
  return agreement.status === 'PENDING_SIGNATURES' || (agreement.status === 'ACTIVE' && agreement.amendmentPending);
}

/**
 * The version a printed copy (and its signature block) is of: the one in force once every party
 * signed, the current one before that.
 */
export function printedVersion(agreement: Pick<AgreementView, 'status' | 'signedVersion' | 'currentVersion'>): AgreementVersionView {
  return IN_FORCE.includes(agreement.status) && agreement.signedVersion ? agreement.signedVersion : agreement.currentVersion;
}

/** A SHA-256 in hexadecimal as groups of eight characters, to read aloud and compare by eye. */
export function hashGroups(hash: string): string[] {
  return hash.match(/.{1,8}/g) ?? [hash];
}

/** The milestones' payment shares added up (entries that are not whole numbers count nothing). */
export function sharesTotal(shares: readonly (number | string)[]): number {
  return shares.reduce<number>((sum, share) => {
    const value = typeof share === 'number' ? share : Number(share);
    return Number.isFinite(value) ? sum + value : sum;
  }, 0);
}

/** The next milestone still to be accepted (earliest due date first). */
export function nextMilestone<T extends { dueDate: string; status: MilestoneStatus }>(milestones: readonly T[]): T | undefined {
  return [...milestones].filter((milestone) => milestone.status !== 'ACCEPTED').sort((a, b) => a.dueDate.localeCompare(b.dueDate))[0];
}

/** A stretch of a terms comparison: lines to show, or a run of unchanged lines folded away. */
export type DiffSegment<T> = { kind: 'lines'; lines: { line: T; index: number }[] } | { kind: 'folded'; lines: { line: T; index: number }[] };

/**
 * Folds runs of unchanged lines longer than `context * 2 + 1` (also at the start and end), keeping
 * `context` lines around every change, so a long text shows where it changed.
 */
export function foldUnchanged<T extends { kind: DiffLineKind }>(lines: readonly T[], context = 3): DiffSegment<T>[] {
  const segments: DiffSegment<T>[] = [];
  const push = (kind: DiffSegment<T>['kind'], items: { line: T; index: number }[]) => {
    if (!items.length) return;
    const last = segments[segments.length - 1];
    if (last && last.kind === kind && kind === 'lines') last.lines.push(...items);
    else segments.push({ kind, lines: items });
  };
  let start = 0;
  while (start < lines.length) {
    if (lines[start]?.kind !== 'UNCHANGED') {
      push('lines', [{ line: lines[start] as T, index: start }]);
      start += 1;
      continue;
    }
    let end = start;
    while (end < lines.length && lines[end]?.kind === 'UNCHANGED') end += 1;
    const run = lines.slice(start, end).map((line, offset) => ({ line, index: start + offset }));
    const before = start === 0 ? 0 : context;
    const after = end === lines.length ? 0 : context;
    if (run.length > before + after + 1) {
      push('lines', run.slice(0, before));
      push('folded', run.slice(before, run.length - after));
      push('lines', run.slice(run.length - after));
    } else push('lines', run);
    start = end;
  }
  return segments;
}
