import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { Currency, ProposalStatus } from '@helix/domain';
import { bigintAsNumber } from '@api/core/database/bigint-transformer';

/**
 * A proposal's metadata: who leads it for which call, its status as stored and when it was
 * submitted. The content lives in `proposal_contents` (parties only) and in the frozen
 * submissions (the owner, once a sealed call has closed); the resolver reads whichever row-level
 * security lets the caller see.
 */
@ObjectType({ description: 'A research proposal or bid for a project, by a lead organisation and its partners.' })
@Entity({ name: 'proposals' })
export class Proposal {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId: string;

  @Column({ name: 'lead_organisation_id', type: 'uuid' })
  leadOrganisationId: string;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @Column({ name: 'status', type: 'text', default: 'DRAFT' })
  storedStatus: ProposalStatus;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'The latest submission (the owner sees this even for a sealed call).' })
  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null;

  @Field(() => String, { nullable: true, description: 'The owner’s feedback with its decision, for the proposer.' })
  @Column({ type: 'text', nullable: true })
  feedback: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
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

export interface TeamMemberValue {
  name: string;
  role: string | null;
  organisation: string | null;
}

export interface BudgetLineValue {
  item: string;
  amount: number;
  note: string | null;
}

/** The working draft: lead and named partners only (row-level security). */
@Entity({ name: 'proposal_contents' })
export class ProposalContent {
  @PrimaryColumn({ name: 'proposal_id', type: 'uuid' })
  proposalId: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', default: '' })
  abstract: string;

  @Column({ type: 'text', default: '' })
  approach: string;

  @Column({ name: 'requested_budget', type: 'bigint', nullable: true, transformer: bigintAsNumber })
  requestedBudget: number | null;

  @Column({ type: 'text', default: 'VND' })
  currency: Currency;

  @Column({ name: 'duration_months', type: 'integer', nullable: true })
  durationMonths: number | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  team: TeamMemberValue[];

  @Column({ name: 'budget_lines', type: 'jsonb', default: () => "'[]'" })
  budgetLines: BudgetLineValue[];

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}

/** What a submission freezes (and what its hash is computed over, as canonical JSON). */
export interface SubmittedContent {
  title: string;
  abstract: string;
  approach: string;
  requestedBudget: { amount: number; currency: Currency } | null;
  durationMonths: number | null;
  team: TeamMemberValue[];
  budgetLines: BudgetLineValue[];
  partners: { organisationId: string; status: string }[];
  attachmentIds: string[];
}

/** Every submission, frozen; lead and partners always, the owner once the sealed call has closed. */
@ObjectType({ description: 'One submitted version of a proposal, frozen, with the SHA-256 of its canonical JSON.' })
@Entity({ name: 'proposal_submissions' })
export class ProposalSubmission {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'proposal_id', type: 'uuid' })
  proposalId: string;

  @Field(() => Int)
  @Column({ type: 'integer' })
  number: number;

  @Column({ type: 'jsonb' })
  content: SubmittedContent;

  @Field(() => String)
  @Column({ name: 'content_hash', type: 'text' })
  contentHash: string;

  @Field(() => GraphQLISODateTime)
  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt: Date;

  @Column({ name: 'submitted_by', type: 'uuid', nullable: true })
  submittedBy: string | null;
}
