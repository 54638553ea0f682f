import { webcrypto } from 'node:crypto';
import { open } from 'node:fs/promises';

/** SHA-256 in hex, computed on libuv's thread pool (WebCrypto), not on the main thread. */
export async function sha256Off(bytes: Uint8Array): Promise<string> {
  return Buffer.from(await webcrypto.subtle.digest('SHA-256', bytes)).toString('hex');
}

/** Writes a new file (exclusive, 0600) and fsyncs it. */
export async function writeDurably(file: string, bytes: Uint8Array): Promise<void> {
  const handle = await open(file, 'wx', 0o600);
  try {
    await handle.write(bytes, 0, bytes.length, 0);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Work started now and awaited later, in order, with at most `maxCount` pieces or `maxBytes` bytes
 * outstanding (add waits for the oldest beyond that). The first failure is thrown by add or all.
 */
export class PendingWork {
  private readonly queue: { bytes: number; done: Promise<unknown> }[] = [];
  private bytes = 0;

  constructor(
    private readonly maxCount: number,
    private readonly maxBytes: number,
  ) {}

  async add(bytes: number, work: Promise<unknown>): Promise<void> {
    work.catch(() => undefined); // awaited in order below; not an unhandled rejection meanwhile
    this.queue.push({ bytes, done: work });
    this.bytes += bytes;
    while (this.queue.length > this.maxCount || this.bytes > this.maxBytes) await this.shift();
  }

  async all(): Promise<void> {
    while (this.queue.length) await this.shift();
  }

  /** Waits for everything outstanding, ignoring failures (after another error). */
  async settle(): Promise<void> {
    await Promise.allSettled(this.queue.splice(0).map((q) => q.done));
    this.bytes = 0;
  }

  private async shift(): Promise<void> {
    const first = this.queue.shift()!;
    this.bytes -= first.bytes;
    await first.done;
  }
}
