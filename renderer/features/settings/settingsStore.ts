import { create } from 'zustand';
import {
  DEFAULT_IMAGE_PROFILE,
  DEFAULT_WATERMARK_TEXT,
  type ImageProfile,
} from '../../../shared/records/imageProfile';
import { api } from '../../api/client';
import { draftSlice, type DraftState } from '../../forms/recordStore';

export interface StoredSettings {
  imageProfile: ImageProfile;
}

export type SizeUnit = 'KB' | 'MB';

/** The 设置 form: the profile with the size limit as a number and a unit (1 KB = 1000 bytes, 1 MB = 1,000,000). */
export interface SettingsFormValues {
  longEdge: number | null;
  dpi: number | null;
  maxSize: number | null;
  maxSizeUnit: SizeUnit;
  minQuality: number | null;
  watermarkEnabled: boolean;
  watermarkText: string;
}

export const UNIT_BYTES: Record<SizeUnit, number> = { KB: 1000, MB: 1_000_000 };

export function toFormValues(saved: StoredSettings | null): SettingsFormValues {
  const p = saved?.imageProfile ?? DEFAULT_IMAGE_PROFILE;
  const inMb = p.maxBytes >= 1_000_000 && p.maxBytes % 10_000 === 0;
  return {
    longEdge: p.longEdge,
    dpi: p.dpi,
    maxSize: inMb ? p.maxBytes / 1_000_000 : p.maxBytes / 1000,
    maxSizeUnit: inMb ? 'MB' : 'KB',
    minQuality: p.minQuality,
    watermarkEnabled: p.watermark.enabled,
    watermarkText: p.watermark.text,
  };
}

/** Fills in what a partially touched form leaves undefined. */
export function completeValues(v: Partial<SettingsFormValues>): SettingsFormValues {
  return {
    longEdge: v.longEdge ?? null,
    dpi: v.dpi ?? null,
    maxSize: v.maxSize ?? null,
    maxSizeUnit: v.maxSizeUnit ?? 'KB',
    minQuality: v.minQuality ?? null,
    watermarkEnabled: v.watermarkEnabled ?? false,
    watermarkText: v.watermarkText ?? '',
  };
}

/**
 * What goes to settings.save. An emptied number field is sent as null so that the server's message
 * (请填写…) names it; the form's own rules catch it first.
 */
export function toInput(v: SettingsFormValues): { imageProfile: Record<string, unknown> } {
  const bytes = v.maxSize === null ? null : Math.round(v.maxSize * UNIT_BYTES[v.maxSizeUnit]);
  return {
    imageProfile: {
      longEdge: v.longEdge,
      dpi: v.dpi,
      maxBytes: bytes,
      minQuality: v.minQuality,
      watermark: { enabled: v.watermarkEnabled, text: v.watermarkText },
    },
  };
}

function sameValues(a: SettingsFormValues, b: SettingsFormValues): boolean {
  const x = toInput(a).imageProfile;
  const y = toInput(b).imageProfile;
  return JSON.stringify(x) === JSON.stringify(y);
}

type SettingsState = DraftState<StoredSettings, SettingsFormValues, { at: string }>;

export const useSettingsStore = create<SettingsState>()((set, get) =>
  draftSlice(set, get, {
    get: () => api['settings.get']({}),
    save: (values) => api['settings.save'](toInput(values) as Parameters<(typeof api)['settings.save']>[0]),
    toFormValues,
    sameValues,
    outcome: () => ({ at: new Date().toISOString() }),
  }),
);

export { DEFAULT_WATERMARK_TEXT };
