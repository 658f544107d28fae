import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Locale } from '@helix/domain';

/** One e-mail in the outbox: sent over SMTP when configured, readable in the admin mail preview. */
@ObjectType()
@Entity({ name: 'mail_outbox' })
export class MailMessage {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String)
  @Column({ name: 'to_email', type: 'text' })
  to: string;

  @Field(() => String)
  @Column({ type: 'text' })
  subject: string;

  @Field(() => String)
  @Column({ name: 'text_body', type: 'text' })
  text: string;

  @Field(() => String)
  @Column({ name: 'html_body', type: 'text' })
  html: string;

  @Field(() => String)
  @Column({ type: 'text' })
  template: string;

  @Field(() => String)
  @Column({ type: 'text' })
  locale: Locale;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;
}
