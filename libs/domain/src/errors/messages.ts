import type { Locale } from '../i18n/locale';

/**
 * The message catalogue for refusals, in both languages. The API picks the reader's language;
 * the web client may show the same texts. Parameters are written {name}.
 */
export const ERROR_MESSAGES = {
  UNAUTHENTICATED: { vi: 'Bạn cần đăng nhập để thực hiện thao tác này.', en: 'You need to sign in to do this.' },
  FORBIDDEN: { vi: 'Bạn không có quyền thực hiện thao tác này.', en: 'You are not allowed to do this.' },
  NOT_FOUND: { vi: 'Không tìm thấy {entity} được yêu cầu.', en: 'The requested {entity} was not found.' },
  BAD_USER_INPUT: { vi: 'Dữ liệu không hợp lệ.', en: 'The input is not valid.' },
  CONFLICT: {
    vi: 'Dữ liệu đã được người khác thay đổi. Hãy tải lại và thử lại.',
    en: 'Someone else changed this in the meantime. Reload and try again.',
  },
  DEADLINE_PASSED: { vi: 'Đã quá hạn chót.', en: 'The deadline has passed.' },
  INVALID_TRANSITION: { vi: 'Không thể thực hiện thao tác này ở trạng thái hiện tại.', en: 'This action is not possible in the current state.' },
  RATE_LIMITED: { vi: 'Quá nhiều yêu cầu. Hãy thử lại sau {seconds} giây.', en: 'Too many requests. Try again in {seconds} seconds.' },
  INTERNAL: { vi: 'Đã xảy ra lỗi máy chủ. Vui lòng thử lại sau.', en: 'Something went wrong on the server. Please try again later.' },
  INVALID_QUERY: { vi: 'Truy vấn GraphQL không hợp lệ: {detail}', en: 'The GraphQL query is not valid: {detail}' },
  QUERY_TOO_COMPLEX: { vi: 'Truy vấn vượt quá giới hạn cho phép: {detail}', en: 'The query exceeds the allowed limits: {detail}' },
  PAGE_SIZE_TOO_LARGE: { vi: 'Mỗi trang có tối đa {max} mục.', en: 'A page holds at most {max} items.' },
  PAGE_SIZE_NOT_POSITIVE: { vi: 'Số mục mỗi trang phải là số nguyên dương.', en: 'The page size must be a positive whole number.' },
  INVALID_CURSOR: { vi: 'Con trỏ phân trang không hợp lệ.', en: 'The pagination cursor is not valid.' },
  INVALID_ID: { vi: 'Mã định danh không hợp lệ.', en: 'The identifier is not valid.' },
  DATABASE_UNAVAILABLE: {
    vi: 'Cơ sở dữ liệu tạm thời không khả dụng. Vui lòng thử lại sau giây lát.',
    en: 'The database is temporarily unavailable. Please try again in a moment.',
  },
} as const satisfies Record<string, Record<Locale, string>>;

export type MessageKey = keyof typeof ERROR_MESSAGES;

export const ENTITY_NAMES = {
  organisation: { vi: 'tổ chức', en: 'organisation' },
  user: { vi: 'người dùng', en: 'user' },
  object: { vi: 'đối tượng', en: 'object' },
} as const satisfies Record<string, Record<Locale, string>>;

export type EntityName = keyof typeof ENTITY_NAMES;

export type MessageParams = Record<string, string | number>;

/** Renders a catalogue message in the given language, filling {placeholders}. */
export function formatMessage(key: MessageKey, locale: Locale, params: MessageParams = {}): string {
  const template: string = ERROR_MESSAGES[key][locale];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (name === 'entity' && typeof value === 'string' && value in ENTITY_NAMES) {
      return ENTITY_NAMES[value as EntityName][locale];
    }
    return String(value);
  });
}
