import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { invitationStatus, type InvitationStatus } from '@helix/domain';
import { Access } from '@api/core/auth/access.decorator';
import { AppError } from '@api/core/graphql/app-error';
import { PageArgs } from '@api/core/graphql/pagination';
import { ParseUUIDPipe } from '@api/core/graphql/parse-uuid.pipe';
import { Organisation } from '@api/modules/organisations/organisation.entity';
import { OrganisationsService } from '@api/modules/organisations/organisations.service';
import { Membership } from '@api/modules/users/membership.entity';
import { User } from '@api/modules/users/user.entity';
import { UsersService } from '@api/modules/users/users.service';
import { Invitation } from './invitation.entity';
import { MembershipsService } from './memberships.service';
import {
  ChangeMemberRoleInput,
  InvitationConnection,
  InvitationPreview,
  InvitationStatusEnum,
  InviteMemberInput,
  MembershipConnection,
} from './memberships.types';

@Resolver(() => Membership)
export class MembershipsResolver {
  constructor(
    private readonly memberships: MembershipsService,
    private readonly organisations: OrganisationsService,
    private readonly users: UsersService,
  ) {}

  @Mutation(() => Invitation, { description: 'Owners and admins invite by e-mail (single use, 7 days); only owners invite owners.' })
  @Access('user')
  inviteMember(@Args('input') input: InviteMemberInput): Promise<Invitation> {
    return this.memberships.invite({ ...input, organisationId: new ParseUUIDPipe('input.organisationId').transform(input.organisationId) });
  }

  @Mutation(() => Invitation)
  @Access('user')
  revokeInvitation(@Args('id', { type: () => ID }, new ParseUUIDPipe()) id: string): Promise<Invitation> {
    return this.memberships.revokeInvitation(id);
  }

  @Query(() => InvitationPreview, { description: 'Preview of an invitation by its token (no sign-in needed).' })
  @Access('public')
  invitation(@Args('token', { type: () => String }) token: string): Promise<InvitationPreview> {
    return this.memberships.preview(token);
  }

  @Mutation(() => Membership, { description: 'Joins with the signed-in account, which must be the invited address.' })
  @Access('user')
  acceptInvitation(@Args('token', { type: () => String }) token: string): Promise<Membership> {
    return this.memberships.accept(token);
  }

  @Mutation(() => Membership, { description: 'The last owner can be neither demoted nor removed.' })
  @Access('user')
  changeMemberRole(@Args('input') input: ChangeMemberRoleInput): Promise<Membership> {
    return this.memberships.changeRole(new ParseUUIDPipe('input.membershipId').transform(input.membershipId), input.role);
  }

  @Mutation(() => Boolean, { description: 'Removes a member, or leaves when it is your own membership.' })
  @Access('user')
  removeMember(@Args('membershipId', { type: () => ID }, new ParseUUIDPipe('membershipId')) membershipId: string): Promise<boolean> {
    return this.memberships.remove(membershipId);
  }

  @ResolveField(() => Organisation)
  async organisation(@Parent() membership: Membership): Promise<Organisation> {
    const organisation = await this.organisations.load(membership.organisationId);
    if (!organisation) throw AppError.notFound('organisation');
    return organisation;
  }

  @ResolveField(() => User)
  async user(@Parent() membership: Membership): Promise<User> {
    const user = await this.users.byId(membership.userId);
    if (!user) throw AppError.notFound('user');
    return user;
  }
}

@Resolver(() => Invitation)
export class InvitationsResolver {
  constructor(
    private readonly organisations: OrganisationsService,
    private readonly users: UsersService,
  ) {}

  @ResolveField(() => InvitationStatusEnum)
  status(@Parent() invitation: Invitation): InvitationStatus {
    return invitationStatus(invitation, new Date());
  }

  @ResolveField(() => Organisation)
  async organisation(@Parent() invitation: Invitation): Promise<Organisation> {
    const organisation = await this.organisations.load(invitation.organisationId);
    if (!organisation) throw AppError.notFound('organisation');
    return organisation;
  }

  @ResolveField(() => User, { nullable: true })
  invitedBy(@Parent() invitation: Invitation): Promise<User | null> {
    return invitation.invitedBy ? this.users.byId(invitation.invitedBy) : Promise.resolve(null);
  }
}

/** The member-only parts of an organisation. */
@Resolver(() => Organisation)
export class OrganisationMembersResolver {
  constructor(private readonly memberships: MembershipsService) {}

  @ResolveField(() => MembershipConnection, { nullable: true, description: 'Members only (NOT_FOUND for others, who cannot tell it exists), oldest first.' })
  members(@Parent() organisation: Organisation, @Args() page: PageArgs): Promise<MembershipConnection> {
    return this.memberships.members(organisation.id, page);
  }

  @ResolveField(() => InvitationConnection, { nullable: true, description: 'Owners and admins only (FORBIDDEN for other members, NOT_FOUND for outsiders), newest first.' })
  invitations(@Parent() organisation: Organisation, @Args() page: PageArgs): Promise<InvitationConnection> {
    return this.memberships.invitations(organisation.id, page);
  }
}
