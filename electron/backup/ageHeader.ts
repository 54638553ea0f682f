import { createCipheriv, createDecipheriv, createHmac, hkdfSync, scrypt } from 'node:crypto';
import type { Identity, Stanza } from 'age-encryption';
import { ApiError } from '../../shared/api/errors';

// The header of an age file with one scrypt (passphrase) recipient (c2sp.org/age, "Header" and "The
// scrypt recipient type"). We write it ourselves so that the payload can be encrypted while scrypt
// runs (the header's length is known before its contents); age-encryption's own parser and MAC check
// read it back (Decrypter.decryptHeader, given the identity below), and Debian's age decrypts it.

export const AGE_MAGIC = 'age-encryption.org/v1\n';
const SCRYPT_LABEL = 'age-encryption.org/v1/scrypt';
/** The highest work factor we open (2^20 needs 1 GiB); age-encryption's own limit too. */
export const MAX_SCRYPT_LOG_N = 20;

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64').replace(/=+$/, '');

/** Canonical unpadded base64 (the spec requires decoders to refuse anything else), or null. */
function fromB64(text: string): Buffer | null {
  if (!/^[A-Za-z0-9+/]*$/.test(text)) return null;
  const bytes = Buffer.from(text, 'base64');
  return b64(bytes) === text ? bytes : null;
}

/** scrypt(N = 2^logN, r = 8, p = 1, dkLen = 32, S = label || salt) with Node's native scrypt, off the main thread. */
export function scryptWrapKey(passphrase: string, salt: Uint8Array, logN: number): Promise<Buffer> {
  const N = 2 ** logN;
  const r = 8;
  const p = 1;
  // OpenSSL refuses unless maxmem covers B (128·r·p) and V (128·r·(N+2)); Node's default is 32 MiB.
  const maxmem = 128 * r * (N + p + 2) + (1 << 20);
  return new Promise((resolve, reject) =>
    scrypt(Buffer.from(passphrase, 'utf8'), Buffer.concat([Buffer.from(SCRYPT_LABEL, 'latin1'), salt]), 32, { N, r, p, maxmem }, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

const ZERO_NONCE = Buffer.alloc(12);

function sealFileKey(wrapKey: Uint8Array, fileKey: Uint8Array): Buffer {
  const cipher = createCipheriv('chacha20-poly1305', wrapKey, ZERO_NONCE, { authTagLength: 16 });
  const body = Buffer.concat([cipher.update(fileKey), cipher.final()]);
  return Buffer.concat([body, cipher.getAuthTag()]);
}

function openFileKey(wrapKey: Uint8Array, body: Uint8Array): Uint8Array | null {
  const decipher = createDecipheriv('chacha20-poly1305', wrapKey, ZERO_NONCE, { authTagLength: 16 });
  decipher.setAuthTag(body.subarray(16));
  const key = decipher.update(body.subarray(0, 16));
  try {
    decipher.final();
    return key;
  } catch {
    return null;
  }
}

/** The whole header, MAC line included: `age-encryption.org/v1`, one scrypt stanza, `--- MAC`. */
export function encodeScryptHeader(fileKey: Uint8Array, salt: Uint8Array, logN: number, wrapKey: Uint8Array): Buffer {
  // The body is 32 bytes: 43 base64 characters, one line shorter than 64 columns (the final line).
  const withoutMac = `${AGE_MAGIC}-> scrypt ${b64(salt)} ${logN}\n${b64(sealFileKey(wrapKey, fileKey))}\n---`;
  const macKey = Buffer.from(hkdfSync('sha256', fileKey, Buffer.alloc(0), 'header', 32));
  const mac = createHmac('sha256', macKey).update(withoutMac, 'latin1').digest();
  return Buffer.from(`${withoutMac} ${b64(mac)}\n`, 'latin1');
}

/** The header's length in bytes, known before scrypt has run (it depends only on logN). */
export function scryptHeaderLength(logN: number): number {
  return encodeScryptHeader(Buffer.alloc(16), Buffer.alloc(16), logN, Buffer.alloc(32)).length;
}

/** A wrap key already derived (by the writer), so that reading its own file back needs no second scrypt. */
export interface KnownWrapKey {
  salt: Uint8Array;
  logN: number;
  wrapKey: Uint8Array;
}

const refused = (message: string) => new ApiError('VALIDATION', message, 'file');

/**
 * The scrypt identity, with Node's scrypt and ChaCha20-Poly1305, for age-encryption's Decrypter. It
 * applies the spec's rules: a scrypt stanza must be the only one, have three arguments, a canonical
 * 16-byte salt, a decimal work factor without leading zeros (at most MAX_SCRYPT_LOG_N here) and a
 * 32-byte body. A wrong passphrase returns null (the Decrypter then reports that nothing matched).
 */
export class ScryptPassphraseIdentity implements Identity {
  constructor(
    private readonly passphrase: string,
    private readonly known?: KnownWrapKey,
  ) {}

  async unwrapFileKey(stanzas: Stanza[]): Promise<Uint8Array | null> {
    const stanza = stanzas.find((s) => s.args[0] === 'scrypt');
    if (!stanza) return null;
    if (stanzas.length !== 1) throw refused('这个 age 文件除口令外还有其他接收者，不是备案台写出的备份');
    const [, saltText = '', logNText = ''] = stanza.args;
    const salt = fromB64(saltText);
    if (stanza.args.length !== 3 || !salt || salt.length !== 16 || !/^[1-9][0-9]*$/.test(logNText) || stanza.body.length !== 32) {
      throw refused('备份文件的开头已损坏或被改动，无法打开；请换一个备份文件');
    }
    const logN = Number(logNText);
    if (logN > MAX_SCRYPT_LOG_N) throw refused('这个备份的口令参数超出允许范围，不是备案台写出的备份');
    const known = this.known;
    const wrapKey = known && known.logN === logN && Buffer.from(known.salt).equals(salt) ? known.wrapKey : await scryptWrapKey(this.passphrase, salt, logN);
    return openFileKey(wrapKey, stanza.body);
  }
}
