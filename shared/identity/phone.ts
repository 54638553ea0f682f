/**
 * 联系电话 fields (docs/ID-FORMATS.md: "accept landlines where a field says 电话, not 手机"): a mainland mobile number, a
 * landline with its area code, or a 400/800 service number.
 *
 * Normalized forms: mobile `13800138000`; landline `0592-5551234` or `0592-5551234-802` (AREA-NUMBER[-EXT]);
 * service `400-123-4567` (an extension, if given, as a fourth group).
 */
import { badCharMessage, findBadChar, normalizeInput } from './normalize';
import { DASHES, isMobileNumber, validateMobile } from './mobile';
import type { ValidationResult } from './types';

const EXTENSION_SEPARATOR = /转|分机|EXT\.?|#/iu;
/** 010, 020–029, or 0 + three digits starting 3–9. */
const AREA_CODE = /^0(?:10|2\d|[3-9]\d{2})$/;
const LOCAL_NUMBER = /^[1-9]\d{6,7}$/;
const EXTENSION = /^\d{1,6}$/;
const EXAMPLE = '例如 0592-5551234、010-12345678-802、13800138000 或 400-123-4567';

export function validatePhone(value: string): ValidationResult {
  let s = normalizeInput(value)
    .replace(/＋/gu, '+')
    .replace(/[（]/gu, '(')
    .replace(/[）]/gu, ')')
    .replace(DASHES, '-');
  if (s === '') return { ok: false, message: '请填写联系电话' };

  // Extension written with 转 / 分机 / ext / #.
  let ext: string | undefined;
  const extParts = s.split(EXTENSION_SEPARATOR);
  if (extParts.length > 2) return { ok: false, message: '只能有一个分机号' };
  if (extParts.length === 2) {
    s = extParts[0]!.replace(/-+$/u, '');
    ext = extParts[1]!.replace(/^-+/u, '');
  }

  // Country prefix: +86 / 0086, then the number without the area code's leading 0 (international style).
  let international = false;
  const intl = /^(?:\+86|0086)-?(?:\(0\))?-?/u.exec(s);
  if (intl) {
    s = s.slice(intl[0].length);
    international = true;
  } else if (s.startsWith('+')) {
    return { ok: false, message: '只支持中国大陆电话号码（+86）' };
  }
  // (0592)5551234 → 0592-5551234
  s = s.replace(/^\((\d{2,4})\)-?/u, '$1-');

  const bad = findBadChar(s, /^[\d-]$/);
  if (bad) return { ok: false, message: badCharMessage(bad, `：${EXAMPLE}`) };
  if (ext !== undefined && !EXTENSION.test(ext)) return { ok: false, message: '分机号应为1-6位数字' };

  const groups = s.split('-').filter((g) => g !== '');
  let digits = groups.join('');
  if (digits === '') return { ok: false, message: `请填写联系电话，${EXAMPLE}` };

  // Mobile (a bare 86 prefix is stripped when 11 digits remain).
  if (!international && digits.length === 13 && digits.startsWith('86') && isMobileNumber(digits.slice(2))) {
    digits = digits.slice(2);
  }
  // (Internationally, Beijing is +86-10-…, which is not a mobile: mobiles are 1 then 3–9.)
  if (digits.startsWith('1') && !(international && !/^1[3-9]/.test(digits))) {
    if (ext !== undefined) return { ok: false, message: '手机号码没有分机号' };
    return validateMobile(digits);
  }

  // 400 / 800 service numbers.
  if (!international && /^[48]00/.test(digits)) {
    if (groups.length > 1 && digits.length > 10 && ext === undefined) {
      // 400-123-4567-8: trailing group is an extension.
      const last = groups[groups.length - 1]!;
      if (digits.length - last.length === 10) {
        ext = last;
        digits = digits.slice(0, 10);
        if (!EXTENSION.test(ext)) return { ok: false, message: '分机号应为1-6位数字' };
      }
    }
    if (digits.length !== 10) return { ok: false, message: `${digits.slice(0, 3)}服务电话应为10位数字，实际为${digits.length}位` };
    return { ok: true, value: `${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6)}${ext ? `-${ext}` : ''}` };
  }

  // Landline.
  if (international && !digits.startsWith('0')) {
    groups[0] = `0${groups[0]}`;
    digits = `0${digits}`;
  }
  if (!digits.startsWith('0')) return { ok: false, message: `固定电话应带区号（以0开头），${EXAMPLE}` };

  let area: string;
  let number: string;
  if (groups.length === 1) {
    area = /^0(?:10|2\d)/.test(digits) ? digits.slice(0, 3) : digits.slice(0, 4);
    number = digits.slice(area.length);
    if (number.length > 8) {
      return { ok: false, message: '号码过长：如有分机号，请用“-”或“转”与号码分开，例如 0592-5551234-802' };
    }
  } else {
    area = groups[0]!;
    // Numbers written in groups (010-6552-9988): join groups until the local number has 7 digits.
    let i = 1;
    number = groups[i++]!;
    while (number.length < 7 && i < groups.length) number += groups[i++]!;
    const rest = groups.slice(i);
    if (rest.length > 1 || (rest.length === 1 && ext !== undefined)) {
      return { ok: false, message: '格式应为 区号-号码-分机号，例如 0592-5551234-802' };
    }
    if (rest.length === 1) {
      ext = rest[0]!;
      if (!EXTENSION.test(ext)) return { ok: false, message: '分机号应为1-6位数字' };
    }
  }

  if (!AREA_CODE.test(area)) {
    return { ok: false, message: `区号「${area}」无效：区号为010、020-029，或0加三位数字（如0592）` };
  }
  if (!/^\d{7,8}$/.test(number)) {
    return { ok: false, message: `区号之后的电话号码应为7-8位数字，实际为${number.length}位` };
  }
  if (!LOCAL_NUMBER.test(number)) return { ok: false, message: '区号之后的电话号码不能以0开头' };

  return { ok: true, value: `${area}-${number}${ext ? `-${ext}` : ''}` };
}
