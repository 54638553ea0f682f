// IP地址段 of an IDC room: IPv4 and IPv6 CIDR blocks (RFC 4632, RFC 4291 §2.3), and whether an address is in one.
import type { ValidationResult } from '../identity/types';
import { normalizeInput } from '../identity/normalize';
import { checkIpv4, checkIpv6, formatIpv6, parseIpv4, parseIpv6 } from './ip';

export interface Cidr {
  version: 4 | 6;
  /** The network address as bits: 32 (IPv4) or 128 (IPv6) of them, most significant first. */
  bits: bigint;
  prefix: number;
}

const v4Bits = (parts: readonly number[]) => parts.reduce((acc, p) => (acc << 8n) | BigInt(p), 0n);
const v6Bits = (groups: readonly number[]) => groups.reduce((acc, g) => (acc << 16n) | BigInt(g), 0n);
const mask = (width: number, prefix: number) => (prefix === 0 ? 0n : ((1n << BigInt(prefix)) - 1n) << BigInt(width - prefix));

/**
 * One IP地址段 such as 203.0.113.0/24 or 2001:db8:100::/48: the address, a slash and the prefix length
 * (IPv4 0–32, IPv6 0–128), with no host bits set (203.0.113.5/24 is refused with the network it meant).
 * Returns the canonical text (IPv6 per RFC 5952) or a Chinese message naming the problem.
 */
export function validateCidr(raw: string): ValidationResult {
  const value = normalizeInput(raw).replace(/[。．]/g, '.').replace(/：/g, ':').replace(/／/g, '/');
  if (value === '') return { ok: false, message: '请填写IP地址段' };
  const slash = value.split('/');
  if (slash.length !== 2) return { ok: false, message: `「${value}」应写成 地址/前缀长度，例如 203.0.113.0/24 或 2001:db8::/32` };
  const [addr, len] = slash as [string, string];
  const v6 = addr.includes(':');
  const width = v6 ? 128 : 32;
  if (!/^\d{1,3}$/.test(len) || Number(len) > width) {
    return { ok: false, message: `「${value}」的前缀长度应为 0–${width} 的整数（${v6 ? 'IPv6' : 'IPv4'}）` };
  }
  const prefix = Number(len);
  let bits: bigint;
  if (v6) {
    const r = checkIpv6(addr);
    if (!r.ok) return { ok: false, message: `「${value}」的地址不是有效的IPv6地址：${r.reason}` };
    bits = v6Bits(r.value);
  } else {
    const r = checkIpv4(addr);
    if (!r.ok) return { ok: false, message: `「${value}」的地址不是有效的IPv4地址：${r.reason}` };
    bits = v4Bits(r.value);
  }
  const network = bits & mask(width, prefix);
  const text = (b: bigint) => formatCidr({ version: v6 ? 6 : 4, bits: b, prefix });
  if (network !== bits) return { ok: false, message: `「${value}」的主机位不为0：这个地址段应写成 ${text(network)}` };
  return { ok: true, value: text(bits) };
}

export function formatCidr(c: Cidr): string {
  if (c.version === 4) {
    const b = Number(c.bits);
    return `${[b >>> 24, (b >>> 16) & 255, (b >>> 8) & 255, b & 255].join('.')}/${c.prefix}`;
  }
  const groups = Array.from({ length: 8 }, (_, i) => Number((c.bits >> BigInt(112 - 16 * i)) & 0xffffn));
  return `${formatIpv6(groups)}/${c.prefix}`;
}

/** A canonical (already validated) block back as numbers; null when it is not one. */
export function parseCidr(text: string): Cidr | null {
  const r = validateCidr(text);
  if (!r.ok) return null;
  const [addr, len] = r.value.split('/') as [string, string];
  const v6 = addr.includes(':');
  const bits = v6 ? v6Bits(parseIpv6(addr)!) : v4Bits(parseIpv4(addr)!);
  return { version: v6 ? 6 : 4, bits, prefix: Number(len) };
}

/** Whether the address (a server's 单个 IP, canonical text) lies in the block. IPv4 and IPv6 never match each other. */
export function ipInCidr(ip: string, block: Cidr): boolean {
  const v6 = ip.includes(':');
  if ((block.version === 6) !== v6) return false;
  const parsed = v6 ? parseIpv6(ip) : parseIpv4(ip);
  if (!parsed) return false;
  const width = v6 ? 128 : 32;
  const bits = v6 ? v6Bits(parsed) : v4Bits(parsed);
  return (bits & mask(width, block.prefix)) === block.bits;
}

/** Two blocks share addresses (one contains the other). */
export function cidrsOverlap(a: Cidr, b: Cidr): boolean {
  if (a.version !== b.version) return false;
  const width = a.version === 6 ? 128 : 32;
  const p = Math.min(a.prefix, b.prefix);
  return (a.bits & mask(width, p)) === (b.bits & mask(width, p));
}
