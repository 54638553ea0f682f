import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import path from 'node:path';
import { Header } from 'tar';
import { ApiError } from '../../shared/api/errors';
import { MANIFEST_ENTRY, type ManifestEntry } from '../../shared/backup/manifest';
import { readAhead } from './readAhead';
import type { BackupSnapshot } from './snapshot';

const BLOCK = 512;
/** Scans are read in pieces of up to this size, one read ahead of the encryption. */
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
 * end-of-archive blocks. Scans are read into two reused buffers: each chunk yielded is valid only until
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
  let current = -1;
  for await (const { index, piece } of scanPieces(snapshot, attachmentEntries, signal)) {
    if (index !== current) {
      if (current >= 0) yield padding(attachmentEntries[current]!.bytes);
      current = index;
      yield tarHeader(attachmentEntries[index]!.path, attachmentEntries[index]!.bytes, mtime);
    }
    if (piece.length) {
      progress(piece.length);
      yield piece;
    }
  }
  if (current >= 0) yield padding(attachmentEntries[current]!.bytes);
  yield ZEROS;
}

/**
 * The attachments' bytes, file after file in pieces of up to READ_BYTES, one read ahead of the consumer
 * (readAhead): every file gives at least one piece (an empty file, an empty one). Each file must have
 * the size the manifest records, and still have it when read.
 */
function scanPieces(snapshot: BackupSnapshot, entries: ManifestEntry[], signal: AbortSignal): AsyncGenerator<{ index: number; piece: Buffer }> {
  let index = 0;
  let offset = 0;
  let fd: number | null = null;
  // Synchronous reads of the workspace's own disk (a few milliseconds a piece): no hand-over to libuv's
  // thread pool per piece, which a loaded machine schedules late, and the pool stays free for the writes.
  const pieces = readAhead(READ_BYTES, async (buffer) => {
    for (; index < entries.length; index++, offset = 0) {
      signal.throwIfAborted();
      const expected = entries[index]!;
      const file = snapshot.attachmentFiles.get(expected.path)!;
      if (fd === null) {
        try {
          fd = openSync(file, 'r');
        } catch {
          throw scanChanged(file);
        }
        if (fstatSync(fd).size !== expected.bytes) throw scanChanged(file);
        if (expected.bytes === 0) offset = -1; // still to give its one empty piece
      }
      if (offset < 0) {
        offset = 0;
        return { index, piece: buffer.subarray(0, 0) };
      }
      if (offset < expected.bytes) {
        const bytesRead = readSync(fd, buffer, 0, Math.min(buffer.length, expected.bytes - offset), offset);
        if (bytesRead === 0) throw scanChanged(file);
        offset += bytesRead;
        return { index, piece: buffer.subarray(0, bytesRead) };
      }
      closeSync(fd);
      fd = null;
    }
    return null;
  });
  return (async function* () {
    try {
      yield* pieces;
    } finally {
      if (fd !== null) closeSync(fd);
    }
  })();
}
