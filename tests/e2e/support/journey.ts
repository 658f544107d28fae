import type { Page } from 'playwright-core';
import { type Session, signUp } from '@tests/support/accounts';
import { seriousAccessibilityProblems } from './browser';

/** A person of a journey: an account and the verified organisation they own. */
export interface Member {
  session: Session;
  password: string;
  fullName: string;
  organisation: { id: string; name: string };
}

export type Language = 'vi' | 'en';

/** The sign-in form as the client labels it (auth.json). */
const SIGN_IN: Record<Language, { email: string; password: string; signIn: string }> = {
  vi: { email: 'E-mail', password: 'Mật khẩu', signIn: 'Đăng nhập' },
  en: { email: 'E-mail', password: 'Password', signIn: 'Sign in' },
};

/** A person with an account (in `language`) and a verified organisation of `kind` called `name`, all over the API. */
export async function verifiedMember(
  url: string,
  admin: Session,
  fullName: string,
  kind: 'STATE' | 'UNIVERSITY' | 'ENTERPRISE',
  name: string,
  language: Language = 'vi',
): Promise<Member> {
  const session = await signUp(url, fullName, language);
  const created = await session.gql<{ createOrganisation: { id: string } }>('mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }', {
    input: { name, kind },
  });
  const id = created.data?.createOrganisation.id;
  if (!id) throw new Error(`createOrganisation failed: ${JSON.stringify(created.errors)}`);
  const verified = await admin.gql('mutation ($id: ID!) { verifyOrganisation(id: $id) { id } }', { id });
  if (verified.errors) throw new Error(`verifyOrganisation failed: ${JSON.stringify(verified.errors)}`);
  return { session, password: session.password, fullName, organisation: { id, name } };
}

/** Switches the client to English with the header's switcher (Vietnamese is the default before signing in). */
export async function inEnglish(page: Page): Promise<void> {
  const switcher = page.getByRole('banner').getByRole('radiogroup');
  if (!(await switcher.getByRole('radio', { name: 'English' }).isChecked())) await switcher.getByText('English').click();
  await page.locator('html[lang="en"]').waitFor();
}

/** Signs in through the page and lands on `returnTo`, reading the client in `language`. */
export async function signInAt(page: Page, url: string, who: Member, returnTo: string, language: Language = 'vi'): Promise<void> {
  const labels = SIGN_IN[language];
  await page.goto(`${url}/sign-in?returnTo=${encodeURIComponent(returnTo)}`);
  if (language === 'en') {
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await inEnglish(page);
  }
  const form = page.locator('form').filter({ has: page.getByRole('textbox', { name: labels.email, exact: true }) });
  await form.getByRole('textbox', { name: labels.email, exact: true }).fill(who.session.email);
  await form.getByRole('textbox', { name: labels.password, exact: true }).fill(who.password);
  await form.getByRole('button', { name: labels.signIn, exact: true }).click();
  await page.waitForURL((address) => address.pathname === returnTo);
  if (language === 'en') await inEnglish(page);
}

/** Axe on the page as it rests (the pointer off any control, so no hover colours). */
export async function accessibilityProblems(page: Page) {
  await page.mouse.move(0, 0);
  return seriousAccessibilityProblems(page);
}
