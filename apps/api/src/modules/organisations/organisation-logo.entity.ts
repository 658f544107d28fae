import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { ImageType } from '@helix/domain';

/** An organisation's logo, kept in the database (small, one per organisation, backed up with it). */
@Entity({ name: 'organisation_logos' })
export class OrganisationLogo {
  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Column({ name: 'content_type', type: 'text' })
  contentType: ImageType;

  @Column({ type: 'bytea', select: false })
  data: Buffer;

  @Column({ type: 'text' })
  sha256: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
