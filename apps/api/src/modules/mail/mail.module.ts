import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailMessage } from './mail-message.entity';
import { MailSenderService } from './mail-sender.service';
import { MailResolver } from './mail.resolver';
import { MailService } from './mail.service';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([MailMessage])],
  providers: [MailService, MailSenderService, MailResolver],
  exports: [MailService, MailSenderService],
})
export class MailModule {}
