import { Field, GraphQLISODateTime, InputType } from '@nestjs/graphql';
import type { Currency, IcfIndicator, OrganisationKind, ProjectDomain, ProjectKind, ProjectStatus } from '@helix/domain';
import {
  CurrencyEnum,
  IcfIndicatorEnum,
  OrganisationKindEnum,
  ProjectDomainEnum,
  ProjectKindEnum,
  ProjectStatusEnum,
} from '@api/core/graphql/enums';
import { LongScalar } from '@api/core/graphql/long.scalar';

@InputType()
export class ProjectFilter {
  @Field(() => String, { nullable: true, description: 'Words in the title, summary, description or organisation name; accents and small typos are forgiven.' })
  search?: string | null;

  @Field(() => [ProjectKindEnum], { nullable: true })
  kinds?: ProjectKind[] | null;

  @Field(() => [ProjectDomainEnum], { nullable: true })
  domains?: ProjectDomain[] | null;

  @Field(() => [IcfIndicatorEnum], { nullable: true, description: 'Projects serving any of these indicators.' })
  indicators?: IcfIndicator[] | null;

  @Field(() => [ProjectStatusEnum], { nullable: true, description: 'Every published status when empty (drafts only with `mine`).' })
  statuses?: ProjectStatus[] | null;

  @Field(() => [OrganisationKindEnum], { nullable: true, description: 'Kind of the posting organisation.' })
  organisationKinds?: OrganisationKind[] | null;

  @Field(() => [OrganisationKindEnum], { nullable: true, description: 'Projects open to any of these kinds.' })
  eligibleKinds?: OrganisationKind[] | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  closesAfter?: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  closesBefore?: Date | null;

  @Field(() => LongScalar, { nullable: true })
  budgetMin?: number | null;

  @Field(() => LongScalar, { nullable: true })
  budgetMax?: number | null;

  @Field(() => CurrencyEnum, { nullable: true, description: 'Currency of the budget range (VND when omitted).' })
  budgetCurrency?: Currency | null;

  @Field(() => Boolean, { nullable: true, description: 'Only the active organisation’s projects, drafts included.' })
  mine?: boolean | null;
}
