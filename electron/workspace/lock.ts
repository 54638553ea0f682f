import { closeSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { processStartTime } from './processStart';
import { hostname } from 'node:os';
import path from 'node:path';
import { ApiError } from '../../shared/api/errors';
import { makeDirectorySync } from '../fs/makeDirectory';

export const LOCK_FILE = 'beian.lock';

export interface WorkspaceLock {
  release(): void;
}

function holderAlive(pid: number, started: string | undefined): boolean {
  try {
    process.kill(pid, 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  // A PID reused by a later process is not the holder: the start times differ.
  if (started === undefined) return true;
  const now = processStartTime(pid);
  return now === undefined || now === started;
}

/**
 * Moves a stale lock out of the way so that exactly one process takes it over: only one rename of the same
 * file succeeds, and a lock that changed since it was read (another process took over first) is put back.
 */
function setAsideStale(file: string, staleText: string): boolean {
  const aside = `${file}.stale-${randomBytes(4).toString('hex')}`;
  try {
    renameSync(file, aside);
  } catch {
    return false; // gone already: someone else moved it
  }
  let moved = '';
  try {
    moved = readFileSync(aside, 'utf8');
  } catch {
    // unreadable: treat as the stale one
  }
  if (moved !== staleText) {
    try {
      renameSync(aside, file);
    } catch {
      // nothing more to do: the next open attempt decides
    }
    return false;
  }
  rmSync(aside, { force: true });
  return true;
}

/**
 * One process at a time per workspace: each process keeps the database in memory and saves it whole,
 * so a second writer would silently undo the first one's saves. A lock left by a process that died
 * (same host, pid gone) is taken over.
 */
export function lockWorkspace(root: string): WorkspaceLock {
  makeDirectorySync(root);
  const file = path.join(root, LOCK_FILE);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      const started = processStartTime(process.pid);
      writeSync(fd, JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString(), ...(started ? { started } : {}) }));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        process.off('exit', release);
        rmSync(file, { force: true });
      };
      process.on('exit', release);
      return { release };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      let holder: { pid?: number; host?: string; started?: string } = {};
      let text = '';
      try {
        text = readFileSync(file, 'utf8');
        holder = JSON.parse(text);
      } catch {
        // an unreadable lock (e.g. a crash while writing it) is stale
      }
      const sameHost = holder.host === undefined || holder.host === hostname();
      if (typeof holder.pid === 'number' && holder.pid !== process.pid && sameHost && holderAlive(holder.pid, holder.started)) {
        throw new ApiError(
          'STORAGE',
          `工作目录正被另一个备案台程序使用（进程 ${holder.pid}）；请先关闭它，同一目录同时只能由一个程序打开`,
        );
      }
      if (!sameHost) {
        throw new ApiError('STORAGE', `工作目录正被另一台电脑（${holder.host}）上的备案台使用；请先在那台电脑上关闭它`);
      }
      setAsideStale(file, text);
    }
  }
  throw new ApiError('STORAGE', '无法锁定工作目录，请重试');
}
