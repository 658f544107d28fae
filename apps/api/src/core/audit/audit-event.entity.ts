import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { AuditSubjectType } from '@helix/domain';
import { AuditSubjectTypeEnum } from '@api/core/graphql/enums';

/** One appended fact of the audit trail (never changed: a trigger refuses it). */
@ObjectType({ description: 'Something that happened to an object: who, for which organisation, when, what, and the state before and after.' })
@Entity({ name: 'audit_events' })
export class AuditEvent {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => GraphQLISODateTime)
  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Field(() => String, { description: 'Who acted (the name at the time); empty for the platform itself.' })
  @Column({ name: 'actor_name', type: 'text', default: '' })
  actorName: string;

  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId: string | null;

  @Field(() => AuditSubjectTypeEnum)
  @Column({ name: 'subject_type', type: 'text' })
  subjectType: AuditSubjectType;

  @Field(() => ID)
  @Column({ name: 'subject_id', type: 'uuid' })
  subjectId: string;

  @Field(() => ID, { nullable: true, description: 'The object whose timeline also shows it (a milestone’s agreement, a membership’s organisation).' })
  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId: string | null;

  @Field(() => String, { description: 'What happened, e.g. AGREEMENT_SIGNED, PROPOSAL_SUBMITTED, MEMBER_ROLE_CHANGED.' })
  @Column({ type: 'text' })
  action: string;

  @Column({ type: 'jsonb', nullable: true })
  before: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  after: Record<string, unknown> | null;

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  concerned: string[];
}
