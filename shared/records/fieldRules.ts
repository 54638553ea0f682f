import { z } from 'zod';
import type { ValidationResult } from '../identity/types';

/**
 * A string field checked by one of the shared validators: the value is normalized on the way in
 * (full-width digits, spaces, lower case) and a failure carries the validator's own Chinese message.
 */
export function validatedString(validate: (value: string) => ValidationResult, opts: { optional?: boolean } = {}) {
  return z.string().transform((raw, ctx) => {
    if (opts.optional && raw.trim() === '') return '';
    const result = validate(raw);
    if (!result.ok) {
      ctx.addIssue({ code: 'custom', message: result.message });
      return z.NEVER;
    }
    return result.value;
  });
}

export const requiredText = (label: string, max = 200) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, `请填写${label}`)
    .max(max, `${label}不能超过${max}个字`);

export const optionalText = (label: string, max = 500) =>
  z.string().trim().max(max, `${label}不能超过${max}个字`).default('');

export const optionalEmail = z
  .string()
  .trim()
  .default('')
  .refine((v) => v === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), '电子邮箱格式不正确，例如 name@example.com');
