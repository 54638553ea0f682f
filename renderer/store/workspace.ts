import { create } from 'zustand';
import type { WorkspaceStatus } from '../../shared/api/contract';
import { api, errorMessage } from '../api/client';

interface WorkspaceState {
  status: WorkspaceStatus | null;
  loadState: 'idle' | 'loading' | 'ready' | 'error';
  loadError: string | null;
  /** The damaged-database dialog: opened on startup when the database failed its check. */
  dialogOpen: boolean;
  restoring: string | null;
  /** Bumped when the data underneath changed wholesale (a restore): screens reload what they show. */
  dataVersion: number;
  /** Reads the status; with `announce`, a damaged database opens the dialog (at startup). */
  load(options?: { announce?: boolean }): Promise<WorkspaceStatus | null>;
  openDialog(): void;
  closeDialog(): void;
  /**
   * Restores a rolling backup or a set-aside database; resolves to the new status, throws an ApiError
   * on failure. A workspace holding data needs `confirmSetAside` (its database is set aside, restorable).
   */
  restore(file: string, confirmSetAside?: boolean): Promise<WorkspaceStatus>;
  /** After 从备份恢复 (a full backup): reloads the status and makes every screen reload its data. */
  afterFullRestore(): Promise<void>;
}

export const useWorkspaceStore = create<WorkspaceState>()((set) => ({
  status: null,
  loadState: 'idle',
  loadError: null,
  dialogOpen: false,
  restoring: null,
  dataVersion: 0,

  async load(options) {
    set({ loadState: 'loading', loadError: null });
    try {
      const status = await api['workspace.status']({});
      set({ status, loadState: 'ready', ...(options?.announce && status.state === 'damaged' ? { dialogOpen: true } : {}) });
      return status;
    } catch (err) {
      set({ loadState: 'error', loadError: errorMessage(err) });
      return null;
    }
  },

  openDialog: () => set({ dialogOpen: true }),
  closeDialog: () => set({ dialogOpen: false }),

  async restore(file, confirmSetAside) {
    set({ restoring: file });
    try {
      const status = await api['workspace.restoreBackup']({ file, ...(confirmSetAside ? { confirmSetAside } : {}) });
      set((s) => ({ status, restoring: null, loadState: 'ready', dialogOpen: status.state === 'damaged', dataVersion: s.dataVersion + 1 }));
      return status;
    } catch (err) {
      set({ restoring: null });
      throw err;
    }
  },

  async afterFullRestore() {
    const status = await api['workspace.status']({}).catch(() => null);
    set((s) => ({ ...(status ? { status, loadState: 'ready' as const } : {}), dataVersion: s.dataVersion + 1 }));
  },
}));
