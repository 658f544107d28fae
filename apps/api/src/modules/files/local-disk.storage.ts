import { randomUUID } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { type FileStorage, StoredFileMissingError } from './file-storage';

const KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Files on the local disk, under one folder (`<data folder>/files` by default). A key is a random
 * UUID, stored as `ab/cd/abcd…` (two levels of 256 folders, so no folder grows past a few
 * thousand entries). A write goes to a temporary name in the same folder and is renamed into
 * place, so a crash never leaves half a file under a key. Client-chosen names never reach the
 * disk; anything but a lower-case UUID is refused as a key, so no key can point outside the folder.
 */
export class LocalDiskStorage implements FileStorage {
  constructor(private readonly root: string) {}

  /** Where a key's bytes are kept (for tests and operators). */
  pathOf(key: string): string {
    if (!KEY.test(key)) throw new Error(`Invalid storage key: ${JSON.stringify(key)}`);
    return join(this.root, key.slice(0, 2), key.slice(2, 4), key);
  }

  async put(key: string, data: Buffer): Promise<void> {
    const target = this.pathOf(key);
    await mkdir(dirname(target), { recursive: true, mode: 0o750 });
    const temporary = `${target}.${randomUUID()}.tmp`;
    const handle = await open(temporary, 'wx', 0o640);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } catch (error) {
      await handle.close().catch(() => undefined);
      await rm(temporary, { force: true });
      throw error;
    }
    await handle.close();
    try {
      await rename(temporary, target);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  }

  async open(key: string): Promise<Readable> {
    try {
      const handle = await open(this.pathOf(key), 'r');
      return handle.createReadStream();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new StoredFileMissingError(key);
      throw error;
    }
  }

  /** Removes the bytes; the shard folders stay (at most 65,536 of them), so a concurrent put never loses its folder. */
  async remove(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }
}
