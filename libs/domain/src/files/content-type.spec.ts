import { DOCUMENT_ACCEPT, FILE_MAX_BYTES_DEFAULT, FILE_NAME_MAX_LENGTH, safeDownloadName, sniffDocumentType, sniffImageType } from './content-type';

describe('sniffImageType', () => {
  it('recognises PNG, JPEG and WebP by their signatures', () => {
    expect(sniffImageType(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('image/png');
    expect(sniffImageType(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffImageType(Uint8Array.from([0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x45, 0x42, 0x50]))).toBe('image/webp');
  });

  it('refuses anything else, including SVG and empty input', () => {
    expect(sniffImageType(new TextEncoder().encode('<svg onload="alert(1)"/>'))).toBeUndefined();
    expect(sniffImageType(new Uint8Array())).toBeUndefined();
    expect(sniffImageType(Uint8Array.from([0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x41, 0x56, 0x49, 0x20]))).toBeUndefined();
  });
});

// ---------------------------------------------------------------------------------------------
// Small hand-made samples of each format.

const text = (value: string) => new TextEncoder().encode(value);

function concat(parts: Uint8Array[]): Uint8Array {
  const result = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    result.set(part, offset);
    offset += part.length;
  }
  return result;
}

function le(values: [value: number, bytes: 2 | 4][]): Uint8Array {
  const result: number[] = [];
  for (const [value, bytes] of values) for (let i = 0; i < bytes; i++) result.push((value >>> (8 * i)) & 0xff);
  return Uint8Array.from(result);
}

interface ZipOptions {
  /** Leave the central directory out (a truncated archive): names come from the local headers. */
  withoutCentralDirectory?: boolean;
  /** Mark entries as having a trailing data descriptor (sizes unknown in the local header). */
  dataDescriptor?: boolean;
}

/** A ZIP archive of stored (uncompressed) entries; CRCs are left at zero, which sniffing ignores. */
function zip(entries: [name: string, content: string][], options: ZipOptions = {}): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const [name, content] of entries) {
    const nameBytes = text(name);
    const data = text(content);
    const flags = options.dataDescriptor ? 0x08 : 0;
    const size = options.dataDescriptor ? 0 : data.length;
    const local = concat([le([[0x04034b50, 4], [20, 2], [flags, 2], [0, 2], [0, 2], [0, 2], [0, 4], [size, 4], [size, 4], [nameBytes.length, 2], [0, 2]]), nameBytes, data]);
    centrals.push(
      concat([
        le([[0x02014b50, 4], [20, 2], [20, 2], [flags, 2], [0, 2], [0, 2], [0, 2], [0, 4], [data.length, 4], [data.length, 4], [nameBytes.length, 2], [0, 2], [0, 2], [0, 2], [0, 2], [0, 4], [offset, 4]]),
        nameBytes,
      ]),
    );
    locals.push(local);
    offset += local.length;
  }
  if (options.withoutCentralDirectory) return concat(locals);
  const directory = concat(centrals);
  const end = le([[0x06054b50, 4], [0, 2], [0, 2], [entries.length, 2], [entries.length, 2], [directory.length, 4], [offset, 4], [0, 2]]);
  return concat([...locals, directory, end]);
}

const CONTENT_TYPES = ['[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'] as [string, string];
const RELS = ['_rels/.rels', '<?xml version="1.0"?><Relationships/>'] as [string, string];

interface OleEntry {
  name: string;
  type: 1 | 2;
  /** Index of the entry's child (storages), and of its right sibling. */
  child?: number;
  right?: number;
}

/**
 * A compound file (OLE2) with 512-byte sectors: header, one FAT sector, one directory sector of four
 * entries. Entry 0 is the root; its first child is entry 1.
 */
function oleFile(entries: OleEntry[]): Uint8Array {
  const NONE = 0xffffffff;
  const header = new Uint8Array(512);
  header.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  header.set(le([[0x3e, 2], [3, 2], [0xfffe, 2], [9, 2], [6, 2]]), 0x18);
  header.set(le([[1, 4], [1, 4], [0, 4], [4096, 4], [0xfffffffe, 4], [0, 4], [0xfffffffe, 4], [0, 4]]), 0x2c);
  for (let i = 0; i < 109; i++) header.set(le([[i === 0 ? 0 : NONE, 4]]), 0x4c + i * 4);
  const fat = new Uint8Array(512).fill(0xff);
  fat.set(le([[0xfffffffd, 4], [0xfffffffe, 4]]));
  const directory = new Uint8Array(512);
  const all: (Omit<OleEntry, 'type'> & { type: 1 | 2 | 5 })[] = [{ name: 'Root Entry', type: 5, child: 1 }, ...entries];
  all.slice(0, 4).forEach((entry, index) => {
    const offset = index * 128;
    for (let i = 0; i < entry.name.length; i++) directory.set(le([[entry.name.charCodeAt(i), 2]]), offset + i * 2);
    directory.set(le([[(entry.name.length + 1) * 2, 2]]), offset + 0x40);
    directory[offset + 0x42] = entry.type;
    directory.set(le([[NONE, 4], [entry.right ?? NONE, 4], [entry.child ?? NONE, 4]]), offset + 0x44);
  });
  return concat([header, fat, directory]);
}

const PDF = text('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const EXE = concat([text('MZ'), Uint8Array.from([0x90, 0, 3, 0, 0, 0, 4, 0]), text('This program cannot be run in DOS mode.')]);

describe('sniffDocumentType', () => {
  it('recognises PDF by %PDF- at the start', () => {
    expect(sniffDocumentType(PDF)).toEqual({ contentType: 'application/pdf', extension: 'pdf' });
    expect(sniffDocumentType(concat([text(' '), PDF]))).toBeUndefined();
  });

  it('recognises PNG, JPEG, WebP and GIF', () => {
    expect(sniffDocumentType(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toEqual({ contentType: 'image/png', extension: 'png' });
    expect(sniffDocumentType(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]))).toEqual({ contentType: 'image/jpeg', extension: 'jpg' });
    expect(sniffDocumentType(Uint8Array.from([0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x45, 0x42, 0x50]))).toEqual({ contentType: 'image/webp', extension: 'webp' });
    expect(sniffDocumentType(text('GIF89a\x01\x00\x01\x00'))).toEqual({ contentType: 'image/gif', extension: 'gif' });
    expect(sniffDocumentType(text('GIF87a\x01\x00\x01\x00'))).toEqual({ contentType: 'image/gif', extension: 'gif' });
    expect(sniffDocumentType(text('GIF88a\x01\x00'))).toBeUndefined();
  });

  describe('Office Open XML', () => {
    it.each([
      ['word/document.xml', 'docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      ['xl/workbook.xml', 'xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      ['ppt/presentation.xml', 'pptx', 'application/vnd.openxmlformats-officedocument.presentationml.presentation'],
    ])('tells %s apart as %s', (part, extension, contentType) => {
      expect(sniffDocumentType(zip([CONTENT_TYPES, RELS, [part, '<x/>']]))).toEqual({ contentType, extension });
    });

    it('reads the names from the central directory, wherever [Content_Types].xml sits', () => {
      expect(sniffDocumentType(zip([RELS, ['word/document.xml', '<w/>'], CONTENT_TYPES]))?.extension).toBe('docx');
    });

    it('falls back on the local headers of a truncated archive', () => {
      expect(sniffDocumentType(zip([CONTENT_TYPES, ['xl/workbook.xml', '<x/>']], { withoutCentralDirectory: true }))?.extension).toBe('xlsx');
      // Sizes in a trailing descriptor: the walk stops after the first entry and sees no main part.
      expect(sniffDocumentType(zip([CONTENT_TYPES, ['xl/workbook.xml', '<x/>']], { withoutCentralDirectory: true, dataDescriptor: true }))).toBeUndefined();
    });

    it('refuses a ZIP without [Content_Types].xml, with several main parts, or with a VBA project', () => {
      expect(sniffDocumentType(zip([['word/document.xml', '<w/>']]))).toBeUndefined();
      expect(sniffDocumentType(zip([['report.csv', 'a,b\n1,2\n'], ['run.exe', 'MZ']]))).toBeUndefined();
      expect(sniffDocumentType(zip([CONTENT_TYPES, ['word/document.xml', '<w/>'], ['xl/workbook.xml', '<x/>']]))).toBeUndefined();
      expect(sniffDocumentType(zip([CONTENT_TYPES, ['word/document.xml', '<w/>'], ['word/vbaProject.bin', 'vba']]))).toBeUndefined();
      expect(sniffDocumentType(zip([CONTENT_TYPES]))).toBeUndefined();
    });
  });

  describe('OpenDocument', () => {
    it.each([
      ['application/vnd.oasis.opendocument.text', 'odt'],
      ['application/vnd.oasis.opendocument.spreadsheet', 'ods'],
      ['application/vnd.oasis.opendocument.presentation', 'odp'],
    ])('reads %s from the leading mimetype entry', (mime, extension) => {
      expect(sniffDocumentType(zip([['mimetype', mime], ['content.xml', '<office:document-content/>']]))).toEqual({ contentType: mime, extension });
    });

    it('refuses another type in mimetype, or mimetype that is not the first entry', () => {
      expect(sniffDocumentType(zip([['mimetype', 'application/epub+zip'], ['content.opf', '<x/>']]))).toBeUndefined();
      expect(sniffDocumentType(zip([['content.xml', '<x/>'], ['mimetype', 'application/vnd.oasis.opendocument.text']]))).toBeUndefined();
      expect(sniffDocumentType(zip([['mimetype', 'x'.repeat(200)]]))).toBeUndefined();
    });
  });

  describe('legacy Office (OLE2 compound files)', () => {
    it.each([
      ['WordDocument', 'doc', 'application/msword'],
      ['Workbook', 'xls', 'application/vnd.ms-excel'],
      ['Book', 'xls', 'application/vnd.ms-excel'],
      ['PowerPoint Document', 'ppt', 'application/vnd.ms-powerpoint'],
    ])('tells a file with the root stream %s apart as %s', (stream, extension, contentType) => {
      expect(sniffDocumentType(oleFile([{ name: 'SummaryInformation', type: 2, right: 2 }, { name: stream, type: 2 }]))).toEqual({ contentType, extension });
    });

    it('looks only at the root: a workbook embedding a Word document is a workbook', () => {
      const workbook = oleFile([
        { name: 'Workbook', type: 2, right: 2 },
        { name: 'MBD0001', type: 1, child: 3 },
        { name: 'WordDocument', type: 2 },
      ]);
      expect(sniffDocumentType(workbook)?.extension).toBe('xls');
    });

    it('refuses macros, encrypted packages, unknown compound files and broken ones', () => {
      expect(sniffDocumentType(oleFile([{ name: 'WordDocument', type: 2, right: 2 }, { name: 'Macros', type: 1 }]))).toBeUndefined();
      expect(sniffDocumentType(oleFile([{ name: 'Workbook', type: 2, right: 2 }, { name: '_VBA_PROJECT_CUR', type: 1 }]))).toBeUndefined();
      expect(sniffDocumentType(oleFile([{ name: 'EncryptedPackage', type: 2, right: 2 }, { name: 'EncryptionInfo', type: 2 }]))).toBeUndefined();
      expect(sniffDocumentType(oleFile([{ name: '__substg1.0_0037001F', type: 2 }]))).toBeUndefined();
      const good = oleFile([{ name: 'WordDocument', type: 2 }]);
      expect(sniffDocumentType(good.subarray(0, 700))).toBeUndefined();
      const badShift = Uint8Array.from(good);
      badShift[0x1e] = 7;
      expect(sniffDocumentType(badShift)).toBeUndefined();
      const cycle = Uint8Array.from(good);
      cycle.set(le([[1, 4]]), 512 + 4); // the directory sector points at itself
      expect(sniffDocumentType(cycle)).toBeUndefined();
    });
  });

  describe('CSV', () => {
    it.each([
      ['commas', 'name,amount,city\nHà Nội,100,VN\nĐà Nẵng,200,VN\n'],
      ['semicolons and CRLF', 'tên;số tiền\r\nBình Dương;1.000,5\r\nHuế;2.000\r\n'],
      ['tabs', 'a\tb\tc\n1\t2\t3\n'],
      ['a byte-order mark', '\ufeffa,b\n1,2'],
      ['quoted separators and line breaks', 'name,note\n"Nguyễn, Văn A","dòng 1\ndòng 2"\n"x ""quoted""",y\n'],
      ['blank lines', 'a,b\n\n1,2\n\n'],
    ])('accepts UTF-8 with %s', (_, content) => {
      expect(sniffDocumentType(text(content))).toEqual({ contentType: 'text/csv', extension: 'csv' });
    });

    it('judges only whole records of the first 64 KB', () => {
      const row = 'Thành phố thông minh,12345,ghi chú\n';
      const long = row.repeat(Math.ceil((70 * 1024) / row.length));
      expect(sniffDocumentType(text(`cột 1,cột 2,cột 3\n${long}`))?.extension).toBe('csv');
    });

    it.each([
      ['inconsistent separators', 'a,b,c\n1,2\n'],
      ['a single record', 'a,b,c\n'],
      ['prose without separators', 'Dear reader\nthis is a letter\n'],
      ['HTML', '<html><body>a,b\n1,2</body></html>\n'],
      ['SVG after white space', '  \n<svg xmlns="http://www.w3.org/2000/svg">a,b\n1,2</svg>'],
      ['a script', '#!/bin/sh\nrm -rf a,b\n'],
      ['a NUL byte', 'a,b\n1,\u00002\n'],
      ['an escape character', 'a,b\n\u001b[31m,2\n'],
      ['a C1 control', 'a,b\n\u0085,2\n'],
      ['only white space', ' \n\r\n\t'],
    ])('refuses %s', (_, content) => {
      expect(sniffDocumentType(text(content))).toBeUndefined();
    });

    it('refuses bytes that are not UTF-8 (Windows-1258, overlong forms, surrogates, truncation)', () => {
      expect(sniffDocumentType(Uint8Array.from([0x61, 0x2c, 0x62, 0x0a, 0xe0, 0x2c, 0x32, 0x0a]))).toBeUndefined();
      expect(sniffDocumentType(Uint8Array.from([0x61, 0x2c, 0x62, 0x0a, 0xc0, 0xaf, 0x2c, 0x32, 0x0a]))).toBeUndefined();
      expect(sniffDocumentType(Uint8Array.from([0x61, 0x2c, 0x62, 0x0a, 0xe0, 0x80, 0xaf, 0x2c, 0x0a]))).toBeUndefined();
      expect(sniffDocumentType(Uint8Array.from([0x61, 0x2c, 0x62, 0x0a, 0xed, 0xa0, 0x80, 0x2c, 0x0a]))).toBeUndefined();
      expect(sniffDocumentType(Uint8Array.from([0x61, 0x2c, 0x62, 0x0a, 0x31, 0x2c, 0xe1, 0xbb]))).toBeUndefined();
      expect(sniffDocumentType(Uint8Array.from([0x61, 0x2c, 0x62, 0x0a, 0xf5, 0x80, 0x80, 0x80, 0x2c, 0x0a]))).toBeUndefined();
    });
  });

  it('refuses an executable whatever it is called, and empty input', () => {
    expect(sniffDocumentType(EXE)).toBeUndefined();
    expect(sniffDocumentType(text('\x7fELF\x02\x01\x01'))).toBeUndefined();
    expect(sniffDocumentType(new Uint8Array())).toBeUndefined();
  });

  it('offers a picker every accepted extension', () => {
    expect(DOCUMENT_ACCEPT.split(',')).toEqual(expect.arrayContaining(['.pdf', '.docx', '.xls', '.odt', '.csv', 'application/pdf', 'image/png']));
    expect(FILE_MAX_BYTES_DEFAULT).toBe(26_214_400);
  });
});

describe('safeDownloadName', () => {
  it('keeps a Vietnamese name and forces the proven extension', () => {
    expect(safeDownloadName('Báo cáo quý 3.pdf', 'pdf')).toBe('Báo cáo quý 3.pdf');
    expect(safeDownloadName('report.exe', 'pdf')).toBe('report.pdf');
    expect(safeDownloadName('Kế hoạch v1.2', 'docx')).toBe('Kế hoạch v1.2.docx');
    expect(safeDownloadName('data.CSV', 'CSV')).toBe('data.csv');
  });

  it('keeps only the last path part and drops control, formatting and reserved characters', () => {
    expect(safeDownloadName('../../etc/passwd', 'csv')).toBe('passwd.csv');
    expect(safeDownloadName('C:\\Users\\an\\hồ sơ.docx', 'docx')).toBe('hồ sơ.docx');
    expect(safeDownloadName('invoice\u202Efdp.exe', 'pdf')).toBe('invoicefdp.pdf');
    expect(safeDownloadName('a\u0000b\r\n"c"<d>|e?.pdf', 'pdf')).toBe('ab_c__d__e_.pdf');
    expect(safeDownloadName('  ..hidden  ', 'png')).toBe('hidden.png');
    expect(safeDownloadName('nul.txt', 'csv')).toBe('_nul.csv');
  });

  it('names a nameless file and limits the length without splitting characters', () => {
    expect(safeDownloadName('', 'pdf')).toBe('file.pdf');
    expect(safeDownloadName('/', 'pdf')).toBe('file.pdf');
    expect(safeDownloadName('...', '')).toBe('file.bin');
    expect(safeDownloadName('.env', 'csv')).toBe('env.csv');
    const long = safeDownloadName(`${'Đ'.repeat(300)}.pdf`, 'pdf');
    expect(Array.from(long)).toHaveLength(FILE_NAME_MAX_LENGTH + 4);
    expect(safeDownloadName(`${'😀'.repeat(200)}.png`, 'png')).toBe(`${'😀'.repeat(FILE_NAME_MAX_LENGTH)}.png`);
  });
});
