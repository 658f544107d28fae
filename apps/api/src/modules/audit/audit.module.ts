import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditEvent } from '@api/core/audit/audit-event.entity';
import { OrganisationsModule } from '@api/modules/organisations/organisations.module';
import { AuditResolver } from './audit.resolver';

/** Reading the audit trail (writing it is AuditService's, in every module). */
@Module({ imports: [TypeOrmModule.forFeature([AuditEvent]), OrganisationsModule], providers: [AuditResolver] })
export class AuditModule {}
