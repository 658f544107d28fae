import type { Readable } from 'node:stream';

/**
 * Where the bytes of uploaded files live; the database keeps only their description (`files`).
 * Keys are opaque names chosen by the API (random UUIDs), never anything a client sent. The
 * default is LocalDiskStorage under the data folder; an object store (S3, MinIO, Azure Blob)
 * implements the same three calls and is bound to FILE_STORAGE in FilesModule (docs/files.md).
 */
export interface FileStorage {
  /** Stores `data` under `key` completely or not at all (a reader never sees half a file). */
  put(key: string, data: Buffer): Promise<void>;
  /** The stored bytes; rejects with StoredFileMissingError when nothing is stored under `key`. */
  open(key: string): Promise<Readable>;
  /** Forgets `key`; nothing stored under it is not an error. */
  remove(key: string): Promise<void>;
}

/** The injection token of the FileStorage in use. */
export const FILE_STORAGE = Symbol('FILE_STORAGE');

export class StoredFileMissingError extends Error {
  constructor(readonly key: string) {
    super(`No stored file under key ${key}`);
    this.name = 'StoredFileMissingError';
  }
}
