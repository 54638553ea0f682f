import { create } from 'zustand';
import type { SPACE_FILTERS, SpaceRow } from '../../../shared/api/customerSpaceMethods';
import { todayInShanghai } from '../../../shared/identity/calendarDate';
import type { StoredCustomerSpace } from '../../../shared/records/customerSpace';
import { api, errorMessage } from '../../api/client';
import { emptySpaceValues, toSpaceFormValues, toSpaceInput, type SpaceFormValues } from './spaceForm';

export type SpaceFilter = (typeof SPACE_FILTERS)[number];
export type SpaceCounts = Record<SpaceFilter, number>;

/** Rows fetched per request: the list asks for the next page as the user scrolls near the end. */
export const PAGE_SIZE = 200;

export interface SpaceEditor {
  id: string | null;
  values: SpaceFormValues;
}

interface SpaceState {
  query: string;
  filter: SpaceFilter;
  /** The query and filter the rows below answer (the typed ones may be newer while a search runs). */
  answered: { query: string; filter: SpaceFilter };
  /** The rows loaded so far for the current query and filter (the first pages of `total`). */
  rows: SpaceRow[];
  total: number;
  /** 报送状态 counts among the spaces the search text matches. */
  counts: SpaceCounts | null;
  /** The counts over every space, whatever the search text. */
  allCounts: SpaceCounts | null;
  loadState: 'idle' | 'loading' | 'ready' | 'error';
  loadError: string | null;
  loadingMore: boolean;
  /** Kept while the user visits other screens, until saved or cancelled. */
  editor: SpaceEditor | null;
  saving: boolean;
  /** The 空间编号 saved last, to say so until the next edit. */
  lastSavedCode: string | null;
  setQuery(query: string): void;
  setFilter(filter: SpaceFilter): void;
  /** Searches again; `totals` also re-reads the counts over every space (after a change to the spaces). */
  reload(totals?: boolean): Promise<void>;
  loadMore(): Promise<void>;
  startNew(): void;
  startEdit(id: string): Promise<void>;
  setValues(values: SpaceFormValues): void;
  closeEditor(): void;
  /** Saves the editor; on failure the editor stays as typed and the ApiError is rethrown for the form to place. */
  save(values: SpaceFormValues): Promise<StoredCustomerSpace>;
  remove(id: string): Promise<void>;
}

// Each reload gets a number; an answer to an older one (the user kept typing) is dropped.
let generation = 0;

export const useSpaceStore = create<SpaceState>()((set, get) => ({
  query: '',
  filter: '全部',
  answered: { query: '', filter: '全部' },
  rows: [],
  total: 0,
  counts: null,
  allCounts: null,
  loadState: 'idle',
  loadError: null,
  loadingMore: false,
  editor: null,
  saving: false,
  lastSavedCode: null,

  setQuery(query) {
    if (query === get().query) return;
    set({ query });
    void get().reload();
  },

  setFilter(filter) {
    if (filter === get().filter) return;
    set({ filter });
    void get().reload();
  },

  async reload(totals = false) {
    const mine = ++generation;
    const { query, filter, allCounts } = get();
    const needTotals = query.trim() !== '' && (totals || allCounts === null);
    set({ loadState: 'loading', loadError: null, loadingMore: false });
    try {
      const today = todayInShanghai();
      const [page, all] = await Promise.all([
        api['customerSpaces.search']({ query, filter, offset: 0, limit: PAGE_SIZE, today }),
        // The counts answer for what the text matches; the grand total needs a search without text,
        // which only a change to the spaces can alter.
        needTotals ? api['customerSpaces.search']({ query: '', filter: '全部', offset: 0, limit: 1, today }) : null,
      ]);
      if (mine !== generation) return;
      const totalsNow = query.trim() === '' ? page.counts : (all?.counts ?? get().allCounts);
      set({ rows: page.rows, total: page.total, counts: page.counts, allCounts: totalsNow, answered: { query, filter }, loadState: 'ready', loadingMore: false });
    } catch (err) {
      if (mine !== generation) return;
      set({ loadState: 'error', loadError: errorMessage(err) });
    }
  },

  async loadMore() {
    const { rows, total, loadingMore, loadState, query, filter } = get();
    if (loadingMore || loadState !== 'ready' || rows.length >= total) return;
    const mine = generation;
    set({ loadingMore: true });
    try {
      const page = await api['customerSpaces.search']({ query, filter, offset: rows.length, limit: PAGE_SIZE, today: todayInShanghai() });
      if (mine !== generation) return;
      set((s) => ({ rows: [...s.rows, ...page.rows], total: page.total, counts: page.counts, loadingMore: false }));
    } catch (err) {
      if (mine !== generation) return;
      set({ loadingMore: false, loadState: 'error', loadError: errorMessage(err) });
    }
  },

  startNew() {
    set({ editor: { id: null, values: emptySpaceValues(todayInShanghai()) }, lastSavedCode: null });
  },

  async startEdit(id) {
    const space = await api['customerSpaces.get']({ id });
    set({ editor: { id, values: toSpaceFormValues(space) }, lastSavedCode: null });
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
      const input = toSpaceInput(values);
      const saved = await api['customerSpaces.save'](editor?.id ? { ...input, id: editor.id } : input);
      set({ editor: null, saving: false, lastSavedCode: saved.spaceCode });
      void get().reload(true);
      return saved;
    } catch (err) {
      set({ saving: false });
      throw err;
    }
  },

  async remove(id) {
    await api['customerSpaces.remove']({ id });
    set((s) => ({ editor: s.editor?.id === id ? null : s.editor, lastSavedCode: null }));
    await get().reload(true);
  },
}));
