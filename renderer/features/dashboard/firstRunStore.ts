import { create } from 'zustand';
import { todayInShanghai } from '../../../shared/identity/calendarDate';
import { api, errorMessage } from '../../api/client';
import type { FirstRunFacts } from './firstRunSteps';

const UNIT_FIELDS = ['name', 'creditCode', 'roles', 'registeredAddress', 'officeAddress', 'phone', 'email'] as const;

interface FirstRunState {
  facts: FirstRunFacts | null;
  loadError: string | null;
  load(): Promise<void>;
}

let latestRequest = 0;

/** Reads the records the first-run guide ticks its steps from (概览, on every visit). */
export const useFirstRunStore = create<FirstRunState>()((set) => ({
  facts: null,
  loadError: null,
  async load() {
    const request = ++latestRequest;
    const today = todayInShanghai();
    try {
      const [unit, rooms, licenses, people, group, roster, servers, spaces, check] = await Promise.all([
        api['unit.get']({}),
        api['idcRooms.list']({}),
        api['licenses.list']({}),
        api['people.list']({}),
        api['securityGroup.get']({}),
        api['dutyRoster.get']({ from: today, to: today }),
        api['servers.list']({}),
        api['customerSpaces.search']({ limit: 1 }),
        api['filing.check']({}),
      ]);
      if (request !== latestRequest) return;
      const facts: FirstRunFacts = {
        unitComplete: !!unit && UNIT_FIELDS.every((f) => (Array.isArray(unit[f]) ? unit[f].length > 0 : String(unit[f]).trim() !== '')),
        idcRooms: rooms.length,
        licenses: licenses.length,
        people: people.length,
        leaders: people.filter((p) => p.roles.includes('法定代表人') || p.roles.includes('主要负责人')).length,
        securityGroupSaved: group !== null,
        dutyRosterSaved: roster.settings !== null,
        servers: servers.length,
        customerSpaces: spaces.total,
        exportBlocking: check.blocking.length,
      };
      set({ facts, loadError: null });
    } catch (err) {
      if (request === latestRequest) set({ loadError: errorMessage(err) });
    }
  },
}));
