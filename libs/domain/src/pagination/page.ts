/** Cursor connections hand out at most this many nodes a page (ARCHITECTURE.md). */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export type PageSizeCheck = { ok: true; size: number } | { ok: false; reason: 'NOT_POSITIVE' | 'TOO_LARGE' };

/** A missing `first` means the default page; zero, negatives, fractions and more than 100 are refused. */
export function checkPageSize(first: number | null | undefined): PageSizeCheck {
  if (first === null || first === undefined) return { ok: true, size: DEFAULT_PAGE_SIZE };
  if (!Number.isInteger(first) || first < 1) return { ok: false, reason: 'NOT_POSITIVE' };
  if (first > MAX_PAGE_SIZE) return { ok: false, reason: 'TOO_LARGE' };
  return { ok: true, size: first };
}
