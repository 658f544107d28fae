import { DEFAULT_LOCALE, isLocale, resolveLocale } from './locale';

describe('resolveLocale', () => {
  it.each([
    [undefined, 'vi'],
    ['', 'vi'],
    ['en', 'en'],
    ['en-GB,en;q=0.9', 'en'],
    ['vi-VN,vi;q=0.9,en;q=0.8', 'vi'],
    ['fr-FR, en;q=0.5', 'en'],
    ['en;q=0.2, vi;q=0.8', 'vi'],
    ['de, fr', 'vi'],
    ['en;q=0', 'vi'],
    ['EN-us', 'en'],
    [';;;,,,q=abc', 'vi'],
  ])('%p → %p', (header, expected) => {
    expect(resolveLocale(header)).toBe(expected);
  });

  it('knows its locales', () => {
    expect(DEFAULT_LOCALE).toBe('vi');
    expect(isLocale('en')).toBe(true);
    expect(isLocale('fr')).toBe(false);
    expect(isLocale(1)).toBe(false);
  });
});
