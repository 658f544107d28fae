import { Field, InputType } from '@nestjs/graphql';
import type { OrganisationKind, OrganisationStatus } from '@helix/domain';
import { OrganisationKindEnum, OrganisationStatusEnum } from '@api/core/graphql/enums';

@InputType()
export class OrganisationFilter {
  @Field(() => [OrganisationKindEnum], { nullable: true })
  kinds?: OrganisationKind[] | null;

  @Field(() => [OrganisationStatusEnum], {
    nullable: true,
    description: 'Platform administrators see every status; others see verified organisations and their own.',
  })
  statuses?: OrganisationStatus[] | null;

  @Field(() => String, { nullable: true, description: 'Part of the name or short name, with or without diacritics.' })
  search?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Only the caller's organisations." })
  mine?: boolean | null;
}
