import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';

// The payload of an age file (c2sp.org/age, "Payload"): a 16-byte nonce, then the plaintext in 64 KiB
// chunks, each sealed with ChaCha20-Poly1305 under HKDF-SHA-256(ikm = file key, salt = nonce,
// info = "payload"), with a 12-byte nonce of an 11-byte big-endian chunk counter and a final-chunk
// flag byte (0x01 on the last chunk, 0x00 before). The final chunk may be short but is empty only when
// the whole payload is. The primitives are Node's own (OpenSSL), not JavaScript: that is the speed.

export const PAYLOAD_NONCE_BYTES = 16;
const CHUNK = 64 * 1024;
const TAG = 16;
const SEALED = CHUNK + TAG;

export function payloadKey(fileKey: Uint8Array, nonce: Uint8Array): Buffer {
  return Buffer.from(hkdfSync('sha256', fileKey, nonce, 'payload', 32));
}

/** The 12-byte ChaCha20-Poly1305 nonce of chunk `counter` (kept in a Buffer and incremented in place). */
class ChunkNonce {
  readonly bytes = Buffer.alloc(12);
  next(): void {
    for (let i = 10; i >= 0; i--) {
      this.bytes[i] = (this.bytes[i]! + 1) & 0xff;
      if (this.bytes[i] !== 0) return;
    }
    throw new Error('age payload: chunk counter overflow');
  }
  markFinal(): void {
    this.bytes[11] = 1;
  }
}

/**
 * Seals plaintext into an age payload, synchronously: `push` appends the sealed bytes to `out` (the
 * nonce first). A full chunk is held back until more bytes arrive, so that the last chunk carries the
 * final flag. Bytes pushed in are not kept: the caller may reuse its buffer once push returns.
 */
export class PayloadSealer {
  private readonly key: Buffer;
  private readonly nonce = new ChunkNonce();
  private readonly buffer = Buffer.allocUnsafe(CHUNK);
  private used = 0;
  private started = false;
  readonly payloadNonce: Buffer;

  constructor(fileKey: Uint8Array) {
    this.payloadNonce = randomBytes(PAYLOAD_NONCE_BYTES);
    this.key = payloadKey(fileKey, this.payloadNonce);
  }

  private start(out: Buffer[]): void {
    if (this.started) return;
    this.started = true;
    out.push(this.payloadNonce);
  }

  /** Appends the sealed chunk as two buffers (ciphertext, tag): no copy to join them. */
  private seal(plain: Buffer, out: Buffer[]): void {
    const cipher = createCipheriv('chacha20-poly1305', this.key, this.nonce.bytes, { authTagLength: TAG });
    const body = cipher.update(plain);
    cipher.final();
    if (body.length) out.push(body);
    out.push(cipher.getAuthTag());
  }

  push(chunk: Buffer, out: Buffer[]): void {
    this.start(out);
    let at = 0;
    while (at < chunk.length) {
      if (this.used === CHUNK) {
        this.seal(this.buffer, out);
        this.nonce.next();
        this.used = 0;
      }
      // Whole chunks with more bytes after them are sealed straight from the input, without a copy.
      while (this.used === 0 && chunk.length - at > CHUNK) {
        this.seal(chunk.subarray(at, at + CHUNK), out);
        this.nonce.next();
        at += CHUNK;
      }
      const n = Math.min(CHUNK - this.used, chunk.length - at);
      chunk.copy(this.buffer, this.used, at, at + n);
      this.used += n;
      at += n;
    }
  }

  finish(out: Buffer[]): void {
    this.start(out);
    this.nonce.markFinal();
    this.seal(this.buffer.subarray(0, this.used), out);
  }
}

/** A sealer or an opener: bytes in, bytes out, and the last bytes at the end. */
interface ChunkCoder {
  push(chunk: Buffer, out: Buffer[]): void;
  finish(out: Buffer[]): void;
}

/** A ChunkCoder as a stream. */
class ChunkCoderStream extends Transform {
  constructor(private readonly coder: ChunkCoder) {
    super({ readableHighWaterMark: 1 << 20 });
  }

  private pushAll(run: (out: Buffer[]) => void, done: TransformCallback): void {
    try {
      const out: Buffer[] = [];
      run(out);
      for (const b of out) this.push(b);
      done();
    } catch (err) {
      done(err as Error);
    }
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    this.pushAll((out) => this.coder.push(chunk, out), done);
  }

  override _flush(done: TransformCallback): void {
    this.pushAll((out) => this.coder.finish(out), done);
  }
}

/** PayloadSealer as a stream: plaintext in, the payload (nonce and sealed chunks) out. */
export class AgePayloadEncrypter extends ChunkCoderStream {
  constructor(fileKey: Uint8Array) {
    super(new PayloadSealer(fileKey));
  }
}

/** Thrown (as a stream error) when a chunk fails to authenticate, or the payload ends without a final chunk. */
export class AgePayloadError extends Error {}

/**
 * Opens an age payload that follows its 16-byte nonce (already read, and turned into the key by
 * payloadKey), synchronously: `push` appends the plaintext of every chunk it could open to `out`. A
 * chunk is opened only once it is known whether it is the last one; a payload that ends without a
 * valid final chunk, or with an empty final chunk after others, is an AgePayloadError.
 */
export class PayloadOpener {
  private readonly nonce = new ChunkNonce();
  private readonly buffer = Buffer.allocUnsafe(SEALED);
  private used = 0;
  private opened = 0;

  constructor(private readonly key: Buffer) {}

  private open(sealed: Buffer): Buffer {
    if (sealed.length < TAG) throw new AgePayloadError('truncated chunk');
    const decipher = createDecipheriv('chacha20-poly1305', this.key, this.nonce.bytes, { authTagLength: TAG });
    decipher.setAuthTag(sealed.subarray(sealed.length - TAG));
    const plain = decipher.update(sealed.subarray(0, sealed.length - TAG));
    try {
      decipher.final();
    } catch {
      throw new AgePayloadError('chunk failed to authenticate');
    }
    this.opened++;
    return plain;
  }

  push(chunk: Buffer, out: Buffer[]): void {
    let at = 0;
    while (at < chunk.length) {
      if (this.used === SEALED) {
        out.push(this.open(this.buffer));
        this.nonce.next();
        this.used = 0;
      }
      while (this.used === 0 && chunk.length - at > SEALED) {
        out.push(this.open(chunk.subarray(at, at + SEALED)));
        this.nonce.next();
        at += SEALED;
      }
      const n = Math.min(SEALED - this.used, chunk.length - at);
      chunk.copy(this.buffer, this.used, at, at + n);
      this.used += n;
      at += n;
    }
  }

  finish(out: Buffer[]): void {
    this.nonce.markFinal();
    const last = this.open(this.buffer.subarray(0, this.used));
    if (last.length === 0 && this.opened > 1) throw new AgePayloadError('empty final chunk');
    if (last.length) out.push(last);
  }
}

/** PayloadOpener as a stream: the payload after its nonce in, plaintext out. */
export class AgePayloadDecrypter extends ChunkCoderStream {
  constructor(key: Buffer) {
    super(new PayloadOpener(key));
  }
}
