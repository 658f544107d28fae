import { Field, GraphQLISODateTime, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { InvitationStatus, MembershipRole, OrganisationKind } from '@helix/domain';
import { MembershipRoleEnum, OrganisationKindEnum } from '@api/core/graphql/enums';
import { Connection } from '@api/core/graphql/pagination';
import { Membership } from '@api/modules/users/membership.entity';
import { Invitation } from './invitation.entity';

export const InvitationStatusEnum = { PENDING: 'PENDING', ACCEPTED: 'ACCEPTED', REVOKED: 'REVOKED', EXPIRED: 'EXPIRED' } as const satisfies Record<InvitationStatus, InvitationStatus>;
registerEnumType(InvitationStatusEnum, { name: 'InvitationStatus' });

@ObjectType()
export class MembershipConnection extends Connection(Membership, 'Membership') {}

@ObjectType()
export class InvitationConnection extends Connection(Invitation, 'Invitation') {}

@ObjectType({ description: 'What the holder of an invitation link may see before accepting.' })
export class InvitationPreview {
  @Field(() => String) organisationName: string;
  @Field(() => OrganisationKindEnum) organisationKind: OrganisationKind;
  @Field(() => String) email: string;
  @Field(() => MembershipRoleEnum) role: MembershipRole;
  @Field(() => InvitationStatusEnum) status: InvitationStatus;
  @Field(() => GraphQLISODateTime) expiresAt: Date;
}

@InputType()
export class InviteMemberInput {
  @Field(() => ID) organisationId: string;
  @Field(() => String) email: string;
  @Field(() => MembershipRoleEnum) role: MembershipRole;
}

@InputType()
export class ChangeMemberRoleInput {
  @Field(() => ID) membershipId: string;
  @Field(() => MembershipRoleEnum) role: MembershipRole;
}
