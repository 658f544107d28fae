import { Field, GraphQLISODateTime, ID, InputType, Int } from '@nestjs/graphql';
import type { Currency, IcfIndicator, OrganisationKind, ProjectDomain, ProjectKind, ProjectVisibility } from '@helix/domain';
import { CurrencyEnum, IcfIndicatorEnum, OrganisationKindEnum, ProjectDomainEnum, ProjectKindEnum, ProjectVisibilityEnum } from '@api/core/graphql/enums';
import { LongScalar } from '@api/core/graphql/long.scalar';

@InputType()
export class MoneyInput {
  @Field(() => LongScalar, { description: 'Minor units, whole and not negative.' })
  amount: number;

  @Field(() => CurrencyEnum, { nullable: true, description: 'VND when omitted.' })
  currency?: Currency | null;
}

@InputType()
export class CriterionInput {
  @Field(() => String)
  name: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => Int, { description: '1–100; all weights of a project add up to 100 before it is published.' })
  weight: number;
}

/** Every field of a project; on update, a field left out stays as it is and null clears it. */
@InputType()
export class UpdateProjectInput {
  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  summary?: string | null;

  @Field(() => String, { nullable: true, description: 'Markdown.' })
  description?: string | null;

  @Field(() => ProjectKindEnum, { nullable: true })
  kind?: ProjectKind | null;

  @Field(() => ProjectDomainEnum, { nullable: true })
  domain?: ProjectDomain | null;

  @Field(() => [IcfIndicatorEnum], { nullable: true })
  indicators?: IcfIndicator[] | null;

  @Field(() => MoneyInput, { nullable: true })
  budget?: MoneyInput | null;

  @Field(() => String, { nullable: true })
  location?: string | null;

  @Field(() => [OrganisationKindEnum], { nullable: true })
  eligibleKinds?: OrganisationKind[] | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  opensAt?: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  closesAt?: Date | null;

  @Field(() => Boolean, { nullable: true })
  sealed?: boolean | null;

  @Field(() => ProjectVisibilityEnum, { nullable: true })
  visibility?: ProjectVisibility | null;

  @Field(() => [ID], { nullable: true, description: 'Organisations that may see an INVITED project.' })
  invitedOrganisationIds?: string[] | null;

  @Field(() => [CriterionInput], { nullable: true, description: 'Replaces the whole list.' })
  criteria?: CriterionInput[] | null;

  @Field(() => [ID], { nullable: true, description: 'Files uploaded by your organisation (POST /api/files); replaces the list.' })
  attachmentIds?: string[] | null;
}

@InputType()
export class CreateProjectInput extends UpdateProjectInput {
  @Field(() => String)
  declare title: string;

  @Field(() => ProjectKindEnum)
  declare kind: ProjectKind;

  @Field(() => ProjectDomainEnum)
  declare domain: ProjectDomain;
}
