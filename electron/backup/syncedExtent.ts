/**
 * How much of a file another thread has written and fsynced so far: the writer reports (advance), the
 * reader waits (readableTo) for bytes beyond what it has read, or for the writer to say it is complete.
 */
export class SyncedExtent {
  private end = 0;
  private complete = false;
  private waiting: (() => void)[] = [];

  advance(to: number, complete: boolean): void {
    this.end = Math.max(this.end, to);
    this.complete ||= complete;
    for (const wake of this.waiting.splice(0)) wake();
  }

  /** Resolves to the end of the fsynced bytes once it lies beyond `position`, or the file is complete. */
  async readableTo(position: number): Promise<number> {
    while (this.end <= position && !this.complete) await new Promise<void>((resolve) => this.waiting.push(resolve));
    return this.end;
  }
}
