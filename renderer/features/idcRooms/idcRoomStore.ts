import { create } from 'zustand';
import type { StoredIdcRoom } from '../../../shared/records/idcRoom';
import { api } from '../../api/client';
import { recordListSlice, type RecordEditor, type RecordListState } from '../../forms/recordStore';
import { EMPTY_IDC_ROOM, toIdcRoomFormValues, toIdcRoomInput, type IdcRoomFormValues } from './idcRoomForm';

export type IdcRoomEditor = RecordEditor<IdcRoomFormValues>;

export const useIdcRoomStore = create<RecordListState<StoredIdcRoom, IdcRoomFormValues>>()((set, get) =>
  recordListSlice(set, get, {
    list: () => api['idcRooms.list']({}),
    save: (input) => api['idcRooms.save'](input),
    remove: (id) => api['idcRooms.remove']({ id }),
    newValues: () => EMPTY_IDC_ROOM,
    toFormValues: toIdcRoomFormValues,
    toInput: toIdcRoomInput,
  }),
);
