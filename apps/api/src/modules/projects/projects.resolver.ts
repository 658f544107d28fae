import { Args, GraphQLISODateTime, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { ProjectSort, ProjectStatus } from '@helix/domain';
import { Access } from '@api/core/auth/access.decorator';
import { ProjectSortEnum, ProjectStatusEnum } from '@api/core/graphql/enums';
import { PageArgs } from '@api/core/graphql/pagination';
import { ParseUUIDPipe } from '@api/core/graphql/parse-uuid.pipe';
import { FileRecord } from '@api/modules/files/file.entity';
import { Organisation } from '@api/modules/organisations/organisation.entity';
import { OrganisationsService } from '@api/modules/organisations/organisations.service';
import { ProjectFilter } from './dto/project-filter.input';
import { CreateProjectInput, UpdateProjectInput } from './dto/project.inputs';
import { ProjectCriterion } from './project-criterion.entity';
import { ProjectQuestion } from './project-question.entity';
import { ProjectQuestionsService } from './project-questions.service';
import { ProjectSearchService } from './project-search.service';
import { Project } from './project.entity';
import { IcfIndicator, Money, ProjectConnection, ProjectEligibility, ProjectFacets, ProjectRecommendation } from './project.types';
import { ProjectsService } from './projects.service';

@Resolver(() => Project)
export class ProjectsResolver {
  constructor(
    private readonly service: ProjectsService,
    private readonly search: ProjectSearchService,
    private readonly questionsService: ProjectQuestionsService,
    private readonly organisations: OrganisationsService,
  ) {}

  @Query(() => Project, { description: 'NOT_FOUND when it does not exist or is hidden from you.' })
  @Access('public')
  project(@Args('id', { type: () => ID }, new ParseUUIDPipe()) id: string): Promise<Project> {
    return this.service.findById(id);
  }

  @Query(() => ProjectConnection, { description: 'The catalogue: the projects you may see, searched, filtered and sorted.' })
  @Access('public')
  async projects(
    @Args() page: PageArgs,
    @Args('filter', { type: () => ProjectFilter, nullable: true }) filter?: ProjectFilter | null,
    @Args('sort', { type: () => ProjectSortEnum, nullable: true, description: 'RELEVANCE with a search text, NEWEST otherwise.' }) sort?: ProjectSort | null,
  ): Promise<ProjectConnection> {
    return { ...(await this.search.list(filter, sort, page)), filter };
  }

  @Query(() => [ProjectRecommendation], { description: 'Open calls the active organisation may answer, best match first, with why.' })
  @Access('user')
  recommendedProjects(@Args('first', { type: () => Int, nullable: true }) first?: number | null): ReturnType<ProjectSearchService['recommended']> {
    return this.search.recommended(first);
  }

  @Query(() => [IcfIndicator], { description: 'The ICF Intelligent Community indicators, in your language.' })
  @Access('public')
  icfIndicators(): Promise<IcfIndicator[]> {
    return this.service.indicators();
  }

  @Mutation(() => Project, { description: 'A DRAFT owned by the active organisation.' })
  @Access('user')
  createProject(@Args('input') input: CreateProjectInput): Promise<Project> {
    return this.service.create(input);
  }

  @Mutation(() => Project, { description: 'CONFLICT when expectedVersion is stale; an OPEN project accepts corrections and added documents only.' })
  @Access('user')
  updateProject(
    @Args('id', { type: () => ID }, new ParseUUIDPipe()) id: string,
    @Args('input') input: UpdateProjectInput,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
  ): Promise<Project> {
    return this.service.update(id, input, expectedVersion);
  }

  @Mutation(() => Project, { description: 'DRAFT → OPEN; needs a verified organisation, a future closing time and criteria weighing 100.' })
  @Access('user')
  publishProject(
    @Args('id', { type: () => ID }, new ParseUUIDPipe()) id: string,
    @Args('expectedVersion', { type: () => Int, nullable: true }) expectedVersion?: number | null,
  ): Promise<Project> {
    return this.service.publish(id, expectedVersion);
  }

  @Mutation(() => Project, { description: 'A later closing time for an OPEN project; never an earlier one.' })
  @Access('user')
  extendProjectDeadline(
    @Args('id', { type: () => ID }, new ParseUUIDPipe()) id: string,
    @Args('closesAt', { type: () => GraphQLISODateTime }) closesAt: Date,
    @Args('expectedVersion', { type: () => Int, nullable: true }) expectedVersion?: number | null,
  ): Promise<Project> {
    return this.service.extendDeadline(id, closesAt, expectedVersion);
  }

  @Mutation(() => Project, { description: 'Cancels a project before it is decided, with a reason everyone sees.' })
  @Access('user')
  cancelProject(
    @Args('id', { type: () => ID }, new ParseUUIDPipe()) id: string,
    @Args('reason', { type: () => String }) reason: string,
    @Args('expectedVersion', { type: () => Int, nullable: true }) expectedVersion?: number | null,
  ): Promise<Project> {
    return this.service.cancel(id, reason, expectedVersion);
  }

  @Mutation(() => ProjectQuestion, { description: 'A clarification question from an eligible organisation while the project is open.' })
  @Access('user')
  askQuestion(
    @Args('projectId', { type: () => ID }, new ParseUUIDPipe('projectId')) projectId: string,
    @Args('text', { type: () => String }) text: string,
  ): Promise<ProjectQuestion> {
    return this.questionsService.ask(projectId, text);
  }

  @Mutation(() => ProjectQuestion, { description: 'The owner’s answer, published to everyone who sees the project.' })
  @Access('user')
  answerQuestion(
    @Args('questionId', { type: () => ID }, new ParseUUIDPipe('questionId')) questionId: string,
    @Args('answer', { type: () => String }) answer: string,
  ): Promise<ProjectQuestion> {
    return this.questionsService.answer(questionId, answer);
  }

  @ResolveField(() => ProjectStatusEnum, { description: 'OPEN turns into EVALUATION at the closing time.' })
  status(@Parent() project: Project): ProjectStatus {
    return this.service.statusOf(project);
  }

  @ResolveField(() => [IcfIndicator])
  indicators(@Parent() project: Project): Promise<IcfIndicator[]> {
    return this.service.indicators(project.indicators);
  }

  @ResolveField(() => Money, { nullable: true })
  budget(@Parent() project: Project): Money | null {
    return project.budgetAmount === null ? null : { amount: project.budgetAmount, currency: project.budgetCurrency };
  }

  @ResolveField(() => Organisation, { description: 'The organisation that posted it.' })
  async owner(@Parent() project: Project): Promise<Organisation> {
    return (await this.organisations.load(project.organisationId)) ?? this.organisations.findById(project.organisationId);
  }

  @ResolveField(() => [ProjectCriterion])
  criteria(@Parent() project: Project): Promise<ProjectCriterion[]> {
    return this.service.criteriaOf(project.id);
  }

  @ResolveField(() => [FileRecord])
  attachments(@Parent() project: Project): Promise<FileRecord[]> {
    return this.service.attachmentsOf(project.id);
  }

  @ResolveField(() => [ProjectQuestion], { description: 'Answered questions, plus your own organisation’s (all of them for the owner).' })
  questions(@Parent() project: Project): Promise<ProjectQuestion[]> {
    return this.questionsService.questionsOf(project.id);
  }

  @ResolveField(() => [Organisation], { description: 'The invitation list (the owner sees it whole, an invited organisation its own entry).' })
  invitedOrganisations(@Parent() project: Project): Promise<Organisation[]> {
    return this.service.invitedOrganisationsOf(project.id);
  }

  @ResolveField(() => ProjectEligibility, { description: 'Whether your active organisation may respond, and if not, why.' })
  eligibility(@Parent() project: Project): Promise<ProjectEligibility> {
    return this.service.eligibility(project);
  }

  @ResolveField(() => Boolean, { description: 'You may edit it (a member of the owner with a role above viewer).' })
  viewerCanManage(@Parent() project: Project): Promise<boolean> {
    return this.service.canManage(project);
  }
}

@Resolver(() => ProjectConnection)
export class ProjectConnectionResolver {
  constructor(private readonly search: ProjectSearchService) {}

  @ResolveField(() => ProjectFacets, { description: 'Counts for the filter panel (computed only when asked for).' })
  facets(@Parent() connection: ProjectConnection): Promise<ProjectFacets> {
    return this.search.facets(connection.filter, connection.approximate);
  }
}

@Resolver(() => ProjectQuestion)
export class ProjectQuestionResolver {
  constructor(private readonly questions: ProjectQuestionsService) {}

  @ResolveField(() => Boolean, { description: 'Your organisation asked it (nobody else learns who asked).' })
  askedByYou(@Parent() question: ProjectQuestion): Promise<boolean> {
    return this.questions.askedByCaller(question);
  }
}
