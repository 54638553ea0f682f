import { create } from 'zustand';
import { todayInShanghai } from '../../../shared/identity/calendarDate';
import { defaultReportMonth, type MonthlyReport, type ReportedMonth } from '../../../shared/reports/monthlyReport';
import { api, errorMessage } from '../../api/client';

interface MonthlyReportState {
  month: string;
  preview: MonthlyReport | null;
  previewError: string | null;
  loading: boolean;
  history: ReportedMonth[];
  historyError: string | null;
  setMonth(month: string): void;
  /** Reads the preview of the chosen month and the history of reported months. */
  load(): Promise<void>;
  markReported(): Promise<ReportedMonth>;
}

let latestRequest = 0;

export const useMonthlyReportStore = create<MonthlyReportState>()((set, get) => ({
  // The month whose report is due by the 20th of this one.
  month: defaultReportMonth(todayInShanghai()),
  preview: null,
  previewError: null,
  loading: false,
  history: [],
  historyError: null,

  setMonth(month) {
    set({ month, preview: null, previewError: null });
    void get().load();
  },

  async load() {
    const request = ++latestRequest;
    const month = get().month;
    set({ loading: true });
    const [preview, history] = await Promise.allSettled([api['reports.monthlyPreview']({ month }), api['reports.monthlyHistory']({})]);
    // A slower answer for a month no longer chosen must not replace the newer one.
    if (request !== latestRequest) return;
    set({
      loading: false,
      preview: preview.status === 'fulfilled' ? preview.value : null,
      previewError: preview.status === 'rejected' ? errorMessage(preview.reason) : null,
      history: history.status === 'fulfilled' ? [...history.value].sort((a, b) => b.reportedAt.localeCompare(a.reportedAt)) : get().history,
      historyError: history.status === 'rejected' ? errorMessage(history.reason) : null,
    });
  },

  async markReported() {
    const reported = await api['reports.markMonthlyReported']({ month: get().month, via: 'manual' });
    await get().load();
    return reported;
  },
}));
