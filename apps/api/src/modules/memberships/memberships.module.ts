import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganisationsModule } from '@api/modules/organisations/organisations.module';
import { UsersModule } from '@api/modules/users/users.module';
import { Invitation } from './invitation.entity';
import { InvitationsResolver, MembershipsResolver, OrganisationMembersResolver } from './memberships.resolver';
import { MembershipsService } from './memberships.service';

@Module({
  imports: [TypeOrmModule.forFeature([Invitation]), UsersModule, OrganisationsModule],
  providers: [MembershipsService, MembershipsResolver, InvitationsResolver, OrganisationMembersResolver],
})
export class MembershipsModule {}
