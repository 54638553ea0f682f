import { spawn } from 'node:child_process';
import { hostname } from 'node:os';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LOCK_FILE, lockWorkspace } from '../../../electron/workspace/lock';
import { processStartTime } from '../../../electron/workspace/processStart';
import { tempWorkspace } from '../../support/tempWorkspace';

describe.runIf(process.platform === 'linux')('the workspace lock knows its holder by PID and start time', () => {
  const ws = tempWorkspace();
  // A live process that is not the lock's holder: the PID a crashed holder's number was reused for.
  const other = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  afterAll(() => {
    other.kill();
    ws.remove();
  });
  const plant = (holder: object) => writeFileSync(path.join(ws.dir, LOCK_FILE), JSON.stringify({ host: hostname(), since: '2026-01-01T00:00:00.000Z', ...holder }));

  it('records its own start time', () => {
    const lock = lockWorkspace(ws.dir);
    const written = JSON.parse(readFileSync(path.join(ws.dir, LOCK_FILE), 'utf8'));
    expect(written).toMatchObject({ pid: process.pid, started: processStartTime(process.pid) });
    lock.release();
  });

  it('takes over a lock whose live PID belongs to a process started later (reused PID)', () => {
    plant({ pid: other.pid, started: '1' });
    const lock = lockWorkspace(ws.dir);
    expect(JSON.parse(readFileSync(path.join(ws.dir, LOCK_FILE), 'utf8')).pid).toBe(process.pid);
    expect(readdirSync(ws.dir).filter((f) => f.includes('.stale-'))).toEqual([]);
    lock.release();
  });

  it('still refuses while the holder it names is that very process', () => {
    plant({ pid: other.pid, started: processStartTime(other.pid!) });
    expect(() => lockWorkspace(ws.dir)).toThrow(/正被另一个备案台程序使用/);
  });
});
