import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium (`apt-get install chromium`); never a browser downloaded by Playwright. */
export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Only the local test server is reachable: a journey cannot depend on the internet by accident.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
];

/** `describe` when Chromium is installed, else `describe.skip` with the reason in the output. */
export const describeBrowser: jest.Describe = existsSync(CHROME_PATH) ? describe : describe.skip;
if (!existsSync(CHROME_PATH)) {
  console.warn(`Browser journeys skipped: no Chromium at ${CHROME_PATH} (install it with apt-get install chromium, or set CHROME_PATH).`);
}

export interface BrowserSession {
  context: BrowserContext;
  page: Page;
  /** Uncaught exceptions thrown by the pages' scripts since launch. */
  pageErrors: Error[];
  close: () => Promise<void>;
}

export interface LaunchOptions {
  /** The browser's own language (navigator.language, Accept-Language); en-US unless given. */
  locale?: string;
  viewport?: { width: number; height: number };
}

/** A headless Chromium with a fresh profile of its own, removed again by `close`. */
export async function launchBrowser(options: LaunchOptions = {}): Promise<BrowserSession> {
  const profileDir = mkdtempSync(join(tmpdir(), 'helix-chromium-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROME_PATH,
    headless: true,
    args: CHROME_ARGS,
    locale: options.locale ?? 'en-US',
    viewport: options.viewport ?? { width: 1280, height: 800 },
    // The client honours reduced motion: no toast is caught half-faded (and so half-contrasted) by axe.
    reducedMotion: 'reduce',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const pageErrors: Error[] = [];
  context.on('weberror', (webError) => pageErrors.push(webError.error()));
  return {
    context,
    page,
    pageErrors,
    close: async () => {
      await context.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

export interface AccessibilityProblem {
  rule: string;
  impact: string | null | undefined;
  help: string;
  targets: string[];
}

/** Runs axe on the page as it is now and lists the serious and critical violations. */
export async function seriousAccessibilityProblems(page: Page): Promise<AccessibilityProblem[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      rule: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
}
