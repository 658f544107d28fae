import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { bigintAsNumber } from '@api/core/database/bigint-transformer';

/** Where a file is downloaded (GET, visibility decided by row-level security). */
export const fileUrl = (id: string): string => `/api/files/${id}`;

/**
 * An uploaded file: what it is (type sniffed from its bytes), how big, its SHA-256, the name it is
 * listed and downloaded under, and the organisation that uploaded it. The bytes live in the
 * FileStorage under `storageKey`. Objects that attach files (projects, proposals, agreements)
 * expose them as `FileAttachment`.
 */
@ObjectType('FileAttachment', { description: 'An uploaded file attached to an object; download it from `url`.' })
@Entity({ name: 'files' })
export class FileRecord {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Column({ name: 'uploaded_by', type: 'uuid', nullable: true })
  uploadedBy: string | null;

  /** The client's name made safe, ending in the extension the bytes proved. */
  @Field(() => String, { description: 'File name, ending in the extension of the type recognised from the content.' })
  @Column({ name: 'original_name', type: 'text' })
  name: string;

  @Column({ name: 'storage_key', type: 'text', select: false })
  storageKey: string;

  @Field(() => String, { description: 'Media type recognised from the content (never from the name).' })
  @Column({ name: 'content_type', type: 'text' })
  contentType: string;

  @Field(() => Int, { description: 'Size in bytes.' })
  @Column({ name: 'size_bytes', type: 'bigint', transformer: bigintAsNumber })
  size: number;

  @Field(() => String, { description: 'SHA-256 of the content, in hexadecimal.' })
  @Column({ type: 'text' })
  sha256: string;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => String, { description: 'Download address (same origin), e.g. /api/files/<id>.' })
  get url(): string {
    return fileUrl(this.id);
  }
}

/** The JSON the upload route answers with (and the web client's UploadedFile). */
export interface FileJson {
  id: string;
  name: string;
  contentType: string;
  size: number;
  sha256: string;
  url: string;
  createdAt: string;
}

export function fileJson(file: Pick<FileRecord, 'id' | 'name' | 'contentType' | 'size' | 'sha256' | 'createdAt'>): FileJson {
  return {
    id: file.id,
    name: file.name,
    contentType: file.contentType,
    size: file.size,
    sha256: file.sha256,
    url: fileUrl(file.id),
    createdAt: file.createdAt.toISOString(),
  };
}
