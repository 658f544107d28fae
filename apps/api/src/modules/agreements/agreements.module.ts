import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FilesModule } from '@api/modules/files/files.module';
import { OrganisationsModule } from '@api/modules/organisations/organisations.module';
import { ProjectsModule } from '@api/modules/projects/projects.module';
import { ProposalsModule } from '@api/modules/proposals/proposals.module';
import { AgreementContentReader } from './agreement-content.reader';
import { Agreement, AgreementMilestone, AgreementVersion, MilestoneEvent } from './agreement.entity';
import { AgreementMilestonesService } from './agreement-milestones.service';
import {
  AgreementMilestoneResolver,
  AgreementPartyResolver,
  AgreementSignatureResolver,
  AgreementsResolver,
  AgreementVersionResolver,
  MilestoneEventResolver,
  ProposalAgreementResolver,
  VersionMilestoneResolver,
  VersionPartyResolver,
} from './agreements.resolver';
import { AgreementsService } from './agreements.service';

@Module({
  imports: [TypeOrmModule.forFeature([Agreement, AgreementVersion, AgreementMilestone, MilestoneEvent]), FilesModule, OrganisationsModule, ProjectsModule, ProposalsModule],
  providers: [
    AgreementContentReader,
    AgreementsService,
    AgreementMilestonesService,
    AgreementsResolver,
    AgreementVersionResolver,
    AgreementMilestoneResolver,
    MilestoneEventResolver,
    VersionPartyResolver,
    AgreementPartyResolver,
    AgreementSignatureResolver,
    VersionMilestoneResolver,
    ProposalAgreementResolver,
  ],
  exports: [AgreementsService, AgreementMilestonesService],
})
export class AgreementsModule {}
