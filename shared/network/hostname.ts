import type { ValidationResult } from '../identity/types';
import { normalizeInput } from '../identity/normalize';

/** A host name (RFC 1123): labels of letters, digits and hyphens, each 1–63 long, 253 in all. */
export function validateHostname(raw: string): ValidationResult {
  const value = normalizeInput(raw).toLowerCase().replace(/\.$/, '');
  if (value === '') return { ok: false, message: '请填写主机名' };
  if (value.length > 253) return { ok: false, message: '主机名不能超过253个字符' };
  for (const label of value.split('.')) {
    if (label.length === 0) return { ok: false, message: '主机名中不能有连续的点' };
    if (label.length > 63) return { ok: false, message: '主机名的每一段不能超过63个字符' };
    if (!/^[a-z0-9-]+$/.test(label)) {
      const bad = [...label].find((c) => !/[a-z0-9-]/.test(c));
      return { ok: false, message: `主机名只能包含字母、数字和连字符，不能含「${bad}」` };
    }
    if (label.startsWith('-') || label.endsWith('-')) return { ok: false, message: '主机名的每一段不能以连字符开头或结尾' };
  }
  return { ok: true, value };
}
