import { Field, ID, InputType, Int } from '@nestjs/graphql';
import type { PartnerStatus, ProposalStatus } from '@helix/domain';
import { PartnerStatusEnum, ProposalStatusEnum } from '@api/core/graphql/enums';
import { LongScalar } from '@api/core/graphql/long.scalar';
import { MoneyInput } from '@api/modules/projects/dto/project.inputs';

@InputType()
export class TeamMemberInput {
  @Field(() => String)
  name: string;

  @Field(() => String, { nullable: true })
  role?: string | null;

  @Field(() => String, { nullable: true })
  organisation?: string | null;
}

@InputType()
export class BudgetLineInput {
  @Field(() => String)
  item: string;

  @Field(() => LongScalar, { description: 'Minor units of the proposal’s currency, whole and not negative.' })
  amount: number;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

/** Every field of a proposal; on update, a field left out stays as it is and null clears it. */
@InputType()
export class UpdateProposalInput {
  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  abstract?: string | null;

  @Field(() => String, { nullable: true, description: 'Markdown.' })
  approach?: string | null;

  @Field(() => MoneyInput, { nullable: true })
  requestedBudget?: MoneyInput | null;

  @Field(() => Int, { nullable: true })
  durationMonths?: number | null;

  @Field(() => [TeamMemberInput], { nullable: true, description: 'Replaces the whole team.' })
  team?: TeamMemberInput[] | null;

  @Field(() => [BudgetLineInput], { nullable: true, description: 'Replaces the whole budget table.' })
  budgetLines?: BudgetLineInput[] | null;

  @Field(() => [ID], { nullable: true, description: 'Verified organisations of any kind; replaces the list (partners kept keep their answer).' })
  partnerOrganisationIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Files uploaded by the lead organisation (POST /api/files); replaces the list.' })
  attachmentIds?: string[] | null;
}

@InputType()
export class CreateProposalInput extends UpdateProposalInput {
  @Field(() => ID)
  projectId: string;

  @Field(() => String)
  declare title: string;
}

@InputType()
export class ScoreInput {
  @Field(() => ID)
  criterionId: string;

  @Field(() => Int, { description: '0–10.' })
  score: number;

  @Field(() => String, { nullable: true })
  comment?: string | null;
}

@InputType()
export class ProposalFilter {
  @Field(() => [ProposalStatusEnum], { nullable: true, description: 'Statuses as stored: SUBMITTED also matches proposals that read UNDER_REVIEW after the closing time.' })
  statuses?: ProposalStatus[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Only proposals your organisation leads (true) or is a partner of (false).' })
  lead?: boolean | null;

  @Field(() => [PartnerStatusEnum], { nullable: true, description: 'As a partner, only these answers (PENDING: the confirmation inbox).' })
  partnerStatuses?: PartnerStatus[] | null;
}
