import { Args, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Access } from '@api/core/auth/access.decorator';
import { Connection, PageArgs } from '@api/core/graphql/pagination';
import { MailMessage } from './mail-message.entity';
import { MailService } from './mail.service';

@ObjectType()
export class MailMessageConnection extends Connection(MailMessage, 'MailMessage') {}

@Resolver(() => MailMessage)
export class MailResolver {
  constructor(private readonly mail: MailService) {}

  @Query(() => MailMessageConnection, { description: 'Platform administrators: the e-mail outbox, newest first (the mail preview).' })
  @Access('platformAdmin')
  mailOutbox(@Args() page: PageArgs, @Args('to', { type: () => String, nullable: true }) to?: string | null): Promise<MailMessageConnection> {
    return this.mail.outbox(to, page);
  }
}
