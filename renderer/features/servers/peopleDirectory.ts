import { create } from 'zustand';
import type { StoredPerson } from '../../../shared/records/person';
import { api, errorMessage } from '../../api/client';

/**
 * 人员 as the pickers of other screens need them (服务器 managers, 安全小组 members). Reloaded each
 * time such a screen opens, since people are added and edited on the 人员 screen.
 */
interface PeopleDirectoryState {
  people: StoredPerson[];
  byId: ReadonlyMap<string, StoredPerson>;
  loadError: string | null;
  load(): Promise<void>;
}

export const usePeopleDirectory = create<PeopleDirectoryState>()((set) => ({
  people: [],
  byId: new Map(),
  loadError: null,
  async load() {
    try {
      const people = await api['people.list']({});
      set({ people, byId: new Map(people.map((p) => [p.id, p])), loadError: null });
    } catch (err) {
      set({ loadError: errorMessage(err) });
    }
  },
}));

/** How a person appears in a picker: the name with their 角色, so the right one is chosen. */
export function personOptionLabel(p: Pick<StoredPerson, 'name' | 'roles'>): string {
  return p.roles.length > 0 ? `${p.name}（${p.roles.join('、')}）` : p.name;
}

/** The name shown for a reference whose person was removed meanwhile. */
export const MISSING_PERSON = '（已删除的人员）';
