import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import type { PartnerStatus, PartnerSuggestionReason, ProposalDecision, ReviewerDeclaration } from '@helix/domain';
import { PartnerStatusEnum, PartnerSuggestionReasonEnum, ProposalDecisionEnum, ReviewerDeclarationEnum } from '@api/core/graphql/enums';
import { LongScalar } from '@api/core/graphql/long.scalar';
import { Connection } from '@api/core/graphql/pagination';
import { Organisation } from '@api/modules/organisations/organisation.entity';
import { User } from '@api/modules/users/user.entity';
import { Proposal } from './proposal.entity';

@ObjectType({ description: 'A person on the proposal’s team.' })
export class TeamMember {
  @Field(() => String)
  name: string;

  @Field(() => String, { nullable: true })
  role: string | null;

  @Field(() => String, { nullable: true, description: 'The organisation they work for.' })
  organisation: string | null;
}

@ObjectType({ description: 'A line of the requested budget, in the proposal’s currency.' })
export class BudgetLine {
  @Field(() => String)
  item: string;

  @Field(() => LongScalar)
  amount: number;

  @Field(() => String, { nullable: true })
  note: string | null;
}

@ObjectType({ description: 'A consortium partner and its answer.' })
export class ProposalPartner {
  @Field(() => ID)
  proposalId: string;

  organisationId: string;

  @Field(() => Organisation, { nullable: true })
  organisation: Organisation | null;

  @Field(() => PartnerStatusEnum)
  status: PartnerStatus;

  @Field(() => Boolean)
  confirmed: boolean;

  @Field(() => GraphQLISODateTime, { nullable: true })
  respondedAt: Date | null;
}

@ObjectType({ description: 'One criterion scored by one reviewer (the owner’s private data).' })
export class ProposalScore {
  @Field(() => ID)
  criterionId: string;

  @Field(() => ID)
  reviewerId: string;

  @Field(() => Int)
  score: number;

  @Field(() => String, { nullable: true })
  comment: string | null;
}

@ObjectType({ description: 'A reviewer assigned by the owner, with their conflict-of-interest declaration.' })
export class ProposalReviewer {
  @Field(() => ID)
  proposalId: string;

  reviewerId: string;

  @Field(() => User, { nullable: true })
  user: User | null;

  @Field(() => ReviewerDeclarationEnum)
  declaration: ReviewerDeclaration;

  @Field(() => String, { nullable: true })
  declarationNote: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  declaredAt: Date | null;

  @Field(() => [ProposalScore])
  scores: ProposalScore[];
}

@ObjectType({ description: 'A decision on a proposal with its justification (the owner’s record).' })
export class ProposalDecisionRecord {
  @Field(() => ProposalDecisionEnum)
  decision: ProposalDecision;

  @Field(() => String)
  justification: string;

  @Field(() => String, { nullable: true })
  feedback: string | null;

  @Field(() => GraphQLISODateTime)
  decidedAt: Date;
}

@ObjectType({ description: 'A proposal in the owner’s ranking: weighted score (0–100) and rank; unscored ones last without a rank.' })
export class RankedProposal {
  @Field(() => Proposal)
  proposal: Proposal;

  @Field(() => Float, { nullable: true })
  score: number | null;

  @Field(() => Int, { nullable: true })
  rank: number | null;
}

@ObjectType()
export class ProposalConnection extends Connection(Proposal, 'Proposal') {}

@ObjectType({ description: 'A verified organisation the partner finder suggests for a proposal, and why.' })
export class PartnerSuggestion {
  @Field(() => Organisation)
  organisation: Organisation;

  @Field(() => Float, { description: '0 to 1; higher is a better fit.' })
  score: number;

  @Field(() => [PartnerSuggestionReasonEnum])
  reasons: PartnerSuggestionReason[];

  @Field(() => [String], { description: 'The organisation’s expertise tags the call matches.' })
  matchedExpertise: string[];
}
