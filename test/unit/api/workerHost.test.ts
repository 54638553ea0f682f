// The database thread's host (electron/api/workerHost.ts) against a fake worker: every call is answered, a
// crash answers the calls in flight with an error and the next call opens again, close ends the thread.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorkerApiHost, WORKER_STOPPED_MESSAGE, type WorkerApiHost } from '../../../electron/api/workerHost';
import { ApiError } from '../../../shared/api/errors';
import { bundleWorkers } from '../../support/apiWorkerBundle';

let workerPath = '';
beforeAll(() => {
  workerPath = path.join(bundleWorkers({ fakeApiWorker: 'test/fixtures/api/fakeApiWorker.ts' }), 'fakeApiWorker.cjs');
});

const hosts: WorkerApiHost[] = [];
afterAll(async () => {
  for (const h of hosts) await h.terminate();
});

async function open(root = 'ws', onCrash?: (err: unknown) => void): Promise<WorkerApiHost> {
  const host = await openWorkerApiHost(root, { workerPath, ...(onCrash ? { onCrash } : {}) });
  hosts.push(host);
  return host;
}

const stopped = { ok: false, error: { code: 'INTERNAL', message: WORKER_STOPPED_MESSAGE } };

describe('worker host', () => {
  it('answers every call, each with its own result, in another thread', async () => {
    const host = await open();
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => host.dispatch('echo', { i }, { transport: 'cli' })));
    results.forEach((r, i) => {
      expect(r.ok).toBe(true);
      const result = (r as { result: { input: unknown; threadId: number; transport: string } }).result;
      expect(result.input).toEqual({ i });
      expect(result.transport).toBe('cli');
      expect(result.threadId).toBe(host.threadId);
      expect(result.threadId).toBeGreaterThan(0);
    });
    expect(await host.dispatch('nope', {})).toEqual({ ok: false, error: { code: 'UNKNOWN_METHOD', message: '没有这个方法：nope' } });
  });

  it('refuses input that cannot cross to the thread with an envelope', async () => {
    const host = await open();
    const r = await host.dispatch('echo', { f: () => 1 });
    expect(r).toEqual({ ok: false, error: { code: 'VALIDATION', message: '输入无效，请检查填写的内容' } });
  });

  for (const how of ['crash', 'exit'] as const) {
    it(`a thread that dies (${how === 'crash' ? 'uncaught error' : 'process.exit'}) answers every pending call with an error; the next call opens again`, async () => {
      const crashes: unknown[] = [];
      const host = await open('ws', (err) => crashes.push(err));
      const first = host.threadId;
      const pending = [host.dispatch('hang', {}), host.dispatch('hang', {}), host.dispatch(how, {})];
      expect(await Promise.all(pending)).toEqual([stopped, stopped, stopped]);
      expect(crashes).toHaveLength(1);
      if (how === 'crash') expect((crashes[0] as Error).message).toBe('uncaught in the database thread');
      expect(host.threadId).toBe(-1);
      const again = await host.dispatch('echo', { after: how });
      expect(again.ok).toBe(true);
      expect(host.threadId).not.toBe(first);
      expect(host.threadId).toBeGreaterThan(0);
    });
  }

  it('a thread ended from outside (terminate) answers its pending calls too', async () => {
    const host = await open();
    const pending = host.dispatch('hang', {});
    await host.terminate();
    expect(await pending).toEqual(stopped);
    expect((await host.dispatch('echo', {})).ok).toBe(true);
  });

  it('an open that fails rejects with the same error the in-process host throws, never hangs', async () => {
    const locked = await openWorkerApiHost('locked', { workerPath }).catch((err: unknown) => err);
    expect(locked).toBeInstanceOf(ApiError);
    expect((locked as ApiError).toJSON()).toEqual({ code: 'STORAGE', message: '工作目录正被另一个备案台程序使用（进程 1）；请先关闭它，同一目录同时只能由一个程序打开' });

    const thrown = await openWorkerApiHost('throw-while-opening', { workerPath }).catch((err: unknown) => err);
    expect((thrown as NodeJS.ErrnoException).code).toBe('EIO');
    expect((thrown as Error).message).not.toContain('disk gone');

    const exited = await openWorkerApiHost('exit-while-opening', { workerPath }).catch((err: unknown) => err);
    expect((exited as Error).message).toMatch(/exited with code 7/);

    const missing = await openWorkerApiHost('ws', { workerPath: path.join(path.dirname(workerPath), 'absent.cjs') }).catch((err: unknown) => err);
    expect(missing).toBeInstanceOf(Error);
  });

  it('asks the main side for a picked path and the keychain, per call', async () => {
    const host = await open();
    const asked: string[] = [];
    const picked = await host.dispatch('pick', {}, { transport: 'ipc', pickPath: async ({ kind, title }) => (asked.push(`${kind} ${title}`), '/mnt/U盘') });
    expect(picked).toEqual({ ok: true, result: '/mnt/U盘' });
    expect(asked).toEqual(['folder 选择文件夹']);

    let kept: string | null = null;
    const keychain = { available: () => true, has: () => kept !== null, save: async (p: string) => void (kept = p), load: async () => kept };
    const r = await host.dispatch('keychain', {}, { transport: 'ipc', keychain });
    expect(r).toEqual({ ok: true, result: { before: { available: true, has: false }, hasAfter: true, loaded: '口令 1' } });
    expect(kept).toBe('口令 1');

    // A call without the capability cannot get it from the main side.
    const refused = await host.dispatch('pick', {}, { transport: 'http' });
    expect(refused.ok).toBe(false);
  });

  it('close waits for the calls in flight, then ends the thread; later calls are refused', async () => {
    const host = await open();
    const slow = host.dispatch('slow', {});
    await host.close();
    expect(await slow).toEqual({ ok: true, result: 'slow done' });
    expect(host.threadId).toBe(-1);
    const after = await host.dispatch('echo', {});
    expect(after).toEqual({ ok: false, error: { code: 'INTERNAL', message: '工作目录已关闭，操作未执行' } });
  });
});
