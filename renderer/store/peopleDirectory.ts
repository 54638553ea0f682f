import { create } from 'zustand';
import type { StoredPerson } from '../../shared/records/person';
import { api, errorMessage } from '../api/client';

/**
 * 人员 as the pickers of other screens need them (服务器 managers, 安全小组 members). Reloaded each
 * time such a screen opens, since people are added and edited on the 人员 screen.
 */
interface PeopleDirectoryState {
  people: StoredPerson[];
  byId: ReadonlyMap<string, StoredPerson>;
  loadError: string | null;
  /** True once the list has been read: only then can a reference be known to name a removed person. */
  loaded: boolean;
  load(): Promise<void>;
}

export const usePeopleDirectory = create<PeopleDirectoryState>()((set) => ({
  people: [],
  byId: new Map(),
  loadError: null,
  loaded: false,
  async load() {
    try {
      const people = await api['people.list']({});
      set({ people, byId: new Map(people.map((p) => [p.id, p])), loadError: null, loaded: true });
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

/**
 * Picker options: every person, plus any id the record still names whose person was removed meanwhile,
 * so the picker shows that instead of a bare id.
 */
export function personOptions(
  people: readonly StoredPerson[],
  referenced: readonly (string | undefined)[] = [],
  loaded = true,
): { value: string; label: string }[] {
  const options = people.map((p) => ({ value: p.id, label: personOptionLabel(p) }));
  if (!loaded) return options;
  const known = new Set(people.map((p) => p.id));
  for (const id of new Set(referenced)) if (id && !known.has(id)) options.push({ value: id, label: MISSING_PERSON });
  return options;
}
