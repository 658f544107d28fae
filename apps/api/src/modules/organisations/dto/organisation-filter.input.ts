import { Field, InputType } from '@nestjs/graphql';
import type { OrganisationKind } from '@helix/domain';
import { OrganisationKindEnum } from '@api/core/graphql/enums';

@InputType()
export class OrganisationFilter {
  @Field(() => [OrganisationKindEnum], { nullable: true })
  kinds?: OrganisationKind[] | null;

  @Field(() => String, { nullable: true, description: 'Part of the name or short name, with or without diacritics.' })
  search?: string | null;
}
