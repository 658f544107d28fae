import { pickTranslation, toLocale } from './locale';

describe('toLocale', () => {
  it('keeps a supported language and falls back to Vietnamese otherwise', () => {
    expect(toLocale('en')).toBe('en');
    expect(toLocale('vi')).toBe('vi');
    expect(toLocale('fr')).toBe('vi');
    expect(toLocale(undefined)).toBe('vi');
  });
});

describe('pickTranslation', () => {
  it('prefers the reader’s language', () => {
    expect(pickTranslation({ vi: 'Xin chào', en: 'Hello' }, 'en')).toEqual({ text: 'Hello', lang: 'en' });
    expect(pickTranslation({ vi: 'Xin chào', en: 'Hello' }, 'vi')).toEqual({ text: 'Xin chào', lang: 'vi' });
  });

  it('falls back to the other language, saying which one it is', () => {
    expect(pickTranslation({ vi: 'Xin chào', en: null }, 'en')).toEqual({ text: 'Xin chào', lang: 'vi' });
    expect(pickTranslation({ vi: '   ', en: 'Hello' }, 'vi')).toEqual({ text: 'Hello', lang: 'en' });
  });

  it('gives nothing when neither language has text', () => {
    expect(pickTranslation({ vi: null, en: '' }, 'vi')).toBeUndefined();
  });
});
