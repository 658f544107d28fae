import { Global, Module } from '@nestjs/common';
import { AuditService } from './audit.service';

/** The audit trail, available to every service that changes state. */
@Global()
@Module({ providers: [AuditService], exports: [AuditService] })
export class AuditCoreModule {}
