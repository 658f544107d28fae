import { Injectable } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import { type Action, can, type EntityName, isLocale, type MembershipRole, type OrganisationStatus, type PermissionActor, type PermissionSubject } from '@helix/domain';
import type { RequestStore } from '@api/core/context/request-context';
import { AppError } from '@api/core/graphql/app-error';
import type { ActorMembership, RequestActor } from './request-actor';
import { TokenService } from './token.service';

interface ContextRow {
  is_platform_admin: boolean;
  locale: string;
  membership_id: string | null;
  organisation_id: string | null;
  role: MembershipRole | null;
  status: OrganisationStatus | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Who is calling. Resolved once per request inside the request's transaction: the token names
 * the user and session; one query (through row-level security, as that user) checks the session
 * is live and reads the memberships; the active organisation then becomes part of the
 * transaction's context.
 */
@Injectable()
export class ActorService {
  constructor(
    private readonly cls: ClsService<RequestStore>,
    private readonly tokens: TokenService,
  ) {}

  /** The caller, or null for an anonymous visitor (or an expired / revoked session). */
  current(): Promise<RequestActor | null> {
    let actor = this.cls.get('actor');
    if (!actor) {
      actor = this.resolve();
      this.cls.set('actor', actor);
    }
    return actor;
  }

  /** The caller, or UNAUTHENTICATED. */
  async require(): Promise<RequestActor> {
    const actor = await this.current();
    if (!actor) throw new AppError('UNAUTHENTICATED', this.cls.get('accessToken') ? 'SESSION_EXPIRED' : 'UNAUTHENTICATED');
    return actor;
  }

  /** The caller as the permission rules of libs/domain see them, for one organisation. */
  permissionActor(actor: RequestActor, organisationId: string): PermissionActor {
    const membership = actor.memberships.find((m) => m.organisationId === organisationId);
    return {
      userId: actor.userId,
      isPlatformAdmin: actor.isPlatformAdmin,
      membership: membership ? { role: membership.role, organisationStatus: membership.organisationStatus } : undefined,
    };
  }

  /**
   * Asks the rules of libs/domain whether the caller may do `action` in `organisationId`. A caller
   * who is not a member learns nothing: NOT_FOUND, exactly as for an id that does not exist.
   */
  async authorise(action: Action, organisationId: string, entity: EntityName, subject: PermissionSubject = {}): Promise<RequestActor> {
    const actor = await this.require();
    const decision = can(this.permissionActor(actor, organisationId), action, subject);
    if (decision.allowed) return actor;
    if (decision.reason === 'NOT_A_MEMBER') throw AppError.notFound(entity);
    throw new AppError('FORBIDDEN', decision.reason);
  }

  /** Forgets the cached caller (after sign-in, sign-out or a membership change in this request). */
  async reset(userId?: string, sessionId?: string): Promise<RequestActor | null> {
    const actor = userId && sessionId ? this.load(userId, sessionId) : Promise.resolve(null);
    this.cls.set('actor', actor);
    if (!userId) await this.cls.get('transaction').setActor({});
    return actor;
  }

  private async resolve(): Promise<RequestActor | null> {
    const token = this.cls.get('accessToken');
    const claims = token ? this.tokens.verifyAccess(token) : undefined;
    if (!claims) return null;
    return this.load(claims.sub, claims.sid);
  }

  private async load(userId: string, sessionId: string): Promise<RequestActor | null> {
    const transaction = this.cls.get('transaction');
    await transaction.setActor({ userId });
    const manager = await transaction.manager();
    const rows: ContextRow[] = await manager.query(
      `SELECT u.is_platform_admin, u.locale, m.id AS membership_id, m.organisation_id, m.role, o.status
         FROM sessions s
         JOIN users u ON u.id = s.user_id
         LEFT JOIN memberships m ON m.user_id = u.id
         LEFT JOIN organisations o ON o.id = m.organisation_id
        WHERE s.id = $1 AND s.user_id = $2 AND s.revoked_at IS NULL AND s.expires_at > now()
        ORDER BY m.created_at, m.id`,
      [sessionId, userId],
    );
    const [first] = rows;
    if (!first) {
      await transaction.setActor({});
      return null;
    }
    const memberships: ActorMembership[] = rows
      .filter((row) => row.organisation_id && row.role && row.status && row.membership_id)
      .map((row) => ({
        membershipId: row.membership_id as string,
        organisationId: row.organisation_id as string,
        role: row.role as MembershipRole,
        organisationStatus: row.status as OrganisationStatus,
      }));
    const requested = this.cls.get('organisationHeader');
    let active: ActorMembership | undefined = memberships[0];
    if (requested) {
      active = UUID.test(requested) ? memberships.find((m) => m.organisationId === requested.toLowerCase()) : undefined;
      if (!active) throw new AppError('FORBIDDEN', 'ORGANISATION_NOT_YOURS');
    }
    await transaction.setActor({ userId, organisationId: active?.organisationId });
    return {
      userId,
      sessionId,
      isPlatformAdmin: first.is_platform_admin,
      locale: isLocale(first.locale) ? first.locale : 'vi',
      memberships,
      active,
    };
  }
}
