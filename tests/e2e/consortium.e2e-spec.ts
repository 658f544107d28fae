import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ADMIN, ADMIN_ENV, signIn } from '@tests/support/accounts';
import { fromNow, projectsAs } from '@tests/support/projects';
import { startServer } from '@tests/support/server';
import { describeBrowser, launchBrowser, type BrowserSession } from './support/browser';
import { accessibilityProblems, signInAt, verifiedMember } from './support/journey';

// Issue 5 end to end in a browser: a university leads a consortium with a company on a State
// research call, the company confirms, the university submits; after the deadline the office
// assigns a reviewer who scores, an admin accepts, and the university reads the decision.
// Only the accounts, organisations and the call are set up over the API.
jest.setTimeout(300_000);

/** How long after publication the call closes: enough for the writing, bounded for the wait. */
const OPEN_FOR_MS = 90_000;

/** What the journey reads and clicks, as the client says it in English (proposals.json, evaluation.json). */
const UI = {
  email: 'E-mail',
  password: 'Password',
  signIn: 'Sign in',
  write: 'Write a proposal',
  proposalTitle: 'Proposal title',
  createDraft: 'Create the draft',
  abstract: 'Abstract',
  approach: 'Approach (Markdown)',
  budget: 'Requested budget',
  duration: 'Duration (months)',
  addPartner: 'Add a partner',
  awaiting: 'Awaiting confirmation',
  confirmed: 'Confirmed',
  waitForPartners: 'Wait for every partner to confirm',
  everyPartnerConfirmed: 'Every partner confirmed',
  ready: 'The proposal is ready to submit.',
  submit: 'Submit the proposal',
  confirmSubmit: 'Submit',
  submitted: 'Submitted',
  inboxTab: 'Partnership requests',
  confirmFor: (title: string) => `Confirm joining “${title}”`,
  confirm: 'Confirm',
  boardLink: 'Evaluation board',
  evaluate: (title: string) => `Evaluate: ${title}`,
  pickReviewer: 'Assign a member',
  assign: 'Assign',
  openReview: 'Declare and score',
  noConflict: /^No conflict of interest/,
  sendDeclaration: 'Send the declaration',
  scoringHeading: 'Scoring sheet',
  score: (name: string) => `Score for “${name}”`,
  comment: (name: string) => `Comment on “${name}”`,
  save: 'Save scores',
  saved: 'Scores saved.',
  back: 'Back to the evaluation board',
  accept: 'Accept',
  justification: /^Justification/,
  feedback: /^Feedback for the proposer/,
  confirmAccept: 'Confirm acceptance',
};

describeBrowser('consortium journey (Chromium)', () => {
  it('a university and a company propose together, the office reviews and accepts, the university reads the decision', async () => {
    const suffix = randomUUID().slice(0, 6).toUpperCase();
    const callTitle = `Research call: flood sensing ${suffix}`;
    const title = `Low-cost flood sensors for canals ${suffix}`;
    const feedback = `Congratulations: we will contact you about the contract (${suffix}).`;
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
        verifiedMember(server.url, admin, 'Office Owner', 'STATE', `Department of Science and Technology ${suffix}`, 'en'),
        verifiedMember(server.url, admin, 'University Lead', 'UNIVERSITY', `University of Technology ${suffix}`, 'en'),
        verifiedMember(server.url, admin, 'Company Owner', 'ENTERPRISE', `Canal Sensors Company ${suffix}`, 'en'),
      ]);
      const projects = projectsAs(office.session, office.organisation.id);
      const project = await projects.open({
        title: callTitle,
        kind: 'RESEARCH_CALL',
        domain: 'ENVIRONMENT',
        closesAt: fromNow(OPEN_FOR_MS),
        eligibleKinds: ['UNIVERSITY'],
        criteria: [
          { name: 'Scientific merit', weight: 70, description: 'Novelty and soundness of the method.' },
          { name: 'Feasibility', weight: 30 },
        ],
      });
      const closesAt = project.closesAt ?? '';
      expect(project.status).toBe('OPEN');

      // The university opens the call and starts a draft from it.
      const lead = await browser();
      await signInAt(lead, server.url, university, `/projects/${project.id}`, 'en');
      await lead.getByRole('link', { name: UI.write, exact: true }).click();
      await lead.getByRole('textbox', { name: UI.proposalTitle }).fill(title);
      await lead.getByRole('button', { name: UI.createDraft, exact: true }).click();
      await lead.waitForURL((url) => /^\/proposals\/[^/]+\/edit$/.test(url.pathname));
      const proposalId = new URL(lead.url()).pathname.split('/')[2];

      // The editor: every field, then the company as a partner found by name.
      await lead.getByRole('textbox', { name: UI.abstract, exact: true }).fill('Ultrasonic water-level sensors on 40 canal sections, reporting every minute.');
      await lead.getByRole('textbox', { name: UI.approach }).fill('## Method\n\n- Calibrate sensors in the lab\n- Deploy for six months and compare with gauges');
      await lead.getByRole('textbox', { name: UI.budget, exact: true }).fill('1500000000');
      await lead.getByRole('textbox', { name: UI.duration }).fill('18');
      await lead.getByRole('combobox', { name: UI.addPartner }).click();
      await lead.getByRole('combobox', { name: UI.addPartner }).fill(`Canal Sensors ${suffix}`);
      await lead.getByRole('option', { name: company.organisation.name, exact: true }).click();
      const partners = lead.getByRole('list', { name: 'Consortium partners' });
      await partners.getByText(company.organisation.name, { exact: true }).waitFor();
      await partners.getByText(UI.awaiting, { exact: true }).waitFor();
      // Autosaved; the checklist still waits for the partner, so submitting is not possible yet.
      await lead.getByText(/^Saved at /).waitFor();
      const checklist = lead.getByTestId('checklist');
      await checklist.getByRole('button', { name: UI.waitForPartners }).waitFor();
      expect(await lead.getByRole('button', { name: UI.submit, exact: true }).isDisabled()).toBe(true);
      expect(await accessibilityProblems(lead)).toEqual([]);

      // The company answers in its partner inbox.
      const partner = await browser();
      await signInAt(partner, server.url, company, '/proposals/invitations', 'en');
      await partner.getByRole('tab', { name: UI.inboxTab, selected: true }).waitFor();
      await partner.getByRole('button', { name: UI.confirmFor(title), exact: true }).click();
      await partner.getByRole('dialog').getByRole('button', { name: UI.confirm, exact: true }).click();
      await partner.getByRole('dialog').waitFor({ state: 'detached' });
      expect(await accessibilityProblems(partner)).toEqual([]);

      // The university sees the confirmation and submits before the closing time.
      await lead.reload();
      await partners.getByText(UI.confirmed, { exact: true }).waitFor();
      await checklist.getByText(UI.everyPartnerConfirmed, { exact: true }).waitFor();
      await checklist.getByText(UI.ready, { exact: true }).waitFor();
      await lead.getByRole('button', { name: UI.submit, exact: true }).click();
      await lead.getByRole('dialog').getByRole('button', { name: UI.confirmSubmit, exact: true }).click();
      await lead.getByRole('dialog').waitFor({ state: 'detached' });
      await lead.getByRole('heading', { level: 1, name: title }).locator('..').getByText(UI.submitted, { exact: true }).waitFor();
      expect(Date.now()).toBeLessThan(new Date(closesAt).getTime());
      await lead.screenshot({ path: join(tmpdir(), 'helix-consortium-submitted.png'), fullPage: true });

      // After the closing time the call moves to evaluation (polled, bounded).
      const deadline = new Date(closesAt).getTime() + 30_000;
      let status = project.status;
      while (status !== 'EVALUATION') {
        if (Date.now() > deadline) throw new Error(`the call is still ${status} 30 s after closing`);
        await new Promise((resolve) => setTimeout(resolve, 1_000));
        status = (await projects.mustRead(project.id)).status;
      }

      // The office opens the board and assigns its owner as the reviewer.
      const owner = await browser();
      await signInAt(owner, server.url, office, `/projects/${project.id}`, 'en');
      await owner.getByRole('link', { name: UI.boardLink, exact: true }).click();
      await owner.getByRole('heading', { level: 1, name: UI.boardLink, exact: true }).waitFor();
      await owner.getByRole('button', { name: UI.evaluate(title), exact: true }).waitFor();
      expect(await owner.getByRole('table').textContent()).toContain(company.organisation.name);
      expect(await accessibilityProblems(owner)).toEqual([]);
      await owner.getByRole('button', { name: UI.evaluate(title), exact: true }).click();
      await owner.getByRole('combobox', { name: UI.pickReviewer }).click();
      await owner.getByRole('option', { name: office.fullName }).click();
      await owner.getByRole('button', { name: UI.assign, exact: true }).click();
      await owner.getByRole('link', { name: UI.openReview, exact: true }).click();

      // The reviewer declares no conflict and scores: 9 and 6 weigh 81 of 100.
      await owner.getByRole('radio', { name: UI.noConflict }).check();
      await owner.getByRole('button', { name: UI.sendDeclaration, exact: true }).click();
      await owner.getByRole('heading', { name: UI.scoringHeading, exact: true }).waitFor();
      await owner.getByRole('textbox', { name: UI.score('Scientific merit'), exact: true }).fill('9');
      await owner.getByRole('textbox', { name: UI.comment('Scientific merit'), exact: true }).fill('Sound calibration plan.');
      await owner.getByRole('textbox', { name: UI.score('Feasibility'), exact: true }).fill('6');
      await owner.getByText('Weighted total: 81/100', { exact: true }).waitFor();
      await owner.getByRole('button', { name: UI.save, exact: true }).click();
      await owner.getByText(UI.saved, { exact: true }).waitFor();

      // Back on the board, an admin (the owner) accepts with a justification and feedback.
      await owner.getByRole('link', { name: UI.back, exact: true }).click();
      await owner.getByRole('table').getByRole('row').nth(1).getByText('81/100', { exact: true }).waitFor();
      await owner.getByRole('button', { name: UI.evaluate(title), exact: true }).click();
      await owner.getByRole('group', { name: `Decision on ${title}` }).getByRole('button', { name: UI.accept, exact: true }).click();
      const dialog = owner.getByRole('dialog');
      await dialog.getByRole('textbox', { name: UI.justification }).fill('Best method, realistic budget.');
      await dialog.getByRole('textbox', { name: UI.feedback }).fill(feedback);
      await dialog.getByRole('button', { name: UI.confirmAccept, exact: true }).click();
      await dialog.waitFor({ state: 'detached' });
      await owner.screenshot({ path: join(tmpdir(), 'helix-consortium-board.png'), fullPage: true });

      // The university reads the decision and the feedback, never the score or the justification.
      await lead.goto(`${server.url}/proposals`);
      const card = lead.getByTestId('decision');
      await card.getByText('Decision: Accepted', { exact: true }).waitFor();
      await card.getByText(`Feedback: ${feedback}`, { exact: true }).waitFor();
      const listed = (await lead.locator('main').textContent()) ?? '';
      expect(listed).toContain(title);
      expect(listed).not.toContain('81/100');
      expect(listed).not.toContain('Best method, realistic budget.');
      expect(await accessibilityProblems(lead)).toEqual([]);
      const mine = await university.session.gql<{ proposal: { status: string; decision: string; feedback: string; score: number | null } }>(
        'query ($id: ID!) { proposal(id: $id) { status decision feedback score } }',
        { id: proposalId },
        { 'x-organisation-id': university.organisation.id },
      );
      expect(mine.data?.proposal).toEqual({ status: 'ACCEPTED', decision: 'ACCEPTED', feedback, score: null });
      await lead.screenshot({ path: join(tmpdir(), 'helix-consortium-decision.png'), fullPage: true });

      for (const session of sessions) expect(session.pageErrors).toEqual([]);
    } catch (error) {
      for (const [index, session] of sessions.entries()) {
        await session.page.screenshot({ path: join(tmpdir(), `helix-consortium-${index}.png`), fullPage: true }).catch(() => undefined);
      }
      throw error;
    } finally {
      for (const session of sessions) await session.close();
      await server.stop();
    }
  });
});
