import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { MembershipRole } from '@helix/domain';
import { MembershipRoleEnum } from '@api/core/graphql/enums';

/** A user's role in one organisation; a user may belong to several. */
@ObjectType()
@Entity({ name: 'memberships' })
export class Membership {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Field(() => MembershipRoleEnum)
  @Column({ type: 'text' })
  role: MembershipRole;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
