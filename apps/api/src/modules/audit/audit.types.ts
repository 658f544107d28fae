import { Field, ObjectType } from '@nestjs/graphql';
import { AuditEvent } from '@api/core/audit/audit-event.entity';
import { Connection } from '@api/core/graphql/pagination';

@ObjectType({ description: 'A field an event changed, as text (objects and lists as JSON).' })
export class AuditChange {
  @Field(() => String)
  field: string;

  @Field(() => String, { nullable: true })
  before: string | null;

  @Field(() => String, { nullable: true })
  after: string | null;
}

@ObjectType()
export class AuditEventConnection extends Connection(AuditEvent, 'AuditEvent') {}
