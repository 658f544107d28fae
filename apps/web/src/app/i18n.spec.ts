// Each test loads the i18n module afresh, as a new visit to the site would.
function loadI18n() {
  let loaded: typeof import('./i18n') | undefined;
  jest.isolateModules(() => {
    loaded = jest.requireActual<typeof import('./i18n')>('./i18n');
  });
  if (!loaded) throw new Error('i18n module did not load');
  return loaded;
}

beforeEach(() => {
  localStorage.clear();
  document.documentElement.lang = '';
});

describe('i18n start-up', () => {
  it('starts in Vietnamese even when the browser prefers English', () => {
    expect(navigator.language).toBe('en-US');
    const { i18n, currentLocale } = loadI18n();
    expect(currentLocale()).toBe('vi');
    expect(i18n.t('language.label')).toBe('Ngôn ngữ');
    expect(document.documentElement.lang).toBe('vi');
  });

  it('starts in the language the reader chose on an earlier visit', () => {
    localStorage.setItem('helix.locale', 'en');
    const { currentLocale } = loadI18n();
    expect(currentLocale()).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('ignores a remembered language the platform does not offer', () => {
    localStorage.setItem('helix.locale', 'fr');
    expect(loadI18n().currentLocale()).toBe('vi');
  });

  it('remembers a change of language and follows it in <html lang>', async () => {
    const { i18n, LOCALE_STORAGE_KEY } = loadI18n();
    await i18n.changeLanguage('en');
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });
});
