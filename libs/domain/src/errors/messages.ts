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
  INVALID_CREDENTIALS: { vi: 'E-mail hoặc mật khẩu không đúng.', en: 'The e-mail address or password is wrong.' },
  SESSION_EXPIRED: { vi: 'Phiên đăng nhập đã hết hạn. Hãy đăng nhập lại.', en: 'Your session has expired. Please sign in again.' },
  EMAIL_TAKEN: { vi: 'Địa chỉ e-mail này đã có tài khoản.', en: 'An account with this e-mail address already exists.' },
  INVALID_EMAIL: { vi: 'Địa chỉ e-mail không hợp lệ.', en: 'This is not a valid e-mail address.' },
  PASSWORD_TOO_SHORT: { vi: 'Mật khẩu cần ít nhất {min} ký tự.', en: 'The password needs at least {min} characters.' },
  PASSWORD_TOO_LONG: { vi: 'Mật khẩu dài tối đa {max} ký tự.', en: 'The password may be at most {max} characters long.' },
  PASSWORD_TOO_COMMON: { vi: 'Mật khẩu này quá phổ biến. Hãy chọn mật khẩu khác.', en: 'This password is too common. Choose another one.' },
  WRONG_PASSWORD: { vi: 'Mật khẩu hiện tại không đúng.', en: 'The current password is wrong.' },
  REQUIRED: { vi: 'Trường này là bắt buộc.', en: 'This field is required.' },
  TOO_LONG: { vi: 'Tối đa {max} ký tự.', en: 'At most {max} characters.' },
  TOO_MANY_ITEMS: { vi: 'Tối đa {max} mục.', en: 'At most {max} items.' },
  INVALID_URL: { vi: 'Địa chỉ web phải bắt đầu bằng http:// hoặc https://.', en: 'The web address must start with http:// or https://.' },
  INVALID_LOCALE: { vi: 'Ngôn ngữ phải là vi hoặc en.', en: 'The language must be vi or en.' },
  RESET_TOKEN_INVALID: {
    vi: 'Liên kết đặt lại mật khẩu không hợp lệ, đã dùng hoặc đã hết hạn. Hãy yêu cầu liên kết mới.',
    en: 'This password-reset link is invalid, used or expired. Ask for a new one.',
  },
  INVITATION_INVALID: { vi: 'Lời mời không hợp lệ.', en: 'This invitation is not valid.' },
  INVITATION_EXPIRED: { vi: 'Lời mời đã hết hạn. Hãy đề nghị gửi lời mời mới.', en: 'This invitation has expired. Ask for a new one.' },
  INVITATION_ACCEPTED: { vi: 'Lời mời này đã được sử dụng.', en: 'This invitation has already been used.' },
  INVITATION_REVOKED: { vi: 'Lời mời này đã bị thu hồi.', en: 'This invitation has been revoked.' },
  INVITATION_WRONG_ACCOUNT: {
    vi: 'Lời mời được gửi tới {email}. Hãy đăng nhập bằng tài khoản của địa chỉ đó.',
    en: 'This invitation was sent to {email}. Sign in with that address to accept it.',
  },
  ALREADY_MEMBER: { vi: 'Người này đã là thành viên của tổ chức.', en: 'This person is already a member of the organisation.' },
  ORGANISATION_NOT_YOURS: {
    vi: 'Bạn không phải thành viên của tổ chức được chọn (X-Organisation-Id).',
    en: 'You are not a member of the selected organisation (X-Organisation-Id).',
  },
  NOT_A_MEMBER: { vi: 'Chỉ thành viên của tổ chức mới làm được việc này.', en: 'Only members of the organisation can do this.' },
  ROLE_TOO_LOW: { vi: 'Vai trò của bạn trong tổ chức không cho phép thao tác này.', en: 'Your role in the organisation does not allow this.' },
  NOT_PLATFORM_ADMIN: { vi: 'Chỉ quản trị viên nền tảng mới làm được việc này.', en: 'Only a platform administrator can do this.' },
  ORGANISATION_PENDING: {
    vi: 'Tổ chức đang chờ xác minh: có thể chuẩn bị nhưng chưa thể công bố, đề xuất hay ký kết.',
    en: 'The organisation is awaiting verification: it can prepare, but not publish, propose or sign yet.',
  },
  ORGANISATION_SUSPENDED: {
    vi: 'Tổ chức đang bị tạm ngưng: không thể công bố, đề xuất hay ký kết.',
    en: 'The organisation is suspended: it cannot publish, propose or sign.',
  },
  LAST_OWNER: {
    vi: 'Tổ chức cần ít nhất một chủ sở hữu: không thể xoá hay hạ quyền chủ sở hữu cuối cùng.',
    en: 'An organisation needs an owner: the last owner can be neither removed nor demoted.',
  },
  OWNER_ROLE_RESERVED: { vi: 'Chỉ chủ sở hữu mới cấp hoặc thu hồi vai trò chủ sở hữu.', en: 'Only an owner can grant or take away the owner role.' },
  KIND_LOCKED: {
    vi: 'Chỉ đổi được loại tổ chức khi tổ chức đang chờ xác minh.',
    en: 'The kind of an organisation can only change while it awaits verification.',
  },
  ALREADY_IN_STATUS: { vi: 'Tổ chức đã ở trạng thái này.', en: 'The organisation already has this status.' },
  IMAGE_INVALID: { vi: 'Ảnh phải là PNG, JPEG hoặc WebP.', en: 'The image must be a PNG, JPEG or WebP file.' },
  IMAGE_TOO_LARGE: { vi: 'Ảnh tối đa {max} KB.', en: 'The image may be at most {max} KB.' },
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
  membership: { vi: 'thành viên', en: 'membership' },
  invitation: { vi: 'lời mời', en: 'invitation' },
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
