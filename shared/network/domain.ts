import { toASCII, toUnicode } from 'punycode/';
import type { ValidationResult } from '../identity/types';
import { describeChar, normalizeInput } from '../identity/normalize';
import { parseIpv4 } from './ip';

/**
 * A bound domain name (绑定域名). Internationalised names (中文域名, e.g. 厦门.中国) are accepted as typed and
 * stored in their ASCII (Punycode) form, lower case, without a trailing dot; `domainToUnicode` shows them
 * again as people wrote them. Full-width dots and letters are folded first (NFKC).
 */
export function validateDomain(raw: string): ValidationResult {
  const folded = normalizeInput(raw).normalize('NFKC').replace(/[。．｡]/gu, '.').toLowerCase().replace(/\.$/, '');
  const typed = folded.replace(/^https?:\/\//, '').replace(/\/.*$/, '');
  if (typed === '') return { ok: false, message: '请填写域名' };
  if (typed !== folded) return { ok: false, message: `域名只填写名称本身，不含 http:// 或路径，例如 ${typed}` };
  if (parseIpv4(typed) || typed.includes(':')) return { ok: false, message: '这是IP地址，不是域名；域名如 example.com 或 厦门.中国' };
  if (typed.startsWith('*.')) return { ok: false, message: '请填写具体的域名，不能使用通配符 *' };
  let ascii: string;
  try {
    ascii = toASCII(typed);
  } catch {
    return { ok: false, message: '域名无法转换为 Punycode，请检查是否有多余的符号' };
  }
  if (ascii.length > 253) return { ok: false, message: '域名不能超过253个字符' };
  const labels = ascii.split('.');
  if (labels.length < 2) return { ok: false, message: '域名至少要有两段，例如 example.com' };
  for (const label of labels) {
    if (label.length === 0) return { ok: false, message: '域名中不能有连续的点' };
    if (label.length > 63) return { ok: false, message: '域名的每一段不能超过63个字符' };
    const bad = [...label].find((c) => !/[a-z0-9-]/.test(c));
    if (bad !== undefined) return { ok: false, message: `域名不能含「${describeChar(bad)}」` };
    if (label.startsWith('-') || label.endsWith('-')) return { ok: false, message: '域名的每一段不能以连字符开头或结尾' };
  }
  const tld = labels[labels.length - 1]!;
  if (/^\d+$/.test(tld)) return { ok: false, message: '域名的最后一段（顶级域）不能全是数字' };
  if (ascii.split('.').some((l) => l.startsWith('xn--') && !safeUnicode(l))) {
    return { ok: false, message: '域名中有无效的 Punycode 段（xn--…）' };
  }
  return { ok: true, value: ascii };
}

function safeUnicode(label: string): boolean {
  try {
    return toUnicode(label) !== '';
  } catch {
    return false;
  }
}

/** The stored ASCII form shown as people write it: xn--fiqs8s → 中国. Unconvertible input comes back unchanged. */
export function domainToUnicode(ascii: string): string {
  try {
    return toUnicode(ascii);
  } catch {
    return ascii;
  }
}
