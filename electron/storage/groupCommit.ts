interface Waiter {
  resolve(): void;
  reject(err: unknown): void;
}

export interface GroupCommitHooks {
  /**
   * Makes everything committed so far durable. It must take its snapshot synchronously, before its
   * first await: callers queued after that point are covered by the next save, not this one.
   */
  save(): Promise<void>;
  /**
   * The save failed: restore memory to what disk holds and return the error every waiting caller
   * gets. Callers queued during the failed save are rejected too, since the restore drops their changes.
   */
  failed(err: unknown): unknown;
  /** Work after a successful save that must not delay its callers (e.g. a rolling backup). */
  after?(): Promise<void>;
}

/**
 * Group commit: one save in flight at a time; every request made while it runs shares the next one.
 * A request's promise settles only with the save that covers it.
 */
export class GroupCommit {
  private queued: Waiter[] = [];
  private exclusives: (() => Promise<void>)[] = [];
  private running: Promise<void> | null = null;

  constructor(private readonly hooks: GroupCommitHooks) {}

  /** Resolves after a save that started after this call has completed. */
  request(): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.queued.push({ resolve, reject });
      // A microtask, so that requests made in the same synchronous run share the first save too.
      this.running ??= Promise.resolve().then(() => this.drain());
    });
  }

  /**
   * Runs `task` between saves: no save runs while it does (a checkpoint swaps the log with it).
   * Requests made meanwhile wait for the next save, after the task.
   */
  exclusive<T>(task: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.exclusives.push(() => task().then(resolve, reject));
      this.running ??= Promise.resolve().then(() => this.drain());
    });
  }

  /** Resolves when no save is running or queued. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private async drain(): Promise<void> {
    try {
      while (this.queued.length > 0 || this.exclusives.length > 0) {
        const task = this.exclusives.shift();
        if (task) {
          await task();
          continue;
        }
        const batch = this.queued;
        this.queued = [];
        try {
          await this.hooks.save();
        } catch (err) {
          const dropped = this.queued;
          this.queued = [];
          const reason = this.hooks.failed(err);
          for (const w of [...batch, ...dropped]) w.reject(reason);
          continue;
        }
        for (const w of batch) w.resolve();
        if (this.hooks.after) await this.hooks.after().catch(() => undefined);
      }
    } finally {
      this.running = null;
    }
  }
}
