import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FilesModule } from '@api/modules/files/files.module';
import { OrganisationsModule } from '@api/modules/organisations/organisations.module';
import { ProjectsModule } from '@api/modules/projects/projects.module';
import { UsersModule } from '@api/modules/users/users.module';
import { EvaluationService } from './evaluation.service';
import { PartnerFinderService } from './partner-finder.service';
import { ProposalCommentsResolver, ProposalCommentsService } from './proposal-comments';
import { Proposal, ProposalContent, ProposalSubmission } from './proposal.entity';
import { ProjectProposalsResolver, ProposalPartnerResolver, ProposalReviewerResolver, ProposalsResolver } from './proposals.resolver';
import { ProposalsService } from './proposals.service';

@Module({
  imports: [TypeOrmModule.forFeature([Proposal, ProposalContent, ProposalSubmission]), ProjectsModule, OrganisationsModule, FilesModule, UsersModule],
  providers: [ProposalsService, EvaluationService, PartnerFinderService, ProposalsResolver, ProposalPartnerResolver, ProposalReviewerResolver, ProjectProposalsResolver, ProposalCommentsService, ProposalCommentsResolver],
  exports: [ProposalsService, EvaluationService],
})
export class ProposalsModule {}
