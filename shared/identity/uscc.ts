/** 统一社会信用代码 (GB 32100-2015), 18 characters. See docs/ID-FORMATS.md. */
import { badCharMessage, charLength, findBadChar, normalizeInput } from './normalize';
import type { ValidationResult } from './types';

/** The code's 31-character alphabet; a character's value is its index here. No I, O, S, V, Z. */
export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
export const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
/** GB 11714 organisation code weights over its first 8 characters. */
export const ORG_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;

/** What each never-used letter is usually a slip for. */
const EXCLUDED_LETTER_HINTS: Record<string, string> = {
  I: '（是否应为数字1？）',
  O: '（是否应为数字0？）',
  S: '（是否应为数字5？）',
  V: '（是否应为字母U？）',
  Z: '（是否应为数字2？）',
};

/** Check character (position 18) for the first 17 characters, which must be in USCC_ALPHABET. */
export function usccCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const n = USCC_ALPHABET.indexOf(first17[i] ?? '');
    if (n < 0) throw new RangeError('usccCheckChar expects 17 characters of the code alphabet');
    sum += n * USCC_WEIGHTS[i]!;
  }
  return USCC_ALPHABET[(31 - (sum % 31)) % 31]!;
}

/** GB 11714 check character for the organisation code's first 8 characters (digits and A–Z, A=10 … Z=35). */
export function orgCodeCheckChar(first8: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const n = parseInt(first8[i] ?? '', 36);
    if (Number.isNaN(n)) throw new RangeError('orgCodeCheckChar expects 8 digits or letters');
    sum += n * ORG_CODE_WEIGHTS[i]!;
  }
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

export function validateUscc(value: string): ValidationResult {
  const v = normalizeInput(value).toUpperCase();
  if (v === '') return { ok: false, message: '请填写统一社会信用代码' };

  const bad = findBadChar(v, /^[0-9A-Z]$/);
  if (bad) return { ok: false, message: badCharMessage(bad, '：统一社会信用代码只含数字和大写字母') };
  const excluded = findBadChar(v, /^[0-9ABCDEFGHJKLMNPQRTUWXY]$/);
  if (excluded) {
    return {
      ok: false,
      message: badCharMessage(excluded, `：统一社会信用代码从不使用字母I、O、S、V、Z${EXCLUDED_LETTER_HINTS[excluded.ch] ?? ''}`),
    };
  }

  const len = charLength(v);
  if (len !== 18) return { ok: false, message: `长度应为18位，实际为${len}位` };

  // The embedded organisation code first: a slip in positions 9–16 breaks both checks, and this message points
  // at the right part of the code.
  const orgExpected = orgCodeCheckChar(v.slice(8, 16));
  if (v[16] !== orgExpected) {
    return {
      ok: false,
      message: `第9-17位组织机构代码（GB 11714）校验不通过：按第9-16位，第17位应为${orgExpected}，请核对第9-17位`,
    };
  }

  const expected = usccCheckChar(v.slice(0, 17));
  if (v[17] !== expected) return { ok: false, message: `校验位（第18位）应为${expected}，请核对代码是否有误` };

  return { ok: true, value: v };
}
