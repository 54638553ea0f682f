import { create } from 'zustand';
import type { StoredUnit } from '../../shared/records/unit';
import { UNIT_LABELS } from '../../shared/records/unit';
import { api } from '../api/client';
import { draftSlice, type DraftState } from '../forms/recordStore';

/** The form's values: the stored profile without its timestamp. */
export type UnitFormValues = Omit<StoredUnit, 'updatedAt'>;
export type UnitField = keyof typeof UNIT_LABELS;

export const UNIT_FIELDS = Object.keys(UNIT_LABELS) as UnitField[];

export const EMPTY_UNIT: UnitFormValues = {
  name: '',
  creditCode: '',
  roles: [],
  registeredAddress: '',
  officeAddress: '',
  phone: '',
  email: '',
};

export function toFormValues(unit: StoredUnit | null): UnitFormValues {
  if (!unit) return { ...EMPTY_UNIT, roles: [] };
  const { updatedAt: _updatedAt, ...values } = unit;
  return { ...values, roles: [...values.roles] };
}

/** Fills in what a partially touched form leaves undefined. */
export function completeValues(values: Partial<UnitFormValues>): UnitFormValues {
  return {
    name: values.name ?? '',
    creditCode: values.creditCode ?? '',
    roles: [...(values.roles ?? [])],
    registeredAddress: values.registeredAddress ?? '',
    officeAddress: values.officeAddress ?? '',
    phone: values.phone ?? '',
    email: values.email ?? '',
  };
}

export function isFilled(values: UnitFormValues, field: UnitField): boolean {
  const v = values[field];
  return Array.isArray(v) ? v.length > 0 : v.trim() !== '';
}

function sameValues(a: UnitFormValues, b: UnitFormValues): boolean {
  return UNIT_FIELDS.every((f) => {
    const x = a[f];
    const y = b[f];
    return Array.isArray(x) && Array.isArray(y) ? x.length === y.length && x.every((v, i) => v === y[i]) : x === y;
  });
}

/** A field the server stored differently from what was typed (normalization: case, full-width digits, spaces). */
export interface NormalizedField {
  field: UnitField;
  typed: string;
  stored: string;
}

type UnitState = DraftState<StoredUnit, UnitFormValues, { at: string; normalized: NormalizedField[] }>;

export const useUnitStore = create<UnitState>()((set, get) =>
  draftSlice(set, get, {
    get: () => api['unit.get']({}),
    save: (values) => api['unit.save'](values),
    toFormValues,
    sameValues,
    outcome(values, saved) {
      const normalized: NormalizedField[] = [];
      for (const field of UNIT_FIELDS) {
        if (field === 'roles') continue;
        const typed = values[field];
        const stored = saved[field];
        if (typed.trim() !== stored) normalized.push({ field, typed, stored });
      }
      return { at: saved.updatedAt, normalized };
    },
  }),
);
