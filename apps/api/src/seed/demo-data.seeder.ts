import { Injectable, Logger } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import { In } from 'typeorm';
import { type MembershipRole, projectEligibility } from '@helix/domain';
import type { RequestStore } from '@api/core/context/request-context';
import { DatabaseService } from '@api/core/database/database.service';
import { LoaderRegistry } from '@api/core/graphql/loader-registry';
import { Organisation } from '@api/modules/organisations/organisation.entity';
import { OrganisationsService } from '@api/modules/organisations/organisations.service';
import { ProjectQuestionsService } from '@api/modules/projects/project-questions.service';
import { ProjectsService } from '@api/modules/projects/projects.service';
import { Membership } from '@api/modules/users/membership.entity';
import { UsersService } from '@api/modules/users/users.service';
import { DEMO_ORGANISATIONS, DEMO_PASSWORD } from './demo-data';
import { DEMO_PROJECTS, type DemoProject } from './demo-projects';

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
  ) {}

  /** The demo programme in chapters, oldest first; each is loaded once (see StartupService). */
  chapters(): DemoChapter[] {
    return [
      // The first chapter keeps the marker name it had before chapters existed.
      { name: 'organisations', marker: 'demo_data_loaded_at', seed: () => this.seed() },
      { name: 'projects', marker: 'demo_projects_loaded_at', seed: () => this.seedProjects() },
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
