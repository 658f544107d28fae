import { pickTranslation } from './translated-text';

describe('pickTranslation', () => {
  it('prefers the reader language', () => {
    expect(pickTranslation({ vi: 'Xin chào', en: 'Hello' }, 'en')).toEqual({ text: 'Hello', lang: 'en' });
    expect(pickTranslation({ vi: 'Xin chào', en: 'Hello' }, 'vi')).toEqual({ text: 'Xin chào', lang: 'vi' });
  });

  it('falls back to the other language, skipping blank texts', () => {
    expect(pickTranslation({ vi: 'Xin chào', en: '   ' }, 'en')).toEqual({ text: 'Xin chào', lang: 'vi' });
    expect(pickTranslation({ vi: null, en: 'Hello' }, 'vi')).toEqual({ text: 'Hello', lang: 'en' });
  });

  it('gives nothing when neither language has a text', () => {
    expect(pickTranslation({ vi: undefined, en: '' }, 'vi')).toBeUndefined();
  });
});
