import { Args, Float, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { ProposalDecision, ProposalStatus } from '@helix/domain';
import { Access } from '@api/core/auth/access.decorator';
import { ProposalDecisionEnum, ProposalRoleEnum, ProposalStatusEnum } from '@api/core/graphql/enums';
import { PageArgs } from '@api/core/graphql/pagination';
import { ParseUUIDPipe } from '@api/core/graphql/parse-uuid.pipe';
import { FileRecord } from '@api/modules/files/file.entity';
import { Organisation } from '@api/modules/organisations/organisation.entity';
import { OrganisationsService } from '@api/modules/organisations/organisations.service';
import { Project } from '@api/modules/projects/project.entity';
import { Money } from '@api/modules/projects/project.types';
import { ProjectsService } from '@api/modules/projects/projects.service';
import { User } from '@api/modules/users/user.entity';
import { UsersService } from '@api/modules/users/users.service';
import { CreateProposalInput, ProposalFilter, ScoreInput, UpdateProposalInput } from './dto/proposal.inputs';
import { EvaluationService } from './evaluation.service';
import { PartnerFinderService } from './partner-finder.service';
import { Proposal, ProposalSubmission } from './proposal.entity';
import { BudgetLine, PartnerSuggestion, ProposalConnection, ProposalDecisionRecord, ProposalPartner, ProposalReviewer, RankedProposal, TeamMember } from './proposal.types';
import { ProposalsService } from './proposals.service';

@Resolver(() => Proposal)
export class ProposalsResolver {
  constructor(
    private readonly service: ProposalsService,
    private readonly evaluation: EvaluationService,
    private readonly projects: ProjectsService,
    private readonly organisations: OrganisationsService,
    private readonly partnerFinder: PartnerFinderService,
  ) {}

  @Query(() => Proposal, { description: 'NOT_FOUND when it does not exist or is hidden from you.' })
  @Access('user')
  proposal(@Args('id', { type: () => ID }, new ParseUUIDPipe()) id: string): Promise<Proposal> {
    return this.service.findById(id);
  }

  @Query(() => [PartnerSuggestion], { description: 'The partner finder: verified organisations that fit the call (kind, expertise, the triple helix, past consortia with the lead), best first, with why. The lead’s members above viewer.' })
  @Access('user')
  partnerSuggestions(
    @Args('proposalId', { type: () => ID }, new ParseUUIDPipe('proposalId')) proposalId: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
  ): Promise<PartnerSuggestion[]> {
    return this.partnerFinder.suggestions(proposalId, first);
  }

  @Query(() => ProposalConnection, { description: 'Proposals of the active organisation, as lead or partner (pending partnership requests included), newest first.' })
  @Access('user')
  myProposals(@Args() page: PageArgs, @Args('filter', { type: () => ProposalFilter, nullable: true }) filter?: ProposalFilter | null): ReturnType<ProposalsService['mine']> {
    return this.service.mine(filter, page);
  }

  @Mutation(() => Proposal, { description: 'A DRAFT led by the active organisation, which must be verified and eligible for the open project; one per organisation and project.' })
  @Access('user')
  createProposal(@Args('input') input: CreateProposalInput): Promise<Proposal> {
    return this.service.create(input);
  }

  @Mutation(() => Proposal, { description: 'The lead edits its draft (also after a submission, until the closing time); CONFLICT when expectedVersion is stale.' })
  @Access('user')
  updateProposal(
    @Args('id', { type: () => ID }, new ParseUUIDPipe()) id: string,
    @Args('input') input: UpdateProposalInput,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
  ): Promise<Proposal> {
    return this.service.update(id, input, expectedVersion);
  }

  @Mutation(() => ProposalPartner, { description: 'An owner or admin of a named partner organisation joins the consortium.' })
  @Access('user')
  confirmPartnership(@Args('proposalId', { type: () => ID }, new ParseUUIDPipe('proposalId')) proposalId: string): Promise<ProposalPartner> {
    return this.service.confirmPartnership(proposalId);
  }

  @Mutation(() => ProposalPartner, { description: 'An owner or admin of a named partner organisation declines (the proposal is then hidden from it).' })
  @Access('user')
  declinePartnership(@Args('proposalId', { type: () => ID }, new ParseUUIDPipe('proposalId')) proposalId: string): Promise<ProposalPartner> {
    return this.service.declinePartnership(proposalId);
  }

  @Mutation(() => Proposal, { description: 'Freezes and hashes the draft as a new submission; every partner must have confirmed. DEADLINE_PASSED after closesAt.' })
  @Access('user')
  submitProposal(@Args('id', { type: () => ID }, new ParseUUIDPipe()) id: string): Promise<Proposal> {
    return this.service.submit(id);
  }

  @Mutation(() => Proposal, { description: 'SUBMITTED → WITHDRAWN by the lead, before closesAt; it may be submitted again.' })
  @Access('user')
  withdrawProposal(@Args('id', { type: () => ID }, new ParseUUIDPipe()) id: string): Promise<Proposal> {
    return this.service.withdraw(id);
  }

  @Mutation(() => ProposalReviewer, { description: 'The owner’s owner or admin assigns a member (above viewer) to review a proposal after the closing time.' })
  @Access('user')
  assignReviewer(
    @Args('proposalId', { type: () => ID }, new ParseUUIDPipe('proposalId')) proposalId: string,
    @Args('userId', { type: () => ID }, new ParseUUIDPipe('userId')) userId: string,
  ): Promise<ProposalReviewer> {
    return this.evaluation.assignReviewer(proposalId, userId);
  }

  @Mutation(() => ProposalReviewer, { description: 'The assigned reviewer declares a conflict of interest, or none, before scoring; a conflict is final.' })
  @Access('user')
  declareConflictOfInterest(
    @Args('proposalId', { type: () => ID }, new ParseUUIDPipe('proposalId')) proposalId: string,
    @Args('hasConflict', { type: () => Boolean }) hasConflict: boolean,
    @Args('note', { type: () => String, nullable: true }) note?: string | null,
  ): Promise<ProposalReviewer> {
    return this.evaluation.declareConflictOfInterest(proposalId, hasConflict, note);
  }

  @Mutation(() => ProposalReviewer, { description: 'The assigned reviewer, without a conflict, scores criteria 0–10 with comments.' })
  @Access('user')
  scoreProposal(
    @Args('proposalId', { type: () => ID }, new ParseUUIDPipe('proposalId')) proposalId: string,
    @Args('scores', { type: () => [ScoreInput] }) scores: ScoreInput[],
  ): Promise<ProposalReviewer> {
    return this.evaluation.scoreProposal(proposalId, scores);
  }

  @Mutation(() => Proposal, { description: 'The owner’s owner or admin shortlists, accepts or rejects, with a justification and feedback for the proposer.' })
  @Access('user')
  decideProposal(
    @Args('proposalId', { type: () => ID }, new ParseUUIDPipe('proposalId')) proposalId: string,
    @Args('decision', { type: () => ProposalDecisionEnum }) decision: ProposalDecision,
    @Args('justification', { type: () => String }) justification: string,
    @Args('feedback', { type: () => String, nullable: true }) feedback?: string | null,
  ): Promise<Proposal> {
    return this.evaluation.decideProposal(proposalId, decision, justification, feedback);
  }

  @Mutation(() => Project, { description: 'EVALUATION → AWARDED (a proposal accepted) or UNSUCCESSFUL, once every submitted proposal is decided.' })
  @Access('user')
  finalizeEvaluation(@Args('projectId', { type: () => ID }, new ParseUUIDPipe('projectId')) projectId: string): Promise<Project> {
    return this.evaluation.finalizeEvaluation(projectId);
  }

  @ResolveField(() => ProposalStatusEnum, { description: 'SUBMITTED reads UNDER_REVIEW once the project has closed.' })
  status(@Parent() proposal: Proposal): Promise<ProposalStatus> {
    return this.service.statusOf(proposal);
  }

  @ResolveField(() => Project, { nullable: true, description: 'Null for a partner that may not see an invitation-only project itself.' })
  project(@Parent() proposal: Proposal): Promise<Project | null> {
    return this.projects.load(proposal.projectId);
  }

  @ResolveField(() => Organisation, { nullable: true })
  lead(@Parent() proposal: Proposal): Promise<Organisation | null> {
    return this.organisations.load(proposal.leadOrganisationId);
  }

  @ResolveField(() => [ProposalPartner], { description: 'The consortium and each partner’s answer (for the owner: once it may read the content).' })
  partners(@Parent() proposal: Proposal): Promise<ProposalPartner[]> {
    return this.service.partnersOf(proposal.id);
  }

  @ResolveField(() => String, { nullable: true, description: 'Null when you may not read the content (a sealed project before its closing time).' })
  async title(@Parent() proposal: Proposal): Promise<string | null> {
    return (await this.service.contentOf(proposal))?.title ?? null;
  }

  @ResolveField(() => String, { nullable: true })
  async abstract(@Parent() proposal: Proposal): Promise<string | null> {
    return (await this.service.contentOf(proposal))?.abstract ?? null;
  }

  @ResolveField(() => String, { nullable: true, description: 'Markdown.' })
  async approach(@Parent() proposal: Proposal): Promise<string | null> {
    return (await this.service.contentOf(proposal))?.approach ?? null;
  }

  @ResolveField(() => Money, { nullable: true })
  async requestedBudget(@Parent() proposal: Proposal): Promise<Money | null> {
    return (await this.service.contentOf(proposal))?.requestedBudget ?? null;
  }

  @ResolveField(() => Int, { nullable: true })
  async durationMonths(@Parent() proposal: Proposal): Promise<number | null> {
    return (await this.service.contentOf(proposal))?.durationMonths ?? null;
  }

  @ResolveField(() => [TeamMember], { nullable: true })
  async team(@Parent() proposal: Proposal): Promise<TeamMember[] | null> {
    return (await this.service.contentOf(proposal))?.team ?? null;
  }

  @ResolveField(() => [BudgetLine], { nullable: true })
  async budgetLines(@Parent() proposal: Proposal): Promise<BudgetLine[] | null> {
    return (await this.service.contentOf(proposal))?.budgetLines ?? null;
  }

  @ResolveField(() => [FileRecord], { nullable: true })
  async attachments(@Parent() proposal: Proposal): Promise<FileRecord[] | null> {
    return (await this.service.contentOf(proposal)) ? this.service.attachmentsOf(proposal) : null;
  }

  @ResolveField(() => Int, { description: 'Submissions you may see (the owner of a sealed project: none before its closing time).' })
  async submissionCount(@Parent() proposal: Proposal): Promise<number> {
    return (await this.service.latestSubmissionOf(proposal.id))?.count ?? 0;
  }

  @ResolveField(() => String, { nullable: true, description: 'SHA-256 of the latest submission you may see.' })
  async contentHash(@Parent() proposal: Proposal): Promise<string | null> {
    return (await this.service.latestSubmissionOf(proposal.id))?.submission.contentHash ?? null;
  }

  @ResolveField(() => [ProposalSubmission], { description: 'Every submission you may see, oldest first.' })
  submissions(@Parent() proposal: Proposal): Promise<ProposalSubmission[]> {
    return this.service.submissionsOf(proposal.id);
  }

  @ResolveField(() => ProposalDecisionEnum, { nullable: true, description: 'The owner’s decision, as the proposer sees it.' })
  async decision(@Parent() proposal: Proposal): Promise<ProposalDecision | null> {
    const status = await this.service.statusOf(proposal);
    return status === 'SHORTLISTED' || status === 'ACCEPTED' || status === 'REJECTED' ? status : null;
  }

  @ResolveField(() => Float, { nullable: true, description: 'Weighted score 0–100 (the owner’s members only; null for everyone else).' })
  score(@Parent() proposal: Proposal): Promise<number | null> {
    return this.evaluation.scoreOf(proposal);
  }

  @ResolveField(() => [ProposalReviewer], { description: 'The owner’s reviewers and their scores (empty for everyone else).' })
  reviewers(@Parent() proposal: Proposal): Promise<ProposalReviewer[]> {
    return this.evaluation.reviewersOf(proposal.id);
  }

  @ResolveField(() => [ProposalDecisionRecord], { description: 'Every decision with its justification (the owner’s record; empty for everyone else).' })
  decisions(@Parent() proposal: Proposal): Promise<ProposalDecisionRecord[]> {
    return this.evaluation.decisionsOf(proposal.id);
  }

  @ResolveField(() => ProposalRoleEnum, { nullable: true, description: 'What your organisations are to it: LEAD, PARTNER or the project OWNER.' })
  viewerRole(@Parent() proposal: Proposal): Promise<'LEAD' | 'PARTNER' | 'OWNER' | null> {
    return this.service.viewerRole(proposal);
  }
}

@Resolver(() => ProposalPartner)
export class ProposalPartnerResolver {
  constructor(private readonly organisations: OrganisationsService) {}

  @ResolveField(() => Organisation, { nullable: true })
  organisation(@Parent() partner: ProposalPartner): Promise<Organisation | null> {
    return this.organisations.load(partner.organisationId);
  }
}

@Resolver(() => ProposalReviewer)
export class ProposalReviewerResolver {
  constructor(private readonly users: UsersService) {}

  @ResolveField(() => User, { nullable: true })
  user(@Parent() reviewer: ProposalReviewer): Promise<User | null> {
    return this.users.byId(reviewer.reviewerId);
  }
}

/** The proposal side of a project: how many, which ones the caller may see, and the owner's ranking. */
@Resolver(() => Project)
export class ProjectProposalsResolver {
  constructor(
    private readonly service: ProposalsService,
    private readonly evaluation: EvaluationService,
  ) {}

  @ResolveField(() => Int, { description: 'How many proposals stand submitted (withdrawn ones excepted); everyone who sees the project sees the number.' })
  proposalCount(@Parent() project: Project): Promise<number> {
    return this.evaluation.proposalCount(project.id);
  }

  @ResolveField(() => [Proposal], { description: 'The proposals you may see: your own organisation’s, or for the owner every submitted one.' })
  proposals(@Parent() project: Project): Promise<Proposal[]> {
    return this.service.ofProject(project.id);
  }

  @ResolveField(() => [RankedProposal], { nullable: true, description: 'The owner’s ranking by weighted score; null for everyone else.' })
  ranking(@Parent() project: Project): Promise<RankedProposal[] | null> {
    return this.evaluation.ranking(project);
  }
}
