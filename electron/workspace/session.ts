import type { WorkspaceStatus } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import { assertRestorableDatabase, listRestorable, readRestorable } from '../storage/restore';
import { hasRecords, openWorkspace, restoreDatabase } from '../storage/store';
import { loadSqlJs } from '../storage/sqlWasm';
import type { OpenOptions, OpenResult, Store } from '../storage/types';
import { ensureWorkspace } from '../storage/workspace';
import { lockWorkspace, type WorkspaceLock } from './lock';

export const CONFIRM_SET_ASIDE_MESSAGE =
  '当前数据库完好且有数据：恢复会把它另存（不删除、不覆盖），之后可在备份列表中再恢复回来。请确认后再恢复。';

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

  /** True when the open database is intact and holds any record: replacing it needs a confirmation. */
  holdsData(): boolean {
    const c = this.current;
    return c.state === 'ok' && c.store.read(hasRecords);
  }

  async status(): Promise<WorkspaceStatus> {
    const c = this.current;
    if (c.state === 'ok') {
      const backups = await listRestorable(this.root);
      return {
        path: this.root,
        state: 'ok',
        backups,
        ...(c.restoredFrom ? { restoredFrom: c.restoredFrom } : {}),
        ...(c.replaced ? { replaced: c.replaced } : {}),
      };
    }
    return { path: this.root, state: 'damaged', setAsidePath: c.setAsidePath, backups: c.backups };
  }

  /** Refuses a damaged database or one from a newer app (a full backup's, before it is installed). */
  async checkRestorable(bytes: Uint8Array): Promise<void> {
    assertRestorableDatabase(await loadSqlJs({ wasmPath: this.options.wasmPath }), bytes);
  }

  /** Restores a rolling backup or a set-aside database; see replaceDatabase. */
  async restore(file: string, confirmSetAside = false): Promise<WorkspaceStatus> {
    const SQL = await loadSqlJs({ wasmPath: this.options.wasmPath });
    const bytes = await readRestorable(SQL, ensureWorkspace(this.root), file);
    return this.replaceDatabase(bytes, file, confirmSetAside);
  }

  /**
   * Puts `bytes` (already checked whole) in place of the database. A database holding data is replaced
   * only with `confirmSetAside`, and is set aside, never overwritten. If anything fails, the workspace
   * is opened again as it was, so later calls keep working. `beforeInstall` runs once the store is
   * closed (a full restore puts attachments in place there).
   */
  async replaceDatabase(
    bytes: Uint8Array,
    from: string,
    confirmSetAside: boolean,
    beforeInstall?: () => Promise<void>,
  ): Promise<WorkspaceStatus> {
    const holdsData = this.holdsData();
    if (holdsData && !confirmSetAside) throw new ApiError('VALIDATION', CONFIRM_SET_ASIDE_MESSAGE, 'confirmSetAside');
    if (this.current.state === 'ok') await this.current.store.close();
    try {
      await beforeInstall?.();
      // A damaged database was set aside on open already; an intact one without records holds nothing to keep.
      this.current = await restoreDatabase(this.root, bytes, from, this.options, holdsData || this.current.state !== 'ok');
    } catch (err) {
      try {
        this.current = await openWorkspace(this.root, this.options);
      } catch {
        // the first error is the one to report
      }
      throw err;
    }
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
