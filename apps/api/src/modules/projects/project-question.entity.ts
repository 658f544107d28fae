import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A clarification question. Who asked is stored but never exposed; `askedByYou` tells the asker. */
@ObjectType({ description: 'A clarification question and, once given, its public answer.' })
@Entity({ name: 'project_questions' })
export class ProjectQuestion {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId: string;

  @Column({ name: 'asked_by_organisation', type: 'uuid' })
  askedByOrganisation: string;

  @Column({ name: 'asked_by_user', type: 'uuid', nullable: true })
  askedByUser: string | null;

  @Field(() => String, { description: 'The question text.' })
  @Column({ name: 'question', type: 'text' })
  text: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  answer: string | null;

  @Column({ name: 'answered_by_user', type: 'uuid', nullable: true })
  answeredByUser: string | null;

  @Field(() => GraphQLISODateTime)
  @Column({ name: 'asked_at', type: 'timestamptz', default: () => 'now()' })
  askedAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt: Date | null;
}
