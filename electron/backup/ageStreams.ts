import { randomBytes } from 'node:crypto';
import { createReadStream, type ReadStream } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { Decrypter, type Identity } from 'age-encryption';
import { ApiError } from '../../shared/api/errors';
import { AGE_MAGIC, encodeScryptHeader, scryptHeaderLength, scryptWrapKey, ScryptPassphraseIdentity } from './ageHeader';
import { AgePayloadDecrypter, PAYLOAD_NONCE_BYTES, PayloadOpener, PayloadSealer, payloadKey } from './agePayload';
import { readAhead } from './readAhead';

/** age's scrypt work factor (log2 N) for new backups: the age CLI's default. */
export const DEFAULT_SCRYPT_LOG_N = 18;

/** Far more than any header with one scrypt stanza (about 150 bytes). */
const MAX_HEADER_BYTES = 64 * 1024;

export interface AgeEncryption {
  /** Bytes to leave free at the start of the file for the header. */
  headerLength: number;
  fileKey: Uint8Array;
  /** Plaintext in, the payload (nonce and sealed chunks) out. */
  sealer: PayloadSealer;
  /** The header, once scrypt has run; and an identity that opens this file again without a second scrypt. */
  header: Promise<{ bytes: Buffer; identity: ScryptPassphraseIdentity }>;
}

/**
 * Starts an age encryption to one scrypt (passphrase) recipient. The payload can be produced at once;
 * scrypt runs meanwhile on libuv's thread pool, and the header (of a length known now) is written last.
 */
export function beginAgeEncryption(passphrase: string, logN = DEFAULT_SCRYPT_LOG_N): AgeEncryption {
  const fileKey = randomBytes(16);
  const salt = randomBytes(16);
  const header = scryptWrapKey(passphrase, salt, logN).then((wrapKey) => ({
    bytes: encodeScryptHeader(fileKey, salt, logN, wrapKey),
    identity: new ScryptPassphraseIdentity(passphrase, { salt, logN, wrapKey }),
  }));
  header.catch(() => undefined); // awaited by the caller; a failure must not surface as unhandled first
  return { headerLength: scryptHeaderLength(logN), fileKey, sealer: new PayloadSealer(fileKey), header };
}

/** Sealed bytes gathered before one write, writes in flight at once, and how often (in bytes written) the file is fsynced on the way. */
const WRITE_BATCH_BYTES = 8 << 20;
const WRITES_IN_FLIGHT = 3;
const SYNC_EVERY_BYTES = 64 << 20;

export interface AgeWriteOptions {
  logN?: number;
  signal?: AbortSignal;
  /** Once the file exists, before any payload: what a reader that follows the writing needs. */
  onStart?: (start: { fileKey: Uint8Array; payloadStart: number }) => void;
  /**
   * Each time the file has been fsynced on the way: bytes from payloadStart up to `to` are on the disk.
   * The last call (`final`) comes once the header is written too and the whole file is fsynced.
   */
  onSynced?: (to: number, final: boolean) => void;
}

/** Writes all of `buffers` at `position`, however many calls that takes. */
async function writeAll(handle: FileHandle, buffers: Buffer[], position: number): Promise<void> {
  let left = buffers;
  let at = position;
  while (left.length) {
    const { bytesWritten } = await handle.writev(left, at);
    at += bytesWritten;
    let skip = bytesWritten;
    const rest: Buffer[] = [];
    for (const b of left) {
      if (skip >= b.length) skip -= b.length;
      else {
        rest.push(skip ? b.subarray(skip) : b);
        skip = 0;
      }
    }
    if (rest.length && bytesWritten === 0) throw Object.assign(new Error('write made no progress'), { code: 'EIO' });
    left = rest;
  }
}

/**
 * Writes batches at increasing offsets, up to WRITES_IN_FLIGHT at once while the caller seals the next
 * batch (a thread that the shared machine schedules late then holds nothing up), and fsyncs (fdatasync)
 * every SYNC_EVERY_BYTES once every earlier write has landed, one fsync at a time and without holding up
 * the writes; reports each finished fsync to onSynced.
 */
class FsyncingWriter {
  private readonly inFlight: Promise<void>[] = [];
  private syncing: Promise<void> | null = null;
  private failure: unknown = null;
  private syncedTo: number;

  constructor(
    private readonly handle: FileHandle,
    public position: number,
    private readonly onSynced?: (to: number) => void,
  ) {
    this.syncedTo = position;
  }

  async write(buffers: Buffer[], bytes: number): Promise<void> {
    while (this.inFlight.length >= WRITES_IN_FLIGHT) await this.inFlight.shift();
    if (this.failure) throw this.failure;
    const at = this.position;
    this.position += bytes;
    const writing = writeAll(this.handle, buffers, at);
    writing.catch(() => undefined); // awaited in turn, or by drain/settle
    this.inFlight.push(writing);
    if (this.onSynced && !this.syncing && this.position - this.syncedTo >= SYNC_EVERY_BYTES) {
      const upTo = this.position;
      const onSynced = this.onSynced;
      this.syncing = Promise.all(this.inFlight)
        .then(() => this.handle.datasync())
        .then(
          () => {
            this.syncedTo = upTo;
            this.syncing = null;
            onSynced(upTo);
          },
          (err: unknown) => {
            this.failure ??= err;
          },
        );
    }
  }

  /** After a failure elsewhere: waits for what is in flight, ignoring its outcome. */
  async settle(): Promise<void> {
    await Promise.allSettled([...this.inFlight, this.syncing]);
  }

  /** Every write done (and the fsync under way, if any). */
  async drain(): Promise<void> {
    await this.syncing;
    await Promise.all(this.inFlight.splice(0));
    if (this.failure) throw this.failure;
  }
}

/**
 * Encrypts `source` into a new file (created exclusively, 0600), fsynced. The payload is written after
 * room for the header, which goes in last, once scrypt is done. Returns an identity that opens the file
 * again without a second scrypt. On failure the file is left for the caller to remove. Each chunk is
 * sealed before the next is asked for: a source may reuse its buffer.
 */
export async function writeAgeFile(source: AsyncIterable<Uint8Array>, file: string, passphrase: string, opts: AgeWriteOptions = {}): Promise<ScryptPassphraseIdentity> {
  const age = beginAgeEncryption(passphrase, opts.logN);
  const handle = await open(file, 'wx', 0o600);
  const onSynced = opts.onSynced;
  const writer = new FsyncingWriter(handle, age.headerLength, onSynced && ((to) => onSynced(to, false)));
  try {
    opts.onStart?.({ fileKey: age.fileKey, payloadStart: age.headerLength });
    let batch: Buffer[] = [];
    let pending = 0;
    const seal = (run: (out: Buffer[]) => void) => {
      const before = batch.length;
      run(batch);
      for (let i = before; i < batch.length; i++) pending += batch[i]!.length;
    };
    for await (const chunk of source) {
      opts.signal?.throwIfAborted();
      seal((out) => age.sealer.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength), out));
      if (pending >= WRITE_BATCH_BYTES) {
        await writer.write(batch, pending);
        batch = [];
        pending = 0;
      }
    }
    opts.signal?.throwIfAborted();
    seal((out) => age.sealer.finish(out));
    await writer.write(batch, pending);
    await writer.drain();
    const header = await age.header;
    if (header.bytes.length !== age.headerLength) throw new Error('age header length differs from the room left for it');
    await writeAll(handle, [header.bytes], 0);
    await handle.sync();
    onSynced?.(writer.position, true);
    return header.identity;
  } finally {
    await writer.settle();
    await handle.close();
  }
}

/** True when the bytes begin like an age file. */
export function looksLikeAge(head: Uint8Array): boolean {
  return Buffer.from(head.subarray(0, AGE_MAGIC.length)).toString('latin1') === AGE_MAGIC;
}

const notABackup = () => new ApiError('VALIDATION', '这不是备案台备份文件（.beianbak），或文件开头已损坏', 'file');
const damagedHeader = () => new ApiError('VALIDATION', '备份文件的开头已损坏或被改动，无法打开；请换一个备份文件', 'file');

/** The message for a failure while reading the encrypted payload: truncated or altered. */
export function payloadError(): ApiError {
  return new ApiError('VALIDATION', '备份文件不完整或已被改动（解密校验失败），不能用于恢复；工作目录未做任何改动', 'file');
}

/** Where the header ends: just after the LF of its `--- MAC` line (a line starting `---` ends it). */
function headerEnd(head: Buffer): number {
  const mark = head.indexOf('\n---', 0, 'latin1');
  if (mark < 0) return -1;
  const lf = head.indexOf(0x0a, mark + 1);
  return lf < 0 ? -1 : lf + 1;
}

async function readHead(file: string): Promise<Buffer> {
  const handle = await open(file, 'r').catch((err: NodeJS.ErrnoException) => {
    throw new ApiError(err.code === 'ENOENT' ? 'NOT_FOUND' : 'STORAGE', err.code === 'ENOENT' ? '找不到这个备份文件' : `无法读取备份文件（${err.code ?? '未知错误'}）`);
  });
  try {
    const head = Buffer.alloc(MAX_HEADER_BYTES + PAYLOAD_NONCE_BYTES);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return head.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

export interface OpenedAgeHeader {
  fileKey: Uint8Array;
  /** Where the payload's sealed chunks begin (after the header and the 16-byte nonce). */
  chunksStart: number;
  /** The payload key (from the file key and the nonce). */
  key: Buffer;
}

/**
 * Opens an age file's header: it is parsed and its MAC checked by age-encryption with `identity` (a
 * wrong passphrase or an altered header is refused here, with a Chinese message).
 */
export async function openAgeHeader(file: string, identity: Identity): Promise<OpenedAgeHeader> {
  const head = await readHead(file);
  if (!looksLikeAge(head)) throw notABackup();
  const end = headerEnd(head);
  if (end < 0) throw damagedHeader();
  const decrypter = new Decrypter();
  decrypter.addIdentity(identity);
  let fileKey: Uint8Array;
  try {
    fileKey = await decrypter.decryptHeader(head.subarray(0, end));
  } catch (err) {
    if (err instanceof ApiError) throw err;
    if (err instanceof Error && /no identity matched/.test(err.message)) {
      throw new ApiError('VALIDATION', '备份口令不正确（口令区分大小写），或备份文件的开头已被改动，无法打开这个备份', 'passphrase');
    }
    throw damagedHeader();
  }
  if (head.length < end + PAYLOAD_NONCE_BYTES) throw payloadError();
  return { fileKey, chunksStart: end + PAYLOAD_NONCE_BYTES, key: payloadKey(fileKey, head.subarray(end, end + PAYLOAD_NONCE_BYTES)) };
}

/** Sealed bytes read at a time (one read ahead of the decryption). */
const READ_BYTES = 4 << 20;

/** Reads up to `length` bytes at `position` into the start of `buffer`; 0 at the end of the file. */
export type ReadAt = (buffer: Buffer, length: number, position: number) => Promise<number>;

/** ReadAt on an open file, on libuv's thread pool. */
export const readAtHandle =
  (handle: FileHandle): ReadAt =>
  async (buffer, length, position) =>
    (await handle.read(buffer, 0, length, position)).bytesRead;

/**
 * The plaintext of a payload whose sealed chunks start at `start`. `readableTo(position)` resolves to how
 * far the file may be read (it may wait for a writer; `position` or less: the end). Damage (a chunk that
 * fails to authenticate, a missing final chunk) is thrown as an AgePayloadError.
 */
export async function* payloadPlaintext(read: ReadAt, start: number, key: Buffer, readableTo: (position: number) => Promise<number>): AsyncGenerator<Buffer> {
  const opener = new PayloadOpener(key);
  let position = start;
  const sealed = readAhead(READ_BYTES, async (buffer) => {
    const end = await readableTo(position);
    if (end <= position) return null;
    const n = await read(buffer, Math.min(buffer.length, end - position), position);
    if (n === 0) return null;
    position += n;
    return buffer.subarray(0, n);
  });
  for await (const piece of sealed) {
    const plain: Buffer[] = [];
    opener.push(piece, plain); // copies what it keeps: the piece's buffer is free again
    yield* plain;
  }
  const last: Buffer[] = [];
  opener.finish(last);
  yield* last;
}

/**
 * Opens an age file (the header as openAgeHeader does). Returns the streams to pipe: the file's
 * payload, then the decrypter; damage further in is a stream error (see payloadError).
 */
export async function openAgeFile(file: string, identity: Identity): Promise<[ReadStream, AgePayloadDecrypter]> {
  const { chunksStart, key } = await openAgeHeader(file, identity);
  return [createReadStream(file, { start: chunksStart, highWaterMark: 1 << 20 }), new AgePayloadDecrypter(key)];
}

export { ScryptPassphraseIdentity };
