import { create } from 'zustand';
import type { MethodOutput } from '../../../shared/api/contract';
import { api, errorMessage } from '../../api/client';
import { currentMonth, shiftMonth } from '../../calendarMonth';

export type CompletenessResult = MethodOutput<'filing.check'>;
export type CompletenessItem = CompletenessResult['blocking'][number];
export type Destination = MethodOutput<'filing.destinations'>[number];
export type ExportProgress = MethodOutput<'filing.progress'>;
export type ExportResult = NonNullable<ExportProgress['result']>;
export type ExportFailure = { message: string; file?: string };

type LoadState = 'idle' | 'loading' | 'ready' | 'error';

/** How often the screen asks the main process how far the export has come. */
export const POLL_INTERVAL_MS = 250;
/** Consecutive failed progress calls before the screen gives up asking (the export itself may still finish). */
const MAX_POLL_FAILURES = 8;

interface ExportState {
  check: CompletenessResult | null;
  checkState: LoadState;
  checkError: string | null;

  destinations: Destination[] | null;
  destinationsState: LoadState;
  destinationsError: string | null;
  /** The chosen destination's path; kept across visits while it is still offered. */
  destination: string | null;

  /** 'YYYY-MM' for the 值班表 PDF. */
  month: string;
  /** 'YYYY-MM' of the 月度变更报告 (06): by default last month, reported before the 20th of this one. */
  reportMonth: string;
  zip: boolean;

  /** idle → running → done | failed. */
  runState: 'idle' | 'running' | 'done' | 'failed';
  progress: ExportProgress | null;
  result: ExportResult | null;
  failure: ExportFailure | null;
  /** How many of the spaces the finished package carried were then recorded as reported (登记报送), once done. */
  spacesRecorded: number | null;
  /** The month of the finished package's 06 once recorded as reported (登记 YYYY年MM月变更已报送). */
  monthRecorded: string | null;

  loadCheck(): Promise<void>;
  loadDestinations(): Promise<void>;
  setDestination(path: string): void;
  setMonth(month: string): void;
  setReportMonth(month: string): void;
  setZip(zip: boolean): void;
  /** Starts 生成备案材料 with the chosen destination, month and ZIP option, then follows its progress. */
  build(): Promise<void>;
  /** Back to the options after a finished or failed export. */
  reset(): void;
  setSpacesRecorded(n: number): void;
  setMonthRecorded(month: string): void;
}

let latestCheck = 0;
let latestDestinations = 0;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The 导出备案材料 screen's state. It lives in this store, not in the components, so an export keeps
 * running — and its progress keeps being followed — while the clerk looks at another screen.
 */
export const useExportStore = create<ExportState>()((set, get) => ({
  check: null,
  checkState: 'idle',
  checkError: null,
  destinations: null,
  destinationsState: 'idle',
  destinationsError: null,
  destination: null,
  month: currentMonth(),
  reportMonth: shiftMonth(currentMonth(), -1),
  zip: false,
  runState: 'idle',
  progress: null,
  result: null,
  failure: null,
  spacesRecorded: null,
  monthRecorded: null,

  async loadCheck() {
    const request = ++latestCheck;
    set({ checkState: 'loading', checkError: null });
    try {
      const check = await api['filing.check']({ month: get().month, reportMonth: get().reportMonth });
      if (request === latestCheck) set({ check, checkState: 'ready' });
    } catch (err) {
      if (request === latestCheck) set({ checkState: 'error', checkError: errorMessage(err) });
    }
  },

  async loadDestinations() {
    const request = ++latestDestinations;
    set({ destinationsState: 'loading', destinationsError: null });
    try {
      const destinations = await api['filing.destinations']({});
      if (request !== latestDestinations) return;
      const chosen = get().destination;
      // Keep the choice while that destination is still there; otherwise offer the first (removable drives come first).
      // A folder chosen with 选择文件夹… (its picker handle) stays chosen too.
      const kept = chosen && (chosen.startsWith('picked:') || destinations.some((d) => d.path === chosen));
      const destination = kept ? chosen : (destinations[0]?.path ?? null);
      set({ destinations, destination, destinationsState: 'ready' });
    } catch (err) {
      if (request === latestDestinations) set({ destinationsState: 'error', destinationsError: errorMessage(err) });
    }
  },

  setDestination(destination) {
    if (get().runState === 'running') return;
    set({ destination });
  },

  setMonth(month) {
    if (get().runState === 'running' || month === get().month) return;
    set({ month });
    // The 值班表 coverage depends on the month: check again for the one chosen.
    void get().loadCheck();
  },

  setReportMonth(reportMonth) {
    if (get().runState === 'running' || reportMonth === get().reportMonth) return;
    set({ reportMonth });
    void get().loadCheck();
  },

  setZip(zip) {
    if (get().runState === 'running') return;
    set({ zip });
  },

  async build() {
    const { destination, month, reportMonth, zip, runState, check } = get();
    if (runState === 'running' || !destination) return;
    if (!check || check.blocking.length > 0) return;
    set({ runState: 'running', progress: null, result: null, failure: null, spacesRecorded: null, monthRecorded: null });
    let jobId: string;
    try {
      ({ jobId } = await api['filing.export']({ destination, month, reportMonth, zip }));
    } catch (err) {
      set({ runState: 'failed', failure: { message: errorMessage(err) } });
      return;
    }

    let failures = 0;
    for (;;) {
      await sleep(POLL_INTERVAL_MS);
      let progress: ExportProgress;
      try {
        progress = await api['filing.progress']({ jobId });
        failures = 0;
      } catch (err) {
        if (++failures < MAX_POLL_FAILURES) continue;
        set({ runState: 'failed', failure: { message: `无法获取导出进度：${errorMessage(err)}` } });
        return;
      }
      if (progress.error) {
        const failure: ExportFailure = { message: progress.error.message };
        if (progress.error.file) failure.file = progress.error.file;
        set({ progress, runState: 'failed', failure });
        return;
      }
      if (progress.result) {
        set({ progress, runState: 'done', result: progress.result });
        return;
      }
      set({ progress });
    }
  },

  reset() {
    if (get().runState === 'running') return;
    set({ runState: 'idle', progress: null, result: null, failure: null, spacesRecorded: null, monthRecorded: null });
  },

  setMonthRecorded(month) {
    set({ monthRecorded: month });
  },
  setSpacesRecorded(n) {
    set({ spacesRecorded: n });
  },
}));
