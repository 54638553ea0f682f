import { create } from 'zustand';
import type { StoredPerson } from '../../../shared/records/person';
import { api } from '../../api/client';
import { recordListSlice, type RecordEditor, type RecordListState } from '../../forms/recordStore';
import { EMPTY_PERSON, toPersonFormValues, toPersonInput, type PersonFormValues } from './personForm';

export type PersonEditor = RecordEditor<PersonFormValues>;

export const usePersonStore = create<RecordListState<StoredPerson, PersonFormValues>>()((set, get) =>
  recordListSlice(set, get, {
    list: () => api['people.list']({}),
    save: (input) => api['people.save'](input),
    remove: (id) => api['people.remove']({ id }),
    newValues: () => EMPTY_PERSON,
    toFormValues: toPersonFormValues,
    toInput: toPersonInput,
  }),
);
