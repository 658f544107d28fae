import { fileKind, formatFileSize } from './file-display';

describe('formatFileSize', () => {
  it('counts bytes, kB and MB in the reader’s locale', () => {
    expect(formatFileSize(512, 'vi')).toBe('512 byte');
    expect(formatFileSize(12_595, 'vi')).toBe('12,3 kB');
    expect(formatFileSize(12_595, 'en')).toBe('12.3 kB');
    expect(formatFileSize(25 * 1024 * 1024, 'en')).toBe('25 MB');
    expect(formatFileSize(1_572_864, 'vi')).toBe('1,5 MB');
  });
});

describe('fileKind', () => {
  it.each([
    ['application/pdf', 'pdf'],
    ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'word'],
    ['application/msword', 'word'],
    ['application/vnd.oasis.opendocument.text', 'word'],
    ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'spreadsheet'],
    ['application/vnd.ms-excel', 'spreadsheet'],
    ['application/vnd.oasis.opendocument.spreadsheet', 'spreadsheet'],
    ['application/vnd.openxmlformats-officedocument.presentationml.presentation', 'presentation'],
    ['application/vnd.ms-powerpoint', 'presentation'],
    ['application/vnd.oasis.opendocument.presentation', 'presentation'],
    ['image/png', 'image'],
    ['text/csv', 'csv'],
    ['application/octet-stream', 'other'],
  ])('%s is %s', (contentType, kind) => {
    expect(fileKind(contentType)).toBe(kind);
  });
});
