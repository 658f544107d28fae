import { Args, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ClsService } from 'nestjs-cls';
import { pickTranslation } from '@helix/domain';
import type { RequestStore } from '@api/core/context/request-context';
import { ParseUUIDPipe } from '@api/core/graphql/parse-uuid.pipe';
import { PageArgs } from '@api/core/graphql/pagination';
import { OrganisationFilter } from './dto/organisation-filter.input';
import { OrganisationConnection } from './organisation-connection';
import { Organisation } from './organisation.entity';
import { OrganisationsService } from './organisations.service';

@Resolver(() => Organisation)
export class OrganisationsResolver {
  constructor(
    private readonly service: OrganisationsService,
    private readonly cls: ClsService<RequestStore>,
  ) {}

  @Query(() => Organisation, { description: 'Public profile of an organisation; NOT_FOUND when it does not exist or is hidden from you.' })
  organisation(@Args('id', { type: () => ID }, new ParseUUIDPipe()) id: string): Promise<Organisation> {
    return this.service.findById(id);
  }

  @Query(() => OrganisationConnection, { description: 'Organisations in the ecosystem that you may see, by name.' })
  organisations(
    @Args() page: PageArgs,
    @Args('filter', { type: () => OrganisationFilter, nullable: true }) filter?: OrganisationFilter | null,
  ): Promise<OrganisationConnection> {
    return this.service.list(filter, page);
  }

  @ResolveField(() => String, { nullable: true, description: "The description in the reader's language, else the other one." })
  description(@Parent() organisation: Organisation): string | null {
    return pickTranslation({ vi: organisation.descriptionVi, en: organisation.descriptionEn }, this.cls.get('locale'))?.text ?? null;
  }
}
