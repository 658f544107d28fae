import { Injectable } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import type { AuditAction, AuditState, AuditSubjectType } from '@helix/domain';
import type { RequestStore } from '@api/core/context/request-context';
import { DatabaseService } from '@api/core/database/database.service';
import { AppError } from '@api/core/graphql/app-error';
import { type ConnectionResult, type PageArgs, paginate } from '@api/core/graphql/pagination';
import { AuditEvent } from './audit-event.entity';

/** What a service records: the subject, the action, for and to whom it matters, and the states. */
export interface AuditRecord {
  subjectType: AuditSubjectType;
  subjectId: string;
  /** The object whose timeline also shows it. */
  parentId?: string | null;
  action: AuditAction;
  /** The organisation the actor acted for, if any. */
  organisationId?: string | null;
  /** Organisations whose members may read the event. */
  concerned: readonly string[];
  before?: AuditState;
  after?: AuditState;
}

/**
 * Appends to the audit trail inside the request's transaction, so an event exists exactly when
 * the change it describes was committed. The actor is the signed-in user (with their name at the
 * time); work without a user (jobs) is recorded as the platform's.
 */
@Injectable()
export class AuditService {
  constructor(
    private readonly db: DatabaseService,
    private readonly cls: ClsService<RequestStore>,
  ) {}

  async record(event: AuditRecord): Promise<void> {
    const manager = await this.db.manager();
    const actor = await this.cls.get('actor');
    await manager.query(
      `INSERT INTO audit_events (actor_id, actor_name, organisation_id, subject_type, subject_id, action, before, after, concerned, parent_id)
       SELECT $1::uuid, coalesce((SELECT u.full_name FROM users u WHERE u.id = $1::uuid), ''), $2, $3, $4, $5, $6::jsonb, $7::jsonb, $8::uuid[], $9::uuid`,
      [
        actor?.userId ?? null,
        event.organisationId ?? null,
        event.subjectType,
        event.subjectId,
        event.action,
        event.before ? JSON.stringify(event.before) : null,
        event.after ? JSON.stringify(event.after) : null,
        [...new Set(event.concerned)],
        event.parentId ?? null,
      ],
    );
  }

  /**
   * The events of a subject and of its parts (an agreement's milestones) the caller may read
   * (row-level security), newest first. NOT_FOUND when the subject itself is hidden or missing, as
   * everywhere else.
   */
  async log(subjectId: string, page: PageArgs): Promise<ConnectionResult<AuditEvent>> {
    const manager = await this.db.manager();
    const subjects = ['organisations', 'memberships', 'invitations', 'projects', 'proposals', 'agreements', 'agreement_milestones'];
    const [visible]: { found: boolean }[] = await manager.query(
      `SELECT ${subjects.map((table) => `EXISTS (SELECT 1 FROM ${table} WHERE id = $1)`).join(' OR ')} AS found`,
      [subjectId],
    );
    if (!visible?.found) throw AppError.notFound('object');
    const query = manager
      .getRepository(AuditEvent)
      .createQueryBuilder('event')
      .where('(event.subject_id = :subjectId OR event.parent_id = :subjectId)', { subjectId });
    return paginate(query, page, {
      sortExpression: "date_trunc('milliseconds', event.occurred_at)",
      idExpression: 'event.id',
      direction: 'DESC',
      cursorOf: (node) => [node.occurredAt.toISOString(), node.id],
    });
  }
}
