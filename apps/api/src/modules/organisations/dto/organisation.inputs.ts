import { Field, InputType } from '@nestjs/graphql';
import type { OrganisationKind } from '@helix/domain';
import { OrganisationKindEnum } from '@api/core/graphql/enums';

@InputType()
export class CreateOrganisationInput {
  @Field(() => String) name: string;
  @Field(() => String, { nullable: true }) shortName?: string | null;
  @Field(() => OrganisationKindEnum) kind: OrganisationKind;
  @Field(() => String, { nullable: true }) registrationCode?: string | null;
  @Field(() => String, { nullable: true, description: "Stored in the caller's language." }) description?: string | null;
  @Field(() => String, { nullable: true }) descriptionVi?: string | null;
  @Field(() => String, { nullable: true }) descriptionEn?: string | null;
  @Field(() => String, { nullable: true }) website?: string | null;
  @Field(() => [String], { nullable: true }) expertise?: string[] | null;
}

@InputType()
export class UpdateOrganisationInput {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) shortName?: string | null;
  @Field(() => OrganisationKindEnum, { nullable: true, description: 'Only while the organisation is PENDING.' }) kind?: OrganisationKind | null;
  @Field(() => String, { nullable: true }) registrationCode?: string | null;
  @Field(() => String, { nullable: true }) descriptionVi?: string | null;
  @Field(() => String, { nullable: true }) descriptionEn?: string | null;
  @Field(() => String, { nullable: true }) website?: string | null;
  @Field(() => [String], { nullable: true }) expertise?: string[] | null;
}
