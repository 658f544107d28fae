import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Locale } from '@helix/domain';
import type { AppConfig } from '@api/core/config/config';
import { APP_CONFIG } from '@api/core/config/config.module';
import { DatabaseService } from '@api/core/database/database.service';
import { type ConnectionResult, type PageArgs, paginate } from '@api/core/graphql/pagination';
import { MAIL_TEMPLATES, type MailTemplate } from './mail-templates';
import { MailMessage } from './mail-message.entity';

type TemplateParams<T extends MailTemplate> = Parameters<(typeof MAIL_TEMPLATES)[T]>[1];

/**
 * Every e-mail goes into the outbox inside the current transaction, so a refused operation sends
 * nothing; the sender delivers committed rows over SMTP when SMTP_URL is set.
 */
@Injectable()
export class MailService {
  constructor(
    private readonly db: DatabaseService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** An absolute link into the web client. */
  link(path: string): string {
    return new URL(path, this.config.publicUrl).toString();
  }

  async enqueue<T extends MailTemplate>(template: T, to: string, locale: Locale, params: TemplateParams<T>): Promise<void> {
    const render = MAIL_TEMPLATES[template] as (locale: Locale, params: TemplateParams<T>) => { subject: string; text: string; html: string };
    const mail = render(locale, params);
    const manager = await this.db.manager();
    // No RETURNING: the request role may queue mail but only administrators read it back.
    await manager.query(
      `INSERT INTO mail_outbox (id, to_email, subject, text_body, html_body, template, locale) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [randomUUID(), to, mail.subject, mail.text, mail.html, template, locale],
    );
  }

  async outbox(to: string | null | undefined, page: PageArgs): Promise<ConnectionResult<MailMessage>> {
    const manager = await this.db.manager();
    const query = manager.getRepository(MailMessage).createQueryBuilder('mail');
    if (to?.trim()) query.andWhere('mail.to_email = :to', { to: to.trim().toLowerCase() });
    return paginate(query, page, {
      // Milliseconds, as the cursor carries them (JavaScript dates have no microseconds).
      sortExpression: "date_trunc('milliseconds', mail.created_at)",
      idExpression: 'mail.id',
      direction: 'DESC',
      cursorOf: (mail) => [mail.createdAt.toISOString(), mail.id],
    });
  }
}
