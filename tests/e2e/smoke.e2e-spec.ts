import { startServer, type StartedServer } from '@tests/support/server';
import { describeBrowser, launchBrowser, seriousAccessibilityProblems, type BrowserSession } from './support/browser';

jest.setTimeout(60_000);

const HOME_HEADING = { vi: 'Cùng kiến tạo Bình Dương thông minh', en: 'Building a smart Binh Duong together' };

describeBrowser('web client smoke journey (Chromium)', () => {
  let server: StartedServer;
  let browser: BrowserSession;

  beforeAll(async () => {
    server = await startServer();
    // An English browser: Vietnamese must still be the default until the reader chooses.
    browser = await launchBrowser({ locale: 'en-US' });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('opens in Vietnamese, reports the system up, switches to English and remembers it', async () => {
    const { page } = browser;
    await page.goto(server.url);

    await page.getByRole('heading', { level: 1, name: HOME_HEADING.vi }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');

    const status = page.getByRole('region', { name: 'Trạng thái hệ thống' });
    await status.locator('[data-service="api"][data-state="up"]').waitFor();
    await status.locator('[data-service="database"][data-state="up"]').waitFor();
    expect(await status.getByText('Hoạt động').count()).toBe(2);

    await page.getByRole('radiogroup', { name: 'Ngôn ngữ' }).getByText('English').click();

    await page.getByRole('heading', { level: 1, name: HOME_HEADING.en }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByRole('region', { name: 'System status' }).waitFor();

    await page.reload();
    await page.getByRole('heading', { level: 1, name: HOME_HEADING.en }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByRole('radio', { name: 'English' }).isChecked()).toBe(true);

    expect(browser.pageErrors).toEqual([]);
  });

  it('has no serious or critical accessibility problems on the home page', async () => {
    const { page } = browser;
    await page.goto(server.url);
    await page.getByRole('heading', { level: 1 }).waitFor();
    // Audit the settled page: health answered and the ecosystem list out of its loading state.
    await page.locator('[data-service="database"]:not([data-state="checking"])').waitFor();
    await page.locator('#ecosystem [aria-busy="true"]').waitFor({ state: 'detached' });

    expect(await seriousAccessibilityProblems(page)).toEqual([]);
  });
});
