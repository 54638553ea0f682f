import { create } from 'zustand';
import type { StoredServer } from '../../../shared/records/server';
import { api } from '../../api/client';
import { recordListSlice, type RecordEditor, type RecordListState } from '../../forms/recordStore';
import { EMPTY_SERVER, toServerFormValues, toServerInput, type ServerFormValues } from './serverForm';
import { NO_FILTER, type ServerFilter } from './serverSearch';

export type ServerEditor = RecordEditor<ServerFormValues>;

interface ServerState extends RecordListState<StoredServer, ServerFormValues> {
  /** The list's search and filters, also kept across screens. */
  filter: ServerFilter;
  setFilter(filter: Partial<ServerFilter>): void;
}

export const useServerStore = create<ServerState>()((set, get) => ({
  ...recordListSlice(set, get, {
    list: () => api['servers.list']({}),
    save: (input) => api['servers.save'](input),
    remove: (id) => api['servers.remove']({ id }),
    newValues: () => ({ ...EMPTY_SERVER, ips: [''] }),
    toFormValues: toServerFormValues,
    toInput: toServerInput,
  }),
  filter: NO_FILTER,

  setFilter(filter) {
    set((s) => ({ filter: { ...s.filter, ...filter } }));
  },
}));
