import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import type { AppConfig } from '@api/core/config/config';
import { APP_CONFIG } from '@api/core/config/config.module';
import { DatabaseService } from '@api/core/database/database.service';

const POLL_MS = 5000;
const BATCH = 20;
const MAX_ATTEMPTS = 5;

interface PendingMail {
  id: string;
  to_email: string;
  subject: string;
  text_body: string;
  html_body: string;
}

/**
 * Delivers the outbox over SMTP when SMTP_URL is set. Rows are claimed with FOR UPDATE SKIP
 * LOCKED, so several API instances share the work without sending anything twice.
 */
@Injectable()
export class MailSenderService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('MailSender');
  private transport?: Transporter;
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: DatabaseService,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.smtpUrl) return;
    this.transport = createTransport(this.config.smtpUrl);
    this.timer = setInterval(() => void this.deliverPending(), POLL_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
    this.transport?.close();
  }

  /** Sends what is waiting; returns how many were sent. */
  deliverPending(): Promise<number> {
    this.running ??= this.deliverBatch().finally(() => (this.running = undefined));
    return this.running;
  }

  private async deliverBatch(): Promise<number> {
    const transport = this.transport;
    if (!transport) return 0;
    return this.db.runAsSystem(async (manager) => {
      const pending: PendingMail[] = await manager.query(
        `SELECT id, to_email, subject, text_body, html_body FROM mail_outbox
          WHERE sent_at IS NULL AND attempts < $1 ORDER BY created_at LIMIT $2 FOR UPDATE SKIP LOCKED`,
        [MAX_ATTEMPTS, BATCH],
      );
      let sent = 0;
      for (const mail of pending) {
        try {
          await transport.sendMail({ from: `Helix <no-reply@${new URL(this.config.publicUrl).hostname}>`, to: mail.to_email, subject: mail.subject, text: mail.text_body, html: mail.html_body });
          await manager.query(`UPDATE mail_outbox SET sent_at = now(), attempts = attempts + 1, last_error = NULL WHERE id = $1`, [mail.id]);
          sent += 1;
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          this.logger.warn(`could not send mail ${mail.id}: ${message}`);
          await manager.query(`UPDATE mail_outbox SET attempts = attempts + 1, last_error = $2 WHERE id = $1`, [mail.id, message.slice(0, 500)]);
        }
      }
      return sent;
    });
  }
}
