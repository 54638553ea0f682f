import { create } from 'zustand';
import type { StoredLicense } from '../../../shared/records/license';
import { api } from '../../api/client';
import { recordListSlice, type RecordEditor, type RecordListState } from '../../forms/recordStore';
import { EMPTY_LICENSE, toLicenseFormValues, toLicenseInput, type LicenseFormValues } from './licenseForm';

export type LicenseEditor = RecordEditor<LicenseFormValues>;

export const useLicenseStore = create<RecordListState<StoredLicense, LicenseFormValues>>()((set, get) =>
  recordListSlice(set, get, {
    list: () => api['licenses.list']({}),
    save: (input) => api['licenses.save'](input),
    remove: (id) => api['licenses.remove']({ id }),
    newValues: () => EMPTY_LICENSE,
    toFormValues: toLicenseFormValues,
    toInput: toLicenseInput,
  }),
);
