import type { WorkspaceStatus } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import { listBackups, openWorkspace, restoreBackup } from '../storage/store';
import type { OpenOptions, OpenResult, Store } from '../storage/types';
import { lockWorkspace, type WorkspaceLock } from './lock';

/**
 * One open workspace folder, as every transport sees it. When the database was found damaged the
 * session stays usable for `workspace.status` / `workspace.restoreBackup` and refuses everything else.
 */
export class WorkspaceSession {
  private constructor(
    readonly root: string,
    private current: OpenResult,
    private readonly options: OpenOptions,
    private readonly lock: WorkspaceLock,
  ) {}

  static async open(root: string, options: OpenOptions = {}): Promise<WorkspaceSession> {
    const lock = lockWorkspace(root);
    try {
      return new WorkspaceSession(root, await openWorkspace(root, options), options, lock);
    } catch (err) {
      lock.release();
      throw err;
    }
  }

  get store(): Store {
    if (this.current.state !== 'ok') {
      throw new ApiError(
        'WORKSPACE_DAMAGED',
        '数据库文件已损坏，已原样另存，不会被覆盖；请在“工作目录状态”中选择一个完好的备份恢复',
      );
    }
    return this.current.store;
  }

  async status(): Promise<WorkspaceStatus> {
    const c = this.current;
    if (c.state === 'ok') {
      const backups = await listBackups(this.root);
      return { path: this.root, state: 'ok', backups, ...(c.restoredFrom ? { restoredFrom: c.restoredFrom } : {}) };
    }
    return { path: this.root, state: 'damaged', setAsidePath: c.setAsidePath, backups: c.backups };
  }

  async restore(file: string): Promise<WorkspaceStatus> {
    if (this.current.state === 'ok') await this.current.store.close();
    this.current = await restoreBackup(this.root, file, this.options);
    return this.status();
  }

  async close(): Promise<void> {
    try {
      if (this.current.state === 'ok') await this.current.store.close();
    } finally {
      this.lock.release();
    }
  }
}
