import { Injectable, Logger } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { ClsService } from 'nestjs-cls';
import { In } from 'typeorm';
import { DEFAULT_AGREEMENT_TIME_ZONE, localDateIn, type MembershipRole, periodEnd, projectEligibility } from '@helix/domain';
import type { ActorMembership, RequestActor } from '@api/core/auth/request-actor';
import type { RequestStore } from '@api/core/context/request-context';
import { DatabaseService } from '@api/core/database/database.service';
import { LoaderRegistry } from '@api/core/graphql/loader-registry';
import { type Agreement, AgreementMilestone } from '@api/modules/agreements/agreement.entity';
import { AgreementMilestonesService } from '@api/modules/agreements/agreement-milestones.service';
import { AgreementsService } from '@api/modules/agreements/agreements.service';
import type { AgreementInput } from '@api/modules/agreements/dto/agreement.inputs';
import { Organisation } from '@api/modules/organisations/organisation.entity';
import { OrganisationsService } from '@api/modules/organisations/organisations.service';
import { ProjectQuestionsService } from '@api/modules/projects/project-questions.service';
import { Project } from '@api/modules/projects/project.entity';
import { ProjectsService } from '@api/modules/projects/projects.service';
import { EvaluationService } from '@api/modules/proposals/evaluation.service';
import { ProposalsService } from '@api/modules/proposals/proposals.service';
import { Membership } from '@api/modules/users/membership.entity';
import { UsersService } from '@api/modules/users/users.service';
import { DEMO_AGREEMENTS, DEMO_AWARD_DAYS_AGO, type DemoAgreement, type DemoAgreementContent } from './demo-agreements';
import { DEMO_ORGANISATIONS, DEMO_PASSWORD } from './demo-data';
import { DEMO_PROJECTS, type DemoProject } from './demo-projects';
import { DEMO_FINALISED_PROJECTS, DEMO_PROPOSALS } from './demo-proposals';

export interface DemoChapter {
  name: string;
  /** The system_settings key that records it was loaded. */
  marker: string;
  seed(): Promise<void>;
}

const DAY_MS = 86_400_000;

/** A day counted from `now`, at 17:00 in Binh Duong (UTC+7): when calls close. */
function closingTime(now: Date, days: number): Date {
  const date = new Date(now.getTime() + days * DAY_MS);
  date.setUTCHours(10, 0, 0, 0);
  return date;
}

/** Whole days before `now`, at the same time of day. */
function daysAgo(now: Date, days: number): Date {
  return new Date(now.getTime() - days * DAY_MS);
}

/** A calendar day (YYYY-MM-DD) moved by whole days. */
function shiftDate(date: string, days: number): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

/** `days` days before `today` (a day in Binh Duong) at `hour`:00 there: a time in office hours, always before now. */
function officeTime(today: string, days: number, hour: number): Date {
  return new Date(`${shiftDate(today, -days)}T${String(hour).padStart(2, '0')}:00:00+07:00`);
}

/** Who does what in an agreement: members above viewer draft, edit and work on milestones (agreement.prepare); owners and admins manage and sign. */
const WRITERS: MembershipRole[] = ['MEMBER', 'ADMIN', 'OWNER'];
const MANAGERS: MembershipRole[] = ['ADMIN', 'OWNER'];
const SIGNATORIES: MembershipRole[] = ['OWNER', 'ADMIN'];

/** When the seeded agreements' steps really happened, written in one statement at the end. */
interface AgreementHistory {
  agreements: { id: string; createdAt: Date; activatedAt: Date | null; completedAt: Date | null; updatedAt: Date }[];
  versions: { agreementId: string; number: number; createdAt: Date }[];
  signatures: { agreementId: string; versionNumber: number; organisationId: string; signedAt: Date }[];
  milestones: { id: string; submittedAt: Date | null; reviewedAt: Date | null; updatedAt: Date }[];
  events: { id: string; createdAt: Date }[];
}

/** Where a seeded project's history really began, written in one statement at the end. */
interface Timeline {
  id: string;
  createdAt: Date;
  publishedAt: Date | null;
  closesAt: Date | null;
  cancelledAt: Date | null;
}

/** Writes the demo programme through the same services the API uses, so it obeys their rules. */
@Injectable()
export class DemoDataSeeder {
  private readonly logger = new Logger('DemoData');

  constructor(
    private readonly organisations: OrganisationsService,
    private readonly users: UsersService,
    private readonly projects: ProjectsService,
    private readonly questions: ProjectQuestionsService,
    private readonly db: DatabaseService,
    private readonly cls: ClsService<RequestStore>,
    private readonly modules: ModuleRef,
  ) {}

  /** The demo programme in chapters, oldest first; each is loaded once (see StartupService). */
  chapters(): DemoChapter[] {
    return [
      // The first chapter keeps the marker name it had before chapters existed.
      { name: 'organisations', marker: 'demo_data_loaded_at', seed: () => this.seed() },
      { name: 'projects', marker: 'demo_projects_loaded_at', seed: () => this.seedProjects() },
      { name: 'proposals', marker: 'demo_proposals_loaded_at', seed: () => this.seedProposals() },
      { name: 'agreements', marker: 'demo_agreements_loaded_at', seed: () => this.seedAgreements() },
    ];
  }

  async seed(): Promise<void> {
    for (const { people, ...profile } of DEMO_ORGANISATIONS) {
      const [owner, ...others] = people;
      if (!owner) continue;
      const ownerUser = await this.users.create({ ...owner, password: DEMO_PASSWORD });
      const organisation = await this.organisations.createFor(profile, ownerUser.id);
      await this.organisations.applyStatus(organisation.id, 'VERIFY');
      // In parallel: password hashing runs on libuv's thread pool while the queries queue up.
      await Promise.all(
        others.map(async (person) => {
          const user = await this.users.create({ ...person, password: DEMO_PASSWORD });
          await this.users.addMembership(organisation.id, user.id, person.role);
          if (person.platformAdmin) await this.users.makePlatformAdmin(user);
        }),
      );
    }
  }

  /**
   * The programme's calls (DEMO_PROJECTS), written through ProjectsService: drafts, published,
   * cancelled, with answered questions. Projects of a demo organisation that was deleted (or is no
   * longer verified) are skipped, as are invitations and questions involving it.
   */
  async seedProjects(): Promise<void> {
    const manager = await this.db.manager();
    const now = new Date();
    const codes = [...new Set(DEMO_PROJECTS.flatMap((project) => [project.owner, ...(project.invited ?? []), ...(project.questions ?? []).map((q) => q.askedBy)]))];
    const organisations = await manager.getRepository(Organisation).find({ where: { registrationCode: In(codes), status: 'VERIFIED' } });
    const byCode = new Map(organisations.map((organisation) => [organisation.registrationCode as string, organisation]));
    const memberships = await manager.getRepository(Membership).find({
      where: { organisationId: In(organisations.map((organisation) => organisation.id)) },
      order: { createdAt: 'ASC' },
    });
    /** A member of the organisation, preferring the roles in the order given. */
    const person = (organisationId: string, roles: MembershipRole[]): Membership | undefined =>
      roles.map((role) => memberships.find((m) => m.organisationId === organisationId && m.role === role)).find(Boolean);

    const timelines: Timeline[] = [];
    const questionTimes: { id: string; askedAt: Date; answeredAt: Date }[] = [];
    for (const demo of DEMO_PROJECTS) {
      const owner = byCode.get(demo.owner);
      const author = owner && person(owner.id, ['ADMIN', 'OWNER', 'MEMBER']);
      if (!owner || !author) {
        this.logger.warn(`demo project "${demo.title}" skipped: its organisation ${demo.owner} is gone`);
        continue;
      }
      const invited = (demo.invited ?? []).flatMap((code) => byCode.get(code)?.id ?? []);
      if (demo.visibility === 'INVITED' && !invited.length) continue;
      // Each project is written as if in a request of its own: fresh DataLoaders, no stale reads.
      this.cls.set('loaders', new LoaderRegistry());
      let project = await this.projects.createDraft(this.draftInput(demo, invited, now), owner.id, author.userId);
      if (demo.state !== 'DRAFT') project = await this.projects.publishChecked(project);
      if (demo.state === 'CANCELLED' && demo.cancellation) project = await this.projects.cancelChecked(project, demo.cancellation.reason);

      for (const demoQuestion of demo.questions ?? []) {
        const asker = byCode.get(demoQuestion.askedBy);
        const askerPerson = asker && person(asker.id, ['MEMBER', 'ADMIN', 'OWNER']);
        if (!asker || !askerPerson) continue;
        const eligibility = projectEligibility(
          { ownerId: owner.id, status: this.projects.statusOf(project), eligibleKinds: project.eligibleKinds, opensAt: project.opensAt },
          { id: asker.id, kind: asker.kind, status: asker.status, role: askerPerson.role },
          true,
          new Date(),
        );
        if (!eligibility.eligible) throw new Error(`Demo question on "${demo.title}" by ${demoQuestion.askedBy}: ${eligibility.reason}`);
        const question = await this.questions.askFor(project, demoQuestion.text, asker.id, askerPerson.userId);
        await this.questions.answerChecked(question, project, demoQuestion.answer, author.userId);
        questionTimes.push({ id: question.id, askedAt: daysAgo(now, demoQuestion.askedDaysAgo), answeredAt: daysAgo(now, demoQuestion.answeredDaysAgo) });
      }

      const publishedAt = demo.state === 'DRAFT' ? null : daysAgo(now, demo.postedDaysAgo);
      timelines.push({
        id: project.id,
        createdAt: daysAgo(now, demo.postedDaysAgo + (publishedAt ? 3 : 0)),
        publishedAt,
        closesAt: demo.state === 'EVALUATION' && demo.closesInDays !== undefined ? closingTime(now, demo.closesInDays) : null,
        cancelledAt: demo.cancellation ? daysAgo(now, demo.cancellation.daysAgo) : null,
      });
    }

    // Backdates the demo history, as system work (the services only ever write "now"): when each
    // call was written and published, when it was cancelled, and for the calls in EVALUATION a
    // closing time in the recent past. Those were published with a future closing time, as the
    // rules demand, and are moved into the past here; OPEN past its closing time reads as
    // EVALUATION. Nothing here has an opening time (opens_at), so none needs moving.
    await manager.query(
      `UPDATE projects p
          SET created_at = t.created_at,
              published_at = coalesce(t.published_at, p.published_at),
              closes_at = coalesce(t.closes_at, p.closes_at),
              cancelled_at = coalesce(t.cancelled_at, p.cancelled_at),
              updated_at = greatest(t.created_at, t.published_at, t.cancelled_at)
         FROM unnest($1::uuid[], $2::timestamptz[], $3::timestamptz[], $4::timestamptz[], $5::timestamptz[]) AS t (id, created_at, published_at, closes_at, cancelled_at)
        WHERE p.id = t.id`,
      [
        timelines.map((t) => t.id),
        timelines.map((t) => t.createdAt),
        timelines.map((t) => t.publishedAt),
        timelines.map((t) => t.closesAt),
        timelines.map((t) => t.cancelledAt),
      ],
    );
    if (questionTimes.length) {
      await manager.query(
        `UPDATE project_questions q SET asked_at = t.asked_at, answered_at = t.answered_at
           FROM unnest($1::uuid[], $2::timestamptz[], $3::timestamptz[]) AS t (id, asked_at, answered_at) WHERE q.id = t.id`,
        [questionTimes.map((q) => q.id), questionTimes.map((q) => q.askedAt), questionTimes.map((q) => q.answeredAt)],
      );
    }
  }

  /**
   * The proposals on the demo calls (DEMO_PROPOSALS), written through ProposalsService and
   * EvaluationService as the demo people themselves: the seeder acts as each in turn (see actAs),
   * so every rule of the API applies — eligibility, partners' confirmation, submission before the
   * closing time, reviewers from the owner's members, decisions, finalisation. A proposal whose
   * call or organisations are gone is skipped.
   *
   * The two calls in EVALUATION closed in the past (projects chapter); their closing time is moved
   * an hour ahead while their proposals are submitted and put back afterwards, then the reviews
   * and decisions follow, and DEMO_FINALISED_PROJECTS are finalised (AWARDED, UNSUCCESSFUL; a
   * database whose projects chapter predates the UNSUCCESSFUL call lacks it). Finally one system
   * UPDATE backdates when each proposal was written, submitted, withdrawn and decided.
   */
  async seedProposals(): Promise<void> {
    const proposals = this.modules.get(ProposalsService, { strict: false });
    const evaluation = this.modules.get(EvaluationService, { strict: false });
    const manager = await this.db.manager();
    const now = new Date();
    const organisations = await manager.getRepository(Organisation).find({ where: { status: 'VERIFIED' } });
    const byCode = new Map(organisations.map((organisation) => [organisation.registrationCode as string, organisation]));
    const projects = await manager.getRepository(Project).find({ where: { title: In([...new Set(DEMO_PROPOSALS.map((demo) => demo.project))]) }, order: { createdAt: 'ASC' } });
    const byTitle = new Map(projects.map((project) => [project.title, project]));
    const memberships = await manager.getRepository(Membership).find({ where: { organisationId: In(organisations.map((o) => o.id)) }, order: { createdAt: 'ASC' } });
    const person = (organisationId: string, roles: MembershipRole[]): Membership | undefined =>
      roles.map((role) => memberships.find((m) => m.organisationId === organisationId && m.role === role)).find(Boolean);

    const seeded: { demo: (typeof DEMO_PROPOSALS)[number]; id: string; project: Project; owner: Organisation }[] = [];
    // Calls past their closing time reopen for an hour while their proposals are submitted.
    const closed = projects.filter((project) => project.closesAt && project.closesAt.getTime() <= now.getTime() && project.storedStatus === 'OPEN');
    await manager.query(`UPDATE projects SET closes_at = now() + interval '1 hour' WHERE id = ANY($1::uuid[])`, [closed.map((project) => project.id)]);
    for (const demo of DEMO_PROPOSALS) {
      const project = byTitle.get(demo.project);
      const lead = byCode.get(demo.lead);
      const owner = project && organisations.find((o) => o.id === project.organisationId);
      const author = lead && person(lead.id, ['MEMBER', 'ADMIN', 'OWNER']);
      const partners = (demo.partners ?? []).map((partner) => ({ ...partner, organisation: byCode.get(partner.code) }));
      if (!project || !owner || !lead || !author || partners.some((partner) => !partner.organisation)) {
        this.logger.warn(`demo proposal "${demo.title}" skipped: its call or an organisation is gone`);
        continue;
      }
      await this.actAs(author.userId, lead.id);
      const proposal = await proposals.create({
        projectId: project.id,
        title: demo.title,
        abstract: demo.abstract,
        approach: demo.approach,
        requestedBudget: { amount: demo.requestedBudget, currency: 'VND' },
        durationMonths: demo.durationMonths,
        team: demo.team,
        budgetLines: demo.budgetLines,
        partnerOrganisationIds: partners.map((partner) => partner.organisation?.id as string),
      });
      for (const partner of partners) {
        const answerer = partner.answer === 'CONFIRMED' && partner.organisation && person(partner.organisation.id, ['ADMIN', 'OWNER']);
        if (!answerer || !partner.organisation) continue;
        await this.actAs(answerer.userId, partner.organisation.id);
        await proposals.confirmPartnership(proposal.id);
      }
      if (demo.state !== 'DRAFT') {
        await this.actAs(author.userId, lead.id);
        const submitted = await proposals.submit(proposal.id);
        if (demo.state === 'WITHDRAWN') await proposals.withdraw(submitted.id);
      }
      seeded.push({ demo, id: proposal.id, project, owner });
    }
    if (closed.length) {
      await manager.query(`UPDATE projects p SET closes_at = t.closes_at FROM unnest($1::uuid[], $2::timestamptz[]) AS t (id, closes_at) WHERE p.id = t.id`, [
        closed.map((project) => project.id),
        closed.map((project) => project.closesAt),
      ]);
    }

    // The calls in EVALUATION: the owner's admin assigns its admin and member as reviewers, who
    // declare no conflict and score; the admin decides.
    for (const { demo, id, owner, project } of seeded) {
      if (!demo.scores) continue;
      const chair = person(owner.id, ['ADMIN', 'OWNER']);
      const reviewers = [chair, person(owner.id, ['MEMBER'])];
      if (!chair) continue;
      for (const [index, scores] of demo.scores.entries()) {
        const reviewer = reviewers[index];
        if (!reviewer) continue;
        await this.actAs(chair.userId, owner.id);
        await evaluation.assignReviewer(id, reviewer.userId);
        await this.actAs(reviewer.userId, owner.id);
        await evaluation.declareConflictOfInterest(id, false, null);
        const criteria = await this.projects.criteriaOf(project.id);
        await evaluation.scoreProposal(
          id,
          criteria.map((criterion, position) => ({ criterionId: criterion.id, score: scores[position] ?? 5 })),
        );
      }
      if (demo.decision && (demo.state === 'SHORTLISTED' || demo.state === 'ACCEPTED' || demo.state === 'REJECTED')) {
        await this.actAs(chair.userId, owner.id);
        await evaluation.decideProposal(id, demo.state, demo.decision.justification, demo.decision.feedback);
      }
    }
    for (const title of Object.values(DEMO_FINALISED_PROJECTS)) {
      const finalised = seeded.find((row) => row.project.title === title);
      const chair = finalised && person(finalised.owner.id, ['ADMIN', 'OWNER']);
      if (!finalised || !chair) continue;
      await this.actAs(chair.userId, finalised.owner.id);
      // The outcome follows from the decisions: AWARDED with one accepted, else UNSUCCESSFUL.
      await evaluation.finalizeEvaluation(finalised.project.id);
    }
    this.cls.set('actor', Promise.resolve(null));
    this.cls.set('loaders', new LoaderRegistry());
    await this.cls.get('transaction').setActor({});

    // Backdates the proposals' history, as system work (the services only ever write "now"):
    // written a few days before submission, submitted while the call was open, withdrawn a day
    // later; the submissions' own times follow. Decisions keep the seeding time.
    const times = seeded.map(({ demo, id }) => {
      const submittedAt = demo.submittedDaysAgo === undefined ? null : daysAgo(now, demo.submittedDaysAgo);
      return { id, createdAt: daysAgo(now, (demo.submittedDaysAgo ?? 1) + 3), submittedAt, withdrawnAt: demo.state === 'WITHDRAWN' && submittedAt ? daysAgo(now, (demo.submittedDaysAgo ?? 1) - 1) : null };
    });
    if (times.length) {
      await manager.query(
        `WITH t AS (SELECT * FROM unnest($1::uuid[], $2::timestamptz[], $3::timestamptz[], $4::timestamptz[]) AS t (id, created_at, submitted_at, withdrawn_at)),
              s AS (UPDATE proposal_submissions s SET submitted_at = t.submitted_at FROM t WHERE s.proposal_id = t.id AND t.submitted_at IS NOT NULL)
         UPDATE proposals p
            SET created_at = t.created_at,
                submitted_at = coalesce(t.submitted_at, p.submitted_at),
                withdrawn_at = coalesce(t.withdrawn_at, p.withdrawn_at)
           FROM t WHERE p.id = t.id`,
        [times.map((t) => t.id), times.map((t) => t.createdAt), times.map((t) => t.submittedAt), times.map((t) => t.withdrawnAt)],
      );
    }
  }

  /**
   * The programme's partnership agreements (DEMO_AGREEMENTS), written through AgreementsService
   * and AgreementMilestonesService as the demo people themselves (see actAs), so every rule
   * applies: members above viewer draft, edit and work on milestones, the managing organisation's
   * admin opens negotiation and requests signatures, an owner or admin of every party signs the
   * current version's hash, the last signature puts it in force, another party reviews each
   * deliverable and the last acceptance completes it. The one in force is made from the accepted
   * proposal on the awarded call; when that call was decided less than DEMO_AWARD_DAYS_AGO ago,
   * its history is first moved back so the agreement can have been negotiated since. An agreement
   * whose organisations (or proposal) are gone is skipped, as is one for a proposal that already
   * has an agreement. Finally one system UPDATE backdates versions, signatures, activation,
   * milestone work and completion.
   */
  async seedAgreements(): Promise<void> {
    const agreements = this.modules.get(AgreementsService, { strict: false });
    const milestones = this.modules.get(AgreementMilestonesService, { strict: false });
    const manager = await this.db.manager();
    const now = new Date();
    const today = localDateIn(now, DEFAULT_AGREEMENT_TIME_ZONE);
    const organisations = await manager.getRepository(Organisation).find({ where: { status: 'VERIFIED' } });
    const byCode = new Map(organisations.map((organisation) => [organisation.registrationCode as string, organisation]));
    const memberships = await manager.getRepository(Membership).find({ where: { organisationId: In(organisations.map((o) => o.id)) }, order: { createdAt: 'ASC' } });
    /** A member of the organisation with this registration code, preferring the roles in the order given. */
    const person = (code: string, roles: MembershipRole[]): Membership | undefined => {
      const organisation = byCode.get(code);
      return organisation && roles.map((role) => memberships.find((m) => m.organisationId === organisation.id && m.role === role)).find(Boolean);
    };
    const orgId = (code: string): string => {
      const organisation = byCode.get(code);
      if (!organisation) throw new Error(`demo organisation ${code} is gone`);
      return organisation.id;
    };
    /** Acts as a member of the party with this code who may do the step (see the roles above). */
    const actFor = async (code: string, roles: MembershipRole[]): Promise<void> => {
      const member = person(code, roles);
      if (!member) throw new Error(`demo organisation ${code} has no ${roles.join('/')}`);
      await this.actAs(member.userId, member.organisationId);
    };

    const history: AgreementHistory = { agreements: [], versions: [], signatures: [], milestones: [], events: [] };
    for (const demo of DEMO_AGREEMENTS) {
      const title = demo.draft.title ?? demo.fromProposalOn ?? '';
      const missing = this.agreementPeople(demo).filter(({ code, roles }) => !person(code, roles));
      if (missing.length) {
        this.logger.warn(`demo agreement "${title}" skipped: organisation ${[...new Set(missing.map((m) => m.code))].join(', ')} (or its people) is gone`);
        continue;
      }
      let proposalId: string | null = null;
      if (demo.fromProposalOn) {
        const [accepted]: { id: string; project_id: string; owner_id: string; agreements: number }[] = await manager.query(
          `SELECT p.id, p.project_id, j.organisation_id AS owner_id,
                  (SELECT count(*)::int FROM agreements a WHERE a.proposal_id = p.id AND a.status <> 'CANCELLED') AS agreements
             FROM proposals p JOIN projects j ON j.id = p.project_id
            WHERE j.title = $1 AND p.status = 'ACCEPTED' ORDER BY p.created_at LIMIT 1`,
          [demo.fromProposalOn],
        );
        if (!accepted || accepted.owner_id !== orgId(demo.manager)) {
          this.logger.warn(`demo agreement "${title}" skipped: the accepted proposal on "${demo.fromProposalOn}" is gone`);
          continue;
        }
        if (accepted.agreements) {
          this.logger.warn(`demo agreement "${title}" skipped: the accepted proposal on "${demo.fromProposalOn}" already has an agreement`);
          continue;
        }
        await this.moveDecisionBack(accepted.project_id, officeTime(today, DEMO_AWARD_DAYS_AGO, 16));
        proposalId = accepted.id;
      }

      // The content as the demo writes it, with organisations, dates and milestone ids resolved.
      let period: { startsOn: string; endsOn: string } | null = null;
      const milestoneIds = new Map<string, string>();
      const responsibleOf = new Map<string, string>();
      const input = (changes: DemoAgreementContent): AgreementInput => {
        if (changes.period) {
          const startsOn = shiftDate(today, changes.period.startsInDays);
          period = { startsOn, endsOn: periodEnd(startsOn, changes.period.months) };
        }
        const startsOn = period?.startsOn;
        return {
          title: changes.title,
          purpose: changes.purpose,
          terms: changes.terms,
          startsOn: changes.period ? period?.startsOn : undefined,
          endsOn: changes.period ? period?.endsOn : undefined,
          disclosed: changes.disclosed,
          parties: changes.parties?.map((party) => ({ organisationId: orgId(party.code), role: party.role, moneyContribution: party.money, inKindContribution: party.inKind })),
          milestones: changes.milestones?.map((milestone) => {
            if (!startsOn) throw new Error(`demo agreement "${title}": milestones before a period`);
            return {
              id: milestoneIds.get(milestone.key) ?? null,
              title: milestone.title,
              dueDate: shiftDate(startsOn, milestone.dueDay),
              responsibleOrganisationId: orgId(milestone.responsible),
              deliverable: milestone.deliverable,
              paymentShare: milestone.paymentShare,
            };
          }),
        };
      };
      const times: Date[] = [];
      /** Notes when the version just written (if any) was written, and the milestone ids it gave the keys. */
      const track = async (agreement: Agreement, changes: DemoAgreementContent | null, daysAgo: number): Promise<Agreement> => {
        const at = officeTime(today, daysAgo, 10);
        if (!history.versions.some((v) => v.agreementId === agreement.id && v.number === agreement.version)) {
          history.versions.push({ agreementId: agreement.id, number: agreement.version, createdAt: at });
          times.push(at);
        }
        if (changes?.milestones) {
          const written = (await agreements.requireVersion(agreement.id, agreement.version, true)).content.milestones;
          changes.milestones.forEach((milestone, index) => {
            const id = written[index]?.id;
            if (id) milestoneIds.set(milestone.key, id);
            responsibleOf.set(milestone.key, milestone.responsible);
          });
        }
        return agreement;
      };

      // The managing organisation's draft: made from the proposal and completed, or created whole.
      await actFor(demo.manager, WRITERS);
      let agreement: Agreement;
      if (proposalId) {
        agreement = await track(await agreements.createFromProposal(proposalId), null, demo.createdDaysAgo);
        agreement = await track(await agreements.update(agreement.id, input(demo.draft), agreement.version), demo.draft, demo.draftDaysAgo ?? demo.createdDaysAgo);
      } else {
        agreement = await track(await agreements.create({ ...input(demo.draft), title: demo.draft.title ?? title }), demo.draft, demo.createdDaysAgo);
      }
      const createdAt = officeTime(today, demo.createdDaysAgo, 10);

      await actFor(demo.manager, MANAGERS);
      agreement = await agreements.openNegotiation(agreement.id);
      for (const edit of demo.negotiation) {
        await actFor(edit.by, WRITERS);
        agreement = await track(await agreements.update(agreement.id, input(edit.changes), agreement.version), edit.changes, edit.daysAgo);
      }

      let activatedAt: Date | null = null;
      if (demo.signers) {
        await actFor(demo.manager, MANAGERS);
        agreement = await agreements.requestSignatures(agreement.id);
        const signed = await agreements.requireVersion(agreement.id, agreement.version, true);
        for (const signer of demo.signers) {
          await actFor(signer.code, SIGNATORIES);
          agreement = await agreements.sign(agreement.id, signed.hash);
          const signedAt = officeTime(today, signer.daysAgo, 15);
          history.signatures.push({ agreementId: agreement.id, versionNumber: signed.number, organisationId: orgId(signer.code), signedAt });
          times.push(signedAt);
          if (agreement.status === 'ACTIVE' && !activatedAt) activatedAt = signedAt;
        }
      }

      // Milestone work: the responsible party submits, the named party reviews.
      const work = new Map<string, { submittedAt: Date | null; reviewedAt: Date | null }>();
      const eventIds = new Set<string>();
      let lastStep: Date | null = null;
      for (const step of demo.progress ?? []) {
        const id = milestoneIds.get(step.milestone);
        const responsible = responsibleOf.get(step.milestone);
        if (!id || !responsible) throw new Error(`demo agreement "${title}": no milestone ${step.milestone}`);
        const submitting = step.action === 'SUBMIT';
        await actFor(submitting ? responsible : (step.by ?? demo.manager), WRITERS);
        if (submitting) await milestones.submit(id, { note: step.note });
        else await milestones.review(id, step.action === 'ACCEPT', step.note);
        const at = officeTime(today, step.daysAgo, submitting ? 9 : 14);
        const events: { id: string }[] = await manager.query(`SELECT id FROM agreement_milestone_events WHERE milestone_id = $1 AND NOT (id = ANY ($2::uuid[]))`, [id, [...eventIds]]);
        for (const event of events) {
          eventIds.add(event.id);
          history.events.push({ id: event.id, createdAt: at });
        }
        const done = work.get(id) ?? { submittedAt: null, reviewedAt: null };
        work.set(id, submitting ? { ...done, submittedAt: at } : { ...done, reviewedAt: at });
        times.push(at);
        lastStep = at;
      }

      agreement = await agreements.fresh(agreement.id);
      const lastVersion = history.versions.filter((v) => v.agreementId === agreement.id).reduce((latest, v) => (v.createdAt > latest ? v.createdAt : latest), createdAt);
      for (const milestone of await manager.getRepository(AgreementMilestone).find({ where: { agreementId: agreement.id } })) {
        const done = work.get(milestone.id);
        history.milestones.push({
          id: milestone.id,
          submittedAt: done?.submittedAt ?? null,
          reviewedAt: done?.reviewedAt ?? null,
          updatedAt: [done?.submittedAt, done?.reviewedAt, activatedAt, lastVersion].reduce<Date>((latest, at) => (at && at > latest ? at : latest), createdAt),
        });
      }
      history.agreements.push({
        id: agreement.id,
        createdAt,
        activatedAt,
        completedAt: agreement.status === 'COMPLETED' ? lastStep : null,
        updatedAt: times.reduce((latest, at) => (at > latest ? at : latest), createdAt),
      });
    }
    this.cls.set('actor', Promise.resolve(null));
    this.cls.set('loaders', new LoaderRegistry());
    await this.cls.get('transaction').setActor({});

    // Backdates the agreements' history, as system work (the services only ever write "now"):
    // each version when its party wrote it, each signature, activation at the last signature,
    // milestone submissions and reviews with their events, and completion at the last acceptance.
    if (history.agreements.length) {
      await manager.query(
        `WITH a AS (UPDATE agreements x SET created_at = t."createdAt", activated_at = coalesce(t."activatedAt", x.activated_at),
                           completed_at = coalesce(t."completedAt", x.completed_at), updated_at = t."updatedAt"
                      FROM jsonb_to_recordset($1::jsonb -> 'agreements') AS t (id uuid, "createdAt" timestamptz, "activatedAt" timestamptz, "completedAt" timestamptz, "updatedAt" timestamptz)
                     WHERE x.id = t.id),
              v AS (UPDATE agreement_versions x SET created_at = t."createdAt"
                      FROM jsonb_to_recordset($1::jsonb -> 'versions') AS t ("agreementId" uuid, number integer, "createdAt" timestamptz)
                     WHERE x.agreement_id = t."agreementId" AND x.number = t.number),
              s AS (UPDATE agreement_signatures x SET signed_at = t."signedAt"
                      FROM jsonb_to_recordset($1::jsonb -> 'signatures') AS t ("agreementId" uuid, "versionNumber" integer, "organisationId" uuid, "signedAt" timestamptz)
                     WHERE x.agreement_id = t."agreementId" AND x.version_number = t."versionNumber" AND x.organisation_id = t."organisationId"),
              m AS (UPDATE agreement_milestones x SET submitted_at = t."submittedAt", reviewed_at = t."reviewedAt", updated_at = t."updatedAt"
                      FROM jsonb_to_recordset($1::jsonb -> 'milestones') AS t (id uuid, "submittedAt" timestamptz, "reviewedAt" timestamptz, "updatedAt" timestamptz)
                     WHERE x.id = t.id)
         UPDATE agreement_milestone_events x SET created_at = t."createdAt"
           FROM jsonb_to_recordset($1::jsonb -> 'events') AS t (id uuid, "createdAt" timestamptz)
          WHERE x.id = t.id`,
        [JSON.stringify(history)],
      );
    }
  }

  /** Everyone the demo agreement acts as: a writer of every party, the manager's admin, each signatory. */
  private agreementPeople(demo: DemoAgreement): { code: string; roles: MembershipRole[] }[] {
    const contents = [demo.draft, ...demo.negotiation.map((edit) => edit.changes)];
    const writers = [
      demo.manager,
      ...demo.negotiation.map((edit) => edit.by),
      ...contents.flatMap((content) => [...(content.parties ?? []).map((party) => party.code), ...(content.milestones ?? []).map((m) => m.responsible)]),
      ...(demo.progress ?? []).flatMap((step) => (step.by ? [step.by] : [])),
    ];
    return [
      ...[...new Set(writers)].map((code) => ({ code, roles: WRITERS })),
      { code: demo.manager, roles: MANAGERS },
      ...(demo.signers ?? []).map((signer) => ({ code: signer.code, roles: SIGNATORIES })),
    ];
  }

  /**
   * Moves a finalised call's whole history back (publication, questions, proposals, submissions,
   * partners' answers, reviews, scores, decisions, comments) by whole days, so that it was decided
   * by `decidedBy`, when it was decided later: an agreement made from it can then have a past of
   * its own, and every time keeps its time of day (a call still closes at 17:00). One system
   * statement; nothing moves when the call was decided long enough ago.
   */
  private async moveDecisionBack(projectId: string, decidedBy: Date): Promise<void> {
    const manager = await this.db.manager();
    await manager.query(
      `WITH j AS (SELECT id, ceil(extract(epoch FROM decided_at - $2::timestamptz) / 86400) * interval '1 day' AS shift
                    FROM projects WHERE id = $1 AND decided_at > $2::timestamptz),
            p AS (SELECT x.id, j.shift FROM proposals x JOIN j ON j.id = x.project_id),
            u1 AS (UPDATE projects x SET created_at = x.created_at - j.shift, updated_at = x.updated_at - j.shift, opens_at = x.opens_at - j.shift,
                          closes_at = x.closes_at - j.shift, published_at = x.published_at - j.shift, cancelled_at = x.cancelled_at - j.shift,
                          decided_at = x.decided_at - j.shift FROM j WHERE x.id = j.id),
            u2 AS (UPDATE project_questions x SET asked_at = x.asked_at - j.shift, answered_at = x.answered_at - j.shift FROM j WHERE x.project_id = j.id),
            u3 AS (UPDATE project_invitations x SET created_at = x.created_at - j.shift FROM j WHERE x.project_id = j.id),
            u4 AS (UPDATE project_attachments x SET created_at = x.created_at - j.shift FROM j WHERE x.project_id = j.id),
            u5 AS (UPDATE proposals x SET created_at = x.created_at - p.shift, updated_at = x.updated_at - p.shift, submitted_at = x.submitted_at - p.shift,
                          withdrawn_at = x.withdrawn_at - p.shift, decided_at = x.decided_at - p.shift FROM p WHERE x.id = p.id),
            u6 AS (UPDATE proposal_contents x SET updated_at = x.updated_at - p.shift FROM p WHERE x.proposal_id = p.id),
            u7 AS (UPDATE proposal_submissions x SET submitted_at = x.submitted_at - p.shift FROM p WHERE x.proposal_id = p.id),
            u8 AS (UPDATE proposal_partners x SET created_at = x.created_at - p.shift, responded_at = x.responded_at - p.shift FROM p WHERE x.proposal_id = p.id),
            u9 AS (UPDATE proposal_reviewers x SET assigned_at = x.assigned_at - p.shift, declared_at = x.declared_at - p.shift FROM p WHERE x.proposal_id = p.id),
            u10 AS (UPDATE proposal_scores x SET scored_at = x.scored_at - p.shift FROM p WHERE x.proposal_id = p.id),
            u11 AS (UPDATE proposal_decisions x SET decided_at = x.decided_at - p.shift FROM p WHERE x.proposal_id = p.id)
       UPDATE proposal_comments x SET created_at = x.created_at - p.shift FROM p WHERE x.proposal_id = p.id`,
      [projectId, decidedBy],
    );
  }

  /**
   * Acts as a demo person for the next service calls, active for `organisationId`, as a signed-in
   * request would: memberships read from the database, fresh DataLoaders, and the person and
   * organisation set on the (system) transaction, which the database's own checks read.
   */
  private async actAs(userId: string, organisationId: string): Promise<void> {
    const manager = await this.db.manager();
    const rows: { id: string; organisation_id: string; role: MembershipRole; status: ActorMembership['organisationStatus'] }[] = await manager.query(
      `SELECT m.id, m.organisation_id, m.role, o.status FROM memberships m JOIN organisations o ON o.id = m.organisation_id WHERE m.user_id = $1 ORDER BY m.created_at`,
      [userId],
    );
    const memberships: ActorMembership[] = rows.map((row) => ({ membershipId: row.id, organisationId: row.organisation_id, role: row.role, organisationStatus: row.status }));
    this.cls.set('loaders', new LoaderRegistry());
    const actor: RequestActor = { userId, sessionId: 'demo-data', isPlatformAdmin: false, locale: 'vi', memberships, active: memberships.find((m) => m.organisationId === organisationId) };
    this.cls.set('actor', Promise.resolve(actor));
    await this.cls.get('transaction').setActor({ userId, organisationId });
  }

  /** The create input: a call in EVALUATION is first published with a future closing time (see the backdating above). */
  private draftInput(demo: DemoProject, invitedOrganisationIds: string[], now: Date) {
    const closesInDays = demo.state === 'EVALUATION' ? 30 : demo.closesInDays;
    return {
      title: demo.title,
      summary: demo.summary,
      description: demo.description,
      kind: demo.kind,
      domain: demo.domain,
      indicators: demo.indicators,
      budget: demo.budget ?? null,
      location: demo.location,
      eligibleKinds: demo.eligibleKinds,
      sealed: demo.sealed,
      visibility: demo.visibility,
      invitedOrganisationIds,
      criteria: demo.criteria,
      closesAt: closesInDays === undefined ? null : closingTime(now, closesInDays),
    };
  }
}
