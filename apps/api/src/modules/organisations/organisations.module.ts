import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UsersModule } from '@api/modules/users/users.module';
import { OrganisationLogoController } from './organisation-logo.controller';
import { OrganisationLogo } from './organisation-logo.entity';
import { Organisation } from './organisation.entity';
import { OrganisationsResolver } from './organisations.resolver';
import { OrganisationsService } from './organisations.service';

@Module({
  imports: [TypeOrmModule.forFeature([Organisation, OrganisationLogo]), UsersModule],
  controllers: [OrganisationLogoController],
  providers: [OrganisationsService, OrganisationsResolver],
  exports: [OrganisationsService],
})
export class OrganisationsModule {}
