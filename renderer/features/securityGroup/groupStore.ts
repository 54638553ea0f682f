import { create } from 'zustand';
import type { StoredSecurityGroup } from '../../../shared/records/securityGroup';
import { api } from '../../api/client';
import { draftSlice, type DraftState } from '../../forms/recordStore';
import { sameGroupValues, toGroupFormValues, toGroupInput, type GroupFormValues } from './groupForm';

interface GroupState extends DraftState<StoredSecurityGroup, GroupFormValues, { at: string }> {
  /** How many servers the unit has registered: 第十条 depends on it. */
  serverCount: number | null;
  /** 单位类型 includes IDC机房服务单位: 第十三条（一） requires its own group. */
  isIdcProvider: boolean;
}

export const useGroupStore = create<GroupState>()((set, get) => ({
  ...draftSlice(set, get, {
    async get() {
      const [saved, servers, unit] = await Promise.all([api['securityGroup.get']({}), api['servers.list']({}), api['unit.get']({})]);
      set({ serverCount: servers.length, isIdcProvider: !!unit?.roles.includes('IDC机房服务单位') });
      return saved;
    },
    save: (values) => api['securityGroup.save'](toGroupInput(values)),
    toFormValues: toGroupFormValues,
    sameValues: sameGroupValues,
    outcome: (_typed, saved) => ({ at: saved.updatedAt }),
  }),
  serverCount: null,
  isIdcProvider: false,
}));
