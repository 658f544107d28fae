import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startServer, type StartedServer } from '@tests/support/server';
import { describeBrowser, launchBrowser, seriousAccessibilityProblems, type BrowserSession } from './support/browser';

// Two servers, three browsers each: a whole identity journey per language.
jest.setTimeout(180_000);

const ADMIN = { email: 'admin@helix.test', password: 'Admin-password-2026' };

type Lang = 'vi' | 'en';

/** What the journey reads and clicks, in each language (exactly as the client says it). */
const UI = {
  vi: {
    language: 'Tiếng Việt',
    email: 'E-mail',
    password: 'Mật khẩu',
    fullName: 'Họ và tên',
    signUp: 'Tạo tài khoản',
    signIn: 'Đăng nhập',
    wizardTitle: 'Tạo tổ chức',
    university: /Nhà trường/,
    enterprise: /Doanh nghiệp/,
    next: 'Tiếp tục',
    name: 'Tên đầy đủ',
    shortName: 'Tên viết tắt',
    descriptionVi: 'Giới thiệu (tiếng Việt)',
    expertise: 'Lĩnh vực chuyên môn',
    create: 'Tạo tổ chức',
    pendingBanner: 'Tổ chức đang chờ xác minh',
    userMenu: /^Tài khoản:/,
    verificationItem: 'Xác minh tổ chức',
    mailItem: 'Hộp thư đã gửi',
    verify: (name: string) => `Xác minh ${name}`,
    verifiedTab: 'Đã xác minh',
    membersNav: 'Thành viên',
    inviteEmail: 'E-mail người được mời',
    role: 'Vai trò',
    sendInvitation: 'Gửi lời mời',
    invitationPending: 'Đang chờ',
    invitationTitle: (name: string) => `Lời mời tham gia ${name}`,
    accept: 'Nhận lời mời',
    membersHeading: 'Thành viên',
    switcher: (name: string) => `Tổ chức đang làm việc: ${name}. Đổi tổ chức`,
    switcherMembers: 'Thành viên',
  },
  en: {
    language: 'English',
    email: 'E-mail',
    password: 'Password',
    fullName: 'Full name',
    signUp: 'Create the account',
    signIn: 'Sign in',
    wizardTitle: 'Create an organisation',
    university: /University/,
    enterprise: /Enterprise/,
    next: 'Continue',
    name: 'Full name',
    shortName: 'Short name',
    descriptionVi: 'Introduction (Vietnamese)',
    expertise: 'Expertise',
    create: 'Create the organisation',
    pendingBanner: 'This organisation awaits verification',
    userMenu: /^Account:/,
    verificationItem: 'Verify organisations',
    mailItem: 'Mail preview',
    verify: (name: string) => `Verify ${name}`,
    verifiedTab: 'Verified',
    membersNav: 'Members',
    inviteEmail: 'E-mail of the person to invite',
    role: 'Role',
    sendInvitation: 'Send the invitation',
    invitationPending: 'Pending',
    invitationTitle: (name: string) => `Invitation to join ${name}`,
    accept: 'Accept the invitation',
    membersHeading: 'Members',
    switcher: (name: string) => `Working for ${name}. Switch organisation`,
    switcherMembers: 'Members',
  },
} as const;

type Texts = (typeof UI)[Lang];

// Inputs are found by role and accessible name: a label's text also holds the required mark.

/** Picks the journey's language with the header's switcher, unless it is already on. */
async function chooseLanguage(page: Page, t: Texts) {
  const switcher = page.getByRole('banner').getByRole('radiogroup');
  if (!(await switcher.getByRole('radio', { name: t.language }).isChecked())) await switcher.getByText(t.language).click();
  await page.locator(`html[lang="${t === UI.vi ? 'vi' : 'en'}"]`).waitFor();
}

/** Opens a page of the site in the journey's language (Vietnamese is the default). */
async function openIn(page: Page, server: StartedServer, t: Texts, path = '/') {
  await page.goto(`${server.url}${path}`);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await chooseLanguage(page, t);
}

async function signUp(page: Page, server: StartedServer, t: Texts, person: { fullName: string; email: string; password: string }) {
  await openIn(page, server, t, '/sign-up');
  await page.getByRole('textbox', { name: t.fullName, exact: true }).fill(person.fullName);
  await page.getByRole('textbox', { name: t.email, exact: true }).fill(person.email);
  await page.getByRole('textbox', { name: t.password, exact: true }).fill(person.password);
  await page.getByRole('button', { name: t.signUp }).click();
  // A new account goes on to create its organisation.
  await page.getByRole('heading', { level: 1, name: t.wizardTitle }).waitFor();
}

async function createOrganisation(page: Page, t: Texts, kind: RegExp, name: string, shortName: string, description?: string) {
  await page.getByRole('radio', { name: kind }).click();
  await page.getByRole('button', { name: t.next }).click();
  await page.getByRole('textbox', { name: t.name, exact: true }).fill(name);
  await page.getByRole('textbox', { name: t.shortName, exact: true }).fill(shortName);
  await page.getByRole('button', { name: t.next }).click();
  if (description) {
    await page.getByRole('textbox', { name: t.descriptionVi }).fill(description);
    const expertise = page.getByRole('combobox', { name: t.expertise });
    await expertise.fill('giao thông thông minh');
    await expertise.press('Enter');
  }
  await page.getByRole('button', { name: t.next }).click();
  await page.getByRole('button', { name: t.create }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
  await page.getByRole('alert').filter({ hasText: t.pendingBanner }).waitFor();
}

/** Axe on the page as it rests (the pointer off any control, so no hover colours). */
async function accessibilityProblems(page: Page) {
  await page.mouse.move(0, 0);
  return seriousAccessibilityProblems(page);
}

async function openUserMenuItem(page: Page, t: Texts, item: string) {
  await page.getByRole('button', { name: t.userMenu }).click();
  await page.getByRole('menuitem', { name: item }).click();
}

async function signInAsAdmin(page: Page, server: StartedServer, t: Texts) {
  await openIn(page, server, t, '/sign-in');
  await page.getByRole('textbox', { name: t.email, exact: true }).fill(ADMIN.email);
  await page.getByRole('textbox', { name: t.password, exact: true }).fill(ADMIN.password);
  await page.getByRole('button', { name: t.signIn, exact: true }).last().click();
  await page.waitForURL((url) => url.pathname === '/');
  // Signing in switches to the administrator's own language (Vietnamese); this journey keeps its own.
  await chooseLanguage(page, t);
  await page.getByRole('button', { name: t.userMenu }).waitFor();
}

describeBrowser('identity and organisations journey (Chromium)', () => {
  it.each<[Lang]>([['vi'], ['en']])('signs up, creates, verifies, invites and switches organisations (%s)', async (lang) => {
    const t: Texts = UI[lang];
    const suffix = lang.toUpperCase();
    const university = `Trường Đại học Kiểm thử ${suffix}`;
    const enterprise = `Công ty Đô thị số ${suffix}`;
    const owner = { fullName: 'Nguyễn Thị Lan', email: `lan.${lang}@truong-kiem-thu.edu.vn`, password: 'Lan-mat-khau-dai-2026' };
    const colleague = { fullName: 'Trần Văn Bình', email: `binh.${lang}@do-thi-so.vn`, password: 'Binh-mat-khau-dai-2026' };

    const server = await startServer({ env: { HELIX_ADMIN_EMAIL: ADMIN.email, HELIX_ADMIN_PASSWORD: ADMIN.password } });
    const browserLocale = lang === 'vi' ? 'vi-VN' : 'en-US';
    const sessions: BrowserSession[] = [];
    try {
      const ownerBrowser = await launchBrowser({ locale: browserLocale });
      const adminBrowser = await launchBrowser({ locale: browserLocale });
      const colleagueBrowser = await launchBrowser({ locale: browserLocale, viewport: { width: 375, height: 812 } });
      sessions.push(ownerBrowser, adminBrowser, colleagueBrowser);
      const ownerPage = ownerBrowser.page;
      const adminPage = adminBrowser.page;
      const colleaguePage = colleagueBrowser.page;

      // 1. A person signs up and creates a university with the wizard: it awaits verification.
      await signUp(ownerPage, server, t, owner);
      expect(await accessibilityProblems(ownerPage)).toEqual([]);
      await createOrganisation(ownerPage, t, t.university, university, `KT-${suffix}`, 'Trường kiểm thử cho hành trình nhận diện.');
      const universityPath = new URL(ownerPage.url()).pathname;

      // 2. The administrator verifies it from the queue.
      await signInAsAdmin(adminPage, server, t);
      await openUserMenuItem(adminPage, t, t.verificationItem);
      const queued = adminPage.getByRole('listitem', { name: university });
      await queued.getByRole('button', { name: t.verify(university) }).click();
      await queued.waitFor({ state: 'detached' });
      await adminPage.getByRole('tab', { name: t.verifiedTab }).click();
      await adminPage.getByRole('listitem', { name: university }).waitFor();

      // 3. The owner sees it verified and invites a colleague by e-mail.
      await ownerPage.reload();
      await ownerPage.getByRole('heading', { level: 1, name: university }).waitFor();
      expect(await ownerPage.getByRole('alert').filter({ hasText: t.pendingBanner }).count()).toBe(0);
      await ownerPage.getByRole('navigation').getByRole('link', { name: t.membersNav }).click();
      await ownerPage.getByRole('listitem', { name: owner.fullName }).waitFor();
      await ownerPage.getByRole('textbox', { name: t.inviteEmail }).fill(colleague.email);
      expect(await ownerPage.getByRole('combobox', { name: t.role, exact: true }).inputValue()).toBe('MEMBER');
      await ownerPage.getByRole('button', { name: t.sendInvitation }).click();
      const invitation = ownerPage.getByRole('listitem', { name: colleague.email });
      await invitation.getByText(t.invitationPending).waitFor();
      expect(await accessibilityProblems(ownerPage)).toEqual([]);

      // 4. The administrator reads the invitation link in the mail preview.
      await openUserMenuItem(adminPage, t, t.mailItem);
      const mail = adminPage.getByRole('article').filter({ hasText: colleague.email }).first();
      const link = mail.getByRole('link', { name: /\/invitations\/accept\?token=/ });
      const href = await link.getAttribute('href');
      expect(href).toMatch(/^https?:\/\/[^/]+\/invitations\/accept\?token=/);
      // The mail links to the configured public address; the test server listens elsewhere.
      const invitationUrl = new URL(href ?? '');
      const invitationPath = `${invitationUrl.pathname}${invitationUrl.search}`;
      expect(await accessibilityProblems(adminPage)).toEqual([]);

      // 5. The colleague signs up and creates an enterprise of their own first.
      await signUp(colleaguePage, server, t, colleague);
      await createOrganisation(colleaguePage, t, t.enterprise, enterprise, `DTS-${suffix}`);
      await colleaguePage.getByRole('button', { name: t.switcher(enterprise) }).waitFor();

      // 6. They open the link and accept: the university's members page, the university active.
      await colleaguePage.goto(`${server.url}${invitationPath}`);
      await colleaguePage.getByRole('heading', { level: 1, name: t.invitationTitle(university) }).waitFor();
      await colleaguePage.getByRole('button', { name: t.accept }).click();
      await colleaguePage.waitForURL(`${server.url}${universityPath}/members`);
      await colleaguePage.getByRole('button', { name: t.switcher(university) }).waitFor();
      await colleaguePage.getByRole('listitem', { name: colleague.fullName }).waitFor();

      // 7. They switch to their enterprise and back with the switcher, and see both people.
      await colleaguePage.getByRole('button', { name: t.switcher(university) }).click();
      await colleaguePage.getByRole('menuitem', { name: new RegExp(enterprise) }).click();
      await colleaguePage.getByRole('button', { name: t.switcher(enterprise) }).click();
      await colleaguePage.getByRole('menuitem', { name: new RegExp(university) }).click();
      await colleaguePage.getByRole('button', { name: t.switcher(university) }).click();
      await colleaguePage.getByRole('menuitem', { name: t.switcherMembers, exact: true }).click();
      await colleaguePage.waitForURL(`${server.url}${universityPath}/members`);
      await colleaguePage.getByRole('heading', { level: 2, name: t.membersHeading }).waitFor();
      await colleaguePage.getByRole('listitem', { name: owner.fullName }).waitFor();
      await colleaguePage.getByRole('listitem', { name: colleague.fullName }).waitFor();
      expect(await colleaguePage.locator('li[data-member]').count()).toBe(2);

      for (const session of sessions) expect(session.pageErrors).toEqual([]);
    } catch (error) {
      // What each browser (owner, administrator, colleague) showed when the journey stopped.
      for (const [index, session] of sessions.entries()) {
        await session.page.screenshot({ path: join(tmpdir(), `helix-identity-${lang}-${index}.png`), fullPage: true }).catch(() => undefined);
      }
      throw error;
    } finally {
      for (const session of sessions) await session.close();
      await server.stop();
    }
  });
});
