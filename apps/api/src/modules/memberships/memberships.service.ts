import { Injectable } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import type { EntityManager } from 'typeorm';
import { expiresAfter, INVITATION_TTL_DAYS, type InvitationStatus, invitationStatus, type Locale, type MembershipRole, type OrganisationKind } from '@helix/domain';
import { AuditService } from '@api/core/audit/audit.service';
import { ActorService } from '@api/core/auth/actor.service';
import { hashSecret, TokenService } from '@api/core/auth/token.service';
import type { RequestStore } from '@api/core/context/request-context';
import { DatabaseService } from '@api/core/database/database.service';
import { AppError } from '@api/core/graphql/app-error';
import { validEmail } from '@api/core/graphql/input-checks';
import { type ConnectionResult, type PageArgs, paginate } from '@api/core/graphql/pagination';
import { MailService } from '@api/modules/mail/mail.service';
import { OrganisationsService } from '@api/modules/organisations/organisations.service';
import { Membership } from '@api/modules/users/membership.entity';
import { User } from '@api/modules/users/user.entity';
import { Invitation } from './invitation.entity';
import type { InvitationPreview, InviteMemberInput } from './memberships.types';

interface InvitationRow {
  id: string;
  organisation_id: string;
  organisation_name: string;
  organisation_kind: OrganisationKind;
  email: string;
  role: MembershipRole;
  expires_at: Date;
  accepted_at: Date | null;
  revoked_at: Date | null;
}

const INVITATION_ERRORS: Record<Exclude<InvitationStatus, 'PENDING'>, 'INVITATION_EXPIRED' | 'INVITATION_ACCEPTED' | 'INVITATION_REVOKED'> = {
  EXPIRED: 'INVITATION_EXPIRED',
  ACCEPTED: 'INVITATION_ACCEPTED',
  REVOKED: 'INVITATION_REVOKED',
};

@Injectable()
export class MembershipsService {
  constructor(
    private readonly db: DatabaseService,
    private readonly actors: ActorService,
    private readonly tokens: TokenService,
    private readonly mail: MailService,
    private readonly organisations: OrganisationsService,
    private readonly audit: AuditService,
    private readonly cls: ClsService<RequestStore>,
  ) {}

  /** The members of an organisation, oldest first: for its members only. */
  async members(organisationId: string, page: PageArgs): Promise<ConnectionResult<Membership>> {
    await this.requireMembership(organisationId, 'VIEWER');
    const manager = await this.db.manager();
    const query = manager.getRepository(Membership).createQueryBuilder('membership').where('membership.organisation_id = :organisationId', { organisationId });
    return paginate(query, page, {
      sortExpression: "date_trunc('milliseconds', membership.created_at)",
      idExpression: 'membership.id',
      direction: 'ASC',
      cursorOf: (membership) => [membership.createdAt.toISOString(), membership.id],
    });
  }

  /** Invitations of an organisation, newest first: for its owners and admins. */
  async invitations(organisationId: string, page: PageArgs): Promise<ConnectionResult<Invitation>> {
    await this.requireMembership(organisationId, 'ADMIN');
    const manager = await this.db.manager();
    const query = manager.getRepository(Invitation).createQueryBuilder('invitation').where('invitation.organisation_id = :organisationId', { organisationId });
    return paginate(query, page, {
      sortExpression: "date_trunc('milliseconds', invitation.created_at)",
      idExpression: 'invitation.id',
      direction: 'DESC',
      cursorOf: (invitation) => [invitation.createdAt.toISOString(), invitation.id],
    });
  }

  /**
   * Invites someone by e-mail, with or without an account. A new invitation to the same address
   * replaces a pending one (a resend), so only the latest link works.
   */
  async invite(input: InviteMemberInput): Promise<Invitation> {
    const actor = await this.actors.authorise('member.invite', input.organisationId, 'organisation', { newRole: input.role });
    const email = validEmail(input.email, 'input.email');
    const organisation = await this.organisations.findById(input.organisationId);
    const manager = await this.db.manager();
    const alreadyMember = await manager
      .getRepository(Membership)
      .createQueryBuilder('membership')
      .innerJoin(User, 'user', 'user.id = membership.user_id')
      .where('membership.organisation_id = :organisationId AND user.email = :email', { organisationId: organisation.id, email })
      .getExists();
    if (alreadyMember) throw AppError.badInput('input.email', 'ALREADY_MEMBER');
    await manager.query(`UPDATE invitations SET revoked_at = now() WHERE organisation_id = $1 AND email = $2 AND accepted_at IS NULL AND revoked_at IS NULL`, [
      organisation.id,
      email,
    ]);
    const { secret, hash } = this.tokens.newSecret();
    const invitation = await manager.getRepository(Invitation).save({
      organisationId: organisation.id,
      email,
      role: input.role,
      tokenHash: hash,
      invitedBy: actor.userId,
      expiresAt: expiresAfter(new Date(), INVITATION_TTL_DAYS),
    });
    const [inviter] = (await manager.query(`SELECT full_name FROM users WHERE id = $1`, [actor.userId])) as { full_name: string }[];
    const [account] = (await manager.query(`SELECT helix.account_locale($1) AS locale`, [email])) as { locale: 'vi' | 'en' | null }[];
    const recipientLocale: Locale = account?.locale ?? this.cls.get('locale') ?? 'vi';
    await this.mail.enqueue('invitation', email, recipientLocale, {
      organisationName: organisation.name,
      inviterName: inviter?.full_name ?? '',
      role: input.role,
      link: this.mail.link(`/invitations/accept?token=${encodeURIComponent(secret)}`),
      expiresAt: invitation.expiresAt,
    });
    await this.audit.record({
      subjectType: 'INVITATION',
      subjectId: invitation.id,
      parentId: organisation.id,
      action: 'MEMBER_INVITED',
      organisationId: organisation.id,
      concerned: [organisation.id],
      after: { email, role: input.role },
    });
    return invitation;
  }

  async revokeInvitation(id: string): Promise<Invitation> {
    const manager = await this.db.manager();
    const invitation = await manager.getRepository(Invitation).findOneBy({ id });
    if (!invitation) throw AppError.notFound('invitation');
    await this.actors.authorise('member.invite', invitation.organisationId, 'invitation', { newRole: invitation.role });
    const status = invitationStatus(invitation, new Date());
    if (status !== 'PENDING') throw new AppError('INVALID_TRANSITION', INVITATION_ERRORS[status]);
    await manager.getRepository(Invitation).update(id, { revokedAt: new Date() });
    const orgId = invitation.organisationId;
    await this.audit.record({ subjectType: 'INVITATION', subjectId: id, parentId: orgId, action: 'INVITATION_REVOKED', organisationId: orgId, concerned: [orgId], before: { status }, after: { status: 'REVOKED' } });
    return manager.getRepository(Invitation).findOneByOrFail({ id });
  }

  /** What a link shows before it is accepted (no sign-in needed: the token is the capability). */
  async preview(token: string): Promise<InvitationPreview> {
    const invitation = await this.invitationByToken(token);
    return {
      organisationName: invitation.organisation_name,
      organisationKind: invitation.organisation_kind,
      email: invitation.email,
      role: invitation.role,
      status: this.statusOf(invitation),
      expiresAt: invitation.expires_at,
    };
  }

  /** Joins the organisation: once, before it expires, by the account of the invited address. */
  async accept(token: string): Promise<Membership> {
    const actor = await this.actors.require();
    const invitation = await this.invitationByToken(token);
    const status = this.statusOf(invitation);
    if (status !== 'PENDING') throw AppError.badInput('token', INVITATION_ERRORS[status]);
    const manager = await this.db.manager();
    const user = await manager.getRepository(User).findOneByOrFail({ id: actor.userId });
    if (user.email !== invitation.email) throw new AppError('FORBIDDEN', 'INVITATION_WRONG_ACCOUNT', { email: invitation.email });
    if (actor.memberships.some((m) => m.organisationId === invitation.organisation_id)) throw AppError.badInput('token', 'ALREADY_MEMBER');
    // Row-level security admits this membership only for a pending invitation of this account.
    const membership = await manager.getRepository(Membership).save({ organisationId: invitation.organisation_id, userId: user.id, role: invitation.role });
    await this.actors.reset(actor.userId, actor.sessionId);
    const accepted = await manager.query(`UPDATE invitations SET accepted_at = now(), accepted_by = $2 WHERE id = $1 AND accepted_at IS NULL`, [
      invitation.id,
      user.id,
    ]);
    if (!(accepted as [unknown, number])[1]) throw AppError.badInput('token', 'INVITATION_ACCEPTED');
    const orgId = invitation.organisation_id;
    await this.audit.record({ subjectType: 'MEMBERSHIP', subjectId: membership.id, parentId: orgId, action: 'MEMBER_JOINED', organisationId: orgId, concerned: [orgId], after: { userId: user.id, role: invitation.role } });
    return membership;
  }

  async changeRole(membershipId: string, role: MembershipRole): Promise<Membership> {
    const { membership, manager } = await this.lockedMembership(membershipId);
    const actor = await this.actors.require();
    await this.actors.authorise('member.changeRole', membership.organisationId, 'membership', {
      targetRole: membership.role,
      newRole: role,
      targetIsSelf: membership.userId === actor.userId,
      ownerCount: await this.ownerCount(manager, membership.organisationId),
    });
    await manager.getRepository(Membership).update(membership.id, { role });
    if (membership.userId === actor.userId) await this.actors.reset(actor.userId, actor.sessionId);
    const orgId = membership.organisationId;
    await this.audit.record({
      subjectType: 'MEMBERSHIP',
      subjectId: membership.id,
      parentId: orgId,
      action: 'MEMBER_ROLE_CHANGED',
      organisationId: orgId,
      concerned: [orgId],
      before: { userId: membership.userId, role: membership.role },
      after: { userId: membership.userId, role },
    });
    return { ...membership, role };
  }

  async remove(membershipId: string): Promise<boolean> {
    const { membership, manager } = await this.lockedMembership(membershipId);
    const actor = await this.actors.require();
    await this.actors.authorise('member.remove', membership.organisationId, 'membership', {
      targetRole: membership.role,
      targetIsSelf: membership.userId === actor.userId,
      ownerCount: await this.ownerCount(manager, membership.organisationId),
    });
    await manager.getRepository(Membership).delete(membership.id);
    if (membership.userId === actor.userId) await this.actors.reset(actor.userId, actor.sessionId);
    const orgId = membership.organisationId;
    await this.audit.record({
      subjectType: 'MEMBERSHIP',
      subjectId: membership.id,
      parentId: orgId,
      action: 'MEMBER_REMOVED',
      organisationId: orgId,
      concerned: [orgId],
      before: { userId: membership.userId, role: membership.role },
    });
    return true;
  }

  private async requireMembership(organisationId: string, minimum: 'VIEWER' | 'ADMIN'): Promise<void> {
    await this.actors.authorise(minimum === 'ADMIN' ? 'member.invite' : 'organisation.viewMembers', organisationId, 'organisation');
  }

  /**
   * The membership, with its organisation locked for the rest of the request, so two owners
   * demoting each other at once cannot leave the organisation without an owner.
   */
  private async lockedMembership(membershipId: string): Promise<{ membership: Membership; manager: EntityManager }> {
    const manager = await this.db.manager();
    const membership = await manager.getRepository(Membership).findOneBy({ id: membershipId });
    if (!membership) throw AppError.notFound('membership');
    await manager.query(`SELECT id FROM organisations WHERE id = $1 FOR UPDATE`, [membership.organisationId]);
    return { membership, manager };
  }

  private async ownerCount(manager: EntityManager, organisationId: string): Promise<number> {
    return manager.getRepository(Membership).countBy({ organisationId, role: 'OWNER' });
  }

  private async invitationByToken(token: string): Promise<InvitationRow> {
    const manager = await this.db.manager();
    const [invitation] = (await manager.query(`SELECT * FROM helix.invitation_by_token($1)`, [hashSecret(token ?? '')])) as InvitationRow[];
    if (!invitation) throw AppError.badInput('token', 'INVITATION_INVALID');
    return invitation;
  }

  private statusOf(invitation: InvitationRow): InvitationStatus {
    return invitationStatus({ expiresAt: invitation.expires_at, acceptedAt: invitation.accepted_at, revokedAt: invitation.revoked_at }, new Date());
  }
}
