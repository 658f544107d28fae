import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { OrganisationKind, OrganisationStatus } from '@helix/domain';
import { OrganisationKindEnum, OrganisationStatusEnum } from '@api/core/graphql/enums';

/** A tenant: a State body, a university or an enterprise. Its public profile is readable by anyone. */
@ObjectType()
@Entity({ name: 'organisations' })
export class Organisation {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String)
  @Column({ type: 'text' })
  name: string;

  @Field(() => String, { nullable: true })
  @Column({ name: 'short_name', type: 'text', nullable: true })
  shortName: string | null;

  @Field(() => OrganisationKindEnum)
  @Column({ type: 'text' })
  kind: OrganisationKind;

  @Field(() => OrganisationStatusEnum)
  @Column({ type: 'text', default: 'PENDING' })
  status: OrganisationStatus;

  /** Why it was suspended; exposed to members and platform administrators by the resolver. */
  @Column({ name: 'status_reason', type: 'text', nullable: true })
  statusReason: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'registration_code', type: 'text', nullable: true })
  registrationCode: string | null;

  @Field(() => String, { nullable: true, description: 'Description in Vietnamese.' })
  @Column({ name: 'description_vi', type: 'text', nullable: true })
  descriptionVi: string | null;

  @Field(() => String, { nullable: true, description: 'Description in English.' })
  @Column({ name: 'description_en', type: 'text', nullable: true })
  descriptionEn: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  website: string | null;

  @Field(() => [String])
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  expertise: string[];

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Field(() => Int, { description: 'Optimistic-concurrency version: an update naming an older one is refused.' })
  @VersionColumn({ default: 1 })
  version: number;
}
