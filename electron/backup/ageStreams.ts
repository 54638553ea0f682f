import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { Decrypter, Encrypter } from 'age-encryption';
import { ApiError } from '../../shared/api/errors';

/** age's scrypt work factor (log2 N) for new backups: the age CLI's default. */
export const DEFAULT_SCRYPT_LOG_N = 18;

const AGE_MAGIC = 'age-encryption.org/v1\n';

type AnyWebStream = WebReadableStream<Uint8Array> | ReadableStream<Uint8Array>;

/** Encrypts a byte stream to one scrypt (passphrase) recipient, in the age format. */
export async function encryptStream(source: Readable, passphrase: string, logN = DEFAULT_SCRYPT_LOG_N): Promise<Readable> {
  const encrypter = new Encrypter();
  encrypter.setPassphrase(passphrase);
  encrypter.setScryptWorkFactor(logN);
  const web = Readable.toWeb(source) as unknown as ReadableStream<Uint8Array>;
  const out = await encrypter.encrypt(web);
  return Readable.fromWeb(out as unknown as WebReadableStream<Uint8Array>);
}

/** True when the bytes begin like an age file. */
export function looksLikeAge(head: Uint8Array): boolean {
  return Buffer.from(head.subarray(0, AGE_MAGIC.length)).toString('latin1') === AGE_MAGIC;
}

/**
 * Decrypts an age stream with a passphrase. The header is checked before this resolves: a wrong
 * passphrase or an altered header is refused here, with a Chinese message; damage further in surfaces
 * as a stream error (see payloadError).
 */
export async function decryptStream(source: Readable, passphrase: string): Promise<Readable> {
  const decrypter = new Decrypter();
  decrypter.addPassphrase(passphrase);
  try {
    const out = await decrypter.decrypt(Readable.toWeb(source) as unknown as ReadableStream<Uint8Array>);
    return Readable.fromWeb(out as AnyWebStream as WebReadableStream<Uint8Array>);
  } catch (err) {
    source.destroy();
    const detail = err instanceof Error ? err.message : '';
    if (/no identity matched/.test(detail)) throw new ApiError('VALIDATION', '备份口令不正确（口令区分大小写），或备份文件的开头已被改动，无法打开这个备份', 'passphrase');
    if (/work factor is too high/.test(detail)) throw new ApiError('VALIDATION', '这个备份的口令参数超出允许范围，不是备案台写出的备份', 'file');
    throw new ApiError('VALIDATION', '备份文件的开头已损坏或被改动，无法打开；请换一个备份文件', 'file');
  }
}

/** The message for a failure while reading the encrypted payload: truncated or altered. */
export function payloadError(): ApiError {
  return new ApiError('VALIDATION', '备份文件不完整或已被改动（解密校验失败），不能用于恢复；工作目录未做任何改动', 'file');
}
