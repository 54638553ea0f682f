// The filing numbers of a hosted website: ICP备案号 (工业和信息化部, 《互联网信息服务管理办法》) and
// 公安联网备案号 (公安部令第33号 第十二条), e.g. 闽ICP备12345678号-1 and 闽公网安备35020302000123号.
import type { ValidationResult } from '../identity/types';
import { describeChar, normalizeInput } from '../identity/normalize';

/** 省份简称 with the first two digits of the province's administrative division code (GB/T 2260). */
export const PROVINCE_CODES: Readonly<Record<string, string>> = {
  京: '11', 津: '12', 冀: '13', 晋: '14', 蒙: '15',
  辽: '21', 吉: '22', 黑: '23',
  沪: '31', 苏: '32', 浙: '33', 皖: '34', 闽: '35', 赣: '36', 鲁: '37',
  豫: '41', 鄂: '42', 湘: '43', 粤: '44', 桂: '45', 琼: '46',
  渝: '50', 川: '51', 贵: '52', 云: '53', 藏: '54',
  陕: '61', 甘: '62', 青: '63', 宁: '64', 新: '65',
};
export const PROVINCE_ABBREVIATIONS = Object.keys(PROVINCE_CODES);

const tidy = (raw: string) =>
  normalizeInput(raw)
    .replace(/[－—–﹣]/g, '-')
    .replace(/icp/gi, 'ICP');

function provinceProblem(value: string): string | null {
  const first = [...value][0] ?? '';
  if (PROVINCE_CODES[first]) return null;
  return `应以省份简称开头（如 闽、京、粤），「${describeChar(first)}」不是省份简称`;
}

const ICP_EXAMPLE = '格式如 闽ICP备12345678号-1 或 京ICP证030173号';

/** ICP备案号: 省份简称 + ICP备 or ICP证 + 4–12 digits + 号, optionally -n (the site's number under the filing). */
export function validateIcpNumber(raw: string): ValidationResult {
  const value = tidy(raw);
  if (value === '') return { ok: false, message: '请填写ICP备案号' };
  const province = provinceProblem(value);
  if (province) return { ok: false, message: `ICP备案号${province}；${ICP_EXAMPLE}` };
  const rest = value.slice(1);
  const m = /^ICP(备|证)(.*?)号(.*)$/.exec(rest);
  if (!m) return { ok: false, message: `ICP备案号应为 省份简称 + “ICP备”或“ICP证” + 数字 + “号”；${ICP_EXAMPLE}` };
  const [, , digits, tail] = m as unknown as [string, string, string, string];
  if (!/^\d+$/.test(digits)) {
    const bad = [...digits].find((c) => !/\d/.test(c));
    return { ok: false, message: digits === '' ? `ICP备案号缺少编号数字；${ICP_EXAMPLE}` : `ICP备案号的编号只能是数字，含有「${describeChar(bad ?? '')}」` };
  }
  if (digits.length < 4 || digits.length > 12) return { ok: false, message: `ICP备案号的编号应为4–12位数字，现在是${digits.length}位` };
  if (tail !== '' && !/^-\d{1,4}$/.test(tail)) return { ok: false, message: `ICP备案号“号”之后只能是“-”加网站序号（如 -1），现在是「${tail}」` };
  return { ok: true, value };
}

const PSB_EXAMPLE = '格式如 闽公网安备35020302000123号';

/**
 * 公安联网备案号: 省份简称 + 公网安备 + 14 digits + 号. The 14 digits begin with the filing police office's
 * administrative division code, whose first two digits name the same province as the abbreviation.
 */
export function validatePsbNumber(raw: string): ValidationResult {
  const value = tidy(raw);
  if (value === '') return { ok: false, message: '请填写公安联网备案号' };
  const province = provinceProblem(value);
  if (province) return { ok: false, message: `公安联网备案号${province}；${PSB_EXAMPLE}` };
  const m = /^公网安备(.*?)号$/.exec(value.slice(1));
  if (!m) return { ok: false, message: `公安联网备案号应为 省份简称 + “公网安备” + 14位数字 + “号”；${PSB_EXAMPLE}` };
  const digits = m[1]!;
  if (!/^\d*$/.test(digits)) {
    const bad = [...digits].find((c) => !/\d/.test(c));
    return { ok: false, message: `公安联网备案号的编号只能是数字，含有「${describeChar(bad ?? '')}」` };
  }
  if (digits.length !== 14) return { ok: false, message: `公安联网备案号的编号应为14位数字，现在是${digits.length}位` };
  const abbr = [...value][0]!;
  if (digits.slice(0, 2) !== PROVINCE_CODES[abbr]) {
    return { ok: false, message: `公安联网备案号的编号以${digits.slice(0, 2)}开头，与省份简称「${abbr}」（${PROVINCE_CODES[abbr]}）不符` };
  }
  return { ok: true, value };
}
