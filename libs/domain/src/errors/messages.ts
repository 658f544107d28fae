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
  CLOSING_TIME_NOT_FUTURE: { vi: 'Thời điểm đóng phải ở tương lai.', en: 'The closing time must be in the future.' },
  CLOSING_TIME_TOO_FAR: { vi: 'Thời điểm đóng tối đa {days} ngày kể từ hôm nay.', en: 'The closing time may be at most {days} days from today.' },
  OPENS_AFTER_CLOSE: { vi: 'Thời điểm mở phải trước thời điểm đóng.', en: 'The opening time must be before the closing time.' },
  DEADLINE_NOT_LATER: { vi: 'Chỉ có thể gia hạn: hạn mới phải muộn hơn hạn hiện tại.', en: 'A deadline can only be extended: the new one must be later than the current one.' },
  CRITERIA_REQUIRED: { vi: 'Cần ít nhất một tiêu chí đánh giá.', en: 'At least one evaluation criterion is needed.' },
  CRITERIA_TOO_MANY: { vi: 'Tối đa {max} tiêu chí đánh giá.', en: 'At most {max} evaluation criteria.' },
  CRITERION_WEIGHT_INVALID: { vi: 'Trọng số mỗi tiêu chí là số nguyên từ 1 đến 100.', en: 'Each criterion weight is a whole number from 1 to 100.' },
  CRITERIA_WEIGHTS_SUM: { vi: 'Tổng trọng số các tiêu chí phải bằng 100 (hiện là {sum}).', en: 'The criteria weights must add up to 100 (now {sum}).' },
  CRITERION_NAME_DUPLICATE: { vi: 'Tên các tiêu chí không được trùng nhau.', en: 'Criteria names must be different from each other.' },
  INVITATION_LIST_EMPTY: {
    vi: 'Dự án chỉ dành cho khách mời cần ít nhất một tổ chức được mời.',
    en: 'An invitation-only project needs at least one invited organisation.',
  },
  INVITED_ORGANISATION_UNKNOWN: { vi: 'Không tìm thấy tổ chức được mời.', en: 'An invited organisation was not found.' },
  LOCKED_WHILE_OPEN: {
    vi: 'Khi dự án đang mở chỉ được sửa tóm tắt, mô tả, địa điểm và bổ sung tài liệu; các điều kiện khác đã cố định.',
    en: 'While the project is open only the summary, description and location can change and documents be added; its terms are fixed.',
  },
  ATTACHMENT_REMOVAL_WHILE_OPEN: {
    vi: 'Không thể gỡ tài liệu của dự án đang mở, chỉ có thể bổ sung.',
    en: 'Documents of an open project cannot be removed, only added.',
  },
  AMOUNT_INVALID: { vi: 'Số tiền phải là số nguyên không âm (đơn vị nhỏ nhất của tiền tệ).', en: 'The amount must be a whole, non-negative number (in the currency\'s minor unit).' },
  PROJECT_STATUS_FORBIDS: {
    vi: 'Không thể thực hiện thao tác này khi dự án ở trạng thái {status}.',
    en: 'This action is not possible while the project is {status}.',
  },
  PROJECT_CLOSED: { vi: 'Dự án đã hết hạn nhận hồ sơ.', en: 'The project has passed its closing time.' },
  SIGN_IN_REQUIRED: { vi: 'Hãy đăng nhập để tham gia.', en: 'Sign in to take part.' },
  NO_ORGANISATION: { vi: 'Bạn cần thuộc một tổ chức để tham gia.', en: 'You need to belong to an organisation to take part.' },
  OWN_PROJECT: { vi: 'Đây là dự án của tổ chức bạn.', en: 'This is your own organisation\'s project.' },
  KIND_NOT_ELIGIBLE: {
    vi: 'Dự án này chỉ dành cho: {kinds}. Tổ chức của bạn ({kind}) không thuộc đối tượng tham gia.',
    en: 'This project is open to {kinds} only. Your organisation ({kind}) is not eligible.',
  },
  NOT_YET_OPEN: { vi: 'Dự án chưa đến thời điểm mở nhận hồ sơ.', en: 'The project does not accept responses yet.' },
  NOT_OPEN: { vi: 'Dự án không còn nhận hồ sơ.', en: 'The project is not accepting responses.' },
  QUESTION_ALREADY_ANSWERED: { vi: 'Câu hỏi này đã được trả lời.', en: 'This question has already been answered.' },
  SEARCH_TOO_LONG: { vi: 'Từ khoá tìm kiếm tối đa {max} ký tự.', en: 'The search text may be at most {max} characters.' },
  RANGE_INVALID: { vi: 'Giá trị “từ” phải nhỏ hơn hoặc bằng giá trị “đến”.', en: 'The lower bound must not be above the upper bound.' },
  FILE_TOO_LARGE: { vi: 'Tệp tối đa {max} MB.', en: 'The file may be at most {max} MB.' },
  FILE_TYPE_NOT_ALLOWED: {
    vi: 'Loại tệp không được chấp nhận. Chỉ nhận PDF, Word, Excel, PowerPoint, OpenDocument, ảnh (PNG, JPEG, WebP, GIF) hoặc CSV mã hoá UTF-8.',
    en: 'This type of file is not accepted. Upload a PDF, Word, Excel, PowerPoint or OpenDocument file, an image (PNG, JPEG, WebP, GIF) or a UTF-8 CSV file.',
  },
  FILE_NOT_FOUND: {
    vi: 'Không tìm thấy tệp đính kèm, hoặc tệp không do tổ chức của bạn tải lên.',
    en: 'An attached file was not found, or it was not uploaded by your organisation.',
  },
  UPLOAD_INVALID: {
    vi: 'Không đọc được dữ liệu tải lên: hãy gửi đúng một tệp trong trường "file".',
    en: 'The upload could not be read: send exactly one file in the "file" field.',
  },
  REQUESTED_WITH_REQUIRED: {
    vi: 'Yêu cầu thiếu tiêu đề X-Requested-With (bảo vệ chống giả mạo yêu cầu).',
    en: 'The request lacks the X-Requested-With header (protection against forged requests).',
  },
  PROPOSAL_EXISTS: {
    vi: 'Tổ chức của bạn đã có một đề xuất cho dự án này. Hãy mở và sửa đề xuất đó (đối tác góp mặt trong cùng một đề xuất).',
    en: 'Your organisation already has a proposal for this project. Open and edit that one (partners join the same proposal).',
  },
  PROPOSAL_STATUS_FORBIDS: {
    vi: 'Không thể thực hiện thao tác này khi đề xuất ở trạng thái {status}.',
    en: 'This action is not possible while the proposal is {status}.',
  },
  PROPOSAL_INCOMPLETE: {
    vi: 'Đề xuất chưa thể nộp: {problems}.',
    en: 'The proposal cannot be submitted yet: {problems}.',
  },
  PARTNER_UNKNOWN: { vi: 'Không tìm thấy tổ chức đối tác (chỉ tổ chức đã xác minh).', en: 'A partner organisation was not found (verified organisations only).' },
  PARTNER_IS_LEAD: { vi: 'Tổ chức chủ trì không thể đồng thời là đối tác.', en: 'The lead organisation cannot also be a partner.' },
  PARTNER_IS_OWNER: { vi: 'Chủ dự án không thể là đối tác của đề xuất.', en: 'The project owner cannot be a partner of a proposal.' },
  ACT_FOR_LEAD: {
    vi: 'Hãy chọn tổ chức chủ trì làm tổ chức đang làm việc để nộp đề xuất.',
    en: 'Choose the lead organisation as your active organisation to submit the proposal.',
  },
  NOT_A_PARTNER: { vi: 'Tổ chức của bạn không phải đối tác của đề xuất này.', en: 'Your organisation is not a partner of this proposal.' },
  PARTNERSHIP_ALREADY_ANSWERED: { vi: 'Lời mời hợp tác này đã được trả lời.', en: 'This partnership request has already been answered.' },
  DURATION_INVALID: { vi: 'Thời gian thực hiện là số tháng nguyên từ 1 đến {max}.', en: 'The duration is a whole number of months from 1 to {max}.' },
  SCORE_INVALID: { vi: 'Điểm là số nguyên từ 0 đến 10.', en: 'A score is a whole number from 0 to 10.' },
  CRITERION_UNKNOWN: { vi: 'Tiêu chí không thuộc dự án này.', en: 'The criterion does not belong to this project.' },
  CRITERION_DUPLICATE: { vi: 'Mỗi tiêu chí chỉ được chấm một lần.', en: 'Each criterion can be scored only once.' },
  REVIEWER_NOT_MEMBER: { vi: 'Người đánh giá phải là thành viên (không phải người xem) của tổ chức chủ dự án.', en: 'A reviewer must be a member (above viewer) of the project owner.' },
  NOT_A_REVIEWER: { vi: 'Bạn không được phân công đánh giá đề xuất này.', en: 'You are not assigned to review this proposal.' },
  DECLARATION_REQUIRED: {
    vi: 'Hãy khai báo có hay không có xung đột lợi ích trước khi chấm điểm.',
    en: 'Declare whether you have a conflict of interest before scoring.',
  },
  CONFLICT_OF_INTEREST: { vi: 'Bạn đã khai báo xung đột lợi ích nên không thể chấm đề xuất này.', en: 'You declared a conflict of interest and cannot score this proposal.' },
  DECLARATION_FINAL: { vi: 'Khai báo xung đột lợi ích không thể rút lại.', en: 'A declared conflict of interest cannot be withdrawn.' },
  UNDECIDED_PROPOSALS: {
    vi: 'Còn đề xuất chưa có quyết định: hãy chấp nhận hoặc từ chối từng đề xuất trước khi kết thúc đánh giá.',
    en: 'Some proposals are undecided: accept or reject each one before finalising the evaluation.',
  },
  AGREEMENT_STATUS_FORBIDS: {
    vi: 'Không thể thực hiện thao tác này khi thoả thuận ở trạng thái {status}.',
    en: 'This action is not possible while the agreement is {status}.',
  },
  AGREEMENT_ACTIVE_AMEND: {
    vi: 'Thoả thuận đang có hiệu lực: mọi thay đổi phải là một bản sửa đổi (cần tất cả các bên ký lại).',
    en: 'The agreement is in force: any change must be an amendment, which every party signs again.',
  },
  AGREEMENT_INCOMPLETE: { vi: 'Chưa thể đề nghị ký thoả thuận: {problems}.', en: 'Signatures cannot be requested yet: {problems}.' },
  AGREEMENT_EXISTS: { vi: 'Đề xuất này đã có thoả thuận hợp tác.', en: 'This proposal already has a partnership agreement.' },
  PROPOSAL_NOT_ACCEPTED: { vi: 'Chỉ lập thoả thuận từ đề xuất đã được chấp nhận.', en: 'An agreement can only be created from an accepted proposal.' },
  NOT_PROJECT_OWNER: { vi: 'Chỉ tổ chức chủ dự án mới lập thoả thuận từ đề xuất.', en: 'Only the project’s owner can create an agreement from a proposal.' },
  NOT_A_PARTY: { vi: 'Tổ chức của bạn không phải một bên của thoả thuận này.', en: 'Your organisation is not a party to this agreement.' },
  NOT_MANAGING_ORGANISATION: {
    vi: 'Chỉ tổ chức quản lý thoả thuận mới làm được việc này.',
    en: 'Only the organisation managing the agreement can do this.',
  },
  DRAFT_EDIT_MANAGER_ONLY: {
    vi: 'Bản nháp do tổ chức quản lý soạn; các bên sửa sau khi mở đàm phán.',
    en: 'The managing organisation writes the draft; the parties edit once negotiation opens.',
  },
  VERSION_HASH_STALE: {
    vi: 'Thoả thuận đã có phiên bản mới hơn phiên bản bạn định ký. Hãy đọc lại phiên bản hiện tại rồi ký.',
    en: 'The agreement has a newer version than the one you meant to sign. Read the current version, then sign.',
  },
  ALREADY_SIGNED: { vi: 'Tổ chức của bạn đã ký phiên bản này.', en: 'Your organisation has already signed this version.' },
  PARTY_UNKNOWN: { vi: 'Không tìm thấy tổ chức của một bên (chỉ tổ chức đã xác minh).', en: 'A party’s organisation was not found (verified organisations only).' },
  PARTY_DUPLICATE: { vi: 'Mỗi tổ chức chỉ là một bên của thoả thuận.', en: 'Each organisation can be a party only once.' },
  MANAGER_NOT_PARTY: { vi: 'Tổ chức quản lý phải là một bên của thoả thuận.', en: 'The managing organisation must be a party to the agreement.' },
  PARTY_IN_FORCE: {
    vi: 'Bản sửa đổi không thể loại một bên của phiên bản đang có hiệu lực.',
    en: 'An amendment cannot remove a party to the version in force.',
  },
  RESPONSIBLE_NOT_PARTY: { vi: 'Bên chịu trách nhiệm phải là một bên của thoả thuận.', en: 'The responsible party must be a party to the agreement.' },
  PAYMENT_SHARE_INVALID: { vi: 'Tỷ lệ thanh toán là số nguyên từ 0 đến 100 (%).', en: 'A payment share is a whole percentage from 0 to 100.' },
  PAYMENT_SHARES_TOO_HIGH: { vi: 'Tổng tỷ lệ thanh toán các mốc không quá 100% (hiện là {sum}%).', en: 'The milestones’ payment shares add up to at most 100% (now {sum}%).' },
  DATE_INVALID: { vi: 'Ngày phải có dạng YYYY-MM-DD và là ngày có thật.', en: 'A date is written YYYY-MM-DD and must exist.' },
  DATES_ORDER: { vi: 'Ngày kết thúc không được trước ngày bắt đầu.', en: 'The end date cannot be before the start date.' },
  TIME_ZONE_INVALID: { vi: 'Múi giờ không hợp lệ (ví dụ Asia/Ho_Chi_Minh).', en: 'The time zone is not valid (for example Asia/Ho_Chi_Minh).' },
  MILESTONE_STARTED: {
    vi: 'Mốc đã nộp hoặc đã nghiệm thu không thể bị xoá hay đổi bên chịu trách nhiệm trong bản sửa đổi.',
    en: 'A milestone already submitted or accepted cannot be removed or given to another party by an amendment.',
  },
  MILESTONE_UNKNOWN: { vi: 'Mốc không thuộc thoả thuận này.', en: 'The milestone does not belong to this agreement.' },
  MILESTONE_STATUS_FORBIDS: {
    vi: 'Không thể thực hiện thao tác này khi mốc ở trạng thái {status}.',
    en: 'This action is not possible while the milestone is {status}.',
  },
  NOT_RESPONSIBLE_PARTY: { vi: 'Chỉ bên chịu trách nhiệm mới nộp sản phẩm của mốc này.', en: 'Only the responsible party submits this milestone’s deliverable.' },
  OWN_DELIVERABLE: { vi: 'Sản phẩm phải được một bên khác nghiệm thu.', en: 'Another party must review a deliverable, not the one that submitted it.' },
  VERSION_UNKNOWN: { vi: 'Không có phiên bản số {number}.', en: 'There is no version {number}.' },
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
  file: { vi: 'tệp', en: 'file' },
  project: { vi: 'dự án', en: 'project' },
  question: { vi: 'câu hỏi', en: 'question' },
  proposal: { vi: 'đề xuất', en: 'proposal' },
  agreement: { vi: 'thoả thuận', en: 'agreement' },
  milestone: { vi: 'mốc', en: 'milestone' },
} as const satisfies Record<string, Record<Locale, string>>;

export type EntityName = keyof typeof ENTITY_NAMES;

export type MessageParams = Record<string, string | number>;

/** Names of enum values that messages mention ({status}, {kind}, {kinds} and {problems} as comma-separated lists). */
const VALUE_LABELS: Record<string, Record<Locale, string>> = {
  DRAFT: { vi: 'bản nháp', en: 'a draft' },
  OPEN: { vi: 'đang mở', en: 'open' },
  EVALUATION: { vi: 'đang đánh giá', en: 'in evaluation' },
  AWARDED: { vi: 'đã trao', en: 'awarded' },
  UNSUCCESSFUL: { vi: 'không thành công', en: 'unsuccessful' },
  CANCELLED: { vi: 'đã huỷ', en: 'cancelled' },
  SUBMITTED: { vi: 'đã nộp', en: 'submitted' },
  WITHDRAWN: { vi: 'đã rút', en: 'withdrawn' },
  UNDER_REVIEW: { vi: 'đang xét', en: 'under review' },
  SHORTLISTED: { vi: 'vào danh sách rút gọn', en: 'shortlisted' },
  ACCEPTED: { vi: 'được chấp nhận', en: 'accepted' },
  REJECTED: { vi: 'bị từ chối', en: 'rejected' },
  NEGOTIATION: { vi: 'đang đàm phán', en: 'in negotiation' },
  PENDING_SIGNATURES: { vi: 'đang chờ ký', en: 'awaiting signatures' },
  ACTIVE: { vi: 'đang có hiệu lực', en: 'active' },
  COMPLETED: { vi: 'đã hoàn thành', en: 'completed' },
  TERMINATED: { vi: 'đã chấm dứt', en: 'terminated' },
  PLANNED: { vi: 'theo kế hoạch', en: 'planned' },
  PURPOSE_REQUIRED: { vi: 'thiếu mục đích', en: 'a purpose' },
  TERMS_REQUIRED: { vi: 'thiếu điều khoản', en: 'terms' },
  DATES_REQUIRED: { vi: 'thiếu ngày bắt đầu và kết thúc', en: 'start and end dates' },
  PARTIES_TOO_FEW: { vi: 'cần ít nhất hai bên', en: 'at least two parties' },
  MILESTONES_REQUIRED: { vi: 'cần ít nhất một mốc', en: 'at least one milestone' },
  MILESTONE_OUTSIDE_PERIOD: { vi: 'có mốc nằm ngoài thời hạn thoả thuận', en: 'every milestone due within the agreement’s dates' },
  PAYMENT_SHARES_SUM: { vi: 'tổng tỷ lệ thanh toán các mốc phải bằng 100%', en: 'payment shares adding up to 100%' },
  TITLE_REQUIRED: { vi: 'thiếu tiêu đề', en: 'a title' },
  ABSTRACT_REQUIRED: { vi: 'thiếu tóm tắt', en: 'an abstract' },
  APPROACH_REQUIRED: { vi: 'thiếu phương pháp thực hiện', en: 'an approach' },
  BUDGET_REQUIRED: { vi: 'thiếu kinh phí đề nghị', en: 'a requested budget' },
  DURATION_REQUIRED: { vi: 'thiếu thời gian thực hiện', en: 'a duration' },
  PARTNERS_UNCONFIRMED: { vi: 'đối tác chưa xác nhận', en: 'every partner’s confirmation' },
  PARTNER_DECLINED: { vi: 'có đối tác đã từ chối', en: 'removing partners who declined' },
  STATE: { vi: 'cơ quan nhà nước', en: 'state bodies' },
  UNIVERSITY: { vi: 'trường đại học, viện nghiên cứu', en: 'universities and research institutes' },
  ENTERPRISE: { vi: 'doanh nghiệp', en: 'enterprises' },
};

function label(value: string, locale: Locale): string {
  return value
    .split(',')
    .map((part) => VALUE_LABELS[part.trim()]?.[locale] ?? part)
    .join(', ');
}

/** Renders a catalogue message in the given language, filling {placeholders}. */
export function formatMessage(key: MessageKey, locale: Locale, params: MessageParams = {}): string {
  const template: string = ERROR_MESSAGES[key][locale];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (name === 'entity' && typeof value === 'string' && value in ENTITY_NAMES) {
      return ENTITY_NAMES[value as EntityName][locale];
    }
    if ((name === 'status' || name === 'kind' || name === 'kinds' || name === 'problems') && typeof value === 'string') return label(value, locale);
    return String(value);
  });
}
