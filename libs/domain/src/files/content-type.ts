/** Image types accepted for logos, recognised by their first bytes, never by a name or a claim. */
export type ImageType = 'image/png' | 'image/jpeg' | 'image/webp';

export const LOGO_MAX_BYTES = 512 * 1024;

const startsWith = (bytes: Uint8Array, signature: number[], offset = 0) => signature.every((byte, i) => bytes[offset + i] === byte);

export function sniffImageType(bytes: Uint8Array): ImageType | undefined {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp';
  return undefined;
}

/** What an uploaded file is, decided from its bytes: the type it is served with and the extension it is saved with. */
export interface DocumentType {
  contentType: string;
  extension: string;
}

/** Uploads are limited to 25 MiB unless the deployment says otherwise (HELIX_FILE_MAX_BYTES). */
export const FILE_MAX_BYTES_DEFAULT = 25 * 1024 * 1024;

/** A stored name (without its extension) is cut to this many characters. */
export const FILE_NAME_MAX_LENGTH = 120;

/** Every type an upload may have, by extension. */
export const DOCUMENT_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  odp: 'application/vnd.oasis.opendocument.presentation',
  doc: 'application/msword',
  xls: 'application/vnd.ms-excel',
  ppt: 'application/vnd.ms-powerpoint',
  png: 'image/png',
  jpg: 'image/jpeg',
  webp: 'image/webp',
  gif: 'image/gif',
  csv: 'text/csv',
} as const;

export type DocumentExtension = keyof typeof DOCUMENT_TYPES;

/** For a file picker's `accept`: the extensions and types above (the server decides from the bytes all the same). */
export const DOCUMENT_ACCEPT = [...Object.keys(DOCUMENT_TYPES).map((extension) => `.${extension}`), ...new Set(Object.values(DOCUMENT_TYPES))].join(',');

const documentType = (extension: DocumentExtension): DocumentType => ({ contentType: DOCUMENT_TYPES[extension], extension });

const IMAGE_EXTENSIONS: Record<ImageType, DocumentExtension> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/webp': 'webp' };

/**
 * Recognises an uploaded document from its bytes alone; a file's name and the type the browser
 * claims are never consulted, so an executable renamed `report.pdf` is refused. `bytes` is the
 * whole file (the archive and compound-file checks read its directory, which may sit at the end).
 *
 * - PDF: `%PDF-` at the start.
 * - Office Open XML (docx, xlsx, pptx): a ZIP archive with `[Content_Types].xml` and the main
 *   part's folder (`word/`, `xl/` or `ppt/`), exactly one of them; one carrying a VBA project
 *   (`vbaProject.bin`, macro-enabled content renamed) is refused.
 * - OpenDocument (odt, ods, odp): a ZIP archive whose first entry is the uncompressed `mimetype`
 *   holding the ODF type, as the standard requires.
 * - Legacy Office (doc, xls, ppt): the OLE2 compound-file signature, told apart by the stream at
 *   the root of the file's own directory (`WordDocument`, `Workbook`/`Book`, `PowerPoint
 *   Document`), which each program requires; one with a root VBA storage (`Macros`,
 *   `_VBA_PROJECT_CUR`), an encrypted package or any other compound file (Outlook messages,
 *   installers) is refused.
 * - Images: PNG, JPEG, WebP, GIF.
 * - CSV: valid UTF-8 (a BOM allowed) without control characters other than tab, CR and LF, not
 *   starting like markup or a script, with at least two records that all have the same number of
 *   separators (comma, semicolon or tab) outside quotes.
 * Anything else (executables, HTML, SVG, scripts, other archives, plain prose) is undefined.
 */
export function sniffDocumentType(bytes: Uint8Array): DocumentType | undefined {
  if (bytes.length === 0) return undefined;
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return documentType('pdf');
  const image = sniffImageType(bytes);
  if (image) return documentType(IMAGE_EXTENSIONS[image]);
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38]) && (bytes[4] === 0x37 || bytes[4] === 0x39) && bytes[5] === 0x61) return documentType('gif');
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return sniffZip(bytes);
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return sniffCompoundFile(bytes);
  return looksLikeCsv(bytes) ? documentType('csv') : undefined;
}

// ---------------------------------------------------------------------------------------------
// Little-endian readers that never read past the end (undefined instead).

const u16 = (bytes: Uint8Array, offset: number): number | undefined =>
  offset >= 0 && offset + 2 <= bytes.length ? (bytes[offset] as number) | ((bytes[offset + 1] as number) << 8) : undefined;

const u32 = (bytes: Uint8Array, offset: number): number | undefined =>
  offset >= 0 && offset + 4 <= bytes.length
    ? ((bytes[offset] as number) | ((bytes[offset + 1] as number) << 8) | ((bytes[offset + 2] as number) << 16) | ((bytes[offset + 3] as number) << 24)) >>> 0
    : undefined;

/** Entry names are compared with ASCII names only; other bytes become '?'. */
const ascii = (bytes: Uint8Array, start: number, length: number): string =>
  String.fromCharCode(...bytes.subarray(start, start + length)).replace(/[^\x20-\x7e]/g, '?');

// ---------------------------------------------------------------------------------------------
// ZIP: Office Open XML and OpenDocument.

const ZIP_LOCAL = 0x04034b50;
const ZIP_CENTRAL = 0x02014b50;
const ZIP_END = 0x06054b50;
const ZIP_MAX_ENTRIES = 10_000;

const ODF_TYPES: Record<string, DocumentExtension> = {
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/vnd.oasis.opendocument.spreadsheet': 'ods',
  'application/vnd.oasis.opendocument.presentation': 'odp',
};

const OOXML_FOLDERS: [prefix: string, extension: DocumentExtension][] = [
  ['word/', 'docx'],
  ['xl/', 'xlsx'],
  ['ppt/', 'pptx'],
];

function sniffZip(bytes: Uint8Array): DocumentType | undefined {
  const odf = openDocumentType(bytes);
  if (odf) return documentType(odf);
  const names = zipEntryNames(bytes);
  if (!names.includes('[Content_Types].xml')) return undefined;
  if (names.some((name) => name.toLowerCase().endsWith('vbaproject.bin'))) return undefined;
  const kinds = OOXML_FOLDERS.filter(([prefix]) => names.some((name) => name.startsWith(prefix)));
  return kinds.length === 1 && kinds[0] ? documentType(kinds[0][1]) : undefined;
}

/** ODF: the first entry is `mimetype`, stored uncompressed, holding the document's type. */
function openDocumentType(bytes: Uint8Array): DocumentExtension | undefined {
  const method = u16(bytes, 8);
  const size = u32(bytes, 18);
  const nameLength = u16(bytes, 26);
  const extraLength = u16(bytes, 28);
  if (method !== 0 || size === undefined || nameLength !== 8 || extraLength === undefined) return undefined;
  if (ascii(bytes, 30, 8) !== 'mimetype') return undefined;
  const start = 30 + nameLength + extraLength;
  if (size > 100 || start + size > bytes.length) return undefined;
  return ODF_TYPES[ascii(bytes, start, size)];
}

/** The archive's entry names: from the central directory when the end record is found, else by walking the local headers. */
function zipEntryNames(bytes: Uint8Array): string[] {
  return centralDirectoryNames(bytes) ?? localHeaderNames(bytes);
}

function centralDirectoryNames(bytes: Uint8Array): string[] | undefined {
  // The end record is 22 bytes plus a comment of at most 65535 bytes.
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let end = bytes.length - 22; end >= lowest; end--) {
    if (u32(bytes, end) !== ZIP_END) continue;
    const count = u16(bytes, end + 10);
    const offset = u32(bytes, end + 16);
    if (count === undefined || offset === undefined || offset >= bytes.length) continue;
    const names: string[] = [];
    let position = offset;
    for (let i = 0; i < Math.min(count, ZIP_MAX_ENTRIES); i++) {
      if (u32(bytes, position) !== ZIP_CENTRAL) return undefined;
      const nameLength = u16(bytes, position + 28);
      const extraLength = u16(bytes, position + 30);
      const commentLength = u16(bytes, position + 32);
      if (nameLength === undefined || extraLength === undefined || commentLength === undefined) return undefined;
      names.push(ascii(bytes, position + 46, nameLength));
      position += 46 + nameLength + extraLength + commentLength;
    }
    return names;
  }
  return undefined;
}

/** Walks the local headers from the start until one cannot be skipped (sizes in a trailing descriptor). */
function localHeaderNames(bytes: Uint8Array): string[] {
  const names: string[] = [];
  let position = 0;
  while (names.length < ZIP_MAX_ENTRIES && u32(bytes, position) === ZIP_LOCAL) {
    const flags = u16(bytes, position + 6) ?? 0;
    const size = u32(bytes, position + 18) ?? 0;
    const nameLength = u16(bytes, position + 26) ?? 0;
    const extraLength = u16(bytes, position + 28) ?? 0;
    names.push(ascii(bytes, position + 30, nameLength));
    if (flags & 0x08) break;
    position += 30 + nameLength + extraLength + size;
  }
  return names;
}

// ---------------------------------------------------------------------------------------------
// OLE2 compound files: legacy Word, Excel and PowerPoint.

const END_OF_CHAIN = 0xfffffffa; // and above: free, end of chain, FAT and DIFAT markers
const NO_STREAM = 0xffffffff;
const MAX_SECTORS = 100_000;

const LEGACY_STREAMS: [name: string, extension: DocumentExtension][] = [
  ['WordDocument', 'doc'],
  ['PowerPoint Document', 'ppt'],
  ['Workbook', 'xls'],
  ['Book', 'xls'],
];
const LEGACY_REFUSED = ['Macros', '_VBA_PROJECT_CUR', 'VBA', 'EncryptedPackage'];

function sniffCompoundFile(bytes: Uint8Array): DocumentType | undefined {
  const names = compoundRootNames(bytes);
  if (!names) return undefined;
  if (LEGACY_REFUSED.some((name) => names.has(name))) return undefined;
  const found = LEGACY_STREAMS.find(([name]) => names.has(name));
  return found ? documentType(found[1]) : undefined;
}

/** The names of the entries directly under the root storage, or undefined when the file is not a readable compound file. */
function compoundRootNames(bytes: Uint8Array): Set<string> | undefined {
  const shift = u16(bytes, 0x1e);
  if (shift !== 9 && shift !== 12) return undefined;
  const sectorSize = 1 << shift;
  const perSector = sectorSize / 4;
  const sectorOffset = (sector: number) => (sector + 1) * sectorSize;

  // The FAT's own sectors: 109 listed in the header, the rest in a chain of DIFAT sectors.
  const fatSectors: number[] = [];
  for (let i = 0; i < 109; i++) {
    const sector = u32(bytes, 0x4c + i * 4);
    if (sector === undefined) return undefined;
    if (sector < END_OF_CHAIN) fatSectors.push(sector);
  }
  let difat = u32(bytes, 0x44) ?? NO_STREAM;
  const seenDifat = new Set<number>();
  while (difat < END_OF_CHAIN && !seenDifat.has(difat) && seenDifat.size < MAX_SECTORS) {
    seenDifat.add(difat);
    for (let i = 0; i < perSector - 1; i++) {
      const sector = u32(bytes, sectorOffset(difat) + i * 4);
      if (sector === undefined) return undefined;
      if (sector < END_OF_CHAIN) fatSectors.push(sector);
    }
    difat = u32(bytes, sectorOffset(difat) + (perSector - 1) * 4) ?? NO_STREAM;
  }
  const next = (sector: number): number | undefined => {
    const fatSector = fatSectors[Math.floor(sector / perSector)];
    return fatSector === undefined ? undefined : u32(bytes, sectorOffset(fatSector) + (sector % perSector) * 4);
  };

  // The directory: 128-byte entries in the chain that starts at the header's directory sector.
  const entries: number[] = [];
  const seen = new Set<number>();
  let sector = u32(bytes, 0x30) ?? NO_STREAM;
  while (sector < END_OF_CHAIN) {
    if (seen.has(sector) || seen.size >= MAX_SECTORS) return undefined;
    seen.add(sector);
    const start = sectorOffset(sector);
    if (start + sectorSize > bytes.length) return undefined;
    for (let offset = start; offset < start + sectorSize; offset += 128) entries.push(offset);
    const following = next(sector);
    if (following === undefined) return undefined;
    sector = following;
  }
  const root = entries[0];
  if (root === undefined || bytes[root + 0x42] !== 5) return undefined;

  // The root's children form a tree linked by left and right siblings.
  const names = new Set<string>();
  const pending = [u32(bytes, root + 0x4c) ?? NO_STREAM];
  const visited = new Set<number>();
  while (pending.length) {
    const id = pending.pop() as number;
    if (id === NO_STREAM || visited.has(id)) continue;
    const entry = entries[id];
    if (entry === undefined) return undefined;
    visited.add(id);
    const nameLength = Math.min(64, u16(bytes, entry + 0x40) ?? 0);
    let name = '';
    // The length counts the terminating NUL character.
    for (let i = 0; i < nameLength - 2 && i < 62; i += 2) {
      const code = u16(bytes, entry + i) ?? 0;
      if (code === 0) break;
      name += String.fromCharCode(code);
    }
    names.add(name);
    pending.push(u32(bytes, entry + 0x44) ?? NO_STREAM, u32(bytes, entry + 0x48) ?? NO_STREAM);
  }
  return names;
}

// ---------------------------------------------------------------------------------------------
// CSV.

const CSV_SAMPLE_BYTES = 64 * 1024;
const CSV_SAMPLE_RECORDS = 50;
const CSV_SEPARATORS = [0x2c, 0x3b, 0x09]; // , ; tab

/** Valid UTF-8 without control characters other than tab, LF and CR (C1 controls refused too). */
function isCleanUtf8(bytes: Uint8Array, start: number): boolean {
  let i = start;
  while (i < bytes.length) {
    const byte = bytes[i] as number;
    if (byte < 0x80) {
      if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) || byte === 0x7f) return false;
      i += 1;
      continue;
    }
    let length: number;
    let codePoint: number;
    if (byte >= 0xc2 && byte <= 0xdf) [length, codePoint] = [2, byte & 0x1f];
    else if (byte >= 0xe0 && byte <= 0xef) [length, codePoint] = [3, byte & 0x0f];
    else if (byte >= 0xf0 && byte <= 0xf4) [length, codePoint] = [4, byte & 0x07];
    else return false;
    if (i + length > bytes.length) return false;
    for (let k = 1; k < length; k++) {
      const continuation = bytes[i + k] as number;
      if ((continuation & 0xc0) !== 0x80) return false;
      codePoint = (codePoint << 6) | (continuation & 0x3f);
    }
    const overlong = (length === 3 && codePoint < 0x800) || (length === 4 && codePoint < 0x10000);
    if (overlong || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff) || (codePoint >= 0x80 && codePoint <= 0x9f)) return false;
    i += length;
  }
  return true;
}

/** Separators outside quotes in each record of the sample (blank records skipped). */
function separatorCounts(bytes: Uint8Array, start: number, end: number, separator: number): number[] {
  const counts: number[] = [];
  let count = 0;
  let quoted = false;
  let blank = true;
  for (let i = start; i < end && counts.length < CSV_SAMPLE_RECORDS; i++) {
    const byte = bytes[i] as number;
    if (byte === 0x22) {
      // Quoted fields may hold separators and line breaks; "" inside one toggles twice.
      quoted = !quoted;
      blank = false;
    } else if (quoted) {
      continue;
    } else if (byte === 0x0a || byte === 0x0d) {
      if (!blank) counts.push(count);
      count = 0;
      blank = true;
    } else if (byte === separator) {
      count++;
      blank = false;
    } else if (byte !== 0x20 && byte !== 0x09) {
      blank = false;
    }
  }
  if (!blank && counts.length < CSV_SAMPLE_RECORDS) counts.push(count);
  return counts;
}

function looksLikeCsv(bytes: Uint8Array): boolean {
  const start = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  if (!isCleanUtf8(bytes, start)) return false;
  let first = start;
  while (first < bytes.length && [0x20, 0x09, 0x0a, 0x0d].includes(bytes[first] as number)) first++;
  if (first >= bytes.length) return false;
  // Markup (HTML, SVG, XML) and scripts are never data, whatever separators they contain.
  if (bytes[first] === 0x3c || (bytes[first] === 0x23 && bytes[first + 1] === 0x21)) return false;
  let end = bytes.length;
  if (end - start > CSV_SAMPLE_BYTES) {
    // Judge whole records only: cut the sample after its last line break.
    end = start + CSV_SAMPLE_BYTES;
    while (end > start && bytes[end - 1] !== 0x0a) end--;
  }
  return CSV_SEPARATORS.some((separator) => {
    const counts = separatorCounts(bytes, start, end, separator);
    return counts.length >= 2 && (counts[0] as number) >= 1 && counts.every((count) => count === counts[0]);
  });
}

// ---------------------------------------------------------------------------------------------
// Names.

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * The name a file is listed and downloaded under: the last path part of what the client sent,
 * without control, formatting (bidirectional overrides, zero-width) or filesystem-reserved
 * characters, cut to FILE_NAME_MAX_LENGTH characters, and always ending in the extension the
 * bytes proved (`report.exe` holding a PDF becomes `report.pdf`).
 */
export function safeDownloadName(originalName: string, extension: string): string {
  const safeExtension = extension.toLowerCase().replace(/[^a-z0-9]/g, '') || 'bin';
  const lastPart = (originalName ?? '').split(/[/\\]/).pop() ?? '';
  let base = lastPart
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, '')
    .replace(/[<>:"|?*]/g, '_')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|\s+$/g, '')
    // The extension the name claims goes: only the bytes decide it.
    .replace(/\.(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{1,8}$/, '');
  base = Array.from(base).slice(0, FILE_NAME_MAX_LENGTH).join('').replace(/[\s.]+$/, '');
  if (!base) base = 'file';
  if (WINDOWS_RESERVED.test(base)) base = `_${base}`;
  return `${base}.${safeExtension}`;
}
