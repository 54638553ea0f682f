import { accessSync, closeSync, constants, fdatasyncSync, fstatSync, openSync, statSync, writeSync } from 'node:fs';
import { open, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { TEMP_SUFFIX, syncDirectory } from './durableFile';
import { PRIVATE_FILE_MODE } from '../fs/privateModes';

/**
 * beian.wal: a 16-byte header ("BEIANWAL", format version, zero), then one record per committed
 * transaction: payload length (u32), CRC-32 (u32) of the length, sequence and payload, sequence
 * number (u64), payload. Sequence numbers run 1, 2, 3 … without gaps across checkpoints; the snapshot
 * records the last one it holds (see checkpointSequence).
 */
export const LOG_FILE = 'beian.wal';
const MAGIC = 'BEIANWAL';
const VERSION = 1;
export const LOG_HEADER_BYTES = 16;
const RECORD_HEADER_BYTES = 16;

export function logHeader(): Uint8Array {
  const out = new Uint8Array(LOG_HEADER_BYTES);
  for (let i = 0; i < MAGIC.length; i++) out[i] = MAGIC.charCodeAt(i);
  new DataView(out.buffer).setUint32(8, VERSION);
  return out;
}

function recordChecksum(bytes: Uint8Array, at: number, payloadLength: number): number {
  let crc = crc32(bytes.subarray(at, at + 4));
  crc = crc32(bytes.subarray(at + 8, at + RECORD_HEADER_BYTES + payloadLength), crc);
  return crc >>> 0;
}

/** One record, ready to append. */
export function encodeRecord(sequence: number, payload: Uint8Array): Uint8Array {
  const out = new Uint8Array(RECORD_HEADER_BYTES + payload.byteLength);
  const view = new DataView(out.buffer);
  view.setUint32(0, payload.byteLength);
  view.setBigUint64(8, BigInt(sequence));
  out.set(payload, RECORD_HEADER_BYTES);
  view.setUint32(4, recordChecksum(out, 0, payload.byteLength));
  return out;
}

export interface LogRecord {
  sequence: number;
  payload: Uint8Array;
  /** Offset just past this record. */
  end: number;
}

export type LogScan =
  | { ok: true; records: LogRecord[]; /** bytes of the log that hold whole, valid records */ validEnd: number; tornTail: boolean }
  | { ok: false; reason: string };

const allZero = (bytes: Uint8Array) => bytes.every((b) => b === 0);

/**
 * Reads every record. A bad record that runs to (or past) the end of the file, or that is followed
 * only by zeros, is the one append a crash cut short: it was never acknowledged and is dropped. A
 * bad record with data after it, a bad header or a gap in the sequence is damage.
 */
export function scanLog(bytes: Uint8Array): LogScan {
  if (bytes.byteLength === 0) return { ok: true, records: [], validEnd: 0, tornTail: false };
  if (bytes.byteLength < LOG_HEADER_BYTES) {
    // The header is written and synced before the first record: a short header is a cut-off creation.
    return allZero(bytes) || isPrefix(bytes, logHeader()) ? { ok: true, records: [], validEnd: 0, tornTail: true } : { ok: false, reason: 'header' };
  }
  if (!isPrefix(logHeader(), bytes)) return { ok: false, reason: 'header' };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const records: LogRecord[] = [];
  let at = LOG_HEADER_BYTES;
  while (at < bytes.byteLength) {
    const rest = bytes.byteLength - at;
    const length = rest >= 4 ? view.getUint32(at) : -1;
    const end = at + RECORD_HEADER_BYTES + length;
    const whole = rest >= RECORD_HEADER_BYTES && end <= bytes.byteLength;
    if (!whole || view.getUint32(at + 4) !== recordChecksum(bytes, at, length)) {
      if (!whole || allZero(bytes.subarray(at))) return { ok: true, records, validEnd: at, tornTail: true };
      return { ok: false, reason: `checksum at ${at}` };
    }
    const sequence = Number(view.getBigUint64(at + 8));
    const previous = records[records.length - 1];
    if (previous && sequence !== previous.sequence + 1) return { ok: false, reason: `sequence ${previous.sequence} then ${sequence}` };
    records.push({ sequence, payload: bytes.subarray(at + RECORD_HEADER_BYTES, end), end });
    at = end;
  }
  return { ok: true, records, validEnd: at, tornTail: false };
}

function isPrefix(prefix: Uint8Array, of: Uint8Array): boolean {
  if (prefix.byteLength > of.byteLength) return false;
  for (let i = 0; i < prefix.byteLength; i++) if (prefix[i] !== of[i]) return false;
  return true;
}

export function logPath(root: string): string {
  return path.join(root, LOG_FILE);
}

/**
 * beian.wal kept open for appends, one open for the store's life rather than one per save. close()
 * before the file is replaced (a new log renamed over it), so the next append opens the new file;
 * a truncation keeps the same file and the handle.
 *
 * The append is synchronous: the store runs in its own thread (electron/api/apiWorker.ts) or in the command
 * line, where blocking for one write and one fdatasync holds up no window, and four trips through libuv's thread
 * pool per save cost more than the write itself.
 */
export class LogAppender {
  private handle: { fd: number; ino: number } | null = null;

  constructor(readonly file: string) {}

  /**
   * Writes `data` at `offset` and syncs the data; after a failure the handle is dropped (reopened next
   * time). The path must still name the open file and be writable: a log moved, replaced or made
   * read-only since fails the save, as a fresh open would.
   */
  async write(offset: number, data: Uint8Array): Promise<void> {
    try {
      const { fd, ino } = this.opened();
      if (statSync(this.file).ino !== ino) throw Object.assign(new Error(`${path.basename(this.file)} was replaced while open`), { code: 'ESTALE' });
      accessSync(this.file, constants.W_OK);
      let written = 0;
      while (written < data.byteLength) written += writeSync(fd, data, written, data.byteLength - written, offset + written);
      fdatasyncSync(fd);
    } catch (err) {
      await this.close();
      throw err;
    }
  }

  async close(): Promise<void> {
    const open = this.handle;
    this.handle = null;
    if (open) {
      try {
        closeSync(open.fd);
      } catch {
        // Already gone with its file system (a removed drive): nothing left to release.
      }
    }
  }

  private opened(): { fd: number; ino: number } {
    if (!this.handle) {
      const fd = openSync(this.file, 'r+');
      try {
        this.handle = { fd, ino: fstatSync(fd).ino };
      } catch (err) {
        closeSync(fd);
        throw err;
      }
    }
    return this.handle;
  }
}

/**
 * Writes `chunks` at `offset` in one call and syncs the data before returning: through `appender`
 * (kept open) when given, otherwise by opening and closing the file.
 */
export async function appendDurable(file: string, offset: number, chunks: Uint8Array[], appender?: LogAppender): Promise<number> {
  const data = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
  if (appender && appender.file === file) {
    await appender.write(offset, data);
    return offset + data.byteLength;
  }
  const handle = await open(file, 'r+');
  try {
    let written = 0;
    while (written < data.byteLength) {
      const { bytesWritten } = await handle.write(data, written, data.byteLength - written, offset + written);
      written += bytesWritten;
    }
    await handle.datasync();
  } finally {
    await handle.close();
  }
  return offset + data.byteLength;
}

/** Cuts the log to `length` bytes (dropping a torn tail or what a checkpoint now holds) and syncs. */
export async function truncateDurable(file: string, length: number): Promise<void> {
  const handle = await open(file, 'r+');
  try {
    await handle.truncate(length);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Puts a new log in place in one rename: the header followed by `records` (those a checkpoint does
 * not hold). A crash leaves the old log or the new one, never a mix.
 */
export async function replaceLog(file: string, records: Uint8Array[]): Promise<number> {
  const temp = file + TEMP_SUFFIX;
  const data = Buffer.concat([logHeader(), ...records]);
  try {
    const handle = await open(temp, 'w', PRIVATE_FILE_MODE);
    try {
      let written = 0;
      while (written < data.byteLength) written += (await handle.write(data, written, data.byteLength - written, written)).bytesWritten;
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, file);
  } catch (err) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw err;
  }
  await syncDirectory(path.dirname(file));
  return data.byteLength;
}

export async function logSize(file: string): Promise<number | null> {
  try {
    return (await stat(file)).size;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}
