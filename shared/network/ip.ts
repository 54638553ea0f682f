import type { ValidationResult } from '../identity/types';
import { normalizeInput } from '../identity/normalize';

/** Dotted-quad IPv4: four decimal numbers 0–255, no leading zeros (010 is ambiguous: octal to some tools). */
export function parseIpv4(text: string): number[] | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  const nums: number[] = [];
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p) || (p.length > 1 && p.startsWith('0'))) return null;
    const n = Number(p);
    if (n > 255) return null;
    nums.push(n);
  }
  return nums;
}

/** IPv6 (RFC 4291 text forms, including :: and a trailing IPv4) to eight 16-bit groups. */
export function parseIpv6(text: string): number[] | null {
  if (!/^[0-9a-fA-F:.]+$/.test(text)) return null;
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const toGroups = (part: string): number[] | null => {
    if (part === '') return [];
    const groups: number[] = [];
    const pieces = part.split(':');
    for (let i = 0; i < pieces.length; i++) {
      const piece = pieces[i]!;
      if (i === pieces.length - 1 && piece.includes('.')) {
        const v4 = parseIpv4(piece);
        if (!v4) return null;
        groups.push((v4[0]! << 8) | v4[1]!, (v4[2]! << 8) | v4[3]!);
      } else {
        if (!/^[0-9a-fA-F]{1,4}$/.test(piece)) return null;
        groups.push(parseInt(piece, 16));
      }
    }
    return groups;
  };
  const head = toGroups(halves[0]!);
  const tail = halves.length === 2 ? toGroups(halves[1]!) : [];
  if (!head || !tail) return null;
  if (halves.length === 1) return head.length === 8 ? head : null;
  const missing = 8 - head.length - tail.length;
  if (missing < 1) return null;
  return [...head, ...new Array<number>(missing).fill(0), ...tail];
}

/** RFC 5952 canonical text: lower case, longest run of zero groups (≥ 2) compressed. */
export function formatIpv6(groups: readonly number[]): string {
  let bestStart = -1;
  let bestLen = 0;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen && j - i >= 2) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart < 0) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLen).join(':')}`;
}

/** An IPv4 or IPv6 address of a server; returns the canonical text. */
export function validateIpAddress(raw: string): ValidationResult {
  const value = normalizeInput(raw).replace(/。/g, '.').replace(/：/g, ':');
  if (value === '') return { ok: false, message: '请填写IP地址' };
  if (value.includes('/')) return { ok: false, message: `请填写单个地址，不要带网段前缀长度（${value}）` };
  if (value.includes(':')) {
    const groups = parseIpv6(value);
    if (!groups) return { ok: false, message: `不是有效的IPv6地址：${value}` };
    return { ok: true, value: formatIpv6(groups) };
  }
  const v4 = parseIpv4(value);
  if (!v4) {
    if (/^[\d.]+$/.test(value)) return { ok: false, message: `不是有效的IPv4地址：${value}（应为四段 0–255 的数字，如 192.0.2.10）` };
    return { ok: false, message: `不是有效的IP地址：${value}` };
  }
  return { ok: true, value: v4.join('.') };
}
