import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Decrypter, Encrypter } from 'age-encryption';
import { afterAll, describe, expect, it } from 'vitest';
import { openAgeFile, writeAgeFile } from '../../../electron/backup/ageStreams';
import { ScryptPassphraseIdentity } from '../../../electron/backup/ageHeader';
import { ApiError } from '../../../shared/api/errors';
import { cleanupTemps, tempDir } from '../../fixtures/storage/helpers';
import { ageDecrypt, ageEncrypt } from './ageCli';

// Our age writer and reader (native ChaCha20-Poly1305 and scrypt) against two implementations we did
// not write: Debian's age CLI and age-encryption's JavaScript. The sizes sit on the 64 KiB chunk
// boundaries, where the final-chunk rule bites: empty, one byte, exactly one chunk, one more byte,
// exactly two chunks, and several chunks with a short tail.
const CHUNK = 64 * 1024;
const SIZES = [0, 1, CHUNK, CHUNK + 1, 2 * CHUNK, 3 * CHUNK + 100];
const PASSPHRASE = '测试 age 口令 correct horse';
/** Low work factor for files we write (quick); the age CLI always writes 18. */
const LOG_N = 10;

afterAll(cleanupTemps);

async function ourEncrypt(plain: Buffer, file: string): Promise<void> {
  await writeAgeFile(Readable.from([plain]), file, PASSPHRASE, { logN: LOG_N });
}

async function ourDecrypt(file: string, passphrase = PASSPHRASE): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const streams = await openAgeFile(file, new ScryptPassphraseIdentity(passphrase));
  await pipeline(...streams, new Writable({ write: (c: Buffer, _e, done) => (chunks.push(c), done()) }));
  return Buffer.concat(chunks);
}

describe('what we write is a standard age file', () => {
  it.each(SIZES)('%i bytes: age-encryption (JavaScript) decrypts it to the same bytes', async (size) => {
    const plain = randomBytes(size);
    const file = path.join(tempDir('beian-age-'), 'x.age');
    await ourEncrypt(plain, file);
    const decrypter = new Decrypter();
    decrypter.addPassphrase(PASSPHRASE);
    expect(Buffer.from(await decrypter.decrypt(readFileSync(file))).equals(plain)).toBe(true);
    expect(Buffer.from(await ourDecrypt(file)).equals(plain)).toBe(true);
  });

  it('Debian age decrypts it at every boundary size', async () => {
    const dir = tempDir('beian-age-cli-');
    for (const size of SIZES) {
      const plain = randomBytes(size);
      const file = path.join(dir, `${size}.age`);
      await ourEncrypt(plain, file);
      const result = ageDecrypt(file, path.join(dir, `${size}.out`), PASSPHRASE);
      expect(result.status, result.terminal).toBe(0);
      // age opens its output only when there is something to write: an empty payload leaves no file.
      const out = path.join(dir, `${size}.out`);
      expect((existsSync(out) ? readFileSync(out) : Buffer.alloc(0)).equals(plain), `${size} bytes`).toBe(true);
    }
  }, 120_000);
});

describe('we read standard age files', () => {
  it.each(SIZES)('%i bytes encrypted by age-encryption (JavaScript)', async (size) => {
    const plain = randomBytes(size);
    const encrypter = new Encrypter();
    encrypter.setPassphrase(PASSPHRASE);
    encrypter.setScryptWorkFactor(LOG_N);
    const file = path.join(tempDir('beian-age-'), 'x.age');
    writeFileSync(file, await encrypter.encrypt(plain));
    expect((await ourDecrypt(file)).equals(plain)).toBe(true);
  });

  it('encrypted by Debian age (work factor 18), empty, exactly two chunks, and with a short tail', async () => {
    const dir = tempDir('beian-age-cli-');
    for (const size of [0, 2 * CHUNK, 3 * CHUNK + 100]) {
      const plain = randomBytes(size);
      const source = path.join(dir, `${size}.bin`);
      writeFileSync(source, plain);
      const result = ageEncrypt(source, `${source}.age`, PASSPHRASE);
      expect(result.status, result.terminal).toBe(0);
      expect(readFileSync(`${source}.age`, 'latin1')).toMatch(/^age-encryption\.org\/v1\n-> scrypt \S{22} 18\n/);
      expect((await ourDecrypt(`${source}.age`)).equals(plain), `${size} bytes`).toBe(true);
    }
  }, 180_000);
});

describe('damage is refused', () => {
  async function refusal(bytes: Buffer, passphrase = PASSPHRASE): Promise<unknown> {
    const file = path.join(tempDir('beian-age-bad-'), 'bad.age');
    writeFileSync(file, bytes);
    return ourDecrypt(file, passphrase).then(
      () => 'decrypted',
      (err: unknown) => err,
    );
  }
  let good: Buffer;
  const sample = async () => {
    if (!good) {
      const file = path.join(tempDir('beian-age-'), 'good.age');
      await ourEncrypt(randomBytes(3 * CHUNK + 100), file);
      good = readFileSync(file);
    }
    return good;
  };
  const headerEnd = (b: Buffer) => b.indexOf('\n', b.indexOf('\n---') + 1) + 1;

  it('a wrong passphrase: refused at the header, naming the passphrase', async () => {
    const err = await refusal(await sample(), 'wrong');
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).field).toBe('passphrase');
  });

  it('a flipped byte in the stanza or the MAC: refused at the header', async () => {
    const b = await sample();
    for (const at of [b.indexOf('-> scrypt') + 12, headerEnd(b) - 5]) {
      const bad = Buffer.from(b);
      bad[at] = bad[at] === 0x41 ? 0x42 : 0x41;
      const err = await refusal(bad);
      expect(err).toBeInstanceOf(ApiError);
    }
  });

  it('a flipped byte in the nonce, in a middle chunk, or in the last tag; a cut at a chunk boundary; a byte added: stream errors', async () => {
    const b = await sample();
    const payload = headerEnd(b);
    const sealed = CHUNK + 16;
    const flip = (at: number) => {
      const bad = Buffer.from(b);
      bad[at] = bad[at]! ^ 0x80;
      return bad;
    };
    const cases = [
      flip(payload + 3), // the payload nonce: every chunk key changes
      flip(payload + 16 + sealed + 10), // the second chunk
      flip(b.length - 1), // the final chunk's tag
      b.subarray(0, payload + 16 + 2 * sealed), // whole chunks only: no final chunk
      b.subarray(0, payload + 16), // the nonce and nothing after
      Buffer.concat([b, Buffer.from([0])]),
    ];
    for (const [i, bad] of cases.entries()) expect(await refusal(bad), `case ${i}`).toBeInstanceOf(Error);
  });

  it('an scrypt work factor above 2^20 is refused before any scrypt runs', async () => {
    const b = (await sample()).toString('latin1').replace(/(-> scrypt \S+ )10\n/, '$130\n');
    const err = await refusal(Buffer.from(b, 'latin1'));
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).message).toContain('口令参数超出允许范围');
  });
});
