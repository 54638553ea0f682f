import { create } from 'zustand';
import type { StoredIncident } from '../../../shared/records/incident';
import { api } from '../../api/client';
import { recordListSlice, type RecordEditor, type RecordListState } from '../../forms/recordStore';
import { EMPTY_INCIDENT, toIncidentFormValues, toIncidentInput, type IncidentFormValues } from './incidentForm';

export type IncidentEditor = RecordEditor<IncidentFormValues>;

export const useIncidentStore = create<RecordListState<StoredIncident, IncidentFormValues>>()((set, get) =>
  recordListSlice(set, get, {
    list: () => api['incidents.list']({}),
    save: (input) => api['incidents.save'](input),
    remove: (id) => api['incidents.remove']({ id }),
    newValues: () => EMPTY_INCIDENT,
    toFormValues: toIncidentFormValues,
    toInput: toIncidentInput,
  }),
);
