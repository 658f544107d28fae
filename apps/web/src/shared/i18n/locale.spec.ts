import { toLocale } from './locale';

describe('toLocale', () => {
  it('keeps a supported language and falls back to Vietnamese otherwise', () => {
    expect(toLocale('en')).toBe('en');
    expect(toLocale('vi')).toBe('vi');
    expect(toLocale('fr')).toBe('vi');
    expect(toLocale(undefined)).toBe('vi');
  });
});
