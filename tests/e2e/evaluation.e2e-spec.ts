import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ADMIN, ADMIN_ENV, signIn } from '@tests/support/accounts';
import { fromNow, projectsAs, waitUntilPast } from '@tests/support/projects';
import { startServer } from '@tests/support/server';
import { describeBrowser, launchBrowser, type BrowserSession } from './support/browser';
import { accessibilityProblems, type Member, signInAt, verifiedMember } from './support/journey';

// The owner's side of issue 5 in a browser: the evaluation board, a reviewer's declaration and
// scoring sheet, decisions and the outcome. Proposals are written over the API.
jest.setTimeout(240_000);

/** What the journey reads and clicks, as the client says it in Vietnamese (evaluation.json). */
const UI = {
  email: 'E-mail',
  password: 'Mật khẩu',
  signIn: 'Đăng nhập',
  boardLink: 'Bảng đánh giá',
  boardTitle: 'Bảng đánh giá',
  evaluate: (title: string) => `Đánh giá: ${title}`,
  pickReviewer: 'Phân công thành viên',
  assign: 'Phân công',
  openReview: 'Khai báo và chấm điểm',
  noConflict: /^Không có xung đột lợi ích/,
  sendDeclaration: 'Gửi khai báo',
  scoringHeading: 'Phiếu chấm điểm',
  score: (name: string) => `Điểm “${name}”`,
  comment: (name: string) => `Nhận xét về “${name}”`,
  save: 'Lưu điểm',
  saved: 'Đã lưu điểm.',
  back: 'Về bảng đánh giá',
  accept: 'Chấp nhận',
  reject: 'Từ chối',
  justification: /^Lý do/,
  feedback: /^Phản hồi cho đơn vị nộp hồ sơ/,
  confirmAccept: 'Xác nhận chấp nhận',
  confirmReject: 'Xác nhận từ chối',
  finalize: 'Kết thúc đánh giá',
  awarded: 'Đã kết thúc đánh giá: dự án đã được trao',
};

/** A submitted proposal of `lead` to the project. */
async function submitted(lead: Member, projectId: string, title: string): Promise<string> {
  const headers = { 'x-organisation-id': lead.organisation.id };
  const created = await lead.session.gql<{ createProposal: { id: string } }>(
    'mutation ($input: CreateProposalInput!) { createProposal(input: $input) { id } }',
    {
      input: {
        projectId,
        title,
        abstract: 'Điều khiển chu kỳ đèn theo lưu lượng đo bằng camera tại 12 nút giao.',
        approach: '## Phương pháp\n\nThí điểm sáu tháng, đo thời gian chờ trước và sau.',
        requestedBudget: { amount: 1_800_000_000, currency: 'VND' },
        durationMonths: 12,
      },
    },
    headers,
  );
  const id = created.data?.createProposal.id;
  if (!id) throw new Error(`createProposal failed: ${JSON.stringify(created.errors)}`);
  const sent = await lead.session.gql('mutation ($id: ID!) { submitProposal(id: $id) { id } }', { id }, headers);
  if (sent.errors) throw new Error(`submitProposal failed: ${JSON.stringify(sent.errors)}`);
  return id;
}

async function decide(page: Page, title: string, action: string, confirm: string, justification: string, feedback: string) {
  await page.getByRole('button', { name: UI.evaluate(title), exact: true }).click();
  await page.getByRole('group', { name: `Quyết định cho ${title}` }).getByRole('button', { name: action, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: UI.justification }).fill(justification);
  await dialog.getByRole('textbox', { name: UI.feedback }).fill(feedback);
  await dialog.getByRole('button', { name: confirm, exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
}

describeBrowser('evaluation journey (Chromium)', () => {
  it('assigns a reviewer who declares no conflict and scores, then accepts, rejects and awards', async () => {
    const suffix = randomUUID().slice(0, 6).toUpperCase();
    const title = `Thí điểm đèn tín hiệu thông minh ${suffix}`;
    const best = `Đèn thích ứng dùng camera AI ${suffix}`;
    const other = `Cảm biến vòng từ ${suffix}`;
    const server = await startServer({ env: ADMIN_ENV });
    const sessions: BrowserSession[] = [];
    try {
      const admin = await signIn(server.url, ADMIN.email, ADMIN.password);
      const [office, company, rival] = await Promise.all([
        verifiedMember(server.url, admin, 'Lê Văn Sở', 'STATE', `Sở Giao thông Vận tải Bình Dương ${suffix}`),
        verifiedMember(server.url, admin, 'Phạm Thị Doanh', 'ENTERPRISE', `Công ty Cổ phần Giao thông Số ${suffix}`),
        verifiedMember(server.url, admin, 'Võ Minh Cạnh', 'ENTERPRISE', `Công ty Cảm biến Việt ${suffix}`),
      ]);
      // A sealed call closing in a few seconds, two proposals in before it closes.
      const closesAt = fromNow(8_000);
      const project = await projectsAs(office.session, office.organisation.id).open({
        title,
        kind: 'PILOT_TENDER',
        domain: 'MOBILITY',
        sealed: true,
        closesAt,
        eligibleKinds: ['ENTERPRISE'],
        criteria: [
          { name: 'Giải pháp kỹ thuật', weight: 60, description: 'Độ chín của công nghệ và khả năng tích hợp.' },
          { name: 'Chi phí', weight: 40 },
        ],
      });
      await Promise.all([submitted(company, project.id, best), submitted(rival, project.id, other)]);
      await waitUntilPast(closesAt, 500);

      const officeBrowser = await launchBrowser({ locale: 'vi-VN' });
      sessions.push(officeBrowser);
      const page = officeBrowser.page;

      // From the project page to the board: both proposals, unranked until scored.
      await signInAt(page, server.url, office, `/projects/${project.id}`);
      await page.getByRole('link', { name: UI.boardLink, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: UI.boardTitle, exact: true }).waitFor();
      await page.getByRole('button', { name: UI.evaluate(best), exact: true }).waitFor();
      expect(await page.getByRole('table').getByRole('row').count()).toBe(3);
      await expect(page.getByRole('button', { name: UI.finalize, exact: true }).isDisabled()).resolves.toBe(true);
      expect(await accessibilityProblems(page)).toEqual([]);

      // The office's owner assigns itself as the reviewer of the best proposal.
      await page.getByRole('button', { name: UI.evaluate(best), exact: true }).click();
      await page.getByRole('combobox', { name: UI.pickReviewer }).click();
      await page.getByRole('option', { name: office.fullName }).click();
      await page.getByRole('button', { name: UI.assign, exact: true }).click();
      await page.getByRole('link', { name: UI.openReview, exact: true }).click();

      // Declaration first, then the sheet: 8 and 5 weigh 68 of 100.
      await page.getByRole('radio', { name: UI.noConflict }).check();
      await page.getByRole('button', { name: UI.sendDeclaration, exact: true }).click();
      await page.getByRole('heading', { name: UI.scoringHeading, exact: true }).waitFor();
      await page.getByRole('textbox', { name: UI.score('Giải pháp kỹ thuật'), exact: true }).fill('8');
      await page.getByRole('textbox', { name: UI.comment('Giải pháp kỹ thuật'), exact: true }).fill('Camera AI đã được kiểm chứng ở nơi khác.');
      await page.getByRole('textbox', { name: UI.score('Chi phí'), exact: true }).fill('5');
      await page.getByText('Tổng điểm có trọng số: 68/100', { exact: true }).waitFor();
      expect(await accessibilityProblems(page)).toEqual([]);
      await page.getByRole('button', { name: UI.save, exact: true }).click();
      await page.getByText(UI.saved, { exact: true }).waitFor();
      await page.screenshot({ path: join(tmpdir(), 'helix-evaluation-review.png'), fullPage: true });

      // Back on the board: ranked first with 68; accept it, reject the other, award the project.
      await page.getByRole('link', { name: UI.back, exact: true }).click();
      const firstRow = page.getByRole('table').getByRole('row').nth(1);
      await firstRow.getByText('68/100', { exact: true }).waitFor();
      expect(await firstRow.textContent()).toContain(best);
      await page.screenshot({ path: join(tmpdir(), 'helix-evaluation-board.png'), fullPage: true });
      await decide(page, best, UI.accept, UI.confirmAccept, 'Giải pháp tốt nhất, chi phí hợp lý.', 'Chúc mừng! Mời quý công ty làm việc về hợp đồng.');
      await decide(page, other, UI.reject, UI.confirmReject, 'Công nghệ chưa phù hợp nút giao đông.', 'Cảm ơn quý công ty đã tham gia.');
      await page.getByRole('button', { name: UI.finalize, exact: true }).click();
      await page.getByRole('dialog').getByRole('button', { name: UI.finalize, exact: true }).click();
      await page.getByText(UI.awarded, { exact: true }).waitFor();
      // Nothing is left to review once the outcome is set.
      expect(await page.getByRole('heading', { name: 'Hồ sơ bạn được phân công chấm' }).count()).toBe(0);
      await page.screenshot({ path: join(tmpdir(), 'helix-evaluation-awarded.png'), fullPage: true });

      // The proposer reads the decision and the feedback, never the justification.
      const mine = await company.session.gql<{ myProposals: { edges: { node: { decision: string; feedback: string; score: number | null } }[] } }>(
        'query { myProposals(first: 5) { edges { node { decision feedback score } } } }',
        {},
        { 'x-organisation-id': company.organisation.id },
      );
      expect(mine.data?.myProposals.edges.map((edge) => edge.node)).toEqual([
        { decision: 'ACCEPTED', feedback: 'Chúc mừng! Mời quý công ty làm việc về hợp đồng.', score: null },
      ]);
      for (const session of sessions) expect(session.pageErrors).toEqual([]);
    } catch (error) {
      for (const [index, session] of sessions.entries()) {
        await session.page.screenshot({ path: join(tmpdir(), `helix-evaluation-${index}.png`), fullPage: true }).catch(() => undefined);
      }
      throw error;
    } finally {
      for (const session of sessions) await session.close();
      await server.stop();
    }
  });
});
