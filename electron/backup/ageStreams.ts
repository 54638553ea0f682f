import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, type ReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Decrypter, type Identity } from 'age-encryption';
import { ApiError } from '../../shared/api/errors';
import { AGE_MAGIC, encodeScryptHeader, scryptHeaderLength, scryptWrapKey, ScryptPassphraseIdentity } from './ageHeader';
import { AgePayloadDecrypter, AgePayloadEncrypter, PAYLOAD_NONCE_BYTES, payloadKey } from './agePayload';

/** age's scrypt work factor (log2 N) for new backups: the age CLI's default. */
export const DEFAULT_SCRYPT_LOG_N = 18;

/** Far more than any header with one scrypt stanza (about 150 bytes). */
const MAX_HEADER_BYTES = 64 * 1024;

export interface AgeEncryption {
  /** Bytes to leave free at the start of the file for the header. */
  headerLength: number;
  /** Plaintext in, the payload (nonce and sealed chunks) out. */
  payload: AgePayloadEncrypter;
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
  return { headerLength: scryptHeaderLength(logN), payload: new AgePayloadEncrypter(fileKey), header };
}

/**
 * Encrypts `source` into a new file (created exclusively, 0600), fsynced. The payload is written after
 * room for the header, which goes in last, once scrypt is done. Returns an identity that opens the file
 * again without a second scrypt. On failure the file is left for the caller to remove.
 */
export async function writeAgeFile(source: Readable, file: string, passphrase: string, opts: { logN?: number; signal?: AbortSignal } = {}): Promise<ScryptPassphraseIdentity> {
  const age = beginAgeEncryption(passphrase, opts.logN);
  const sink = createWriteStream(file, { flags: 'wx', mode: 0o600, start: age.headerLength, highWaterMark: 1 << 20 });
  await pipeline(source, age.payload, sink, ...(opts.signal ? [{ signal: opts.signal }] : []));
  const header = await age.header;
  if (header.bytes.length !== age.headerLength) throw new Error('age header length differs from the room left for it');
  const handle = await open(file, 'r+');
  try {
    await handle.write(header.bytes, 0, header.bytes.length, 0);
    await handle.sync();
  } finally {
    await handle.close();
  }
  return header.identity;
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

/**
 * Opens an age file: the header is parsed and its MAC checked by age-encryption with `identity`
 * (a wrong passphrase or an altered header is refused here, with a Chinese message). Returns the
 * streams to pipe: the file's payload, then the decrypter; damage further in is a stream error
 * (see payloadError).
 */
export async function openAgeFile(file: string, identity: Identity): Promise<[ReadStream, AgePayloadDecrypter]> {
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
  const key = payloadKey(fileKey, head.subarray(end, end + PAYLOAD_NONCE_BYTES));
  return [createReadStream(file, { start: end + PAYLOAD_NONCE_BYTES, highWaterMark: 1 << 20 }), new AgePayloadDecrypter(key)];
}

export { ScryptPassphraseIdentity };
