import { create } from 'zustand';
import type { StoredServer } from '../../../shared/records/server';
import { api, errorMessage } from '../../api/client';
import { EMPTY_SERVER, toServerFormValues, toServerInput, type ServerFormValues } from './serverForm';
import { NO_FILTER, type ServerFilter } from './serverSearch';

/** The open form: a new server (id null) or an edit, with everything typed so far. */
export interface ServerEditor {
  id: string | null;
  values: ServerFormValues;
}

interface ServerState {
  list: StoredServer[];
  loadState: 'idle' | 'loading' | 'ready' | 'error';
  loadError: string | null;
  /** Kept while the user visits other screens, until saved or cancelled. */
  editor: ServerEditor | null;
  saving: boolean;
  lastSavedId: string | null;
  /** The list's search and filters, also kept across screens. */
  filter: ServerFilter;
  load(): Promise<void>;
  startNew(): void;
  startEdit(id: string): void;
  setValues(values: ServerFormValues): void;
  closeEditor(): void;
  /** Saves the editor; on failure the editor stays as typed and the ApiError is rethrown for the form to place. */
  save(values: ServerFormValues): Promise<StoredServer>;
  remove(id: string): Promise<void>;
  setFilter(filter: Partial<ServerFilter>): void;
}

export const useServerStore = create<ServerState>()((set, get) => ({
  list: [],
  loadState: 'idle',
  loadError: null,
  editor: null,
  saving: false,
  lastSavedId: null,
  filter: NO_FILTER,

  async load() {
    set({ loadState: 'loading', loadError: null });
    try {
      set({ list: await api['servers.list']({}), loadState: 'ready' });
    } catch (err) {
      set({ loadState: 'error', loadError: errorMessage(err) });
    }
  },

  startNew() {
    set({ editor: { id: null, values: { ...EMPTY_SERVER, ips: [''] } }, lastSavedId: null });
  },

  startEdit(id) {
    const found = get().list.find((s) => s.id === id);
    if (found) set({ editor: { id, values: toServerFormValues(found) }, lastSavedId: null });
  },

  setValues(values) {
    const editor = get().editor;
    if (editor) set({ editor: { ...editor, values } });
  },

  closeEditor() {
    set({ editor: null });
  },

  async save(values) {
    const editor = get().editor;
    set({ saving: true, editor: { id: editor?.id ?? null, values } });
    try {
      const input = toServerInput(values);
      const saved = await api['servers.save'](editor?.id ? { ...input, id: editor.id } : input);
      const list = get().list;
      const next = list.some((s) => s.id === saved.id) ? list.map((s) => (s.id === saved.id ? saved : s)) : [...list, saved];
      set({ list: next, editor: null, saving: false, lastSavedId: saved.id });
      return saved;
    } catch (err) {
      set({ saving: false });
      throw err;
    }
  },

  async remove(id) {
    await api['servers.remove']({ id });
    set((s) => ({
      list: s.list.filter((x) => x.id !== id),
      editor: s.editor?.id === id ? null : s.editor,
      lastSavedId: s.lastSavedId === id ? null : s.lastSavedId,
    }));
  },

  setFilter(filter) {
    set((s) => ({ filter: { ...s.filter, ...filter } }));
  },
}));
