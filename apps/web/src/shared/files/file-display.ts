import type { Locale } from '@helix/domain';

const INTL_LOCALE: Record<Locale, string> = { vi: 'vi-VN', en: 'en-GB' };

/** "512 byte", "12,3 kB", "1,5 MB" in the reader's locale (1 kB = 1024 bytes, as file managers count). */
export function formatFileSize(bytes: number, locale: Locale): string {
  const [unit, value] = bytes < 1024 ? (['byte', bytes] as const) : bytes < 1024 * 1024 ? (['kilobyte', bytes / 1024] as const) : (['megabyte', bytes / (1024 * 1024)] as const);
  return new Intl.NumberFormat(INTL_LOCALE[locale], { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: unit === 'byte' ? 0 : 1 }).format(value);
}

export type FileKind = 'pdf' | 'word' | 'spreadsheet' | 'presentation' | 'image' | 'csv' | 'other';

/** What a file is, for its icon and label, from the type the server recognised. */
export function fileKind(contentType: string): FileKind {
  if (contentType === 'application/pdf') return 'pdf';
  if (contentType.startsWith('image/')) return 'image';
  if (contentType === 'text/csv') return 'csv';
  if (/wordprocessingml|opendocument\.text|msword/.test(contentType)) return 'word';
  if (/spreadsheetml|opendocument\.spreadsheet|ms-excel/.test(contentType)) return 'spreadsheet';
  if (/presentationml|opendocument\.presentation|ms-powerpoint/.test(contentType)) return 'presentation';
  return 'other';
}
