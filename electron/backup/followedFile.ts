import type { FileHandle } from 'node:fs/promises';
import { Readable } from 'node:stream';

const READ_BYTES = 1 << 20;

/**
 * A file that another thread is still writing, read as a stream up to the point the writer says is on
 * the disk (advance); it ends once the writer says the file is complete and everything was read.
 */
export class FollowedFile extends Readable {
  private position: number;
  private available: number;
  private complete = false;
  private wake: (() => void) | null = null;

  constructor(
    private readonly handle: FileHandle,
    start: number,
  ) {
    super({ highWaterMark: 4 * READ_BYTES });
    this.position = start;
    this.available = start;
  }

  /** The writer has fsynced everything before `to` (`complete`: and nothing more will come). */
  advance(to: number, complete: boolean): void {
    this.available = Math.max(this.available, to);
    this.complete ||= complete;
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }

  /** Resolves once bytes up to `end` are available (or the file is complete). */
  async until(end: number): Promise<void> {
    while (this.available < end && !this.complete) await new Promise<void>((resolve) => (this.wake = resolve));
  }

  /** Reads bytes the writer has already reported (used for the nonce before streaming starts). */
  async readAt(position: number, length: number): Promise<Buffer> {
    const bytes = Buffer.alloc(length);
    const { bytesRead } = await this.handle.read(bytes, 0, length, position);
    return bytes.subarray(0, bytesRead);
  }

  /** Starts streaming at `position` (before the first read). */
  seek(position: number): void {
    this.position = position;
  }

  override _read(): void {
    this.readMore().catch((err: unknown) => this.destroy(err as Error));
  }

  private async readMore(): Promise<void> {
    await this.until(this.position + 1);
    if (this.position >= this.available) {
      this.push(null);
      return;
    }
    const length = Math.min(READ_BYTES, this.available - this.position);
    const bytes = Buffer.allocUnsafe(length);
    const { bytesRead } = await this.handle.read(bytes, 0, length, this.position);
    if (bytesRead === 0) throw new Error('the file is shorter than the writer reported');
    this.position += bytesRead;
    this.push(bytes.subarray(0, bytesRead));
  }
}
