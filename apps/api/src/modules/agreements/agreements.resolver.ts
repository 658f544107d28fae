import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { AgreementStatus } from '@helix/domain';
import { Access } from '@api/core/auth/access.decorator';
import { AgreementRoleEnum, AgreementStatusEnum, MilestoneEventActionEnum } from '@api/core/graphql/enums';
import { PageArgs } from '@api/core/graphql/pagination';
import { ParseUUIDPipe } from '@api/core/graphql/parse-uuid.pipe';
import { FileRecord } from '@api/modules/files/file.entity';
import { FilesService } from '@api/modules/files/files.service';
import { Organisation } from '@api/modules/organisations/organisation.entity';
import { OrganisationsService } from '@api/modules/organisations/organisations.service';
import { Project } from '@api/modules/projects/project.entity';
import { Money } from '@api/modules/projects/project.types';
import { ProjectsService } from '@api/modules/projects/projects.service';
import { Proposal } from '@api/modules/proposals/proposal.entity';
import { ProposalsService } from '@api/modules/proposals/proposals.service';
import { Agreement, AgreementMilestone, AgreementVersion, MilestoneEvent } from './agreement.entity';
import { AgreementMilestonesService } from './agreement-milestones.service';
import {
  AgreementCapabilities,
  AgreementConnection,
  AgreementDiff,
  AgreementParty,
  AgreementSignature,
  MilestoneCapabilities,
  VersionMilestone,
  VersionParty,
} from './agreement.types';
import { AgreementsService } from './agreements.service';
import { AgreementFilter, AgreementInput, CreateAgreementInput, SubmitMilestoneInput } from './dto/agreement.inputs';

const ID_ARG = { type: () => ID };

@Resolver(() => Agreement)
export class AgreementsResolver {
  constructor(
    private readonly service: AgreementsService,
    private readonly milestoneWork: AgreementMilestonesService,
    private readonly organisations: OrganisationsService,
    private readonly projects: ProjectsService,
    private readonly proposals: ProposalsService,
    private readonly files: FilesService,
  ) {}

  @Query(() => Agreement, { description: 'NOT_FOUND when it does not exist or you are not a party (a draft: not of the managing organisation).' })
  @Access('user')
  agreement(@Args('id', ID_ARG, new ParseUUIDPipe()) id: string): Promise<Agreement> {
    return this.service.findById(id);
  }

  @Query(() => AgreementConnection, { description: 'Agreements of the active organisation (managed or as a party), recently changed first.' })
  @Access('user')
  agreements(@Args() page: PageArgs, @Args('filter', { type: () => AgreementFilter, nullable: true }) filter?: AgreementFilter | null): ReturnType<AgreementsService['list']> {
    return this.service.list(filter, page);
  }

  @Mutation(() => Agreement, { description: 'A DRAFT managed by the active organisation, which is one of its parties.' })
  @Access('user')
  createAgreement(@Args('input') input: CreateAgreementInput): Promise<Agreement> {
    return this.service.create(input);
  }

  @Mutation(() => Agreement, { description: 'A DRAFT from an ACCEPTED proposal, by the project owner: owner, lead and confirmed partners as parties, budget and duration pre-filled.' })
  @Access('user')
  createAgreementFromProposal(@Args('proposalId', ID_ARG, new ParseUUIDPipe('proposalId')) proposalId: string): Promise<Agreement> {
    return this.service.createFromProposal(proposalId);
  }

  @Mutation(() => Agreement, {
    description: 'A new version (its hash changes; signatures of the old one no longer count). While signatures are collected it returns the agreement to NEGOTIATION. CONFLICT when expectedVersion is stale.',
  })
  @Access('user')
  updateAgreement(
    @Args('id', ID_ARG, new ParseUUIDPipe()) id: string,
    @Args('input') input: AgreementInput,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
  ): Promise<Agreement> {
    return this.service.update(id, input, expectedVersion);
  }

  @Mutation(() => Agreement, { description: 'DRAFT → NEGOTIATION (the managing organisation’s owner or admin): the parties see and edit it.' })
  @Access('user')
  openNegotiation(@Args('id', ID_ARG, new ParseUUIDPipe()) id: string): Promise<Agreement> {
    return this.service.openNegotiation(id);
  }

  @Mutation(() => Agreement, { description: 'NEGOTIATION → PENDING_SIGNATURES once complete (BAD_USER_INPUT lists what is missing).' })
  @Access('user')
  requestSignatures(@Args('id', ID_ARG, new ParseUUIDPipe()) id: string): Promise<Agreement> {
    return this.service.requestSignatures(id);
  }

  @Mutation(() => Agreement, { description: 'An owner or admin of a party signs the current version; CONFLICT when versionHash is not its hash. The last signature makes it ACTIVE.' })
  @Access('user')
  signAgreement(@Args('id', ID_ARG, new ParseUUIDPipe()) id: string, @Args('versionHash', { type: () => String }) versionHash: string): Promise<Agreement> {
    return this.service.sign(id, versionHash);
  }

  @Mutation(() => Agreement, { description: 'A new version of an ACTIVE agreement that every party signs again; the signed version stays in force until then.' })
  @Access('user')
  amendAgreement(
    @Args('id', ID_ARG, new ParseUUIDPipe()) id: string,
    @Args('input') input: AgreementInput,
    @Args('expectedVersion', { type: () => Int, nullable: true }) expectedVersion?: number | null,
  ): Promise<Agreement> {
    return this.service.amend(id, input, expectedVersion);
  }

  @Mutation(() => Agreement, { description: 'Drops a pending amendment (the managing organisation’s owner or admin): the version in force is current again.' })
  @Access('user')
  withdrawAmendment(@Args('id', ID_ARG, new ParseUUIDPipe()) id: string): Promise<Agreement> {
    return this.service.withdrawAmendment(id);
  }

  @Mutation(() => Agreement, { description: 'ACTIVE → TERMINATED with a reason (the managing organisation’s owner or admin).' })
  @Access('user')
  terminateAgreement(@Args('id', ID_ARG, new ParseUUIDPipe()) id: string, @Args('reason', { type: () => String }) reason: string): Promise<Agreement> {
    return this.service.terminate(id, reason);
  }

  @Mutation(() => Agreement, { description: 'CANCELLED with a reason, from any state before ACTIVE (the managing organisation’s owner or admin).' })
  @Access('user')
  cancelAgreement(@Args('id', ID_ARG, new ParseUUIDPipe()) id: string, @Args('reason', { type: () => String }) reason: string): Promise<Agreement> {
    return this.service.cancel(id, reason);
  }

  @Mutation(() => AgreementMilestone, { description: 'The responsible party submits the deliverable (a note and files) of a PLANNED or REJECTED milestone of an ACTIVE agreement.' })
  @Access('user')
  submitMilestone(@Args('id', ID_ARG, new ParseUUIDPipe()) id: string, @Args('input') input: SubmitMilestoneInput): Promise<AgreementMilestone> {
    return this.milestoneWork.submit(id, input);
  }

  @Mutation(() => AgreementMilestone, { description: 'Another party accepts or rejects (a reason required) a SUBMITTED milestone; the last acceptance completes the agreement.' })
  @Access('user')
  reviewMilestone(
    @Args('id', ID_ARG, new ParseUUIDPipe()) id: string,
    @Args('accept', { type: () => Boolean }) accept: boolean,
    @Args('reason', { type: () => String, nullable: true }) reason?: string | null,
  ): Promise<AgreementMilestone> {
    return this.milestoneWork.review(id, accept, reason);
  }

  @ResolveField(() => AgreementStatusEnum)
  status(@Parent() agreement: Agreement): AgreementStatus {
    return agreement.status;
  }

  @ResolveField(() => String, { description: 'The current version’s purpose.' })
  async purpose(@Parent() agreement: Agreement): Promise<string> {
    return (await this.service.currentVersion(agreement)).content.purpose;
  }

  @ResolveField(() => String, { description: 'The current version’s terms (Markdown).' })
  async terms(@Parent() agreement: Agreement): Promise<string> {
    return (await this.service.currentVersion(agreement)).content.terms;
  }

  @ResolveField(() => Money, { description: 'The money the parties contribute, in the agreement’s currency.' })
  totalValue(@Parent() agreement: Agreement): Money {
    return { amount: agreement.totalValue, currency: agreement.currency };
  }

  @ResolveField(() => Organisation, { nullable: true, description: 'Who moves the agreement on (for an awarded project: its owner).' })
  managingOrganisation(@Parent() agreement: Agreement): Promise<Organisation | null> {
    return this.organisations.load(agreement.managingOrganisationId);
  }

  @ResolveField(() => Project, { nullable: true, description: 'The awarded project, when you may see it.' })
  project(@Parent() agreement: Agreement): Promise<Project | null> {
    return agreement.projectId ? this.projects.load(agreement.projectId) : Promise.resolve(null);
  }

  @ResolveField(() => Proposal, { nullable: true, description: 'The accepted proposal it was made from, when you may see it.' })
  proposal(@Parent() agreement: Agreement): Promise<Proposal | null> {
    return agreement.proposalId ? this.proposals.load(agreement.proposalId) : Promise.resolve(null);
  }

  @ResolveField(() => [AgreementParty], { description: 'The current version’s parties and their signatures on it.' })
  parties(@Parent() agreement: Agreement): Promise<AgreementParty[]> {
    return this.service.parties(agreement);
  }

  @ResolveField(() => [Organisation], { description: 'Parties still to sign while a signing round is open.' })
  async missingSignatures(@Parent() agreement: Agreement): Promise<Organisation[]> {
    const ids = await this.service.missingSignatories(agreement);
    const organisations = await Promise.all(ids.map((id) => this.organisations.load(id)));
    return organisations.filter((organisation): organisation is Organisation => organisation !== null);
  }

  @ResolveField(() => AgreementVersion, { description: 'The latest version: what is being negotiated or signed.' })
  currentVersion(@Parent() agreement: Agreement): Promise<AgreementVersion> {
    return this.service.currentVersion(agreement);
  }

  @ResolveField(() => AgreementVersion, { nullable: true, description: 'The version in force (signed by every party); null before ACTIVE.' })
  signedVersion(@Parent() agreement: Agreement): Promise<AgreementVersion | null> {
    return this.service.signedVersion(agreement);
  }

  @ResolveField(() => Boolean, { description: 'In force, with a newer version awaiting every signature.' })
  amendmentPending(@Parent() agreement: Agreement): Promise<boolean> {
    return this.service.amendmentPending(agreement);
  }

  @ResolveField(() => [AgreementVersion], { description: 'Every version, newest first.' })
  versions(@Parent() agreement: Agreement): Promise<AgreementVersion[]> {
    return this.service.versions(agreement.id);
  }

  @ResolveField(() => AgreementDiff, { description: 'Two versions compared: the terms line by line, the rest field by field.' })
  compareVersions(
    @Parent() agreement: Agreement,
    @Args('from', { type: () => Int }) from: number,
    @Args('to', { type: () => Int }) to: number,
  ): Promise<AgreementDiff> {
    return this.service.compare(agreement, from, to);
  }

  @ResolveField(() => [AgreementMilestone], { description: 'The milestones in force (before signature: of the current version) and their progress.' })
  milestones(@Parent() agreement: Agreement): Promise<AgreementMilestone[]> {
    return this.service.milestones(agreement.id);
  }

  @ResolveField(() => [FileRecord], { description: 'The current version’s documents.' })
  async attachments(@Parent() agreement: Agreement): Promise<FileRecord[]> {
    return this.files.loadMany((await this.service.currentVersion(agreement)).content.attachmentIds);
  }

  @ResolveField(() => AgreementCapabilities, { description: 'What you may do now.' })
  viewerCan(@Parent() agreement: Agreement): Promise<AgreementCapabilities> {
    return this.service.capabilities(agreement);
  }

  @ResolveField(() => [AgreementRoleEnum], { description: 'What your organisations are to it: MANAGER and/or PARTY.' })
  async viewerRoles(@Parent() agreement: Agreement): Promise<('MANAGER' | 'PARTY')[]> {
    const parties = await this.service.parties(agreement);
    const mine = await this.service.myOrganisationIds();
    const roles: ('MANAGER' | 'PARTY')[] = [];
    if (mine.includes(agreement.managingOrganisationId)) roles.push('MANAGER');
    if (parties.some((party) => mine.includes(party.organisationId))) roles.push('PARTY');
    return roles;
  }
}

@Resolver(() => AgreementVersion)
export class AgreementVersionResolver {
  constructor(
    private readonly service: AgreementsService,
    private readonly organisations: OrganisationsService,
    private readonly files: FilesService,
  ) {}

  @ResolveField(() => String)
  title(@Parent() version: AgreementVersion): string {
    return version.content.title;
  }

  @ResolveField(() => String)
  purpose(@Parent() version: AgreementVersion): string {
    return version.content.purpose;
  }

  @ResolveField(() => String, { description: 'Markdown.' })
  terms(@Parent() version: AgreementVersion): string {
    return version.content.terms;
  }

  @ResolveField(() => String, { nullable: true })
  startsOn(@Parent() version: AgreementVersion): string | null {
    return version.content.startsOn;
  }

  @ResolveField(() => String, { nullable: true })
  endsOn(@Parent() version: AgreementVersion): string | null {
    return version.content.endsOn;
  }

  @ResolveField(() => String)
  timeZone(@Parent() version: AgreementVersion): string {
    return version.content.timeZone;
  }

  @ResolveField(() => Boolean)
  disclosed(@Parent() version: AgreementVersion): boolean {
    return version.content.disclosed;
  }

  @ResolveField(() => Money)
  totalValue(@Parent() version: AgreementVersion): Money {
    return { amount: version.content.parties.reduce((sum, party) => sum + party.moneyContribution, 0), currency: version.content.currency };
  }

  @ResolveField(() => [VersionParty])
  parties(@Parent() version: AgreementVersion): VersionParty[] {
    return version.content.parties.map((party) => ({
      organisationId: party.organisationId,
      organisation: null,
      role: party.role,
      contribution: { money: { amount: party.moneyContribution, currency: version.content.currency }, inKind: party.inKindContribution },
    }));
  }

  @ResolveField(() => [VersionMilestone])
  milestones(@Parent() version: AgreementVersion): VersionMilestone[] {
    return version.content.milestones.map((milestone) => ({ ...milestone, responsible: null }));
  }

  @ResolveField(() => [FileRecord])
  attachments(@Parent() version: AgreementVersion): Promise<FileRecord[]> {
    return this.files.loadMany(version.content.attachmentIds);
  }

  @ResolveField(() => Organisation, { nullable: true, description: 'The organisation its author acted for.' })
  authorOrganisation(@Parent() version: AgreementVersion): Promise<Organisation | null> {
    return version.authorOrganisationId ? this.organisations.load(version.authorOrganisationId) : Promise.resolve(null);
  }

  @ResolveField(() => [AgreementSignature], { description: 'The signatures on this version.' })
  signatures(@Parent() version: AgreementVersion): Promise<AgreementSignature[]> {
    return this.service.signatures(version.agreementId, version.number);
  }
}

@Resolver(() => AgreementMilestone)
export class AgreementMilestoneResolver {
  constructor(
    private readonly milestones: AgreementMilestonesService,
    private readonly organisations: OrganisationsService,
  ) {}

  @ResolveField(() => Boolean, { description: 'Its due date has passed in the agreement’s time zone and it is not accepted.' })
  overdue(@Parent() milestone: AgreementMilestone): Promise<boolean> {
    return this.milestones.overdue(milestone);
  }

  @ResolveField(() => Organisation, { nullable: true, description: 'The party that delivers it.' })
  responsible(@Parent() milestone: AgreementMilestone): Promise<Organisation | null> {
    return this.organisations.load(milestone.responsibleOrganisationId);
  }

  @ResolveField(() => MilestoneCapabilities, { description: 'What you may do with it now.' })
  viewerCan(@Parent() milestone: AgreementMilestone): Promise<MilestoneCapabilities> {
    return this.milestones.capabilities(milestone);
  }

  @ResolveField(() => [MilestoneEvent], { description: 'Submissions and reviews, oldest first.' })
  events(@Parent() milestone: AgreementMilestone): Promise<MilestoneEvent[]> {
    return this.milestones.events(milestone.id);
  }
}

@Resolver(() => MilestoneEvent)
export class MilestoneEventResolver {
  constructor(
    private readonly milestones: AgreementMilestonesService,
    private readonly organisations: OrganisationsService,
  ) {}

  @ResolveField(() => MilestoneEventActionEnum)
  action(@Parent() event: MilestoneEvent): MilestoneEvent['action'] {
    return event.action;
  }

  @ResolveField(() => Organisation, { nullable: true })
  organisation(@Parent() event: MilestoneEvent): Promise<Organisation | null> {
    return this.organisations.load(event.organisationId);
  }

  @ResolveField(() => [FileRecord])
  attachments(@Parent() event: MilestoneEvent): Promise<FileRecord[]> {
    return this.milestones.attachments(event);
  }
}

/** Organisations of the parties, signatures and milestone definitions. */
@Resolver(() => VersionParty)
export class VersionPartyResolver {
  constructor(private readonly organisations: OrganisationsService) {}

  @ResolveField(() => Organisation, { nullable: true })
  organisation(@Parent() party: VersionParty): Promise<Organisation | null> {
    return this.organisations.load(party.organisationId);
  }
}

@Resolver(() => AgreementParty)
export class AgreementPartyResolver {
  constructor(private readonly organisations: OrganisationsService) {}

  @ResolveField(() => Organisation, { nullable: true })
  organisation(@Parent() party: AgreementParty): Promise<Organisation | null> {
    return this.organisations.load(party.organisationId);
  }
}

@Resolver(() => AgreementSignature)
export class AgreementSignatureResolver {
  constructor(private readonly organisations: OrganisationsService) {}

  @ResolveField(() => Organisation, { nullable: true })
  organisation(@Parent() signature: AgreementSignature): Promise<Organisation | null> {
    return this.organisations.load(signature.organisationId);
  }
}

@Resolver(() => VersionMilestone)
export class VersionMilestoneResolver {
  constructor(private readonly organisations: OrganisationsService) {}

  @ResolveField(() => Organisation, { nullable: true })
  responsible(@Parent() milestone: VersionMilestone): Promise<Organisation | null> {
    return this.organisations.load(milestone.responsibleOrganisationId);
  }
}

/** The agreement made from an accepted proposal, for its parties. */
@Resolver(() => Proposal)
export class ProposalAgreementResolver {
  constructor(private readonly service: AgreementsService) {}

  @ResolveField(() => Agreement, { nullable: true, description: 'The partnership agreement made from this proposal, when you may see it.' })
  agreement(@Parent() proposal: Proposal): Promise<Agreement | null> {
    return this.service.ofProposal(proposal.id);
  }
}
