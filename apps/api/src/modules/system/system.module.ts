import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganisationsModule } from '@api/modules/organisations/organisations.module';
import { ProjectsModule } from '@api/modules/projects/projects.module';
import { UsersModule } from '@api/modules/users/users.module';
import { DemoDataSeeder } from '@api/seed/demo-data.seeder';
import { StartupService } from './startup.service';
import { SystemSetting } from './system-setting.entity';

@Module({
  imports: [TypeOrmModule.forFeature([SystemSetting]), UsersModule, OrganisationsModule, ProjectsModule],
  providers: [StartupService, DemoDataSeeder],
  exports: [StartupService],
})
export class SystemModule {}
