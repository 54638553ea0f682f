import { create } from 'zustand';
import type { StoredSecurityGroup } from '../../../shared/records/securityGroup';
import { api, errorMessage } from '../../api/client';
import { sameGroupValues, toGroupFormValues, toGroupInput, type GroupFormValues } from './groupForm';

interface GroupState {
  saved: StoredSecurityGroup | null;
  /** How many servers the unit has registered: 第十条 depends on it. */
  serverCount: number | null;
  /** 单位类型 includes IDC机房服务单位: 第十三条（一） requires its own group. */
  isIdcProvider: boolean;
  loadState: 'idle' | 'loading' | 'ready' | 'error';
  loadError: string | null;
  /** Unsaved input, kept while the user visits other screens; null when the form equals the saved group. */
  draft: GroupFormValues | null;
  saving: boolean;
  lastSavedAt: string | null;
  load(): Promise<void>;
  setDraft(values: GroupFormValues): void;
  discardDraft(): void;
  /** Saves; on failure the draft stays untouched and the ApiError is rethrown for the form to place. */
  save(values: GroupFormValues): Promise<StoredSecurityGroup>;
}

export const useGroupStore = create<GroupState>()((set, get) => ({
  saved: null,
  serverCount: null,
  isIdcProvider: false,
  loadState: 'idle',
  loadError: null,
  draft: null,
  saving: false,
  lastSavedAt: null,

  async load() {
    set({ loadState: 'loading', loadError: null });
    try {
      const [saved, servers, unit] = await Promise.all([api['securityGroup.get']({}), api['servers.list']({}), api['unit.get']({})]);
      set({ saved, serverCount: servers.length, isIdcProvider: !!unit?.roles.includes('IDC机房服务单位'), loadState: 'ready' });
    } catch (err) {
      set({ loadState: 'error', loadError: errorMessage(err) });
    }
  },

  setDraft(values) {
    const draft = sameGroupValues(values, toGroupFormValues(get().saved)) ? null : values;
    set({ draft, ...(draft ? { lastSavedAt: null } : {}) });
  },

  discardDraft() {
    set({ draft: null, lastSavedAt: null });
  },

  async save(values) {
    set({ saving: true, draft: values });
    try {
      const saved = await api['securityGroup.save'](toGroupInput(values));
      set({ saved, draft: null, saving: false, loadState: 'ready', loadError: null, lastSavedAt: saved.updatedAt });
      return saved;
    } catch (err) {
      set({ saving: false });
      throw err;
    }
  },
}));
