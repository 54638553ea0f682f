import { errorMessage } from '../api/client';

type LoadState = 'idle' | 'loading' | 'ready' | 'error';

interface Loading {
  loadState: LoadState;
  loadError: string | null;
}

/** zustand's set, as the slices below use it. */
type Setter<S> = (partial: Partial<S> | ((state: S) => Partial<S>)) => void;

/** Runs `fetch`, which sets what it read; loadState and loadError follow how it went. */
async function track(set: Setter<Loading>, fetch: () => Promise<void>): Promise<void> {
  set({ loadState: 'loading', loadError: null });
  try {
    await fetch();
  } catch (err) {
    set({ loadState: 'error', loadError: errorMessage(err) });
  }
}

/** The open form of a list screen: a new record (id null) or an edit, with everything typed so far. */
export interface RecordEditor<Values> {
  id: string | null;
  values: Values;
}

/** A screen that lists records of one kind and edits them one at a time (证照, 人员, 服务器). */
export interface RecordListState<Stored, Values> extends Loading {
  list: Stored[];
  /** Kept while the user visits other screens, until saved or cancelled. */
  editor: RecordEditor<Values> | null;
  saving: boolean;
  /** The record saved last, to say so until the next edit. */
  lastSavedId: string | null;
  load(): Promise<void>;
  startNew(values?: Partial<Values>): void;
  startEdit(id: string): void;
  setValues(values: Values): void;
  closeEditor(): void;
  /** Saves the editor; on failure the editor stays as typed and the ApiError is rethrown for the form to place. */
  save(values: Values): Promise<Stored>;
  remove(id: string): Promise<void>;
}

export interface RecordListApi<Stored, Values, Input> {
  list(): Promise<Stored[]>;
  /** A new record is sent without an id; an edited one with its id. */
  save(input: Input | (Input & { id: string })): Promise<Stored>;
  remove(id: string): Promise<unknown>;
  /** The values of a new record's form. */
  newValues(): Values;
  toFormValues(stored: Stored): Values;
  toInput(values: Values): Input;
}

/** The list-and-editor state of a record kind; spread it into the store's creator: `create<S>()((set, get) => recordListSlice(set, get, api))`. */
export function recordListSlice<Stored extends { id: string }, Values, Input>(
  set: Setter<RecordListState<Stored, Values>>,
  get: () => RecordListState<Stored, Values>,
  api: RecordListApi<Stored, Values, Input>,
): RecordListState<Stored, Values> {
  return {
    list: [],
    loadState: 'idle',
    loadError: null,
    editor: null,
    saving: false,
    lastSavedId: null,

    load: () => track(set, async () => set({ list: await api.list(), loadState: 'ready' })),

    startNew(values = {}) {
      set({ editor: { id: null, values: { ...api.newValues(), ...values } }, lastSavedId: null });
    },

    startEdit(id) {
      const found = get().list.find((r) => r.id === id);
      if (found) set({ editor: { id, values: api.toFormValues(found) }, lastSavedId: null });
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
        const input = api.toInput(values);
        const saved = await api.save(editor?.id ? { ...input, id: editor.id } : input);
        const list = get().list;
        const next = list.some((r) => r.id === saved.id) ? list.map((r) => (r.id === saved.id ? saved : r)) : [...list, saved];
        set({ list: next, editor: null, saving: false, lastSavedId: saved.id });
        return saved;
      } catch (err) {
        set({ saving: false });
        throw err;
      }
    },

    async remove(id) {
      await api.remove(id);
      set((s) => ({
        list: s.list.filter((r) => r.id !== id),
        editor: s.editor?.id === id ? null : s.editor,
        lastSavedId: s.lastSavedId === id ? null : s.lastSavedId,
      }));
    },
  };
}

/** A screen that edits the one record of its kind (单位信息, 安全小组), keeping unsaved input as a draft. */
export interface DraftState<Stored, Values, SaveOutcome> extends Loading {
  saved: Stored | null;
  /** Unsaved input, kept while the user visits other screens; null when the form equals the saved record. */
  draft: Values | null;
  saving: boolean;
  /** The outcome of the last successful save, until the user edits again. */
  lastSave: SaveOutcome | null;
  load(): Promise<void>;
  setDraft(values: Values): void;
  discardDraft(): void;
  /** Saves; on failure the draft stays untouched and the ApiError is rethrown for the form to place. */
  save(values: Values): Promise<Stored>;
}

export interface DraftApi<Stored, Values, SaveOutcome> {
  /** Reads the saved record (and may set whatever else the screen reads with it). */
  get(): Promise<Stored | null>;
  save(values: Values): Promise<Stored>;
  toFormValues(saved: Stored | null): Values;
  sameValues(a: Values, b: Values): boolean;
  outcome(typed: Values, saved: Stored): SaveOutcome;
}

/** The saved-record-and-draft state of a single record; spread it into the store's creator like recordListSlice. */
export function draftSlice<Stored, Values, SaveOutcome>(
  set: Setter<DraftState<Stored, Values, SaveOutcome>>,
  get: () => DraftState<Stored, Values, SaveOutcome>,
  api: DraftApi<Stored, Values, SaveOutcome>,
): DraftState<Stored, Values, SaveOutcome> {
  return {
    saved: null,
    loadState: 'idle',
    loadError: null,
    draft: null,
    saving: false,
    lastSave: null,

    load: () => track(set, async () => set({ saved: await api.get(), loadState: 'ready' })),

    setDraft(values) {
      const draft = api.sameValues(values, api.toFormValues(get().saved)) ? null : values;
      set({ draft, ...(draft ? { lastSave: null } : {}) });
    },

    discardDraft() {
      set({ draft: null, lastSave: null });
    },

    async save(values) {
      set({ saving: true, draft: values });
      try {
        const saved = await api.save(values);
        set({ saved, draft: null, saving: false, loadState: 'ready', loadError: null, lastSave: api.outcome(values, saved) });
        return saved;
      } catch (err) {
        set({ saving: false });
        throw err;
      }
    },
  };
}
