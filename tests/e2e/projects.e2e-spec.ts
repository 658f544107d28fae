import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { ADMIN, ADMIN_ENV, signIn } from '@tests/support/accounts';
import { pdf, projectsAs } from '@tests/support/projects';
import { startServer } from '@tests/support/server';
import { describeBrowser, launchBrowser, type BrowserSession } from './support/browser';
import { accessibilityProblems, signInAt, verifiedMember } from './support/journey';

// One server, three browsers: a pilot tender from posting to clarification, and who may respond.
jest.setTimeout(240_000);

/** What the journey reads and clicks, exactly as the client says it in Vietnamese (the default). */
const UI = {
  email: 'E-mail',
  password: 'Mật khẩu',
  signIn: 'Đăng nhập',
  // The wizard (projectEditor.json).
  createTitle: 'Đăng dự án mới',
  next: 'Tiếp tục',
  publish: 'Lưu và công bố',
  stepHeading: {
    description: 'Mô tả chi tiết',
    scope: 'Phạm vi, đối tượng và kinh phí',
    schedule: 'Thời gian nhận hồ sơ và quyền truy cập',
    criteria: 'Tiêu chí đánh giá',
    documents: 'Tài liệu đính kèm',
    review: 'Xem lại trước khi lưu',
  },
  title: 'Tên dự án',
  pilotTender: /^Mời thầu thí điểm/,
  domain: 'Lĩnh vực đô thị thông minh',
  mobility: 'Giao thông',
  summary: 'Tóm tắt',
  writeTab: 'Soạn thảo',
  previewTab: 'Xem trước',
  description: 'Mô tả (Markdown)',
  innovation: /^Đổi mới sáng tạo/,
  enterprises: 'Doanh nghiệp',
  budget: 'Kinh phí dự kiến',
  closesAt: 'Hạn chót nhận hồ sơ',
  addCriterion: 'Thêm tiêu chí',
  criterion: (n: number) => `Tiêu chí ${n}`,
  criterionName: 'Tên tiêu chí',
  criterionWeight: 'Trọng số',
  weightsTotal: 'Tổng: 100/100',
  criteriaRequired: 'Cần ít nhất một tiêu chí đánh giá.',
  chooseFiles: 'Chọn tệp',
  removeFile: (name: string) => `Gỡ ${name}`,
  ready: 'Sẵn sàng công bố',
  // The catalogue and the project page (projects.json).
  catalogueTitle: 'Dự án',
  search: 'Tìm dự án',
  results: 'Kết quả tìm kiếm dự án',
  oneResult: /^1 dự án$/,
  statusOpen: 'Đang nhận hồ sơ',
  deadline: 'Hạn nộp hồ sơ',
  countdown: /^còn (6|7) ngày/,
  criteriaHeading: 'Tiêu chí đánh giá',
  documentsHeading: 'Tài liệu',
  facts: 'Thông tin chính',
  download: (name: string) => new RegExp(`^Tải xuống ${name}`),
  eligibleTitle: 'Tổ chức của bạn có thể tham gia',
  askForm: 'Đặt câu hỏi làm rõ',
  askLabel: 'Câu hỏi của bạn',
  ask: 'Gửi câu hỏi',
  yoursPending: 'Câu hỏi của tổ chức bạn đang chờ trả lời',
  askedByYou: 'Tổ chức bạn đã hỏi',
  awaiting: 'Đang chờ bên đăng trả lời.',
  unanswered: 'Câu hỏi chờ trả lời',
  unansweredHeading: '1 câu hỏi chờ trả lời',
  answerLabel: 'Câu trả lời',
  publishAnswer: 'Công bố câu trả lời',
  answeredList: 'Câu hỏi đã được trả lời',
  notEligibleTitle: 'Tổ chức của bạn không thuộc đối tượng tham gia',
  // The API's eligibility message (libs/domain ERROR_MESSAGES.KIND_NOT_ELIGIBLE) in each language.
  notEligible: {
    vi: 'Dự án này chỉ dành cho: doanh nghiệp. Tổ chức của bạn (trường đại học, viện nghiên cứu) không thuộc đối tượng tham gia.',
    en: 'This project is open to enterprises only. Your organisation (universities and research institutes) is not eligible.',
  },
} as const;

async function next(page: Page, heading: string) {
  await page.getByRole('button', { name: UI.next, exact: true }).click();
  await page.getByRole('heading', { level: 2, name: heading, exact: true }).waitFor();
}

/** The date-time-local value ("2026-03-12T17:00") `days` from now at 17:00, in the browser's (= this machine's) zone. */
function localDateTime(days: number): string {
  const date = new Date(Date.now() + days * 86_400_000);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T17:00`;
}

const projectSection = (page: Page, heading: string): Locator => page.getByRole('region', { name: heading, exact: true });

describeBrowser('projects journey (Chromium)', () => {
  it('posts an enterprises-only pilot tender, finds it without diacritics, clarifies it, and tells a university why it cannot respond', async () => {
    const suffix = randomUUID().slice(0, 6).toUpperCase();
    const title = `Thí điểm đèn tín hiệu giao thông thông minh Đại lộ Bình Dương ${suffix}`;
    const question = `Hệ thống có cần kết nối với trung tâm điều hành hiện có không? (${suffix})`;
    const answer = `Có: qua giao diện mở của Trung tâm Điều hành Đô thị thông minh tỉnh (${suffix}).`;
    const documentName = `dieu-khoan-tham-chieu-${suffix}.pdf`;

    const server = await startServer({ env: ADMIN_ENV });
    const sessions: BrowserSession[] = [];
    try {
      // Set-up over the API: three verified organisations, one person each, and an unrelated open
      // call so that the search has something to leave out.
      const admin = await signIn(server.url, ADMIN.email, ADMIN.password);
      const [office, company, university] = await Promise.all([
        verifiedMember(server.url, admin, 'Lê Văn Sở', 'STATE', `Sở Giao thông Vận tải Bình Dương ${suffix}`),
        verifiedMember(server.url, admin, 'Phạm Thị Doanh', 'ENTERPRISE', `Công ty Cổ phần Giao thông Số ${suffix}`),
        verifiedMember(server.url, admin, 'Trần Minh Trường', 'UNIVERSITY', `Trường Đại học Thủ Dầu Một ${suffix}`),
      ]);
      await projectsAs(office.session, office.organisation.id).open({ title: `Quan trắc chất lượng nước sông Sài Gòn ${suffix}`, kind: 'CHALLENGE', domain: 'WATER' });

      const officeBrowser = await launchBrowser({ locale: 'vi-VN' });
      const companyBrowser = await launchBrowser({ locale: 'vi-VN' });
      const universityBrowser = await launchBrowser({ locale: 'vi-VN' });
      sessions.push(officeBrowser, companyBrowser, universityBrowser);
      const officePage = officeBrowser.page;
      const companyPage = companyBrowser.page;
      const universityPage = universityBrowser.page;

      // 1. The office signs in and goes through the wizard.
      await signInAt(officePage, server.url, office, '/projects/new');
      await officePage.getByRole('heading', { level: 1, name: UI.createTitle }).waitFor();
      await officePage.getByRole('textbox', { name: UI.title }).fill(title);
      await officePage.getByRole('radio', { name: UI.pilotTender }).check();
      await officePage.getByRole('combobox', { name: UI.domain }).click();
      await officePage.getByRole('option', { name: UI.mobility, exact: true }).click();
      await officePage.getByRole('textbox', { name: UI.summary }).fill('Thí điểm 20 nút giao có đèn tín hiệu thích ứng theo lưu lượng thời gian thực.');

      await next(officePage, UI.stepHeading.description);
      await officePage
        .getByRole('textbox', { name: UI.description })
        .fill('## Bối cảnh\n\nĐại lộ Bình Dương ùn tắc giờ cao điểm.\n\n## Yêu cầu\n\n- Cảm biến lưu lượng\n- Điều khiển **thích ứng**\n');
      await officePage.getByRole('tab', { name: UI.previewTab }).click();
      const preview = officePage.getByRole('tabpanel', { name: UI.previewTab });
      await preview.getByRole('heading', { level: 2, name: 'Bối cảnh' }).waitFor();
      expect(await preview.getByRole('listitem').allTextContents()).toEqual(['Cảm biến lưu lượng', 'Điều khiển thích ứng']);
      await officePage.getByRole('tab', { name: UI.writeTab }).click();

      await next(officePage, UI.stepHeading.scope);
      await officePage.getByRole('checkbox', { name: UI.innovation }).check();
      await officePage.getByRole('checkbox', { name: UI.enterprises, exact: true }).check();
      await officePage.getByRole('textbox', { name: UI.budget }).fill('2500000000');
      await officePage.getByTestId('budget-formatted').filter({ hasText: '2.500.000.000' }).waitFor();

      await next(officePage, UI.stepHeading.schedule);
      await officePage.getByLabel(UI.closesAt).fill(localDateTime(7));

      await next(officePage, UI.stepHeading.criteria);
      // With no criteria yet, the step says what publishing lacks: readable too.
      await officePage.getByTestId('criteria-total').getByText(UI.criteriaRequired).waitFor();
      expect(await accessibilityProblems(officePage)).toEqual([]);
      await officePage.getByRole('button', { name: UI.addCriterion }).click();
      const first = officePage.getByRole('listitem', { name: UI.criterion(1) });
      await first.getByRole('textbox', { name: UI.criterionName }).fill('Giải pháp kỹ thuật');
      await first.getByRole('textbox', { name: UI.criterionWeight }).fill('60');
      await officePage.getByRole('button', { name: UI.addCriterion }).click();
      const second = officePage.getByRole('listitem', { name: UI.criterion(2) });
      await second.getByRole('textbox', { name: UI.criterionName }).fill('Năng lực triển khai');
      // A new row starts with what the weights still lack.
      expect(await second.getByRole('textbox', { name: UI.criterionWeight }).inputValue()).toBe('40');
      await officePage.getByText(UI.weightsTotal).waitFor();

      await next(officePage, UI.stepHeading.documents);
      await officePage.getByLabel(UI.chooseFiles).setInputFiles({ name: documentName, mimeType: 'application/pdf', buffer: pdf(`Dieu khoan tham chieu ${suffix}`) });
      await officePage.getByRole('button', { name: UI.removeFile(documentName) }).waitFor();

      await next(officePage, UI.stepHeading.review);
      await officePage.getByRole('alert').filter({ hasText: UI.ready }).waitFor();
      expect(await accessibilityProblems(officePage)).toEqual([]);
      await officePage.getByRole('button', { name: UI.publish }).click();

      // 2. The project page: open, counting down, weighed by the two criteria, with its document.
      await officePage.waitForURL(/\/projects\/[0-9a-f-]{36}$/);
      const projectPath = new URL(officePage.url()).pathname;
      await officePage.getByRole('heading', { level: 1, name: title }).waitFor();
      await officePage.getByText(UI.statusOpen, { exact: true }).first().waitFor();
      await projectSection(officePage, UI.deadline).getByText(UI.countdown).waitFor();
      const criteria = projectSection(officePage, UI.criteriaHeading);
      await criteria.getByRole('row', { name: /Giải pháp kỹ thuật\s*60%/ }).waitFor();
      await criteria.getByRole('row', { name: /Năng lực triển khai\s*40%/ }).waitFor();
      await projectSection(officePage, UI.documentsHeading).getByRole('link', { name: UI.download(documentName) }).waitFor();
      const facts = projectSection(officePage, UI.facts);
      await facts.getByText(/^2\.500\.000\.000\s*₫$/).waitFor();
      expect(await facts.getByText(UI.enterprises, { exact: true }).count()).toBe(1);
      expect(await accessibilityProblems(officePage)).toEqual([]);

      // 3. The company searches without diacritics, finds only the tender, and asks a question.
      await signInAt(companyPage, server.url, company, '/projects');
      await companyPage.getByRole('heading', { level: 1, name: UI.catalogueTitle, exact: true }).waitFor();
      await companyPage.getByRole('searchbox', { name: UI.search }).fill('den tin hieu giao thong');
      await companyPage.getByRole('status').filter({ hasText: UI.oneResult }).waitFor();
      const results = companyPage.getByRole('list', { name: UI.results });
      await results.getByRole('link', { name: title }).waitFor();
      expect(await results.getByRole('article').count()).toBe(1);
      expect(await accessibilityProblems(companyPage)).toEqual([]);

      await results.getByRole('link', { name: title }).click();
      await companyPage.waitForURL(`${server.url}${projectPath}`);
      await companyPage.getByRole('heading', { level: 1, name: title }).waitFor();
      await companyPage.getByRole('alert').filter({ hasText: UI.eligibleTitle }).waitFor();
      const askForm = companyPage.getByRole('form', { name: UI.askForm });
      await askForm.getByRole('textbox', { name: UI.askLabel }).fill(question);
      await askForm.getByRole('button', { name: UI.ask }).click();
      const pending = companyPage.getByRole('list', { name: UI.yoursPending }).getByRole('listitem').filter({ hasText: question });
      await pending.getByText(UI.askedByYou).waitFor();
      await pending.getByText(UI.awaiting).waitFor();
      expect(await askForm.getByRole('textbox', { name: UI.askLabel }).inputValue()).toBe('');
      expect(await accessibilityProblems(companyPage)).toEqual([]);

      // 4. The office sees the unanswered question and answers it.
      await officePage.reload();
      await officePage.getByRole('heading', { level: 3, name: UI.unansweredHeading }).waitFor();
      const unanswered = officePage.getByRole('list', { name: UI.unanswered }).getByRole('listitem').filter({ hasText: question });
      await unanswered.getByRole('textbox', { name: UI.answerLabel }).fill(answer);
      await unanswered.getByRole('button', { name: UI.publishAnswer }).click();
      await officePage.getByRole('list', { name: UI.answeredList }).getByRole('listitem').filter({ hasText: question }).getByText(answer).waitFor();
      await officePage.getByRole('list', { name: UI.unanswered }).waitFor({ state: 'detached' });

      // 5. The company reloads and reads the answer.
      await companyPage.reload();
      const answered = companyPage.getByRole('list', { name: UI.answeredList }).getByRole('listitem').filter({ hasText: question });
      await answered.getByText(answer).waitFor();
      await answered.getByText(UI.askedByYou).waitFor();
      expect(await companyPage.getByRole('list', { name: UI.yoursPending }).count()).toBe(0);

      // 6. The university finds the tender too, but may not ask, and is told why in its language.
      await signInAt(universityPage, server.url, university, '/projects');
      await universityPage.getByRole('searchbox', { name: UI.search }).fill('den tin hieu');
      await universityPage.getByRole('list', { name: UI.results }).getByRole('link', { name: title }).click();
      await universityPage.getByRole('heading', { level: 1, name: title }).waitFor();
      const notice = universityPage.getByRole('alert').filter({ hasText: UI.notEligibleTitle });
      await notice.getByText(UI.notEligible.vi).waitFor();
      expect(await universityPage.getByRole('form', { name: UI.askForm }).count()).toBe(0);
      expect(await universityPage.getByRole('textbox', { name: UI.askLabel }).count()).toBe(0);
      // Answers are public to whoever sees the project.
      await universityPage.getByRole('list', { name: UI.answeredList }).getByText(answer).waitFor();
      // On a phone too (the criteria table must not become a scroll region out of the keyboard's reach).
      await universityPage.setViewportSize({ width: 375, height: 812 });
      expect(await accessibilityProblems(universityPage)).toEqual([]);

      // …and in English once the reader switches: the API's message is fetched again in that language.
      await universityPage.getByRole('banner').getByRole('radiogroup').getByText('English').click();
      await universityPage.locator('html[lang="en"]').waitFor();
      await universityPage.getByRole('alert').getByText(UI.notEligible.en).waitFor();

      for (const session of sessions) expect(session.pageErrors).toEqual([]);
    } catch (error) {
      // What each browser (office, company, university) showed when the journey stopped.
      for (const [index, session] of sessions.entries()) {
        await session.page.screenshot({ path: join(tmpdir(), `helix-projects-${index}.png`), fullPage: true }).catch(() => undefined);
      }
      throw error;
    } finally {
      for (const session of sessions) await session.close();
      await server.stop();
    }
  });
});
