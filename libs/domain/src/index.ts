export * from './errors/error-code';
export * from './errors/messages';
export * from './i18n/locale';
export * from './i18n/translated-text';
export * from './identity/email';
export * from './organisations/organisation';
export * from './pagination/page';
