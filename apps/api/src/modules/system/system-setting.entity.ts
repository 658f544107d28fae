import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** Platform bookkeeping, readable only by the owning role (never by requests). */
@Entity({ name: 'system_settings' })
export class SystemSetting {
  @PrimaryColumn({ type: 'text' })
  key: string;

  @Column({ type: 'jsonb' })
  value: unknown;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
