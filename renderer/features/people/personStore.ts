import { create } from 'zustand';
import type { StoredPerson } from '../../../shared/records/person';
import { api, errorMessage } from '../../api/client';
import { EMPTY_PERSON, toPersonFormValues, toPersonInput, type PersonFormValues } from './personForm';

/** The open form: a new person (id null) or an edit, with everything typed so far. */
export interface PersonEditor {
  id: string | null;
  values: PersonFormValues;
}

interface PersonState {
  list: StoredPerson[];
  loadState: 'idle' | 'loading' | 'ready' | 'error';
  loadError: string | null;
  /** Kept while the user visits other screens, until saved or cancelled. */
  editor: PersonEditor | null;
  saving: boolean;
  /** The person saved last, to say so until the next edit. */
  lastSavedId: string | null;
  load(): Promise<void>;
  startNew(values?: Partial<PersonFormValues>): void;
  startEdit(id: string): void;
  setValues(values: PersonFormValues): void;
  closeEditor(): void;
  /** Saves the editor; on failure the editor stays as typed and the ApiError is rethrown for the form to place. */
  save(values: PersonFormValues): Promise<StoredPerson>;
  remove(id: string): Promise<void>;
}

export const usePersonStore = create<PersonState>()((set, get) => ({
  list: [],
  loadState: 'idle',
  loadError: null,
  editor: null,
  saving: false,
  lastSavedId: null,

  async load() {
    set({ loadState: 'loading', loadError: null });
    try {
      set({ list: await api['people.list']({}), loadState: 'ready' });
    } catch (err) {
      set({ loadState: 'error', loadError: errorMessage(err) });
    }
  },

  startNew(values = {}) {
    set({ editor: { id: null, values: { ...EMPTY_PERSON, ...values } }, lastSavedId: null });
  },

  startEdit(id) {
    const found = get().list.find((l) => l.id === id);
    if (found) set({ editor: { id, values: toPersonFormValues(found) }, lastSavedId: null });
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
      const input = toPersonInput(values);
      const saved = await api['people.save'](editor?.id ? { ...input, id: editor.id } : input);
      const list = get().list;
      const next = list.some((l) => l.id === saved.id) ? list.map((l) => (l.id === saved.id ? saved : l)) : [...list, saved];
      set({ list: next, editor: null, saving: false, lastSavedId: saved.id });
      return saved;
    } catch (err) {
      set({ saving: false });
      throw err;
    }
  },

  async remove(id) {
    await api['people.remove']({ id });
    set((s) => ({
      list: s.list.filter((l) => l.id !== id),
      editor: s.editor?.id === id ? null : s.editor,
      lastSavedId: s.lastSavedId === id ? null : s.lastSavedId,
    }));
  },
}));
