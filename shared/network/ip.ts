import type { ValidationResult } from '../identity/types';
import { describeChar, normalizeInput } from '../identity/normalize';

type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

/**
 * Dotted-quad IPv4, with the reason when it is not one: four decimal numbers 0–255, no leading zeros
 * (010 is ambiguous: octal to some tools, decimal to others).
 */
export function checkIpv4(text: string): Parsed<number[]> {
  const parts = text.split('.');
  if (parts.length !== 4) return { ok: false, reason: `应为四段 0–255 的数字，用点分隔（如 192.0.2.10），现在是${parts.length}段` };
  const nums: number[] = [];
  for (let i = 0; i < 4; i++) {
    const p = parts[i]!;
    const seg = `第${i + 1}段`;
    if (p === '') return { ok: false, reason: `${seg}是空的` };
    const bad = [...p].find((c) => c < '0' || c > '9');
    if (bad !== undefined) return { ok: false, reason: `${seg}含有不允许的字符「${describeChar(bad)}」` };
    if (p.length > 1 && p.startsWith('0')) return { ok: false, reason: `${seg}「${p}」不能以0开头` };
    const n = p.length > 3 ? Infinity : Number(p);
    if (n > 255) return { ok: false, reason: `${seg}「${p}」超出 0–255` };
    nums.push(n);
  }
  return { ok: true, value: nums };
}

export function parseIpv4(text: string): number[] | null {
  const r = checkIpv4(text);
  return r.ok ? r.value : null;
}

/**
 * IPv6 (RFC 4291 text forms: full, :: compressed, and a dotted IPv4 in the last 32 bits) to eight
 * 16-bit groups, with the reason when it is not one. Zone ids (fe80::1%eth0) are refused by the caller.
 */
export function checkIpv6(text: string): Parsed<number[]> {
  const bad = [...text].find((c) => !/[0-9a-fA-F:.]/.test(c));
  if (bad !== undefined) return { ok: false, reason: `含有不允许的字符「${describeChar(bad)}」` };
  const halves = text.split('::');
  if (halves.length > 2) return { ok: false, reason: '“::”只能出现一次' };
  const compressed = halves.length === 2;
  const lastHalf = halves.length - 1;
  const groups: number[][] = [];
  for (let h = 0; h < halves.length; h++) {
    const part = halves[h]!;
    const out: number[] = [];
    if (part !== '') {
      const pieces = part.split(':');
      for (let i = 0; i < pieces.length; i++) {
        const piece = pieces[i]!;
        // A dotted IPv4 is allowed only as the very end of the address.
        if (piece.includes('.')) {
          if (h !== lastHalf || i !== pieces.length - 1) return { ok: false, reason: '嵌入的IPv4地址只能写在最后' };
          const v4 = checkIpv4(piece);
          if (!v4.ok) return { ok: false, reason: `末尾的IPv4部分${v4.reason}` };
          const [a, b, c, d] = v4.value as [number, number, number, number];
          out.push((a << 8) | b, (c << 8) | d);
        } else if (piece === '') {
          return { ok: false, reason: '不能以单个冒号开头或结尾，也不能有空段' };
        } else if (piece.length > 4) {
          return { ok: false, reason: `每段最多4位十六进制数，「${piece}」太长` };
        } else {
          out.push(parseInt(piece, 16));
        }
      }
    }
    groups.push(out);
  }
  const head = groups[0]!;
  const tail = groups[1] ?? [];
  const count = head.length + tail.length;
  if (!compressed) {
    return count === 8 ? { ok: true, value: head } : { ok: false, reason: `应为8段（或用“::”省略连续的0），现在是${count}段` };
  }
  if (count > 7) return { ok: false, reason: '已有8段，不能再用“::”' };
  return { ok: true, value: [...head, ...new Array<number>(8 - count).fill(0), ...tail] };
}

export function parseIpv6(text: string): number[] | null {
  const r = checkIpv6(text);
  return r.ok ? r.value : null;
}

const isIpv4Mapped = (g: readonly number[]) => g.slice(0, 5).every((x) => x === 0) && g[5] === 0xffff;

/**
 * RFC 5952 canonical text: lower case, no leading zeros, the longest run (≥ 2) of zero groups
 * compressed (the first of equal runs), and IPv4-mapped addresses in mixed notation (::ffff:192.0.2.1, §5).
 */
export function formatIpv6(groups: readonly number[]): string {
  if (isIpv4Mapped(groups)) {
    return `::ffff:${[groups[6]! >> 8, groups[6]! & 0xff, groups[7]! >> 8, groups[7]! & 0xff].join('.')}`;
  }
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

/** Addresses that parse but can never be a server's own address. */
function ipv4Problem([a, b, c, d]: readonly number[]): string | null {
  if (a === 0) return '0.x.x.x（含 0.0.0.0）不是可用的主机地址';
  if (a === 127) return '127.x.x.x 是本机回环地址，不能作为服务器地址';
  if (a! >= 224 && a! <= 239) return '这是组播地址，不能作为服务器地址';
  if (a === 255 && b === 255 && c === 255 && d === 255) return '255.255.255.255 是广播地址，不能作为服务器地址';
  return null;
}

function ipv6Problem(g: readonly number[]): string | null {
  if (g.every((x) => x === 0)) return ':: 是未指定地址，不能作为服务器地址';
  if (g.slice(0, 7).every((x) => x === 0) && g[7] === 1) return '::1 是本机回环地址，不能作为服务器地址';
  if (g[0]! >> 8 === 0xff) return '这是组播地址（ff00::/8），不能作为服务器地址';
  if (isIpv4Mapped(g)) return ipv4Problem([g[6]! >> 8, g[6]! & 0xff, g[7]! >> 8, g[7]! & 0xff]);
  return null;
}

/**
 * An IPv4 or IPv6 address of a server; returns the canonical text (IPv6 per RFC 5952), or a message
 * that names the problem. Full-width digits, letters, dots and colons typed by a Chinese input method
 * are accepted. Decisions: zone ids (fe80::1%eth0) are refused — they only mean something on one
 * machine; prefixes (/24) are refused; unspecified, loopback, multicast and broadcast addresses are refused.
 */
export function validateIpAddress(raw: string): ValidationResult {
  const value = normalizeInput(raw).replace(/[。．]/g, '.').replace(/：/g, ':');
  if (value === '') return { ok: false, message: '请填写IP地址' };
  if (value.includes('/')) return { ok: false, message: `「${value}」带有网段前缀长度；请填写单个地址，不要带“/”及其后的数字` };
  if (value.includes('%')) return { ok: false, message: `「${value}」带有区域标识（%后的部分只在本机有效）；请填写不带“%”的地址` };
  if (value.includes(':')) {
    const v6 = checkIpv6(value);
    if (!v6.ok) return { ok: false, message: `「${value}」不是有效的IPv6地址：${v6.reason}` };
    const problem = ipv6Problem(v6.value);
    if (problem) return { ok: false, message: problem };
    return { ok: true, value: formatIpv6(v6.value) };
  }
  if (!/^[\d.]+$/.test(value) && !/^\d/.test(value)) {
    return { ok: false, message: `「${value}」不是有效的IP地址（IPv4 如 192.0.2.10，IPv6 如 2001:db8::1）` };
  }
  const v4 = checkIpv4(value);
  if (!v4.ok) return { ok: false, message: `「${value}」不是有效的IPv4地址：${v4.reason}` };
  const problem = ipv4Problem(v4.value);
  if (problem) return { ok: false, message: problem };
  return { ok: true, value: v4.value.join('.') };
}
