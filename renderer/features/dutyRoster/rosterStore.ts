import { create } from 'zustand';
import type { MethodInput, MethodOutput } from '../../../shared/api/contract';
import type { DutyRosterView, StoredDutyRosterSettings, StoredOverride } from '../../../shared/records/dutyRoster';
import type { StoredPerson } from '../../../shared/records/person';
import { api, errorMessage } from '../../api/client';
import { currentMonth, monthRange } from '../../calendarMonth';
import type { SettingsFormValues } from './settingsForm';

type Busy = 'settings' | 'generate' | 'override' | 'undo' | null;

interface RosterState {
  /** The month shown, 'YYYY-MM' (China Standard Time). */
  month: string;
  /** The roster of that month with its 覆盖检查, as the API computed it after the last change. */
  view: DutyRosterView | null;
  people: StoredPerson[];
  loadState: 'idle' | 'loading' | 'ready' | 'error';
  loadError: string | null;
  /** The settings as typed and not yet saved: kept while the user visits other screens. */
  draft: SettingsFormValues | null;
  busy: Busy;
  load(): Promise<void>;
  setMonth(month: string): Promise<void>;
  setDraft(values: SettingsFormValues | null): void;
  /** Each change reloads the month, so the 覆盖检查 is recomputed after every one. Failures throw the ApiError. */
  saveSettings(input: MethodInput<'dutyRoster.saveSettings'>): Promise<StoredDutyRosterSettings>;
  generateMonth(): Promise<MethodOutput<'dutyRoster.generate'>>;
  addOverride(input: MethodInput<'dutyRoster.addOverride'>): Promise<StoredOverride>;
  removeOverride(id: string): Promise<void>;
  undo(): Promise<MethodOutput<'dutyRoster.undo'>>;
  /** 导入排班表's second step: the previewed 替班, saved as one change. */
  importRoster(input: MethodInput<'dutyRoster.importApply'>): Promise<MethodOutput<'dutyRoster.importApply'>>;
}

let latestRequest = 0;

/** The undo label of a settings change (electron/services/dutyRosterService.ts). */
export const SETTINGS_CHANGE_LABEL = '保存值班设置';

export const useRosterStore = create<RosterState>()((set, get) => {
  async function refresh(): Promise<void> {
    const request = ++latestRequest;
    const month = get().month;
    const [view, people] = await Promise.all([api['dutyRoster.get'](monthRange(month)), api['people.list']({})]);
    if (request === latestRequest) set({ view, people, loadState: 'ready', loadError: null });
  }

  async function change<T>(busy: Exclude<Busy, null>, run: () => Promise<T>): Promise<T> {
    set({ busy });
    try {
      const result = await run();
      await refresh().catch((err: unknown) => set({ loadState: 'error', loadError: errorMessage(err) }));
      return result;
    } finally {
      set({ busy: null });
    }
  }

  return {
    month: currentMonth(),
    view: null,
    people: [],
    loadState: 'idle',
    loadError: null,
    draft: null,
    busy: null,

    async load() {
      set({ loadState: 'loading', loadError: null });
      try {
        await refresh();
      } catch (err) {
        set({ loadState: 'error', loadError: errorMessage(err) });
      }
    },

    async setMonth(month) {
      set({ month });
      await get().load();
    },

    setDraft(values) {
      set({ draft: values });
    },

    saveSettings(input) {
      return change('settings', async () => {
        const saved = await api['dutyRoster.saveSettings'](input);
        set({ draft: null });
        return saved;
      });
    },

    generateMonth() {
      return change('generate', () => api['dutyRoster.generate'](monthRange(get().month)));
    },

    addOverride(input) {
      return change('override', () => api['dutyRoster.addOverride'](input));
    },

    async removeOverride(id) {
      await change('override', () => api['dutyRoster.removeOverride']({ id }));
    },

    importRoster(input) {
      return change('override', () => api['dutyRoster.importApply'](input));
    },

    undo() {
      return change('undo', async () => {
        const r = await api['dutyRoster.undo']({});
        // When the settings themselves went back, the form shows them again (a draft would hide them).
        if (r.undone === SETTINGS_CHANGE_LABEL) set({ draft: null });
        return r;
      });
    },
  };
});
