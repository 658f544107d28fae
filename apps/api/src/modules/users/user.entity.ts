import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Locale } from '@helix/domain';

/** A person's account. Visible to themselves and to the people they share an organisation with. */
@ObjectType()
@Entity({ name: 'users' })
export class User {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Normalised (trimmed, lower case) and unique. */
  @Field(() => String)
  @Column({ type: 'text', unique: true })
  email: string;

  @Column({ name: 'password_hash', type: 'text', select: false })
  passwordHash: string;

  @Field(() => String)
  @Column({ name: 'full_name', type: 'text' })
  fullName: string;

  @Field(() => String, { description: 'Preferred language: vi or en.' })
  @Column({ type: 'text', default: 'vi' })
  locale: Locale;

  @Field(() => Boolean)
  @Column({ name: 'is_platform_admin', type: 'boolean', default: false })
  isPlatformAdmin: boolean;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
