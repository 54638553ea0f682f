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

/**
 * Characters that make text show something other than what it holds: C0/C1 controls and NUL (a
 * multi-line field keeps tab and line breaks), lone UTF-16 surrogates, and the bidirectional overrides and
 * isolates U+202A–U+202E, U+2066–U+2069 that can reverse a name or an asset number in a PDF or a register.
 */
const DECEPTIVE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const DECEPTIVE_MULTILINE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Why a text is refused, or null: the first deceptive character, named by what it is. */
export function deceptiveText(value: string, multiline = false): string | null {
  const found = (multiline ? DECEPTIVE_MULTILINE : DECEPTIVE).exec(value);
  if (!found) return null;
  const ch = found[0];
  const code = ch.charCodeAt(0);
  if (code >= 0xd800 && code <= 0xdfff) return '含有无法显示的字符（不成对的代理项）';
  if ((code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)) return '含有改变文字方向的控制字符，会使显示的内容与实际不同';
  return `含有控制字符（U+${code.toString(16).toUpperCase().padStart(4, '0')}）`;
}

/** Refuses deceptive characters (deceptiveText) with a message naming the field. */
export const plainText = (label: string, opts: { multiline?: boolean } = {}) => (value: string, ctx: z.RefinementCtx) => {
  const why = deceptiveText(value, opts.multiline);
  if (why) ctx.addIssue({ code: 'custom', message: `${label}${why}，请删除后重新输入` });
};

/** "请填写X" only when the field is absent; a value of the wrong type says so. */
export const missingOr = (label: string, verb = '请填写', expected = '文字') => (issue: { input?: unknown }) =>
  issue.input === undefined ? `${verb}${label}` : `${label}应为${expected}`;

export const requiredText = (label: string, max = 200) =>
  z
    .string({ error: missingOr(label) })
    .trim()
    .min(1, `请填写${label}`)
    .max(max, `${label}不能超过${max}个字`)
    .superRefine(plainText(label, { multiline: max > 200 }));

export const optionalText = (label: string, max = 500) =>
  z
    .string({ error: missingOr(label) })
    .trim()
    .max(max, `${label}不能超过${max}个字`)
    .superRefine(plainText(label, { multiline: max > 200 }))
    .default('');

export const optionalEmail = z
  .string()
  .trim()
  .default('')
  .refine((v) => v === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), '电子邮箱格式不正确，例如 name@example.com');
