import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { ApiError } from '../../shared/api/errors';
import { makeDirectorySync } from '../fs/makeDirectory';

export const LOCK_FILE = 'beian.lock';

export interface WorkspaceLock {
  release(): void;
}

function holderAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * One process at a time per workspace: each process keeps the database in memory and saves it whole,
 * so a second writer would silently undo the first one's saves. A lock left by a process that died
 * (same host, pid gone) is taken over.
 */
export function lockWorkspace(root: string): WorkspaceLock {
  makeDirectorySync(root);
  const file = path.join(root, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString() }));
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
      let holder: { pid?: number; host?: string } = {};
      try {
        holder = JSON.parse(readFileSync(file, 'utf8'));
      } catch {
        // an unreadable lock (e.g. a crash while writing it) is stale
      }
      const sameHost = holder.host === undefined || holder.host === hostname();
      if (typeof holder.pid === 'number' && holder.pid !== process.pid && sameHost && holderAlive(holder.pid)) {
        throw new ApiError(
          'STORAGE',
          `工作目录正被另一个备案台程序使用（进程 ${holder.pid}）；请先关闭它，同一目录同时只能由一个程序打开`,
        );
      }
      if (!sameHost) {
        throw new ApiError('STORAGE', `工作目录正被另一台电脑（${holder.host}）上的备案台使用；请先在那台电脑上关闭它`);
      }
      rmSync(file, { force: true });
    }
  }
  throw new ApiError('STORAGE', '无法锁定工作目录，请重试');
}
