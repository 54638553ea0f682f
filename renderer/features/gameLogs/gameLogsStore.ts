import { create } from 'zustand';
import type { LogSeal, LogSealResult, LogVerifyResult } from '../../../shared/records/logSeal';
import type { StoredServer } from '../../../shared/records/server';
import { api, errorMessage } from '../../api/client';

export interface SealInput {
  path?: string;
  serverId: string;
  note: string;
}

interface GameLogsState {
  seals: LogSeal[] | null;
  /** Every 服务器 (for the 服务器 column); the select offers those used for 游戏. */
  servers: StoredServer[];
  loadState: 'idle' | 'loading' | 'ready' | 'error';
  loadError: string | null;
  sealing: boolean;
  /** The seal being verified, while its check runs. */
  verifying: string | null;
  /** The last verification shown, until the dialog is closed. */
  verified: LogVerifyResult | null;
  load(): Promise<void>;
  /** Seals a log folder; throws the ApiError so the form can show it by the field. */
  seal(input: SealInput): Promise<LogSealResult>;
  /** Re-hashes one seal's files; throws the ApiError to show. */
  verify(sealId: string): Promise<LogVerifyResult>;
  closeVerified(): void;
}

/** 游戏日志 (第七条): the seals, the game servers, and the running seal or check. */
export const useGameLogsStore = create<GameLogsState>()((set, get) => ({
  seals: null,
  servers: [],
  loadState: 'idle',
  loadError: null,
  sealing: false,
  verifying: null,
  verified: null,

  async load() {
    set({ loadState: 'loading', loadError: null });
    try {
      const [seals, servers] = await Promise.all([api['logs.list']({}), api['servers.list']({})]);
      set({ seals, servers, loadState: 'ready' });
    } catch (err) {
      set({ loadState: 'error', loadError: errorMessage(err) });
    }
  },

  async seal(input) {
    set({ sealing: true });
    try {
      const sealed = await api['logs.seal'](input);
      const { skipped: _skipped, ...row } = sealed;
      set({ seals: [row, ...(get().seals ?? []).filter((s) => s.id !== row.id)] });
      return sealed;
    } finally {
      set({ sealing: false });
    }
  },

  async verify(sealId) {
    set({ verifying: sealId });
    try {
      const verified = await api['logs.verify']({ sealId });
      set({ verified });
      return verified;
    } finally {
      set({ verifying: null });
    }
  },

  closeVerified() {
    set({ verified: null });
  },
}));
