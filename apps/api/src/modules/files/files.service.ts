import { createHash, randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import { In } from 'typeorm';
import { safeDownloadName, sniffDocumentType } from '@helix/domain';
import { ActorService } from '@api/core/auth/actor.service';
import type { AppConfig } from '@api/core/config/config';
import { APP_CONFIG } from '@api/core/config/config.module';
import type { RequestStore } from '@api/core/context/request-context';
import { DatabaseService } from '@api/core/database/database.service';
import { AppError } from '@api/core/graphql/app-error';
import { byKeys } from '@api/core/graphql/loader-registry';
import { FILE_STORAGE, type FileStorage } from './file-storage';
import { FileRecord } from './file.entity';
import { fileTooLarge } from './files.errors';

/** An object carries at most this many attachments per change. */
export const ATTACHMENTS_MAX = 20;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Uploaded files: checks and stores uploads, and gives other features (projects, proposals,
 * agreements) what they need to attach them. Who may read a file is decided by row-level
 * security alone: the uploading organisation's members, plus whoever may read an object it is
 * attached to (each attachment table adds its policy on `files`, see docs/files.md).
 */
@Injectable()
export class FilesService {
  private readonly logger = new Logger(FilesService.name);

  constructor(
    private readonly db: DatabaseService,
    private readonly actors: ActorService,
    private readonly cls: ClsService<RequestStore>,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The upload limit in bytes (HELIX_FILE_MAX_BYTES). */
  get maxBytes(): number {
    return this.config.files.maxBytes;
  }

  /**
   * Stores an upload for the caller's active organisation. The caller must be a MEMBER or more
   * there; the content must be non-empty, within the limit and of a recognised type (from the
   * bytes; `originalName` only supplies the listed name). The bytes are stored first, then the
   * row; if the row is not written (or its transaction does not commit) the bytes are removed.
   */
  async upload(data: Buffer, originalName: string): Promise<FileRecord> {
    const actor = await this.actors.require();
    const organisationId = actor.active?.organisationId;
    if (!organisationId) throw new AppError('FORBIDDEN', 'NOT_A_MEMBER');
    await this.actors.authorise('file.upload', organisationId, 'organisation');
    if (!data?.length) throw AppError.badInput('file', 'REQUIRED');
    if (data.length > this.maxBytes) throw fileTooLarge(this.maxBytes);
    const type = sniffDocumentType(data);
    if (!type) throw AppError.badInput('file', 'FILE_TYPE_NOT_ALLOWED');

    const file = {
      organisationId,
      uploadedBy: actor.userId,
      name: safeDownloadName(originalName, type.extension),
      storageKey: randomUUID(),
      contentType: type.contentType,
      size: data.length,
      sha256: createHash('sha256').update(data).digest('hex'),
    };
    const manager = await this.db.manager();
    await this.storage.put(file.storageKey, data);
    this.cls.get('transaction').onRollback(() => this.storage.remove(file.storageKey));
    try {
      const [row] = (await manager.query(
        `INSERT INTO files (organisation_id, uploaded_by, original_name, storage_key, content_type, size_bytes, sha256)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id, created_at`,
        [file.organisationId, file.uploadedBy, file.name, file.storageKey, file.contentType, file.size, file.sha256],
      )) as { id: string; created_at: Date }[];
      if (!row) throw new Error('INSERT INTO files returned no row');
      return manager.getRepository(FileRecord).create({ ...file, id: row.id, createdAt: row.created_at });
    } catch (error) {
      await this.storage.remove(file.storageKey).catch((removal: unknown) => this.logger.error({ err: removal, key: file.storageKey }, 'could not remove orphaned bytes'));
      throw error;
    }
  }

  /**
   * The files an object of `organisationId` may attach: each id must name a file that
   * organisation uploaded (else BAD_USER_INPUT on `field`, FILE_NOT_FOUND), at most
   * ATTACHMENTS_MAX of them; duplicates are dropped. Returned in the order given.
   */
  async requireAttachable(fileIds: readonly string[], organisationId: string, field: string): Promise<FileRecord[]> {
    const ids = [...new Set((fileIds ?? []).map((id) => String(id).trim().toLowerCase()))];
    if (ids.length > ATTACHMENTS_MAX) throw AppError.badInput(field, 'TOO_MANY_ITEMS', { max: ATTACHMENTS_MAX });
    if (ids.some((id) => !UUID.test(id))) throw AppError.badInput(field, 'INVALID_ID');
    const files = await Promise.all(ids.map((id) => this.load(id)));
    return files.map((file) => {
      if (!file || file.organisationId !== organisationId) throw AppError.badInput(field, 'FILE_NOT_FOUND');
      return file;
    });
  }

  /** Batched per request; null when missing, malformed or hidden by row-level security. */
  load(id: string): Promise<FileRecord | null> {
    return this.cls
      .get('loaders')
      .get<string, FileRecord | null>('files.byId', async (keys) => {
        const valid = keys.filter((key) => UUID.test(key));
        if (!valid.length) return keys.map(() => null);
        const manager = await this.db.manager();
        return byKeys(keys, await manager.getRepository(FileRecord).findBy({ id: In(valid) }), (row) => row.id);
      })
      .load(id.toLowerCase());
  }

  /** The visible ones of `ids`, in that order (missing and hidden ones left out). */
  async loadMany(ids: readonly string[]): Promise<FileRecord[]> {
    const files = await Promise.all(ids.map((id) => this.load(id)));
    return files.filter((file): file is FileRecord => file !== null);
  }

  /** NOT_FOUND both for a random id and for a file the caller may not see. */
  async findById(id: string): Promise<FileRecord> {
    const file = await this.load(id);
    if (!file) throw AppError.notFound('file');
    return file;
  }

  /** A visible file with its storage key, for download; null when missing or hidden. */
  async findForDownload(id: string): Promise<FileRecord | null> {
    const manager = await this.db.manager();
    return manager.getRepository(FileRecord).createQueryBuilder('file').addSelect('file.storageKey').where('file.id = :id', { id }).getOne();
  }

  /** The stored bytes of a file found by findForDownload. */
  content(file: FileRecord): Promise<Readable> {
    return this.storage.open(file.storageKey);
  }
}
