import { open } from 'node:fs/promises';
import path from 'node:path';
import { Header } from 'tar';
import { ApiError } from '../../shared/api/errors';
import { MANIFEST_ENTRY } from '../../shared/backup/manifest';
import type { BackupSnapshot } from './snapshot';

const BLOCK = 512;
/** Scans are read in pieces of up to this size, into one buffer used again and again. */
const READ_BYTES = 4 << 20;
const ZEROS = Buffer.alloc(2 * BLOCK);

/** The 512-byte ustar header of one regular file (node-tar's encoder). */
function tarHeader(name: string, size: number, mtime: Date): Buffer {
  const block = Buffer.alloc(BLOCK);
  const needsPax = new Header({ path: name, mode: 0o600, uid: 0, gid: 0, size, mtime, type: 'File' }).encode(block, 0);
  // Entry names are short ASCII (see the manifest's schema) and sizes far below 8 GiB: plain ustar holds them.
  if (needsPax) throw new Error(`tar entry needs a pax header: ${name}`);
  return block;
}

const padding = (size: number) => ZEROS.subarray(0, (BLOCK - (size % BLOCK)) % BLOCK);

const scanChanged = (file: string) =>
  new ApiError('STORAGE', `扫描件文件缺失或大小不符（${path.basename(file).slice(0, 12)}…），备份未完成；请先运行完整性检查或联系技术支持`);

/**
 * The backup's tar, in order: the manifest, the database, every attachment (each checked for its size;
 * its content is checked against the manifest's SHA-256 when the written file is read back), then the
 * end-of-archive blocks. Scans are read into one reused buffer: each chunk yielded is valid only until
 * the next one is asked for (the age sealer consumes it at once). `progress` gets database and scan bytes.
 */
export async function* tarChunks(snapshot: BackupSnapshot, signal: AbortSignal, progress: (n: number) => void): AsyncGenerator<Buffer> {
  const mtime = new Date(snapshot.manifest.createdAt);
  const manifest = Buffer.from(JSON.stringify(snapshot.manifest, null, 2), 'utf8');
  yield tarHeader(MANIFEST_ENTRY, manifest.length, mtime);
  yield manifest;
  yield padding(manifest.length);
  const [dbEntry, ...attachmentEntries] = snapshot.manifest.entries;
  const database = Buffer.from(snapshot.database.buffer, snapshot.database.byteOffset, snapshot.database.byteLength);
  yield tarHeader(dbEntry!.path, database.length, mtime);
  yield database;
  progress(database.length);
  yield padding(database.length);
  const buffer = Buffer.allocUnsafe(READ_BYTES);
  for (const expected of attachmentEntries) {
    signal.throwIfAborted();
    const file = snapshot.attachmentFiles.get(expected.path)!;
    const handle = await open(file, 'r').catch(() => null);
    if (!handle) throw scanChanged(file);
    try {
      if ((await handle.stat()).size !== expected.bytes) throw scanChanged(file);
      yield tarHeader(expected.path, expected.bytes, mtime);
      let done = 0;
      while (done < expected.bytes) {
        signal.throwIfAborted();
        const { bytesRead } = await handle.read(buffer, 0, Math.min(READ_BYTES, expected.bytes - done), done);
        if (bytesRead === 0) throw scanChanged(file);
        done += bytesRead;
        progress(bytesRead);
        yield buffer.subarray(0, bytesRead);
      }
    } finally {
      await handle.close();
    }
    yield padding(expected.bytes);
  }
  yield ZEROS;
}
