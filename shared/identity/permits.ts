/** 港澳居民来往内地通行证 (回乡证) and 台湾居民来往大陆通行证 (台胞证). See docs/ID-FORMATS.md. */
import { badCharMessage, charLength, describeChar, findBadChar, normalizeInput } from './normalize';
import type { ValidationResult } from './types';

/**
 * 回乡证: H (Hong Kong) or M (Macau) + 8 digits (cards since 2013), or the 1999 form H/M + 10 digits (8 for life + 2
 * counting renewals). Both accepted; the letter is upper-cased.
 */
export function validateHkMacauPermit(value: string): ValidationResult {
  const v = normalizeInput(value).toUpperCase();
  if (v === '') return { ok: false, message: '请填写港澳居民来往内地通行证号码' };

  const first = Array.from(v)[0]!;
  if (/^(\d{8}|\d{10})$/.test(v)) return { ok: false, message: '号码开头缺少字母H（香港居民）或M（澳门居民）' };
  if (first !== 'H' && first !== 'M') {
    return { ok: false, message: `第1位应为字母H（香港居民）或M（澳门居民），实际为「${describeChar(first)}」` };
  }
  const bad = findBadChar(v.slice(1), /^\d$/);
  if (bad) return { ok: false, message: badCharMessage({ ...bad, position: bad.position + 1 }, '：H或M之后应全为数字') };

  const len = charLength(v);
  if (len !== 9 && len !== 11) {
    return { ok: false, message: `长度应为9位（H或M加8位数字），旧版为11位（H或M加10位数字），实际为${len}位` };
  }
  return { ok: true, value: v };
}

/**
 * The part of a 回乡证 number that stays with the holder across renewals: the letter and the first 8 digits.
 * Two records with the same key are the same person.
 */
export function hkMacauPermitHolderKey(normalized: string): string {
  return normalizeInput(normalized).toUpperCase().slice(0, 9);
}

const OLD_TAIWAN_FORM = /^(\d{10})(?:[(（]([0-9A-Z])[)）])?$/;

/**
 * 台胞证: 8 digits (cards since 2015; a lifetime number since 2008). The old booklet number — the 8-digit lifetime
 * number, 2 digits counting issues, and sometimes the issuing office's code in brackets, e.g. 0561682001(D) — is
 * accepted with a warning, normalized to ASCII brackets.
 */
export function validateTaiwanPermit(value: string): ValidationResult {
  const v = normalizeInput(value).toUpperCase();
  if (v === '') return { ok: false, message: '请填写台湾居民来往大陆通行证号码' };

  if (/^\d{8}$/.test(v)) return { ok: true, value: v };
  const old = OLD_TAIWAN_FORM.exec(v);
  if (old) {
    return {
      ok: true,
      value: old[2] ? `${old[1]}(${old[2]})` : old[1]!,
      warning: '这是旧版台胞证的10位号码；2015年起台胞证换发为8位号码的卡式证件，旧证可能已被替换，请核对现用证件上的号码',
    };
  }

  const bad = findBadChar(v, /^\d$/);
  if (bad && !/^\d{10}[(（]/.test(v)) return { ok: false, message: badCharMessage(bad, '：台胞证号码应为8位数字') };
  if (bad) return { ok: false, message: '旧版台胞证号码括号内应为1个字母或数字（签发机关代码），例如 (B)' };
  return { ok: false, message: `长度应为8位，实际为${charLength(v)}位` };
}

/** The Taiwan resident's lifetime number (first 8 digits), the same on old booklets and new cards. */
export function taiwanPermitHolderKey(normalized: string): string {
  return normalizeInput(normalized).slice(0, 8);
}
