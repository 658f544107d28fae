import { Injectable } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import { In } from 'typeorm';
import {
  checkDeadlineExtension,
  CURRENCIES,
  type Eligibility,
  type EligibilityReason,
  effectiveProjectStatus,
  fieldLockedWhileOpen,
  formatMessage,
  type IcfIndicator as IcfIndicatorCode,
  type ProjectAction,
  PROJECT_LIMITS,
  type ProjectStatus,
  projectEligibility,
  projectTransition,
  publishProblems,
  type AuditAction,
} from '@helix/domain';
import { AuditService } from '@api/core/audit/audit.service';
import { ActorService } from '@api/core/auth/actor.service';
import type { RequestActor } from '@api/core/auth/request-actor';
import type { RequestStore } from '@api/core/context/request-context';
import { DatabaseService } from '@api/core/database/database.service';
import { AppError } from '@api/core/graphql/app-error';
import { optionalText, requiredText } from '@api/core/graphql/input-checks';
import { byKeys } from '@api/core/graphql/loader-registry';
import type { FileRecord } from '@api/modules/files/file.entity';
import { FilesService } from '@api/modules/files/files.service';
import { Organisation } from '@api/modules/organisations/organisation.entity';
import { OrganisationsService } from '@api/modules/organisations/organisations.service';
import type { CreateProjectInput, CriterionInput, UpdateProjectInput } from './dto/project.inputs';
import { IcfIndicatorRow } from './icf-indicator.entity';
import { ProjectCriterion } from './project-criterion.entity';
import { Project } from './project.entity';
import type { IcfIndicator, ProjectEligibility } from './project.types';

type ProjectFields = Partial<
  Pick<
    Project,
    | 'title'
    | 'summary'
    | 'description'
    | 'kind'
    | 'domain'
    | 'indicators'
    | 'budgetAmount'
    | 'budgetCurrency'
    | 'location'
    | 'eligibleKinds'
    | 'opensAt'
    | 'closesAt'
    | 'sealed'
    | 'visibility'
  >
>;

/** What an edit asks for: column values, and the parts kept in their own tables. */
interface ProjectChanges {
  fields: ProjectFields;
  criteria?: CriterionInput[];
  invitedOrganisationIds?: string[];
  attachmentIds?: string[];
  /** Input names present in the edit (for the rules on open projects). */
  changed: string[];
}

const DAY_MS = 86_400_000;

/**
 * Projects and their lifecycle. Reads go through row-level security (a project the caller may
 * not see does not exist for them); every write asks the rules of libs/domain first.
 */
@Injectable()
export class ProjectsService {
  private indicatorRows?: Promise<IcfIndicatorRow[]>;

  constructor(
    private readonly db: DatabaseService,
    private readonly actors: ActorService,
    private readonly organisations: OrganisationsService,
    private readonly files: FilesService,
    private readonly audit: AuditService,
    private readonly cls: ClsService<RequestStore>,
  ) {}

  /** A DRAFT of the active organisation. Drafts may be incomplete; publishing checks the rest. */
  async create(input: CreateProjectInput): Promise<Project> {
    const actor = await this.activeActor();
    await this.actors.authorise('project.prepare', actor.active.organisationId, 'organisation');
    return this.createDraft(input, actor.active.organisationId, actor.userId);
  }

  /** The draft itself, for an organisation already authorised (the caller's, or a demo one when seeding). */
  async createDraft(input: CreateProjectInput, organisationId: string, userId: string): Promise<Project> {
    const changes = await this.readChanges(input, organisationId);
    if (!changes.fields.title) throw AppError.badInput('input.title', 'REQUIRED');
    const manager = await this.db.manager();
    const project = await manager.getRepository(Project).save({
      budgetCurrency: 'VND',
      ...changes.fields,
      organisationId,
      createdBy: userId,
      storedStatus: 'DRAFT',
    } as Project);
    await this.writeParts(project.id, changes, []);
    return this.findById(project.id);
  }

  /** Owner's edit; `expectedVersion` guards against overwriting a colleague. Open projects allow corrections only. */
  async update(id: string, input: UpdateProjectInput, expectedVersion: number): Promise<Project> {
    const project = await this.findOwned(id, 'project.prepare');
    const status = this.statusOf(project);
    this.requireTransition(status, 'EDIT');
    const changes = await this.readChanges(input, project.organisationId);
    if (input.title !== undefined && !changes.fields.title) throw AppError.badInput('input.title', 'REQUIRED');
    let currentAttachments: string[] = [];
    if (status === 'OPEN') {
      const locked = fieldLockedWhileOpen(changes.changed);
      if (locked) throw AppError.badInput(`input.${locked}`, 'LOCKED_WHILE_OPEN');
      // Read past the request's loader: it would keep this list and answer the response with it.
      const manager = await this.db.manager();
      const rows: { file_id: string }[] = await manager.query(`SELECT file_id FROM project_attachments WHERE project_id = $1 ORDER BY position`, [id]);
      currentAttachments = rows.map((row) => row.file_id);
      if (changes.attachmentIds && currentAttachments.some((fileId) => !changes.attachmentIds?.includes(fileId))) {
        throw AppError.badInput('input.attachmentIds', 'ATTACHMENT_REMOVAL_WHILE_OPEN');
      }
    }
    await this.writeVersioned(id, expectedVersion, changes.fields);
    await this.writeParts(id, changes, currentAttachments);
    return this.findById(id);
  }

  /** DRAFT → OPEN: needs a verified organisation, a future closing time and criteria weighing 100. */
  async publish(id: string, expectedVersion?: number | null): Promise<Project> {
    const project = await this.findOwned(id, 'organisation.publish');
    return this.publishChecked(project, expectedVersion);
  }

  /** Publishing by the lifecycle's and the draft's rules, once the publisher is authorised. */
  async publishChecked(project: Project, expectedVersion?: number | null): Promise<Project> {
    this.requireTransition(this.statusOf(project), 'PUBLISH');
    const [criteria, invited] = await Promise.all([this.criteriaOf(project.id), this.invitedIdsOf(project.id)]);
    const now = new Date();
    const [problem] = publishProblems(
      {
        title: project.title,
        summary: project.summary,
        eligibleKinds: project.eligibleKinds,
        criteria,
        closesAt: project.closesAt,
        opensAt: project.opensAt,
        visibility: project.visibility,
        invitedCount: invited.length,
      },
      now,
    );
    if (problem) {
      throw AppError.badInput(problem.field, problem.key, { sum: criteria.reduce((sum, c) => sum + c.weight, 0), max: PROJECT_LIMITS.criteriaMax });
    }
    await this.writeStatus(project, expectedVersion, { storedStatus: 'OPEN', publishedAt: now });
    await this.recordEvent(project, 'PROJECT_PUBLISHED', { status: project.storedStatus }, { status: 'OPEN', closesAt: project.closesAt?.toISOString() ?? null });
    return this.findById(project.id);
  }

  /** Later only, and only while open. */
  async extendDeadline(id: string, closesAt: Date, expectedVersion?: number | null): Promise<Project> {
    const project = await this.findOwned(id, 'organisation.publish');
    this.requireTransition(this.statusOf(project), 'EXTEND_DEADLINE');
    const problem = checkDeadlineExtension(project.closesAt as Date, closesAt, new Date());
    if (problem) throw AppError.badInput('closesAt', problem, { days: PROJECT_LIMITS.maxOpenDays });
    await this.writeStatus(project, expectedVersion, { closesAt });
    await this.recordEvent(project, 'PROJECT_DEADLINE_EXTENDED', { closesAt: project.closesAt?.toISOString() ?? null }, { closesAt: closesAt.toISOString() });
    return this.findById(id);
  }

  /** From any state before a decision, with a reason every reader (and every proposer) sees. */
  async cancel(id: string, reason: string, expectedVersion?: number | null): Promise<Project> {
    // Withdrawing a draft is preparation (a pending organisation may do it); a published call needs publishing rights.
    const draft = await this.findOwned(id, 'project.prepare');
    const project = draft.storedStatus === 'DRAFT' ? draft : await this.findOwned(id, 'organisation.publish');
    return this.cancelChecked(project, reason, expectedVersion);
  }

  /** Cancelling by the lifecycle's rules, once the canceller is authorised (the owner, or the demo seed). */
  async cancelChecked(project: Project, reason: string, expectedVersion?: number | null): Promise<Project> {
    const text = requiredText(reason, 'reason', PROJECT_LIMITS.reasonMax);
    this.requireTransition(this.statusOf(project), 'CANCEL');
    await this.writeStatus(project, expectedVersion, { storedStatus: 'CANCELLED', cancellationReason: text, cancelledAt: new Date() });
    await this.recordEvent(project, 'PROJECT_CANCELLED', { status: this.statusOf(project) }, { status: 'CANCELLED', reason: text });
    return this.findById(project.id);
  }

  /**
   * EVALUATION → AWARDED or UNSUCCESSFUL, as the evaluation's outcome says, once the finaliser is
   * authorised (the owner's admins, by EvaluationService). Versioned like every lifecycle write.
   */
  async finalizeChecked(project: Project, outcome: 'AWARDED' | 'UNSUCCESSFUL', expectedVersion?: number | null): Promise<Project> {
    this.requireTransition(this.statusOf(project), outcome === 'AWARDED' ? 'FINALIZE_AWARDED' : 'FINALIZE_UNSUCCESSFUL');
    await this.writeStatus(project, expectedVersion, { storedStatus: outcome, decidedAt: new Date() });
    await this.recordEvent(project, 'PROJECT_FINALISED', { status: this.statusOf(project) }, { status: outcome });
    return this.findById(project.id);
  }

  /** A project's lifecycle in the audit trail, for its owner's members. */
  private recordEvent(project: Project, action: AuditAction, before: Record<string, unknown>, after: Record<string, unknown>): Promise<void> {
    return this.audit.record({ subjectType: 'PROJECT', subjectId: project.id, action, organisationId: project.organisationId, concerned: [project.organisationId], before, after });
  }

  /** NOT_FOUND both for a random id and for a project the caller may not see. */
  async findById(id: string): Promise<Project> {
    const manager = await this.db.manager();
    const project = await manager.getRepository(Project).findOneBy({ id });
    if (!project) throw AppError.notFound('project');
    return project;
  }

  /** Batched per request; null when missing or hidden. */
  load(id: string): Promise<Project | null> {
    return this.cls
      .get('loaders')
      .get<string, Project | null>('projects.byId', async (ids) => {
        const manager = await this.db.manager();
        return byKeys(ids, await manager.getRepository(Project).findBy({ id: In([...ids]) }), (row) => row.id);
      })
      .load(id);
  }

  /** Loads several projects in the given order, skipping hidden ones. */
  async loadMany(ids: string[]): Promise<Project[]> {
    const rows = await Promise.all(ids.map((id) => this.load(id)));
    return rows.filter((row): row is Project => row !== null);
  }

  /** The status a reader sees at this moment (OPEN turns into EVALUATION at the closing time). */
  statusOf(project: Project, now = new Date()): ProjectStatus {
    return effectiveProjectStatus(project.storedStatus, project.closesAt, now);
  }

  criteriaOf(projectId: string): Promise<ProjectCriterion[]> {
    return this.cls
      .get('loaders')
      .get<string, ProjectCriterion[]>('projects.criteria', async (ids) => {
        const manager = await this.db.manager();
        const rows = await manager.getRepository(ProjectCriterion).find({ where: { projectId: In([...ids]) }, order: { position: 'ASC' } });
        return ids.map((id) => rows.filter((row) => row.projectId === id));
      })
      .load(projectId);
  }

  async attachmentsOf(projectId: string): Promise<FileRecord[]> {
    const fileIds = await this.cls
      .get('loaders')
      .get<string, string[]>('projects.attachmentIds', async (ids) => {
        const manager = await this.db.manager();
        const rows: { project_id: string; file_id: string }[] = await manager.query(
          `SELECT project_id, file_id FROM project_attachments WHERE project_id = ANY ($1) ORDER BY position`,
          [[...ids]],
        );
        return ids.map((id) => rows.filter((row) => row.project_id === id).map((row) => row.file_id));
      })
      .load(projectId);
    return this.files.loadMany(fileIds);
  }

  /** The invitation list: the owner sees all of it, an invited organisation its own entry. */
  async invitedOrganisationsOf(projectId: string): Promise<Organisation[]> {
    const ids = await this.invitedIdsOf(projectId);
    const organisations = await Promise.all(ids.map((id) => this.organisations.load(id)));
    return organisations.filter((organisation): organisation is Organisation => organisation !== null);
  }

  /** The ICF indicators in the reader's language (reference data, read once per process). */
  async indicators(codes?: readonly IcfIndicatorCode[]): Promise<IcfIndicator[]> {
    this.indicatorRows ??= this.db.manager().then((manager) => manager.getRepository(IcfIndicatorRow).find({ order: { position: 'ASC' } }));
    const rows = await this.indicatorRows.catch((error: unknown) => {
      this.indicatorRows = undefined;
      throw error;
    });
    const locale = this.cls.get('locale');
    return rows
      .filter((row) => !codes || codes.includes(row.code))
      .map((row) => ({
        code: row.code,
        name: locale === 'en' ? row.nameEn : row.nameVi,
        description: locale === 'en' ? row.descriptionEn : row.descriptionVi,
      }));
  }

  /** Whether the caller's active organisation may respond, with the reason in the reader's language. */
  async eligibility(project: Project): Promise<ProjectEligibility> {
    const decision = await this.eligibilityDecision(project);
    if (decision.eligible) return { eligible: true, reason: null, message: null };
    const refusal = await this.eligibilityRefusal(project, decision.reason);
    return { eligible: false, reason: decision.reason, message: formatMessage(refusal.messageKey, this.cls.get('locale'), refusal.params) };
  }

  /**
   * Refuses a response (a question now, a proposal later) unless the caller's organisation is
   * eligible: the lifecycle's codes for timing, FORBIDDEN for who the caller is.
   */
  async requireEligible(project: Project, options: { beforeOpening?: boolean } = {}): Promise<void> {
    const decision = await this.eligibilityDecision(project);
    if (decision.eligible || (options.beforeOpening && decision.reason === 'NOT_YET_OPEN')) return;
    throw await this.eligibilityRefusal(project, decision.reason);
  }

  private async eligibilityRefusal(project: Project, reason: EligibilityReason): Promise<AppError> {
    switch (reason) {
      case 'SIGN_IN_REQUIRED':
        return new AppError('UNAUTHENTICATED', 'SIGN_IN_REQUIRED');
      case 'DEADLINE_PASSED':
        return new AppError('DEADLINE_PASSED', 'PROJECT_CLOSED');
      case 'NOT_OPEN':
      case 'NOT_YET_OPEN':
        return new AppError('INVALID_TRANSITION', reason);
      default: {
        const organisation = await this.activeOrganisation();
        return new AppError('FORBIDDEN', reason, { kinds: project.eligibleKinds.join(','), kind: organisation?.kind ?? '' });
      }
    }
  }

  async eligibilityDecision(project: Project): Promise<Eligibility> {
    const actor = await this.actors.current();
    const organisation = await this.activeOrganisation();
    const active = actor?.active;
    return projectEligibility(
      { ownerId: project.organisationId, status: this.statusOf(project), eligibleKinds: project.eligibleKinds, opensAt: project.opensAt },
      organisation && active ? { id: organisation.id, kind: organisation.kind, status: organisation.status, role: active.role } : null,
      Boolean(actor),
      new Date(),
    );
  }

  /** Whether the caller works for the owner with a role that may edit. */
  async canManage(project: Project): Promise<boolean> {
    const actor = await this.actors.current();
    const membership = actor?.memberships.find((m) => m.organisationId === project.organisationId);
    return Boolean(membership && membership.role !== 'VIEWER');
  }

  /** Refuses with the domain's code when the lifecycle does not allow `action` now. */
  requireTransition(status: ProjectStatus, action: ProjectAction): ProjectStatus {
    const transition = projectTransition(status, action);
    if (transition.ok) return transition.status;
    if (transition.code === 'DEADLINE_PASSED') throw new AppError('DEADLINE_PASSED', 'PROJECT_CLOSED');
    throw new AppError('INVALID_TRANSITION', 'PROJECT_STATUS_FORBIDS', { status });
  }

  /** The project, for a write by its owner: NOT_FOUND for outsiders, FORBIDDEN for too low a role. */
  async findOwned(id: string, action: 'project.prepare' | 'organisation.publish'): Promise<Project> {
    await this.actors.require();
    const project = await this.findById(id);
    await this.actors.authorise(action, project.organisationId, 'project');
    return project;
  }

  private async activeActor(): Promise<RequestActor & { active: NonNullable<RequestActor['active']> }> {
    const actor = await this.actors.require();
    if (!actor.active) throw new AppError('FORBIDDEN', 'NO_ORGANISATION');
    return actor as RequestActor & { active: NonNullable<RequestActor['active']> };
  }

  private async activeOrganisation(): Promise<Organisation | null> {
    const actor = await this.actors.current();
    return actor?.active ? this.organisations.load(actor.active.organisationId) : null;
  }

  private async invitedIdsOf(projectId: string): Promise<string[]> {
    return this.cls
      .get('loaders')
      .get<string, string[]>('projects.invited', async (ids) => {
        const manager = await this.db.manager();
        const rows: { project_id: string; organisation_id: string }[] = await manager.query(
          `SELECT project_id, organisation_id FROM project_invitations WHERE project_id = ANY ($1) ORDER BY created_at, organisation_id`,
          [[...ids]],
        );
        return ids.map((id) => rows.filter((row) => row.project_id === id).map((row) => row.organisation_id));
      })
      .load(projectId);
  }

  /** Validates the input into column values and parts; `undefined` leaves a field unchanged. */
  private async readChanges(input: UpdateProjectInput, organisationId: string): Promise<ProjectChanges> {
    const fields: ProjectFields = {};
    const changed = Object.entries(input)
      .filter(([, value]) => value !== undefined)
      .map(([key]) => key);
    if (input.title !== undefined) fields.title = optionalText(input.title, 'input.title', PROJECT_LIMITS.titleMax) ?? '';
    if (input.summary !== undefined) fields.summary = optionalText(input.summary, 'input.summary', PROJECT_LIMITS.summaryMax) ?? '';
    if (input.description !== undefined) fields.description = optionalText(input.description, 'input.description', PROJECT_LIMITS.descriptionMax) ?? '';
    if (input.location !== undefined) fields.location = optionalText(input.location, 'input.location', PROJECT_LIMITS.locationMax);
    if (input.kind) fields.kind = input.kind;
    if (input.domain) fields.domain = input.domain;
    if (input.indicators !== undefined) fields.indicators = [...new Set(input.indicators ?? [])];
    if (input.eligibleKinds !== undefined) fields.eligibleKinds = [...new Set(input.eligibleKinds ?? [])];
    if (input.sealed !== undefined && input.sealed !== null) fields.sealed = input.sealed;
    if (input.visibility) fields.visibility = input.visibility;
    if (input.budget !== undefined) {
      if (input.budget === null) fields.budgetAmount = null;
      else {
        if (!Number.isSafeInteger(input.budget.amount) || input.budget.amount < 0) throw AppError.badInput('input.budget.amount', 'AMOUNT_INVALID');
        fields.budgetAmount = input.budget.amount;
        fields.budgetCurrency = input.budget.currency && CURRENCIES.includes(input.budget.currency) ? input.budget.currency : 'VND';
      }
    }
    const latest = Date.now() + PROJECT_LIMITS.maxOpenDays * DAY_MS;
    for (const key of ['opensAt', 'closesAt'] as const) {
      const value = input[key];
      if (value === undefined) continue;
      if (value !== null && (Number.isNaN(value.getTime()) || value.getTime() > latest)) {
        throw AppError.badInput(`input.${key}`, 'CLOSING_TIME_TOO_FAR', { days: PROJECT_LIMITS.maxOpenDays });
      }
      fields[key] = value;
    }
    if (fields.opensAt && fields.closesAt && fields.opensAt.getTime() >= fields.closesAt.getTime()) throw AppError.badInput('input.opensAt', 'OPENS_AFTER_CLOSE');
    const changes: ProjectChanges = { fields, changed };
    if (input.criteria !== undefined) changes.criteria = this.readCriteria(input.criteria ?? []);
    if (input.invitedOrganisationIds !== undefined) changes.invitedOrganisationIds = await this.readInvited(input.invitedOrganisationIds ?? [], organisationId);
    if (input.attachmentIds !== undefined) {
      const files = await this.files.requireAttachable(input.attachmentIds ?? [], organisationId, 'input.attachmentIds');
      changes.attachmentIds = files.map((file) => file.id);
    }
    return changes;
  }

  private readCriteria(criteria: CriterionInput[]): CriterionInput[] {
    if (criteria.length > PROJECT_LIMITS.criteriaMax) throw AppError.badInput('input.criteria', 'CRITERIA_TOO_MANY', { max: PROJECT_LIMITS.criteriaMax });
    const names = new Set<string>();
    return criteria.map((criterion, index) => {
      const field = `input.criteria.${index}`;
      const name = requiredText(criterion.name, `${field}.name`, PROJECT_LIMITS.criterionNameMax);
      if (names.has(name.toLocaleLowerCase())) throw AppError.badInput(`${field}.name`, 'CRITERION_NAME_DUPLICATE');
      names.add(name.toLocaleLowerCase());
      if (!Number.isInteger(criterion.weight) || criterion.weight < 1 || criterion.weight > 100) throw AppError.badInput(`${field}.weight`, 'CRITERION_WEIGHT_INVALID');
      return { name, description: optionalText(criterion.description, `${field}.description`, PROJECT_LIMITS.criterionDescriptionMax), weight: criterion.weight };
    });
  }

  /** Invited organisations must exist and be visible (verified), and not be the owner itself. */
  private async readInvited(ids: string[], ownerId: string): Promise<string[]> {
    const unique = [...new Set(ids.map((id) => id.toLowerCase()))].filter((id) => id !== ownerId);
    if (unique.length > PROJECT_LIMITS.invitedMax) throw AppError.badInput('input.invitedOrganisationIds', 'TOO_MANY_ITEMS', { max: PROJECT_LIMITS.invitedMax });
    if (unique.some((id) => !/^[0-9a-f-]{36}$/.test(id))) throw AppError.badInput('input.invitedOrganisationIds', 'INVALID_ID');
    if (!unique.length) return [];
    const manager = await this.db.manager();
    const found = await manager.getRepository(Organisation).find({ where: { id: In(unique), status: 'VERIFIED' }, select: { id: true } });
    if (found.length !== unique.length) throw AppError.badInput('input.invitedOrganisationIds', 'INVITED_ORGANISATION_UNKNOWN');
    return unique;
  }

  /** Replaces the parts named in the edit (criteria, invitation list, attachments). */
  private async writeParts(projectId: string, changes: ProjectChanges, keptAttachments: string[]): Promise<void> {
    const manager = await this.db.manager();
    if (changes.criteria) {
      await manager.getRepository(ProjectCriterion).delete({ projectId });
      if (changes.criteria.length) {
        await manager.getRepository(ProjectCriterion).insert(
          changes.criteria.map((criterion, position) => ({ projectId, position, name: criterion.name, description: criterion.description ?? null, weight: criterion.weight })),
        );
      }
    }
    if (changes.invitedOrganisationIds) {
      await manager.query(`DELETE FROM project_invitations WHERE project_id = $1 AND NOT (organisation_id = ANY ($2))`, [projectId, changes.invitedOrganisationIds]);
      await manager.query(
        `INSERT INTO project_invitations (project_id, organisation_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
        [projectId, changes.invitedOrganisationIds],
      );
    }
    if (changes.attachmentIds) {
      const ordered = [...keptAttachments, ...changes.attachmentIds.filter((id) => !keptAttachments.includes(id))];
      await manager.query(`DELETE FROM project_attachments WHERE project_id = $1`, [projectId]);
      if (ordered.length) {
        await manager.query(
          `INSERT INTO project_attachments (project_id, file_id, position) SELECT $1, file_id, position - 1 FROM unnest($2::uuid[]) WITH ORDINALITY AS t (file_id, position)`,
          [projectId, ordered],
        );
      }
    }
  }

  /** One UPDATE that only applies to the expected version: CONFLICT when someone saved first. */
  private async writeVersioned(id: string, expectedVersion: number, fields: ProjectFields): Promise<void> {
    const manager = await this.db.manager();
    const result = await manager
      .createQueryBuilder()
      .update(Project)
      .set({ ...fields, updatedAt: () => 'now()', version: () => 'version + 1' })
      .where('id = :id AND version = :expectedVersion', { id, expectedVersion })
      .execute();
    if (!result.affected) throw new AppError('CONFLICT');
  }

  /** A lifecycle write, versioned against the version read (or the one the client passed). */
  private async writeStatus(project: Project, expectedVersion: number | null | undefined, fields: Partial<Project>): Promise<void> {
    const manager = await this.db.manager();
    const result = await manager
      .createQueryBuilder()
      .update(Project)
      .set({ ...fields, updatedAt: () => 'now()', version: () => 'version + 1' })
      .where('id = :id AND version = :version', { id: project.id, version: expectedVersion ?? project.version })
      .execute();
    if (!result.affected) throw new AppError('CONFLICT');
  }
}
