import { create } from 'zustand';
import type { StoredUnit } from '../../../shared/records/unit';
import { UNIT_LABELS } from '../../../shared/records/unit';
import { api, errorMessage } from '../../api/client';

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

interface UnitState {
  saved: StoredUnit | null;
  loadState: 'idle' | 'loading' | 'ready' | 'error';
  loadError: string | null;
  /** Unsaved input, kept while the user visits other screens; null when the form equals the saved profile. */
  draft: UnitFormValues | null;
  saving: boolean;
  /** The outcome of the last successful save, until the user edits again. */
  lastSave: { at: string; normalized: NormalizedField[] } | null;
  load(): Promise<void>;
  setDraft(values: UnitFormValues): void;
  discardDraft(): void;
  /** Saves; on failure the draft stays untouched and the ApiError is rethrown for the form to place. */
  save(values: UnitFormValues): Promise<StoredUnit>;
}

export const useUnitStore = create<UnitState>()((set, get) => ({
  saved: null,
  loadState: 'idle',
  loadError: null,
  draft: null,
  saving: false,
  lastSave: null,

  async load() {
    set({ loadState: 'loading', loadError: null });
    try {
      const saved = await api['unit.get']({});
      set({ saved, loadState: 'ready' });
    } catch (err) {
      set({ loadState: 'error', loadError: errorMessage(err) });
    }
  },

  setDraft(values) {
    const draft = sameValues(values, toFormValues(get().saved)) ? null : values;
    set({ draft, ...(draft ? { lastSave: null } : {}) });
  },

  discardDraft() {
    set({ draft: null, lastSave: null });
  },

  async save(values) {
    set({ saving: true, draft: values });
    try {
      const saved = await api['unit.save'](values);
      const normalized: NormalizedField[] = [];
      for (const field of UNIT_FIELDS) {
        if (field === 'roles') continue;
        const typed = values[field];
        const stored = saved[field];
        if (typed.trim() !== stored) normalized.push({ field, typed, stored });
      }
      set({ saved, draft: null, saving: false, loadState: 'ready', loadError: null, lastSave: { at: saved.updatedAt, normalized } });
      return saved;
    } catch (err) {
      set({ saving: false });
      throw err;
    }
  },
}));
