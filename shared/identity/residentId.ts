/** 居民身份证号码 (GB 11643-1999), 18 characters. See docs/ID-FORMATS.md. */
import { checkBirthDate } from './calendarDate';
import { mod11_2CheckChar } from './mod11';
import { badCharMessage, charLength, findBadChar, normalizeInput } from './normalize';
import type { ValidationResult } from './types';

/**
 * First two digits of the address code: the province-level divisions of GB/T 2260, plus 71 台湾, 81 香港, 82 澳门 and
 * 83 (830000, used by residence permits for Taiwan residents).
 */
export const PROVINCE_CODES: ReadonlySet<string> = new Set([
  '11', '12', '13', '14', '15',
  '21', '22', '23',
  '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46',
  '50', '51', '52', '53', '54',
  '61', '62', '63', '64', '65',
  '71', '81', '82', '83',
]);

export interface ResidentIdOptions {
  /** The date to treat as today, YYYY-MM-DD. Default: today in Asia/Shanghai. */
  today?: string;
}

export const FIRST_GENERATION_MESSAGE =
  '这是15位的第一代居民身份证号码：第一代居民身份证已于2013年1月1日停止使用，请填写18位的第二代居民身份证号码';

export function validateResidentId(value: string, opts: ResidentIdOptions = {}): ValidationResult {
  const v = normalizeInput(value).toUpperCase();
  if (v === '') return { ok: false, message: '请填写居民身份证号码' };

  const bad = findBadChar(v, /^[0-9X]$/);
  if (bad) return { ok: false, message: badCharMessage(bad, '：居民身份证号码只含数字，第18位可以是X') };

  if (/^\d{15}$/.test(v)) return { ok: false, message: FIRST_GENERATION_MESSAGE };
  const len = charLength(v);
  if (len !== 18) return { ok: false, message: `长度应为18位，实际为${len}位` };

  const x = v.indexOf('X');
  if (x !== -1 && x !== 17) return { ok: false, message: `第${x + 1}位不能是X：X只能出现在第18位（校验位）` };

  if (!PROVINCE_CODES.has(v.slice(0, 2))) {
    return { ok: false, message: `第1-2位「${v.slice(0, 2)}」不是有效的省级行政区划代码` };
  }

  const birth = checkBirthDate(v.slice(6, 14), { today: opts.today, from: 7, to: 14 });
  if (!birth.ok) return birth;

  const expected = mod11_2CheckChar(v.slice(0, 17));
  if (v[17] !== expected) return { ok: false, message: `校验位（第18位）应为${expected}，请核对号码是否有误` };

  return { ok: true, value: v };
}

export interface ResidentIdFacts {
  birthDate: string;
  sex: '男' | '女';
}

/** Birth date and sex derived from a validated, normalized 18-character number (never typed by users). */
export function residentIdFacts(normalized: string): ResidentIdFacts {
  if (!/^\d{17}[\dX]$/.test(normalized)) throw new RangeError('residentIdFacts expects a validated 18-character number');
  return {
    birthDate: `${normalized.slice(6, 10)}-${normalized.slice(10, 12)}-${normalized.slice(12, 14)}`,
    sex: Number(normalized[16]) % 2 === 1 ? '男' : '女',
  };
}
