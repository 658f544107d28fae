import type { Locale, MembershipRole } from '@helix/domain';

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

const ROLE_NAMES: Record<MembershipRole, Record<Locale, string>> = {
  OWNER: { vi: 'chủ sở hữu', en: 'owner' },
  ADMIN: { vi: 'quản trị viên', en: 'administrator' },
  MEMBER: { vi: 'thành viên', en: 'member' },
  VIEWER: { vi: 'người xem', en: 'viewer' },
};

const SIGNATURE: Record<Locale, string> = {
  vi: 'Helix — nền tảng hợp tác ba nhà của chương trình Thành phố thông minh Bình Dương',
  en: 'Helix — the triple-helix collaboration platform of the Binh Duong smart-city programme',
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

/** Plain paragraphs and one call-to-action link, in text and (escaped) HTML. */
function compose(locale: Locale, subject: string, paragraphs: string[], action?: { label: string; url: string }): RenderedMail {
  const text = [...paragraphs, ...(action ? [`${action.label}: ${action.url}`] : []), `-- \n${SIGNATURE[locale]}`].join('\n\n');
  const html = [
    ...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    ...(action ? [`<p><a href="${escapeHtml(action.url)}">${escapeHtml(action.label)}</a></p>`] : []),
    `<p style="color:#555">${escapeHtml(SIGNATURE[locale])}</p>`,
  ].join('\n');
  return { subject, text, html };
}

const formatDate = (date: Date, locale: Locale) =>
  new Intl.DateTimeFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Asia/Ho_Chi_Minh' }).format(date);

/** Every e-mail the platform sends, in Vietnamese and English. */
export const MAIL_TEMPLATES = {
  invitation: (locale: Locale, p: { organisationName: string; inviterName: string; role: MembershipRole; link: string; expiresAt: Date }) =>
    locale === 'vi'
      ? compose(locale, `Lời mời tham gia ${p.organisationName} trên Helix`, [
          `${p.inviterName} mời bạn tham gia ${p.organisationName} với vai trò ${ROLE_NAMES[p.role].vi}.`,
          `Lời mời có hiệu lực đến ${formatDate(p.expiresAt, locale)} và chỉ dùng được một lần. Nếu chưa có tài khoản, bạn có thể đăng ký bằng chính địa chỉ e-mail này.`,
        ], { label: 'Chấp nhận lời mời', url: p.link })
      : compose(locale, `Invitation to join ${p.organisationName} on Helix`, [
          `${p.inviterName} invites you to join ${p.organisationName} as ${ROLE_NAMES[p.role].en}.`,
          `The invitation is valid until ${formatDate(p.expiresAt, locale)} and works once. If you have no account yet, you can sign up with this e-mail address.`,
        ], { label: 'Accept the invitation', url: p.link }),
  passwordReset: (locale: Locale, p: { fullName: string; link: string }) =>
    locale === 'vi'
      ? compose(locale, 'Đặt lại mật khẩu Helix', [
          `Xin chào ${p.fullName},`,
          'Chúng tôi nhận được yêu cầu đặt lại mật khẩu của bạn. Liên kết dưới đây có hiệu lực trong 1 giờ và chỉ dùng được một lần. Nếu bạn không yêu cầu, hãy bỏ qua e-mail này.',
        ], { label: 'Đặt mật khẩu mới', url: p.link })
      : compose(locale, 'Reset your Helix password', [
          `Hello ${p.fullName},`,
          'We received a request to reset your password. The link below works for 1 hour, once. If you did not ask for it, ignore this e-mail.',
        ], { label: 'Choose a new password', url: p.link }),
  organisationVerified: (locale: Locale, p: { organisationName: string; link: string }) =>
    locale === 'vi'
      ? compose(locale, `${p.organisationName} đã được xác minh`, [
          `${p.organisationName} đã được quản trị viên nền tảng xác minh. Tổ chức của bạn giờ có thể công bố dự án, gửi đề xuất và ký thỏa thuận.`,
        ], { label: 'Mở trang tổ chức', url: p.link })
      : compose(locale, `${p.organisationName} is verified`, [
          `${p.organisationName} has been verified by a platform administrator. Your organisation can now publish projects, propose and sign agreements.`,
        ], { label: 'Open the organisation page', url: p.link }),
  organisationSuspended: (locale: Locale, p: { organisationName: string; reason: string; link: string }) =>
    locale === 'vi'
      ? compose(locale, `${p.organisationName} đã bị tạm ngưng`, [
          `${p.organisationName} đã bị quản trị viên nền tảng tạm ngưng. Trong thời gian này, tổ chức không thể công bố, đề xuất hay ký kết.`,
          `Lý do: ${p.reason}`,
        ], { label: 'Mở trang tổ chức', url: p.link })
      : compose(locale, `${p.organisationName} is suspended`, [
          `${p.organisationName} has been suspended by a platform administrator. Meanwhile it cannot publish, propose or sign.`,
          `Reason: ${p.reason}`,
        ], { label: 'Open the organisation page', url: p.link }),
} as const;

export type MailTemplate = keyof typeof MAIL_TEMPLATES;
