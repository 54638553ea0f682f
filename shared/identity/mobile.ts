/** 手机号码 (mainland China mobile). See docs/ID-FORMATS.md. */
import { badCharMessage, findBadChar, normalizeInput } from './normalize';
import type { ValidationResult } from './types';

/** Dashes people type between digit groups: ASCII, full-width, hyphen, en and em dashes, minus sign. */
export const DASHES = /[-－‐‑‒–—―−]/gu;

const MOBILE = /^1[3-9]\d{9}$/;

/**
 * Removes a +86 / 0086 / 86 country prefix when what remains is 11 digits. `digits` is already free of spaces and
 * dashes; a leading '+' is kept when the prefix is not +86, so the caller can say the number is not a mainland one.
 */
export function stripChinaPrefix(digits: string): string {
  for (const prefix of ['+86', '0086', '86']) {
    if (digits.startsWith(prefix) && digits.length - prefix.length === 11) return digits.slice(prefix.length);
  }
  return digits;
}

/** The mainland mobile number cleaned of spaces, dashes and a China prefix (not yet validated). */
export function cleanMobile(value: string): string {
  return stripChinaPrefix(normalizeInput(value).replace(DASHES, '').replace(/^＋/u, '+'));
}

export function isMobileNumber(normalized: string): boolean {
  return MOBILE.test(normalized);
}

export function validateMobile(value: string): ValidationResult {
  const v = cleanMobile(value);
  if (v === '') return { ok: false, message: '请填写手机号码' };
  if (v.startsWith('+')) {
    if (v.startsWith('+86')) return { ok: false, message: `+86之后应为11位手机号码，实际为${v.length - 3}位` };
    return { ok: false, message: '只支持中国大陆手机号码（+86）；港澳台及境外号码请填在备注中' };
  }
  if (v.startsWith('0086')) return { ok: false, message: `0086之后应为11位手机号码，实际为${v.length - 4}位` };
  const bad = findBadChar(v, /^\d$/);
  if (bad) return { ok: false, message: badCharMessage(bad, '：手机号码只含数字') };
  if (v.startsWith('0')) return { ok: false, message: '这像是固定电话号码：手机号码是以1开头的11位数字' };
  if (v.length !== 11) return { ok: false, message: `手机号码应为11位数字，实际为${v.length}位` };
  if (v[0] !== '1') return { ok: false, message: '手机号码应以1开头' };
  if (!MOBILE.test(v)) return { ok: false, message: '手机号码第2位应为3-9' };
  return { ok: true, value: v };
}
