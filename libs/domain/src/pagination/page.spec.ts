import { checkPageSize, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './page';

describe('checkPageSize', () => {
  it('uses the default page when none is asked', () => {
    expect(checkPageSize(undefined)).toEqual({ ok: true, size: DEFAULT_PAGE_SIZE });
    expect(checkPageSize(null)).toEqual({ ok: true, size: DEFAULT_PAGE_SIZE });
  });

  it('accepts 1 to 100', () => {
    expect(checkPageSize(1)).toEqual({ ok: true, size: 1 });
    expect(checkPageSize(MAX_PAGE_SIZE)).toEqual({ ok: true, size: 100 });
  });

  it.each([0, -1, 2.5, Number.NaN])('refuses %p as not positive', (first) => {
    expect(checkPageSize(first)).toEqual({ ok: false, reason: 'NOT_POSITIVE' });
  });

  it('refuses more than 100', () => {
    expect(checkPageSize(101)).toEqual({ ok: false, reason: 'TOO_LARGE' });
  });
});
