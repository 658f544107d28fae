import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import type { Currency, EligibilityReason, IcfIndicator as IcfIndicatorCode, RecommendationReason } from '@helix/domain';
import { CurrencyEnum, EligibilityReasonEnum, IcfIndicatorEnum, RecommendationReasonEnum } from '@api/core/graphql/enums';
import { LongScalar } from '@api/core/graphql/long.scalar';
import { Connection } from '@api/core/graphql/pagination';
import type { ProjectFilter } from './dto/project-filter.input';
import { Project } from './project.entity';

@ObjectType({ description: 'An amount in the currency’s minor unit (VND has none: 1 = 1 đồng).' })
export class Money {
  @Field(() => LongScalar)
  amount: number;

  @Field(() => CurrencyEnum)
  currency: Currency;
}

@ObjectType({ description: 'An ICF Intelligent Community indicator, named in the reader’s language.' })
export class IcfIndicator {
  @Field(() => IcfIndicatorEnum)
  code: IcfIndicatorCode;

  @Field(() => String)
  name: string;

  @Field(() => String)
  description: string;
}

@ObjectType({ description: 'Whether the active organisation may respond to (and ask about) the project, and if not, why.' })
export class ProjectEligibility {
  @Field(() => Boolean)
  eligible: boolean;

  @Field(() => EligibilityReasonEnum, { nullable: true })
  reason: EligibilityReason | null;

  @Field(() => String, { nullable: true, description: 'The reason, in the reader’s language.' })
  message: string | null;
}

@ObjectType()
export class FacetCount {
  @Field(() => String)
  value: string;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: 'Counts for the filter panel: each dimension counted with every other filter applied.' })
export class ProjectFacets {
  @Field(() => [FacetCount])
  kinds: FacetCount[];

  @Field(() => [FacetCount])
  domains: FacetCount[];

  @Field(() => [FacetCount])
  indicators: FacetCount[];

  @Field(() => [FacetCount])
  statuses: FacetCount[];

  @Field(() => [FacetCount])
  eligibleKinds: FacetCount[];

  @Field(() => [FacetCount])
  organisationKinds: FacetCount[];
}

@ObjectType()
export class ProjectConnection extends Connection(Project, 'Project') {
  @Field(() => Boolean, { description: 'The search words found nothing, so these are similar spellings (typos forgiven).' })
  approximate: boolean;

  /** The filter the page was read with, for the lazily computed facets. */
  filter?: ProjectFilter | null;
}

@ObjectType({ description: 'An open call suggested to the active organisation, and why.' })
export class ProjectRecommendation {
  @Field(() => Project)
  project: Project;

  @Field(() => Float, { description: '0 to 1; higher is a better match.' })
  score: number;

  @Field(() => [RecommendationReasonEnum])
  reasons: RecommendationReason[];

  @Field(() => [String], { description: 'The organisation’s expertise tags the call matches.' })
  matchedExpertise: string[];
}
