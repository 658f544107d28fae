import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Readable } from 'node:stream';
import { StoredFileMissingError } from './file-storage';
import { LocalDiskStorage } from './local-disk.storage';

async function read(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Every file under a folder, relative to it. */
function filesUnder(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((path) => statSync(join(root, path)).isFile());
}

describe('LocalDiskStorage', () => {
  let root: string;
  let storage: LocalDiskStorage;

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'helix-files-'));
    storage = new LocalDiskStorage(join(root, 'files'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('stores bytes under a two-level shard of the key and reads them back', async () => {
    const key = randomUUID();
    const data = Buffer.from('%PDF-1.7 Báo cáo\n');
    await storage.put(key, data);
    expect(relative(join(root, 'files'), storage.pathOf(key))).toBe(join(key.slice(0, 2), key.slice(2, 4), key));
    expect(readFileSync(storage.pathOf(key))).toEqual(data);
    expect(await read(await storage.open(key))).toEqual(data);
    // Nothing but the file itself: the temporary name was renamed into place.
    expect(filesUnder(join(root, 'files'))).toEqual([join(key.slice(0, 2), key.slice(2, 4), key)]);
  });

  it('keeps files apart and overwrites nothing else', async () => {
    const [first, second] = [randomUUID(), randomUUID()];
    await storage.put(first, Buffer.from('one'));
    await storage.put(second, Buffer.from('two'));
    expect((await read(await storage.open(first))).toString()).toBe('one');
    expect((await read(await storage.open(second))).toString()).toBe('two');
  });

  it('removes bytes, and removing twice is fine', async () => {
    const key = randomUUID();
    await storage.put(key, Buffer.from('bytes'));
    await storage.remove(key);
    await storage.remove(key);
    expect(filesUnder(join(root, 'files'))).toEqual([]);
    await expect(storage.open(key)).rejects.toBeInstanceOf(StoredFileMissingError);
  });

  it('refuses any key that is not a lower-case UUID, so nothing escapes the folder', async () => {
    for (const key of ['../../etc/passwd', 'report.pdf', '', randomUUID().toUpperCase(), `${randomUUID()}/x`]) {
      await expect(storage.put(key, Buffer.from('x'))).rejects.toThrow('Invalid storage key');
      await expect(storage.open(key)).rejects.toThrow('Invalid storage key');
    }
    expect(filesUnder(root)).toEqual([]);
  });

  it('leaves no temporary file when a write fails', async () => {
    const key = randomUUID();
    // A folder where the file should go makes the final rename fail.
    mkdirSync(join(storage.pathOf(key), 'occupied'), { recursive: true });
    await expect(storage.put(key, Buffer.from('data'))).rejects.toThrow();
    expect(filesUnder(join(root, 'files'))).toEqual([]);
  });
});
