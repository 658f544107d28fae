import { Args, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { auditChanges } from '@helix/domain';
import { AuditEvent } from '@api/core/audit/audit-event.entity';
import { AuditService } from '@api/core/audit/audit.service';
import { Access } from '@api/core/auth/access.decorator';
import { PageArgs } from '@api/core/graphql/pagination';
import { ParseUUIDPipe } from '@api/core/graphql/parse-uuid.pipe';
import { Organisation } from '@api/modules/organisations/organisation.entity';
import { OrganisationsService } from '@api/modules/organisations/organisations.service';
import { AuditChange, AuditEventConnection } from './audit.types';

@Resolver(() => AuditEvent)
export class AuditResolver {
  constructor(
    private readonly audit: AuditService,
    private readonly organisations: OrganisationsService,
  ) {}

  @Query(() => AuditEventConnection, {
    description: 'What happened to an organisation, membership, project, proposal, agreement or milestone, newest first: the events your organisations are concerned by. NOT_FOUND when the object is hidden from you.',
  })
  @Access('user')
  auditLog(@Args('subjectId', { type: () => ID }, new ParseUUIDPipe('subjectId')) subjectId: string, @Args() page: PageArgs): ReturnType<AuditService['log']> {
    return this.audit.log(subjectId, page);
  }

  @ResolveField(() => Organisation, { nullable: true, description: 'The organisation the actor acted for, when you may see it.' })
  organisation(@Parent() event: AuditEvent): Promise<Organisation | null> {
    return event.organisationId ? this.organisations.load(event.organisationId) : Promise.resolve(null);
  }

  @ResolveField(() => [AuditChange], { description: 'The fields the event changed, before and after.' })
  changes(@Parent() event: AuditEvent): AuditChange[] {
    return auditChanges(event.before, event.after);
  }
}
