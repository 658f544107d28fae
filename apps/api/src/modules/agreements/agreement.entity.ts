import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { AgreementContent, AgreementStatus, Currency, MilestoneStatus } from '@helix/domain';
import { bigintAsNumber } from '@api/core/database/bigint-transformer';
import { MilestoneStatusEnum } from '@api/core/graphql/enums';

/** pg returns `date` columns through TypeORM as YYYY-MM-DD strings; they stay calendar days, never instants. */
const DATE = { type: 'date' as const };

/**
 * A partnership agreement: its state and the mirrors of its current version that lists and
 * clocks need (title, dates, time zone, value). What was negotiated and signed is in its versions.
 */
@ObjectType({ description: 'A partnership agreement between two or more organisations, negotiated in versions and signed by hash.' })
@Entity({ name: 'agreements' })
export class Agreement {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'managing_organisation_id', type: 'uuid' })
  managingOrganisationId: string;

  @Column({ name: 'proposal_id', type: 'uuid', nullable: true })
  proposalId: string | null;

  @Column({ name: 'project_id', type: 'uuid', nullable: true })
  projectId: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @Column({ type: 'text', default: 'DRAFT' })
  status: AgreementStatus;

  @Field(() => String, { description: 'The current version’s title.' })
  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', default: 'VND' })
  currency: Currency;

  @Column({ name: 'total_value', type: 'bigint', default: 0, transformer: bigintAsNumber })
  totalValue: number;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  @Column({ name: 'starts_on', ...DATE, nullable: true })
  startsOn: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  @Column({ name: 'ends_on', ...DATE, nullable: true })
  endsOn: string | null;

  @Field(() => String, { description: 'The IANA time zone its dates are days in (Asia/Ho_Chi_Minh unless chosen otherwise).' })
  @Column({ name: 'time_zone', type: 'text' })
  timeZone: string;

  @Field(() => Boolean, { description: 'Whether its summary (parties, value, dates, milestone progress) is published on the public portal.' })
  @Column({ type: 'boolean', default: false })
  disclosed: boolean;

  @Field(() => Int, { description: 'The current version’s number: pass it back as expectedVersion when editing.' })
  @Column({ name: 'current_version', type: 'integer', default: 0 })
  version: number;

  @Column({ name: 'signed_version', type: 'integer', nullable: true })
  signedVersionNumber: number | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ name: 'signatures_requested_at', type: 'timestamptz', nullable: true })
  signaturesRequestedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the last party signed and it came into force.' })
  @Column({ name: 'activated_at', type: 'timestamptz', nullable: true })
  activatedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ name: 'terminated_at', type: 'timestamptz', nullable: true })
  terminatedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was terminated or cancelled.' })
  @Column({ name: 'end_reason', type: 'text', nullable: true })
  endReason: string | null;

  @Field(() => GraphQLISODateTime)
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}

/** One version: the whole content, its SHA-256 and who made it. Never changed once written. */
@ObjectType({ description: 'A numbered version of an agreement’s content with the SHA-256 of its canonical JSON: what parties sign.' })
@Entity({ name: 'agreement_versions' })
export class AgreementVersion {
  @PrimaryColumn({ name: 'agreement_id', type: 'uuid' })
  agreementId: string;

  @Field(() => Int)
  @PrimaryColumn({ type: 'integer' })
  number: number;

  @Column({ type: 'jsonb' })
  content: AgreementContent;

  @Field(() => String, { description: 'SHA-256 (hex) of the version’s canonical JSON.' })
  @Column({ name: 'content_hash', type: 'text' })
  hash: string;

  @Column({ name: 'attachment_ids', type: 'uuid', array: true, default: () => "'{}'" })
  attachmentIds: string[];

  @Field(() => Boolean, { description: 'Made while the agreement was in force: it needs every signature again.' })
  @Column({ type: 'boolean', default: false })
  amendment: boolean;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId: string | null;

  @Field(() => String, { description: 'Who made it (the name at the time).' })
  @Column({ name: 'author_name', type: 'text', default: '' })
  authorName: string;

  @Column({ name: 'author_organisation_id', type: 'uuid', nullable: true })
  authorOrganisationId: string | null;

  @Field(() => GraphQLISODateTime)
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}

/** A milestone of the governing version with how far it has got. */
@ObjectType({ description: 'A milestone of the agreement in force (before signature: of the current version) and its progress.' })
@Entity({ name: 'agreement_milestones' })
export class AgreementMilestone {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Field(() => ID)
  @Column({ name: 'agreement_id', type: 'uuid' })
  agreementId: string;

  @Column({ type: 'integer' })
  position: number;

  @Field(() => String)
  @Column({ type: 'text' })
  title: string;

  @Field(() => String, { description: 'YYYY-MM-DD, a day in the agreement’s time zone.' })
  @Column({ name: 'due_date', ...DATE })
  dueDate: string;

  @Column({ name: 'responsible_organisation_id', type: 'uuid' })
  responsibleOrganisationId: string;

  @Field(() => String, { description: 'What is to be delivered.' })
  @Column({ type: 'text', default: '' })
  deliverable: string;

  @Field(() => Int, { description: 'Percent of the money contributions paid on acceptance.' })
  @Column({ name: 'payment_share', type: 'integer', default: 0 })
  paymentShare: number;

  @Field(() => MilestoneStatusEnum)
  @Column({ type: 'text', default: 'PLANNED' })
  status: MilestoneStatus;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true })
  reviewedAt: Date | null;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}

/** A submission or review of a milestone, kept. */
@ObjectType({ description: 'A milestone submission (note and files) or review (reason), as it happened.' })
@Entity({ name: 'agreement_milestone_events' })
export class MilestoneEvent {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'milestone_id', type: 'uuid' })
  milestoneId: string;

  @Column({ name: 'agreement_id', type: 'uuid' })
  agreementId: string;

  @Column({ type: 'text' })
  action: 'SUBMITTED' | 'ACCEPTED' | 'REJECTED';

  @Field(() => String, { nullable: true, description: 'The deliverable note, or the review’s reason.' })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'attachment_ids', type: 'uuid', array: true, default: () => "'{}'" })
  attachmentIds: string[];

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Field(() => String)
  @Column({ name: 'actor_name', type: 'text', default: '' })
  actorName: string;

  @Field(() => GraphQLISODateTime)
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}
