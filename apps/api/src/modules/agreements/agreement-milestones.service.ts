import { Injectable } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import { In } from 'typeorm';
import { AGREEMENT_LIMITS, agreementTransition, type AuditAction, can, type MilestoneAction, milestoneOverdue, milestoneTransition } from '@helix/domain';
import { AuditService } from '@api/core/audit/audit.service';
import { ActorService } from '@api/core/auth/actor.service';
import type { RequestActor } from '@api/core/auth/request-actor';
import type { RequestStore } from '@api/core/context/request-context';
import { DatabaseService } from '@api/core/database/database.service';
import { AppError } from '@api/core/graphql/app-error';
import { optionalText, requiredText } from '@api/core/graphql/input-checks';
import type { FileRecord } from '@api/modules/files/file.entity';
import { FilesService } from '@api/modules/files/files.service';
import { Agreement, AgreementMilestone, MilestoneEvent } from './agreement.entity';
import type { MilestoneCapabilities } from './agreement.types';
import { AgreementsService } from './agreements.service';
import type { SubmitMilestoneInput } from './dto/agreement.inputs';

const MILESTONE_EVENTS: Record<MilestoneAction, AuditAction> = { SUBMIT: 'MILESTONE_SUBMITTED', ACCEPT: 'MILESTONE_ACCEPTED', REJECT: 'MILESTONE_REJECTED' };

/**
 * Milestones of an agreement in force: the responsible party submits its deliverable (a note and
 * files), another party accepts or rejects it with a reason, and the agreement completes when
 * every milestone is accepted. Every submission and review is kept as an event.
 */
@Injectable()
export class AgreementMilestonesService {
  constructor(
    private readonly db: DatabaseService,
    private readonly actors: ActorService,
    private readonly agreements: AgreementsService,
    private readonly files: FilesService,
    private readonly audit: AuditService,
    private readonly cls: ClsService<RequestStore>,
  ) {}

  /** PLANNED or REJECTED → SUBMITTED, by a member (above viewer) of the responsible party. */
  async submit(milestoneId: string, input: SubmitMilestoneInput): Promise<AgreementMilestone> {
    const actor = await this.actors.require();
    const milestone = await this.findById(milestoneId);
    if (!actor.memberships.some((m) => m.organisationId === milestone.responsibleOrganisationId)) throw new AppError('FORBIDDEN', 'NOT_RESPONSIBLE_PARTY');
    await this.actors.authorise('agreement.prepare', milestone.responsibleOrganisationId, 'milestone');
    const note = requiredText(input.note, 'input.note', AGREEMENT_LIMITS.noteMax);
    const files = await this.files.requireAttachable(input.attachmentIds ?? [], milestone.responsibleOrganisationId, 'input.attachmentIds');
    return this.record(milestone, 'SUBMIT', milestone.responsibleOrganisationId, actor.userId, note, files.map((file) => file.id));
  }

  /** SUBMITTED → ACCEPTED or REJECTED (a reason required) by a member of another party. */
  async review(milestoneId: string, accept: boolean, reason: string | null | undefined): Promise<AgreementMilestone> {
    const actor = await this.actors.require();
    const milestone = await this.findById(milestoneId);
    const agreement = await this.agreements.findById(milestone.agreementId);
    const reviewer = await this.reviewerFor(actor, agreement, milestone);
    if (!reviewer) {
      const ownParty = actor.memberships.some((m) => m.organisationId === milestone.responsibleOrganisationId);
      throw new AppError('FORBIDDEN', ownParty ? 'OWN_DELIVERABLE' : 'NOT_A_PARTY');
    }
    await this.actors.authorise('agreement.prepare', reviewer, 'milestone');
    const note = accept ? optionalText(reason, 'reason', AGREEMENT_LIMITS.reasonMax) : requiredText(reason, 'reason', AGREEMENT_LIMITS.reasonMax);
    return this.record(milestone, accept ? 'ACCEPT' : 'REJECT', reviewer, actor.userId, note, []);
  }

  /** What the caller may do with a milestone now, by the rules `submit` and `review` apply. */
  async capabilities(milestone: AgreementMilestone): Promise<MilestoneCapabilities> {
    const none: MilestoneCapabilities = { submit: false, review: false, reviewingOrganisationId: null };
    const actor = await this.actors.current();
    const agreement = await this.agreements.load(milestone.agreementId);
    if (!actor || !agreement || !agreementTransition(agreement.status, 'SUBMIT_MILESTONE').ok) return none;
    const allowed = (organisationId: string) => can(this.actors.permissionActor(actor, organisationId), 'agreement.prepare').allowed;
    const responsible = milestone.responsibleOrganisationId;
    const submit = milestoneTransition(milestone.status, 'SUBMIT').ok && allowed(responsible);
    const reviewer = milestoneTransition(milestone.status, 'ACCEPT').ok ? await this.reviewerFor(actor, agreement, milestone) : null;
    const review = !!reviewer && allowed(reviewer);
    return { submit, review, reviewingOrganisationId: review ? reviewer : null };
  }

  /** The party the caller reviews for: one of its organisations among the parties other than the responsible one. */
  private async reviewerFor(actor: RequestActor, agreement: Agreement, milestone: AgreementMilestone): Promise<string | null> {
    const parties = (await this.agreements.currentVersion(agreement)).content.parties.map((party) => party.organisationId);
    return this.agreements.actingFor(
      actor,
      parties.filter((id) => id !== milestone.responsibleOrganisationId),
    );
  }

  /** NOT_FOUND for a random id and for a milestone of an agreement the caller may not see. */
  async findById(id: string): Promise<AgreementMilestone> {
    const manager = await this.db.manager();
    const milestone = await manager.getRepository(AgreementMilestone).findOneBy({ id });
    if (!milestone) throw AppError.notFound('milestone');
    return milestone;
  }

  /** Overdue from the midnight after its due day in the agreement's time zone, until accepted. */
  async overdue(milestone: AgreementMilestone): Promise<boolean> {
    const agreement = await this.agreements.load(milestone.agreementId);
    return milestoneOverdue(milestone.dueDate, milestone.status, agreement?.timeZone ?? 'Asia/Ho_Chi_Minh', new Date());
  }

  /** Submissions and reviews of a milestone, oldest first (batched). */
  events(milestoneId: string): Promise<MilestoneEvent[]> {
    return this.cls
      .get('loaders')
      .get<string, MilestoneEvent[]>('agreements.milestoneEvents', async (ids) => {
        const manager = await this.db.manager();
        const rows = await manager.getRepository(MilestoneEvent).find({ where: { milestoneId: In([...ids]) }, order: { createdAt: 'ASC', id: 'ASC' } });
        return ids.map((id) => rows.filter((row) => row.milestoneId === id));
      })
      .load(milestoneId);
  }

  attachments(event: MilestoneEvent): Promise<FileRecord[]> {
    return this.files.loadMany(event.attachmentIds);
  }

  /**
   * The transition on the locked agreement (so two reviews cannot both miss that they accepted
   * the last two milestones), the event, and completion when it was the last one.
   */
  private async record(
    milestone: AgreementMilestone,
    action: MilestoneAction,
    organisationId: string,
    userId: string,
    note: string | null,
    attachmentIds: string[],
  ): Promise<AgreementMilestone> {
    const agreement = await this.agreements.lock(milestone.agreementId);
    this.agreements.requireTransition(agreement, action === 'SUBMIT' ? 'SUBMIT_MILESTONE' : 'REVIEW_MILESTONE');
    const manager = await this.db.manager();
    const [current] = await manager.getRepository(AgreementMilestone).findBy({ id: milestone.id });
    if (!current) throw AppError.notFound('milestone');
    const transition = milestoneTransition(current.status, action);
    if (!transition.ok) throw new AppError('INVALID_TRANSITION', 'MILESTONE_STATUS_FORBIDS', { status: current.status });
    await manager.query(
      `UPDATE agreement_milestones SET status = $2, ${action === 'SUBMIT' ? 'submitted_at' : 'reviewed_at'} = now(), updated_at = now() WHERE id = $1`,
      [milestone.id, transition.status],
    );
    await manager.query(
      `INSERT INTO agreement_milestone_events (milestone_id, agreement_id, action, note, attachment_ids, organisation_id, actor_id, actor_name)
       SELECT $1, $2, $3, $4, $5::uuid[], $6, u.id, u.full_name FROM users u WHERE u.id = $7`,
      [milestone.id, milestone.agreementId, transition.status, note, attachmentIds, organisationId, userId],
    );
    await manager.query(`UPDATE agreements SET updated_at = now() WHERE id = $1`, [milestone.agreementId]);
    const concerned: { organisation_id: string }[] = await manager.query(
      `SELECT managing_organisation_id AS organisation_id FROM agreements WHERE id = $1 UNION SELECT organisation_id FROM agreement_parties WHERE agreement_id = $1`,
      [milestone.agreementId],
    );
    await this.audit.record({
      subjectType: 'MILESTONE',
      subjectId: milestone.id,
      parentId: milestone.agreementId,
      action: MILESTONE_EVENTS[action],
      organisationId,
      concerned: concerned.map((row) => row.organisation_id),
      before: { status: current.status },
      after: { status: transition.status, ...(note ? { note } : {}) },
    });
    if (action === 'ACCEPT') await this.agreements.completeIfDone(milestone.agreementId);
    return this.findById(milestone.id);
  }
}
