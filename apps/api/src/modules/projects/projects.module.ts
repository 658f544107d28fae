import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FilesModule } from '@api/modules/files/files.module';
import { OrganisationsModule } from '@api/modules/organisations/organisations.module';
import { IcfIndicatorRow } from './icf-indicator.entity';
import { ProjectCriterion } from './project-criterion.entity';
import { ProjectQuestion } from './project-question.entity';
import { ProjectQuestionsService } from './project-questions.service';
import { ProjectSearchService } from './project-search.service';
import { ProjectConnectionResolver, ProjectQuestionResolver, ProjectsResolver } from './projects.resolver';
import { Project } from './project.entity';
import { ProjectsService } from './projects.service';

@Module({
  imports: [TypeOrmModule.forFeature([Project, ProjectCriterion, ProjectQuestion, IcfIndicatorRow]), OrganisationsModule, FilesModule],
  providers: [ProjectsService, ProjectSearchService, ProjectQuestionsService, ProjectsResolver, ProjectConnectionResolver, ProjectQuestionResolver],
  exports: [ProjectsService, ProjectQuestionsService],
})
export class ProjectsModule {}
