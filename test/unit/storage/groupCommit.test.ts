import { describe, expect, it } from 'vitest';
import { GroupCommit } from '../../../electron/storage/groupCommit';

// Group commit under every kind of interleaving, driven by hand: each save and each after-save hook is a
// promise the test settles itself, so a waiter that is never settled shows up as a request still pending
// once everything has been let through (what a hung 撤销 would look like from the store's side).

interface Deferred {
  promise: Promise<void>;
  resolve(): void;
  reject(err: unknown): void;
}

function deferred(): Deferred {
  let resolve!: () => void;
  let reject!: (err: unknown) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Lets every queued microtask (and the ones they queue) run. */
const flush = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A small deterministic PRNG (mulberry32), so a failing schedule can be replayed by its seed. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function harness(random: () => number = prng(0)) {
  const saves: { started: number; done: Deferred }[] = [];
  const afters: Deferred[] = [];
  let clock = 0;
  let inFlight = 0;
  let maxInFlight = 0;
  const commit = new GroupCommit({
    save: () => {
      const done = deferred();
      saves.push({ started: ++clock, done });
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      return done.promise.finally(() => inFlight--);
    },
    failed: (err) => err,
    after: () => {
      const d = deferred();
      afters.push(d);
      return d.promise;
    },
  });
  const requests: { madeAt: number; state: 'pending' | 'resolved' | 'rejected'; coveredBy: number | null }[] = [];
  const request = () => {
    const r = { madeAt: ++clock, state: 'pending' as 'pending' | 'resolved' | 'rejected', coveredBy: null as number | null };
    requests.push(r);
    commit.request().then(
      () => {
        r.state = 'resolved';
        // The newest save that had finished when this request resolved.
        r.coveredBy = lastFinishedSaveStart;
      },
      () => {
        r.state = 'rejected';
      },
    );
  };
  let lastFinishedSaveStart = 0;
  const finishSave = (ok: boolean) => {
    const s = saves.find((x) => x.started > lastFinishedSaveStart && !(x as { settled?: boolean }).settled);
    if (!s) return false;
    (s as { settled?: boolean }).settled = true;
    if (ok) {
      lastFinishedSaveStart = s.started;
      s.done.resolve();
    } else s.done.reject(new Error('disk full'));
    return true;
  };
  const finishAfter = () => {
    const a = afters.shift();
    if (!a) return false;
    if (random() < 0.5) a.resolve();
    else a.reject(new Error('backup failed'));
    return true;
  };
  return { commit, requests, request, finishSave, finishAfter, saves, afters, maxInFlight: () => maxInFlight };
}

describe('GroupCommit', () => {
  it('requests made in one synchronous run share one save; one made during that save waits for the next', async () => {
    const h = harness();
    h.request();
    h.request();
    await flush();
    expect(h.saves).toHaveLength(1);
    h.request();
    expect(h.finishSave(true)).toBe(true);
    await flush();
    expect(h.requests.map((r) => r.state)).toEqual(['resolved', 'resolved', 'pending']);
    expect(h.finishAfter()).toBe(true);
    await flush();
    expect(h.saves).toHaveLength(2);
    expect(h.finishSave(true)).toBe(true);
    await flush();
    expect(h.requests[2]!.state).toBe('resolved');
    expect(h.requests[2]!.coveredBy).toBeGreaterThan(h.requests[2]!.madeAt);
  });

  it('a request made while the after-save hook runs is saved once the hook is done, never left waiting', async () => {
    const h = harness();
    h.request();
    await flush();
    h.finishSave(true);
    await flush();
    h.request(); // during after()
    await flush();
    expect(h.saves).toHaveLength(1);
    h.finishAfter();
    await flush();
    expect(h.saves).toHaveLength(2);
    h.finishSave(true);
    await flush();
    h.finishAfter();
    await flush();
    expect(h.requests.map((r) => r.state)).toEqual(['resolved', 'resolved']);
    await expect(h.commit.idle()).resolves.toBeUndefined();
  });

  it('over 400 random schedules every request settles, only after a save that started after it, one save at a time', async () => {
    for (let seed = 1; seed <= 400; seed++) {
      const random = prng(seed);
      const h = harness(random);
      for (let step = 0; step < 40; step++) {
        const x = random();
        if (x < 0.4) h.request();
        else if (x < 0.7) h.finishSave(random() < 0.85);
        else if (x < 0.85) h.finishAfter();
        if (random() < 0.6) await flush();
      }
      // Let everything through: every save and hook completes, until nothing new starts.
      for (let guard = 0; guard < 200; guard++) {
        await flush();
        if (!h.finishSave(true) && !h.finishAfter()) break;
      }
      await flush();
      const context = `seed ${seed}`;
      expect(h.requests.filter((r) => r.state === 'pending'), context).toEqual([]);
      for (const r of h.requests.filter((q) => q.state === 'resolved')) {
        expect(r.coveredBy, context).toBeGreaterThan(r.madeAt);
      }
      expect(h.maxInFlight(), context).toBeLessThanOrEqual(1);
      await expect(h.commit.idle()).resolves.toBeUndefined();
    }
  });
});
