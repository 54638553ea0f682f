import { create } from 'zustand';
import type { ComplianceSummary } from '../../../shared/compliance/summary';
import { api, errorMessage } from '../../api/client';

interface ComplianceState {
  summary: ComplianceSummary | null;
  loadState: 'idle' | 'loading' | 'ready' | 'error';
  loadError: string | null;
  /** Asks the main process to check the records again (today in China); the last summary stays shown meanwhile. */
  load(): Promise<void>;
}

let latestRequest = 0;

export const useComplianceStore = create<ComplianceState>()((set) => ({
  summary: null,
  loadState: 'idle',
  loadError: null,

  async load() {
    const request = ++latestRequest;
    set({ loadState: 'loading', loadError: null });
    try {
      const summary = await api['compliance.summary']({});
      // An older answer arriving after a newer one must not replace it.
      if (request === latestRequest) set({ summary, loadState: 'ready' });
    } catch (err) {
      if (request === latestRequest) set({ loadState: 'error', loadError: errorMessage(err) });
    }
  },
}));
