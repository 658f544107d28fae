import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Currency, IcfIndicator, OrganisationKind, ProjectDomain, ProjectKind, ProjectStatus, ProjectVisibility } from '@helix/domain';
import { OrganisationKindEnum, ProjectDomainEnum, ProjectKindEnum, ProjectVisibilityEnum } from '@api/core/graphql/enums';
import { bigintAsNumber } from '@api/core/database/bigint-transformer';

/**
 * A smart-city project (a call): what it asks for, who may respond, until when, and how responses
 * are weighed. `status` as stored; readers get the effective status from the resolver.
 */
@ObjectType({ description: 'A research call, pilot tender, challenge or partnership offer.' })
@Entity({ name: 'projects' })
export class Project {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @Field(() => String)
  @Column({ type: 'text' })
  title: string;

  @Field(() => String)
  @Column({ type: 'text', default: '' })
  summary: string;

  @Field(() => String, { description: 'Markdown.' })
  @Column({ type: 'text', default: '' })
  description: string;

  @Field(() => ProjectKindEnum)
  @Column({ type: 'text' })
  kind: ProjectKind;

  @Field(() => ProjectDomainEnum)
  @Column({ type: 'text' })
  domain: ProjectDomain;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  indicators: IcfIndicator[];

  @Column({ name: 'budget_amount', type: 'bigint', nullable: true, transformer: bigintAsNumber })
  budgetAmount: number | null;

  @Column({ name: 'budget_currency', type: 'text', default: 'VND' })
  budgetCurrency: Currency;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  location: string | null;

  @Field(() => [OrganisationKindEnum], { description: 'Kinds of organisation that may respond.' })
  @Column({ name: 'eligible_kinds', type: 'text', array: true, default: () => "'{}'" })
  eligibleKinds: OrganisationKind[];

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When responses are accepted from; the publication time when empty.' })
  @Column({ name: 'opens_at', type: 'timestamptz', nullable: true })
  opensAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ name: 'closes_at', type: 'timestamptz', nullable: true })
  closesAt: Date | null;

  @Field(() => Boolean, { description: 'Sealed: responses stay closed to the owner until the closing time.' })
  @Column({ type: 'boolean', default: true })
  sealed: boolean;

  @Field(() => ProjectVisibilityEnum)
  @Column({ type: 'text', default: 'PUBLIC' })
  visibility: ProjectVisibility;

  @Column({ name: 'status', type: 'text', default: 'DRAFT' })
  storedStatus: ProjectStatus;

  @Field(() => String, { nullable: true, description: 'Why it was cancelled; every reader sees it.' })
  @Column({ name: 'cancellation_reason', type: 'text', nullable: true })
  cancellationReason: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was awarded or declared unsuccessful.' })
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Field(() => GraphQLISODateTime)
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;

  @Field(() => Int, { description: 'Pass it back as expectedVersion when editing.' })
  @Column({ type: 'integer', default: 1 })
  version: number;
}
