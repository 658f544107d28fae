import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { IcfIndicator as IcfIndicatorCode } from '@helix/domain';

/** Reference data: the Intelligent Community Forum indicators, named in both languages. */
@Entity({ name: 'icf_indicators' })
export class IcfIndicatorRow {
  @PrimaryColumn({ type: 'text' })
  code: IcfIndicatorCode;

  @Column({ type: 'integer' })
  position: number;

  @Column({ name: 'name_vi', type: 'text' })
  nameVi: string;

  @Column({ name: 'name_en', type: 'text' })
  nameEn: string;

  @Column({ name: 'description_vi', type: 'text' })
  descriptionVi: string;

  @Column({ name: 'description_en', type: 'text' })
  descriptionEn: string;
}
