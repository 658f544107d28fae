import { formatDate, formatDay, formatNumber, formatRelative, formatVnd } from './format';

// Intl separates amount and symbol with a no-break space; compare with plain spaces.
const plain = (text: string) => text.replace(/\u00a0/g, ' ');

describe('formatVnd', () => {
  it('writes đồng the Vietnamese way in Vietnamese', () => {
    expect(plain(formatVnd(1_500_000, 'vi'))).toBe('1.500.000 ₫');
  });

  it('writes đồng the English way in English', () => {
    expect(formatVnd(1_500_000, 'en')).toBe('₫1,500,000');
  });

  it('rounds to whole đồng, which has no minor unit', () => {
    expect(plain(formatVnd(999.6, 'vi'))).toBe('1.000 ₫');
  });

  it('keeps every digit of amounts beyond 2^53 given as bigint', () => {
    expect(plain(formatVnd(12_345_678_901_234_567_890n, 'vi'))).toBe('12.345.678.901.234.567.890 ₫');
  });
});

describe('formatNumber', () => {
  it('uses the reader’s separators', () => {
    expect(formatNumber(1_234_567.5, 'vi')).toBe('1.234.567,5');
    expect(formatNumber(1_234_567.5, 'en')).toBe('1,234,567.5');
  });
});

describe('formatDate', () => {
  it('writes the date in words in the reader’s language', () => {
    expect(formatDate('2025-03-12T12:00:00Z', 'vi')).toBe('12 tháng 3, 2025');
    expect(formatDate('2025-03-12T12:00:00Z', 'en')).toBe('12 March 2025');
  });
});

describe('formatDay', () => {
  it('writes a calendar day as that day, whatever the time zone the reader is in', () => {
    expect(formatDay('2026-03-01', 'vi')).toBe('1 tháng 3, 2026');
    expect(formatDay('2026-03-01', 'en')).toBe('1 March 2026');
    expect(formatDay('2026-12-31', 'en')).toBe('31 December 2026');
  });

  it('shows anything that is not a YYYY-MM-DD day as it is', () => {
    expect(formatDay('soon', 'en')).toBe('soon');
  });
});

describe('formatRelative', () => {
  const now = new Date('2026-03-12T12:00:00Z');

  it('says how long ago a moment was in the reader’s language', () => {
    expect(formatRelative('2026-03-09T12:00:00Z', 'vi', now)).toBe('3 ngày trước');
    expect(formatRelative('2026-03-09T12:00:00Z', 'en', now)).toBe('3 days ago');
    expect(formatRelative('2026-03-11T11:00:00Z', 'en', now)).toBe('yesterday');
    expect(formatRelative('2026-03-12T09:30:00Z', 'en', now)).toBe('2 hours ago');
  });

  it('says "now" under a minute, and counts ahead for the future', () => {
    expect(formatRelative('2026-03-12T11:59:30Z', 'vi', now)).toBe('bây giờ');
    expect(formatRelative('2026-03-26T12:00:00Z', 'en', now)).toBe('in 2 weeks');
  });
});
