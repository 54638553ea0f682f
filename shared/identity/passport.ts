/** 护照号码. See docs/ID-FORMATS.md. */
import { badCharMessage, charLength, findBadChar, normalizeInput } from './normalize';
import type { ValidationResult } from './types';

export interface PassportOptions {
  /**
   * Issuing country as recorded beside the number (ISO 3166-1 alpha-3, e.g. 'CHN', 'USA'). 'CHN' (also 'CN' or
   * '中国') selects the Chinese formats only; any other country the general foreign format.
   */
  country?: string;
}

/** Chinese passports: ordinary E + 8 digits, E + letter (not I/O) + 7 digits, older G + 8; official/diplomatic P/S/D + 7–8. */
const CHINESE_FORMS = [/^E\d{8}$/, /^E[A-HJ-NP-Z]\d{7}$/, /^G\d{8}$/, /^[PSD]\d{7,8}$/];
/** Foreign passports: 5–17 letters and digits. */
const FOREIGN_FORM = /^[A-Z0-9]{5,17}$/;

export const CHINESE_PASSPORT_FORMS_TEXT =
  'E加8位数字、E加1个字母（不含I、O）和7位数字、G加8位数字，或公务/外交护照P、S、D加7-8位数字';

export function isChinesePassportNumber(normalized: string): boolean {
  return CHINESE_FORMS.some((re) => re.test(normalized));
}

function isChina(country: string | undefined): boolean | undefined {
  if (country === undefined) return undefined;
  const c = country.trim().toUpperCase();
  if (c === '') return undefined;
  return c === 'CHN' || c === 'CN' || c === '中国';
}

/**
 * Decision (docs/ID-FORMATS.md leaves it open): without a country, a number in one of the Chinese forms is accepted, and
 * anything else is judged by the general foreign form (5–17 letters and digits) — we cannot tell a foreign passport
 * from a mistyped Chinese one without the country, and the Chinese forms all fit inside the general one, so the
 * result is the general rule. With country 'CHN' only the Chinese forms pass; with another country only the general
 * form applies.
 */
export function validatePassport(value: string, opts: PassportOptions = {}): ValidationResult {
  const v = normalizeInput(value).toUpperCase();
  if (v === '') return { ok: false, message: '请填写护照号码' };

  const bad = findBadChar(v, /^[A-Z0-9]$/);
  if (bad) return { ok: false, message: badCharMessage(bad, '：护照号码只含字母和数字') };

  const china = isChina(opts.country);
  if (china === true) {
    if (isChinesePassportNumber(v)) return { ok: true, value: v };
    return { ok: false, message: chineseProblem(v) };
  }

  if (FOREIGN_FORM.test(v)) return { ok: true, value: v };
  const len = charLength(v);
  return { ok: false, message: `护照号码应为5-17位字母或数字，实际为${len}位` };
}

function chineseProblem(v: string): string {
  const len = charLength(v);
  const first = v[0]!;
  if (!'EGPSD'.includes(first)) return `中国护照号码第1位应为E、G、P、S或D；格式应为${CHINESE_PASSPORT_FORMS_TEXT}`;
  if (first === 'E' && (v[1] === 'I' || v[1] === 'O')) return '中国护照号码第2位不能是字母I或O';
  if (first === 'E' || first === 'G') {
    if (len !== 9) return `长度应为9位，实际为${len}位（${first}开头的中国护照号码共9位）`;
    const bad = findBadChar(v.slice(first === 'E' ? 2 : 1), /^\d$/);
    if (bad) return `第${bad.position + (first === 'E' ? 2 : 1)}位应为数字`;
  }
  if (len < 8 || len > 9) return `长度应为8-9位（${first}加7-8位数字），实际为${len}位`;
  const bad = findBadChar(v.slice(1), /^\d$/);
  if (bad) return `第${bad.position + 1}位应为数字`;
  return `中国护照号码格式应为${CHINESE_PASSPORT_FORMS_TEXT}`;
}
