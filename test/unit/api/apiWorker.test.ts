// The real database thread (electron/api/apiWorker.ts): the contract's methods answered from a worker, saves
// durable across a close and across a crash of the thread, and an open failure as the same Chinese error.
import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openWorkerApiHost, type WorkerApiHost } from '../../../electron/api/workerHost';
import { LOCK_FILE } from '../../../electron/workspace/lock';
import { processStartTime } from '../../../electron/workspace/processStart';
import { ApiError } from '../../../shared/api/errors';
import { apiWorkerScript } from '../../support/apiWorkerBundle';
import { SAMPLE_UNIT } from '../../support/sampleData';
import { tempWorkspace } from '../../support/tempWorkspace';

let workerPath = '';
beforeAll(() => {
  workerPath = apiWorkerScript();
});

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function open(dir: string): Promise<WorkerApiHost> {
  const host = await openWorkerApiHost(dir, { workerPath });
  cleanups.push(() => host.close());
  return host;
}

describe('the database thread', () => {
  it('serves the contract; a save survives close and reopen', async () => {
    const ws = tempWorkspace();
    cleanups.push(ws.remove);
    const host = await open(ws.dir);
    expect(await host.dispatch('unit.save', SAMPLE_UNIT, { transport: 'test' })).toMatchObject({ ok: true });
    const bad = await host.dispatch('unit.save', { ...SAMPLE_UNIT, creditCode: '123' }, { transport: 'test' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.code).toBe('VALIDATION');
    await host.close();
    expect(existsSync(path.join(ws.dir, LOCK_FILE))).toBe(false);

    const again = await open(ws.dir);
    const unit = await again.dispatch('unit.get', {}, { transport: 'test' });
    expect(unit).toMatchObject({ ok: true, result: { name: SAMPLE_UNIT.name, creditCode: SAMPLE_UNIT.creditCode } });
  });

  it('after the thread dies, the next call reopens the workspace with every acknowledged save', async () => {
    const ws = tempWorkspace();
    cleanups.push(ws.remove);
    const host = await open(ws.dir);
    expect((await host.dispatch('unit.save', SAMPLE_UNIT, { transport: 'test' })).ok).toBe(true);
    await host.terminate(); // no close: the lock and the log stay as a crash leaves them
    expect(existsSync(path.join(ws.dir, LOCK_FILE))).toBe(true);
    const unit = await host.dispatch('unit.get', {}, { transport: 'test' });
    expect(unit).toMatchObject({ ok: true, result: { name: SAMPLE_UNIT.name } });
  });

  it('a workspace another live program holds: the same Chinese refusal as in-process, no hang', async () => {
    const ws = tempWorkspace();
    cleanups.push(ws.remove);
    const other = spawn('sleep', ['30']);
    cleanups.push(() => void other.kill());
    await new Promise((resolve) => other.once('spawn', resolve));
    const started = processStartTime(other.pid!);
    writeFileSync(path.join(ws.dir, LOCK_FILE), JSON.stringify({ pid: other.pid, host: hostname(), since: new Date().toISOString(), ...(started ? { started } : {}) }));
    const err = await openWorkerApiHost(ws.dir, { workerPath }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).code).toBe('STORAGE');
    expect((err as ApiError).message).toBe(`工作目录正被另一个备案台程序使用（进程 ${other.pid}）；请先关闭它，同一目录同时只能由一个程序打开`);
  });
});
