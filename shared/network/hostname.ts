import type { ValidationResult } from '../identity/types';
import { describeChar, normalizeInput } from '../identity/normalize';
import { parseIpv4 } from './ip';

/**
 * A host name (RFC 1123): labels of letters, digits and hyphens, each 1–63 long, 253 in all; stored in
 * lower case without a trailing dot. An internationalised name must be typed in its Punycode form (xn--…).
 */
export function validateHostname(raw: string): ValidationResult {
  const value = normalizeInput(raw).replace(/[。．]/g, '.').toLowerCase().replace(/\.$/, '');
  if (value === '') return { ok: false, message: '请填写主机名' };
  if (value.length > 253) return { ok: false, message: '主机名不能超过253个字符' };
  if (parseIpv4(value)) return { ok: false, message: '这是IP地址，请填写在“IP地址”中；主机名如 web01.example.com' };
  if (value.startsWith('.')) return { ok: false, message: '主机名不能以点开头' };
  for (const label of value.split('.')) {
    if (label.length === 0) return { ok: false, message: '主机名中不能有连续的点' };
    if (label.length > 63) return { ok: false, message: '主机名的每一段不能超过63个字符' };
    const bad = [...label].find((c) => !/[a-z0-9-]/.test(c));
    if (bad !== undefined) {
      const hint = /[^\x00-\x7f]/.test(bad) ? '（中文域名请填写其 Punycode 形式，如 xn--…）' : '';
      return { ok: false, message: `主机名只能包含字母、数字和连字符，不能含「${describeChar(bad)}」${hint}` };
    }
    if (label.startsWith('-') || label.endsWith('-')) return { ok: false, message: '主机名的每一段不能以连字符开头或结尾' };
  }
  return { ok: true, value };
}
