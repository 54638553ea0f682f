import type { FormRule } from 'antd';
import type { z } from 'zod';
import {
  formatBytesLimit,
  IMAGE_PROFILE_LABELS,
  IMAGE_PROFILE_LIMITS,
  imageProfileSchema,
  watermarkSchema,
} from '../../../shared/records/imageProfile';
import { UNIT_BYTES, type SettingsFormValues } from './settingsStore';

type NumberField = 'longEdge' | 'dpi' | 'minQuality';

/** The shared schema's own message for a number field (请填写… / 不能小于… / 应为整数). */
export function checkNumber(field: NumberField, value: unknown): string | null {
  const schema = imageProfileSchema.shape[field] as z.ZodType;
  const result = schema.safeParse(value ?? null);
  return result.success ? null : (result.error.issues[0]?.message ?? `${IMAGE_PROFILE_LABELS[field]}无效`);
}

export const numberRules = (field: NumberField): FormRule[] => [
  {
    validator: async (_rule, value: unknown) => {
      const message = checkNumber(field, value);
      if (message) throw new Error(message);
    },
  },
];

/** The size limit, in the unit the user chose. */
export function checkMaxSize(size: number | null | undefined, unit: SettingsFormValues['maxSizeUnit']): string | null {
  const label = IMAGE_PROFILE_LABELS.maxBytes;
  if (size === null || size === undefined) return `请填写${label}`;
  const bytes = Math.round(size * UNIT_BYTES[unit]);
  const { min, max } = IMAGE_PROFILE_LIMITS.maxBytes;
  if (bytes < min || bytes > max) return `${label}应在 ${formatBytesLimit(min)} 到 ${formatBytesLimit(max)} 之间`;
  return null;
}

export function checkWatermarkText(enabled: boolean, text: string): string | null {
  const result = watermarkSchema.safeParse({ enabled, text });
  return result.success ? null : (result.error.issues[0]?.message ?? `${IMAGE_PROFILE_LABELS.watermarkText}无效`);
}

/** API error field (imageProfile.…) → the form field that shows it. */
export function formFieldOf(apiField: string | undefined): keyof SettingsFormValues | null {
  switch (apiField?.replace(/^imageProfile\./, '')) {
    case 'longEdge':
      return 'longEdge';
    case 'dpi':
      return 'dpi';
    case 'maxBytes':
      return 'maxSize';
    case 'minQuality':
      return 'minQuality';
    case 'watermark.enabled':
      return 'watermarkEnabled';
    case 'watermark.text':
    case 'watermark':
      return 'watermarkText';
    default:
      return null;
  }
}
