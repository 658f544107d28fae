import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { localDateIn } from '@helix/domain';
import { ADMIN, ADMIN_ENV, signIn } from '@tests/support/accounts';
import { fromNow, projectsAs, waitUntilPast } from '@tests/support/projects';
import { startServer } from '@tests/support/server';
import { describeBrowser, launchBrowser, type BrowserSession } from './support/browser';
import { accessibilityProblems, inEnglish, type Member, signInAt, verifiedMember } from './support/journey';

// Issue 6 end to end in a browser: from the accepted consortium proposal the office creates the
// agreement, the university edits a milestone in negotiation, the office requests signatures, the
// three parties sign, it comes into force, the company submits a deliverable and the office
// accepts it. Accounts, the call and the accepted proposal are set up over the API.
jest.setTimeout(300_000);

/** What the journey reads and clicks, as the client says it in English (agreements.json, evaluation.json). */
const UI = {
  evaluate: (title: string) => `Evaluate: ${title}`,
  createAgreement: 'Create partnership agreement',
  edit: 'Edit',
  addMilestone: 'Add a milestone',
  milestoneTitle: (n: number) => `Milestone ${n} title`,
  milestoneDue: (n: number) => `Milestone ${n} due date`,
  milestoneResponsible: (n: number) => `Milestone ${n} responsible party`,
  milestoneShare: (n: number) => `Milestone ${n} payment share (%)`,
  milestoneDeliverable: (n: number) => `Milestone ${n} deliverable`,
  save: 'Save changes',
  openNegotiation: 'Open negotiation',
  requestSignatures: 'Request signatures',
  sign: 'Sign',
  confirmSignature: 'Confirm signature',
  submitDeliverable: 'Submit deliverable',
  delivered: 'What is delivered',
  sendForReview: 'Send for review',
  accept: 'Accept',
  confirmAcceptance: 'Confirm acceptance',
  statuses: { DRAFT: 'Draft', NEGOTIATION: 'In negotiation', PENDING_SIGNATURES: 'Awaiting signatures', ACTIVE: 'In force' },
};

/** A calendar day `days` from today in Binh Duong, as the date inputs take it. */
function day(days: number): string {
  return localDateIn(new Date(Date.now() + days * 86_400_000), 'Asia/Ho_Chi_Minh');
}

/** The status badge next to the agreement's title. */
async function statusIs(page: Page, status: string) {
  await page.getByRole('main').getByText(status, { exact: true }).first().waitFor();
}

async function confirmIn(page: Page, button: string) {
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: button, exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
}

describeBrowser('partnership agreement journey (Chromium)', () => {
  it('from the accepted consortium proposal to a signed agreement whose first deliverable is accepted', async () => {
    const suffix = randomUUID().slice(0, 6).toUpperCase();
    const callTitle = `Pilot: adaptive traffic lights ${suffix}`;
    const proposalTitle = `Adaptive signals for Thu Dau Mot ${suffix}`;
    const server = await startServer({ env: ADMIN_ENV });
    const sessions: BrowserSession[] = [];
    const browser = async () => {
      const session = await launchBrowser();
      sessions.push(session);
      return session.page;
    };
    try {
      const admin = await signIn(server.url, ADMIN.email, ADMIN.password);
      const [office, university, company] = await Promise.all([
        verifiedMember(server.url, admin, 'Office Owner', 'STATE', `Binh Duong Smart City Office ${suffix}`, 'en'),
        verifiedMember(server.url, admin, 'University Rector', 'UNIVERSITY', `Thu Dau Mot University ${suffix}`, 'en'),
        verifiedMember(server.url, admin, 'Company Director', 'ENTERPRISE', `Becamex Traffic Systems ${suffix}`, 'en'),
      ]);
      const as = (who: Member) => ({ 'x-organisation-id': who.organisation.id, 'accept-language': 'en' });

      // The call, the university's consortium proposal with the company, and the office's acceptance.
      const closesAt = fromNow(15_000);
      const project = await projectsAs(office.session, office.organisation.id).open({
        title: callTitle,
        kind: 'PILOT_TENDER',
        domain: 'MOBILITY',
        closesAt,
        eligibleKinds: ['UNIVERSITY'],
        sealed: false,
      });
      const created = await university.session.gql<{ createProposal: { id: string } }>(
        'mutation ($input: CreateProposalInput!) { createProposal(input: $input) { id } }',
        {
          input: {
            projectId: project.id,
            title: proposalTitle,
            abstract: 'Signals that adapt to measured traffic at twelve junctions.',
            approach: '## Method\n\nA six-month pilot with cameras and a controller.',
            requestedBudget: { amount: 2_400_000_000, currency: 'VND' },
            durationMonths: 12,
            partnerOrganisationIds: [company.organisation.id],
          },
        },
        as(university),
      );
      const proposalId = created.data?.createProposal.id as string;
      expect(proposalId).toBeTruthy();
      expect((await company.session.gql('mutation ($id: ID!) { confirmPartnership(proposalId: $id) { status } }', { id: proposalId }, as(company))).errors).toBeUndefined();
      expect((await university.session.gql('mutation ($id: ID!) { submitProposal(id: $id) { id } }', { id: proposalId }, as(university))).errors).toBeUndefined();
      await waitUntilPast(closesAt, 500);
      const accepted = await office.session.gql(
        'mutation ($id: ID!) { decideProposal(proposalId: $id, decision: ACCEPTED, justification: "Best fit", feedback: "Welcome aboard") { status } }',
        { id: proposalId },
        as(office),
      );
      expect(accepted.errors).toBeUndefined();

      // The office creates the agreement from the accepted proposal on its evaluation board.
      const officePage = await browser();
      const board = `/projects/${project.id}/evaluation`;
      await signInAt(officePage, server.url, office, board, 'en');
      await inEnglish(officePage);
      await officePage.getByRole('button', { name: UI.evaluate(proposalTitle), exact: true }).click();
      await officePage.getByRole('button', { name: UI.createAgreement, exact: true }).click();
      await officePage.waitForURL((url) => /^\/agreements\/[0-9a-f-]{36}$/.test(url.pathname));
      const agreementId = new URL(officePage.url()).pathname.split('/')[2] as string;
      await officePage.getByRole('heading', { level: 1, name: proposalTitle }).waitFor();
      await statusIs(officePage, UI.statuses.DRAFT);
      // Pre-filled: the three parties of the consortium.
      const overview = (await officePage.getByRole('main').textContent()) ?? '';
      for (const who of [office, university, company]) expect(overview).toContain(who.organisation.name);
      expect(await accessibilityProblems(officePage)).toEqual([]);

      // It adds the milestones in its draft, then opens negotiation.
      await officePage.getByRole('link', { name: UI.edit, exact: true }).click();
      await officePage.waitForURL((url) => url.pathname === `/agreements/${agreementId}/edit`);
      const milestones: [string, string, Member, number][] = [
        ['Signal design report', day(60), university, 40],
        ['Pilot at twelve junctions', day(200), company, 60],
      ];
      for (const [index, [title, due, responsible, share]] of milestones.entries()) {
        const n = index + 1;
        await officePage.getByRole('button', { name: UI.addMilestone, exact: true }).click();
        await officePage.getByRole('textbox', { name: UI.milestoneTitle(n) }).fill(title);
        await officePage.getByLabel(UI.milestoneDue(n)).fill(due);
        await officePage.getByLabel(UI.milestoneResponsible(n)).first().click();
        await officePage.getByRole('option', { name: responsible.organisation.name, exact: true }).click();
        await officePage.getByRole('textbox', { name: UI.milestoneShare(n) }).fill(String(share));
        await officePage.getByRole('textbox', { name: UI.milestoneDeliverable(n) }).fill(`${title}, delivered as a PDF.`);
      }
      expect(await accessibilityProblems(officePage)).toEqual([]);
      await officePage.getByRole('button', { name: UI.save, exact: true }).click();
      await officePage.waitForURL((url) => url.pathname === `/agreements/${agreementId}`);
      await officePage.getByRole('button', { name: UI.openNegotiation, exact: true }).click();
      await confirmIn(officePage, UI.openNegotiation);
      await statusIs(officePage, UI.statuses.NEGOTIATION);

      // The university moves its milestone a month later: a new version.
      const universityPage = await browser();
      await signInAt(universityPage, server.url, university, `/agreements/${agreementId}`, 'en');
      await inEnglish(universityPage);
      await statusIs(universityPage, UI.statuses.NEGOTIATION);
      await universityPage.getByRole('link', { name: UI.edit, exact: true }).click();
      await universityPage.getByLabel(UI.milestoneDue(1)).fill(day(90));
      await universityPage.getByRole('button', { name: UI.save, exact: true }).click();
      await universityPage.waitForURL((url) => url.pathname === `/agreements/${agreementId}`);
      const afterEdit = await office.session.gql<{ agreement: { version: number; currentVersion: { authorName: string }; milestones: { dueDate: string }[] } }>(
        'query ($id: ID!) { agreement(id: $id) { version currentVersion { authorName } milestones { dueDate } } }',
        { id: agreementId },
        as(office),
      );
      expect(afterEdit.data?.agreement).toMatchObject({ currentVersion: { authorName: 'University Rector' }, milestones: [{ dueDate: day(90) }, { dueDate: day(200) }] });
      expect(afterEdit.data?.agreement.version).toBeGreaterThanOrEqual(3);
      expect(await accessibilityProblems(universityPage)).toEqual([]);

      // The office requests signatures on the current version.
      await officePage.reload();
      await officePage.getByRole('button', { name: UI.requestSignatures, exact: true }).click();
      await confirmIn(officePage, UI.requestSignatures);
      await statusIs(officePage, UI.statuses.PENDING_SIGNATURES);
      const { data } = await office.session.gql<{ agreement: { currentVersion: { hash: string } } }>('query ($id: ID!) { agreement(id: $id) { currentVersion { hash } } }', { id: agreementId }, as(office));
      const hash = data?.agreement.currentVersion.hash as string;
      expect(hash).toMatch(/^[0-9a-f]{64}$/);

      // Each party signs the hash it is shown; the last signature brings it into force.
      const companyPage = await browser();
      await signInAt(companyPage, server.url, company, `/agreements/${agreementId}`, 'en');
      await inEnglish(companyPage);
      for (const page of [universityPage, companyPage, officePage]) {
        await page.goto(`${server.url}/agreements/${agreementId}?tab=signatures`);
        // The whole hash is shown, in groups of eight, on the panel and again in the confirmation.
        await page.locator(`[data-hash="${hash}"]`).first().waitFor();
        expect((await page.locator(`[data-hash="${hash}"]`).first().textContent())?.replace(/\s/g, '')).toBe(hash);
        await page.getByRole('button', { name: UI.sign, exact: true }).click();
        await page.getByRole('dialog').locator(`[data-hash="${hash}"]`).waitFor();
        await confirmIn(page, UI.confirmSignature);
      }
      await statusIs(officePage, UI.statuses.ACTIVE);
      expect(await accessibilityProblems(officePage)).toEqual([]);
      await officePage.screenshot({ path: join(tmpdir(), 'helix-agreement-signed.png'), fullPage: true });

      // The company submits its pilot deliverable; the office accepts it.
      await companyPage.goto(`${server.url}/agreements/${agreementId}?tab=milestones`);
      const pilot = companyPage.getByRole('article', { name: /Pilot at twelve junctions/ });
      await pilot.getByRole('button', { name: UI.submitDeliverable, exact: true }).click();
      await companyPage.getByRole('textbox', { name: UI.delivered }).fill('Pilot report with twelve weeks of measurements: waiting times down 18 %.');
      await companyPage.getByRole('button', { name: UI.sendForReview, exact: true }).click();
      await pilot.getByText('Submitted', { exact: true }).first().waitFor();
      expect(await accessibilityProblems(companyPage)).toEqual([]);

      await officePage.goto(`${server.url}/agreements/${agreementId}?tab=milestones`);
      const reviewed = officePage.getByRole('article', { name: /Pilot at twelve junctions/ });
      await reviewed.getByText(/waiting times down 18 %/).waitFor();
      await reviewed.getByRole('button', { name: UI.accept, exact: true }).click();
      await confirmIn(officePage, UI.confirmAcceptance);
      await reviewed.getByText('Accepted', { exact: true }).first().waitFor();
      await officePage.screenshot({ path: join(tmpdir(), 'helix-agreement-milestone.png'), fullPage: true });

      // The printable agreement carries the signature block with the hash in force.
      await officePage.goto(`${server.url}/agreements/${agreementId}/print`);
      await officePage.getByRole('heading', { level: 1, name: proposalTitle }).waitFor();
      const printed = (await officePage.locator('body').textContent()) ?? '';
      for (const who of [office, university, company]) expect(printed).toContain(who.organisation.name);
      expect(printed.replace(/\s/g, '')).toContain(hash);
      expect(await accessibilityProblems(officePage)).toEqual([]);

      const final = await office.session.gql<{
        agreement: { status: string; signedVersion: { hash: string; signatures: { organisation: { id: string } }[] }; milestones: { title: string; status: string }[] };
      }>('query ($id: ID!) { agreement(id: $id) { status signedVersion { hash signatures { organisation { id } } } milestones { title status } } }', { id: agreementId }, as(office));
      expect(final.data?.agreement.status).toBe('ACTIVE');
      expect(final.data?.agreement.signedVersion.hash).toBe(hash);
      expect(final.data?.agreement.signedVersion.signatures.map((s) => s.organisation.id).sort()).toEqual([office, university, company].map((who) => who.organisation.id).sort());
      expect(final.data?.agreement.milestones).toEqual([
        { title: 'Signal design report', status: 'PLANNED' },
        { title: 'Pilot at twelve junctions', status: 'ACCEPTED' },
      ]);
      for (const session of sessions) expect(session.pageErrors).toEqual([]);
    } catch (error) {
      for (const [index, session] of sessions.entries()) {
        await session.page.screenshot({ path: join(tmpdir(), `helix-agreement-${index}.png`), fullPage: true }).catch(() => undefined);
      }
      throw error;
    } finally {
      for (const session of sessions) await session.close();
      await server.stop();
    }
  });
});
