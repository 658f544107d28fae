import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FilesModule } from '@api/modules/files/files.module';
import { OrganisationsModule } from '@api/modules/organisations/organisations.module';
import { ProjectsModule } from '@api/modules/projects/projects.module';
import { UsersModule } from '@api/modules/users/users.module';
import { EvaluationService } from './evaluation.service';
import { Proposal, ProposalContent, ProposalSubmission } from './proposal.entity';
import { ProjectProposalsResolver, ProposalPartnerResolver, ProposalReviewerResolver, ProposalsResolver } from './proposals.resolver';
import { ProposalsService } from './proposals.service';

@Module({
  imports: [TypeOrmModule.forFeature([Proposal, ProposalContent, ProposalSubmission]), ProjectsModule, OrganisationsModule, FilesModule, UsersModule],
  providers: [ProposalsService, EvaluationService, ProposalsResolver, ProposalPartnerResolver, ProposalReviewerResolver, ProjectProposalsResolver],
  exports: [ProposalsService, EvaluationService],
})
export class ProposalsModule {}
