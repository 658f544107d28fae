import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ClsService } from 'nestjs-cls';
import { pickTranslation, type MembershipRole } from '@helix/domain';
import { Access } from '@api/core/auth/access.decorator';
import { ActorService } from '@api/core/auth/actor.service';
import type { RequestStore } from '@api/core/context/request-context';
import { MembershipRoleEnum } from '@api/core/graphql/enums';
import { PageArgs } from '@api/core/graphql/pagination';
import { ParseUUIDPipe } from '@api/core/graphql/parse-uuid.pipe';
import { OrganisationFilter } from './dto/organisation-filter.input';
import { CreateOrganisationInput, UpdateOrganisationInput } from './dto/organisation.inputs';
import { OrganisationConnection } from './organisation-connection';
import { Organisation } from './organisation.entity';
import { OrganisationsService } from './organisations.service';

@Resolver(() => Organisation)
export class OrganisationsResolver {
  constructor(
    private readonly service: OrganisationsService,
    private readonly actors: ActorService,
    private readonly cls: ClsService<RequestStore>,
  ) {}

  @Query(() => Organisation, { description: 'Public profile of an organisation; NOT_FOUND when it does not exist or is hidden from you.' })
  @Access('public')
  organisation(@Args('id', { type: () => ID }, new ParseUUIDPipe()) id: string): Promise<Organisation> {
    return this.service.findById(id);
  }

  @Query(() => OrganisationConnection, { description: 'Organisations in the ecosystem that you may see, by name.' })
  @Access('public')
  organisations(
    @Args() page: PageArgs,
    @Args('filter', { type: () => OrganisationFilter, nullable: true }) filter?: OrganisationFilter | null,
  ): Promise<OrganisationConnection> {
    return this.service.list(filter, page);
  }

  @Mutation(() => Organisation, { description: 'A new PENDING organisation with the caller as OWNER.' })
  @Access('user')
  createOrganisation(@Args('input') input: CreateOrganisationInput): Promise<Organisation> {
    return this.service.create(input);
  }

  @Mutation(() => Organisation, { description: 'Owners and admins; CONFLICT when expectedVersion is stale.' })
  @Access('user')
  updateOrganisation(
    @Args('id', { type: () => ID }, new ParseUUIDPipe()) id: string,
    @Args('input') input: UpdateOrganisationInput,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
  ): Promise<Organisation> {
    return this.service.update(id, input, expectedVersion);
  }

  @Mutation(() => Organisation, { description: 'A data URL (data:image/png|jpeg|webp;base64,…) of at most 512 KB.' })
  @Access('user')
  setOrganisationLogo(@Args('id', { type: () => ID }, new ParseUUIDPipe()) id: string, @Args('image', { type: () => String }) image: string): Promise<Organisation> {
    return this.service.setLogo(id, image);
  }

  @Mutation(() => Organisation)
  @Access('user')
  removeOrganisationLogo(@Args('id', { type: () => ID }, new ParseUUIDPipe()) id: string): Promise<Organisation> {
    return this.service.removeLogo(id);
  }

  @Mutation(() => Organisation, { description: 'Platform administrators: verify a pending (or reinstate a suspended) organisation.' })
  @Access('platformAdmin')
  verifyOrganisation(@Args('id', { type: () => ID }, new ParseUUIDPipe()) id: string): Promise<Organisation> {
    return this.service.changeStatus(id, 'VERIFY');
  }

  @Mutation(() => Organisation, { description: 'Platform administrators: suspend an organisation, with a reason its members see.' })
  @Access('platformAdmin')
  suspendOrganisation(
    @Args('id', { type: () => ID }, new ParseUUIDPipe()) id: string,
    @Args('reason', { type: () => String }) reason: string,
  ): Promise<Organisation> {
    return this.service.changeStatus(id, 'SUSPEND', reason);
  }

  @ResolveField(() => String, { nullable: true, description: "The description in the reader's language, else the other one." })
  description(@Parent() organisation: Organisation): string | null {
    return pickTranslation({ vi: organisation.descriptionVi, en: organisation.descriptionEn }, this.cls.get('locale'))?.text ?? null;
  }

  @ResolveField(() => String, { nullable: true, description: 'Why it was suspended; visible to its members and platform administrators.' })
  async statusReason(@Parent() organisation: Organisation): Promise<string | null> {
    const actor = await this.actors.current();
    const insider = actor && (actor.isPlatformAdmin || actor.memberships.some((m) => m.organisationId === organisation.id));
    return insider ? organisation.statusReason : null;
  }

  @ResolveField(() => MembershipRoleEnum, { nullable: true, description: "The caller's role in this organisation, null when not a member." })
  async myRole(@Parent() organisation: Organisation): Promise<MembershipRole | null> {
    const actor = await this.actors.current();
    return actor?.memberships.find((m) => m.organisationId === organisation.id)?.role ?? null;
  }

  @ResolveField(() => String, { nullable: true, description: 'Relative URL of the logo image, or null.' })
  async logoUrl(@Parent() organisation: Organisation): Promise<string | null> {
    const version = await this.service.logoVersion(organisation.id);
    return version ? `/api/organisations/${organisation.id}/logo?v=${version}` : null;
  }
}
