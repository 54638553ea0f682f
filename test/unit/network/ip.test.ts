import { describe, expect, it } from 'vitest';
import { formatIpv6, parseIpv4, parseIpv6, validateIpAddress } from '../../../shared/network/ip';

const ok = (raw: string) => {
  const r = validateIpAddress(raw);
  if (!r.ok) throw new Error(`expected ${raw} to pass, got: ${r.message}`);
  return r.value;
};
const refused = (raw: string) => {
  const r = validateIpAddress(raw);
  if (r.ok) throw new Error(`expected ${raw} to be refused, got ${r.value}`);
  return r.message;
};

describe('IPv4', () => {
  it('accepts dotted quads and keeps them as typed', () => {
    expect(ok('192.0.2.10')).toBe('192.0.2.10');
    expect(ok('10.0.0.1')).toBe('10.0.0.1');
    expect(ok('255.255.255.254')).toBe('255.255.255.254');
    expect(ok('1.0.0.0')).toBe('1.0.0.0');
  });

  it('accepts what a Chinese input method types: full-width digits and dots, spaces around', () => {
    expect(ok(' １９２．０．２．１０ ')).toBe('192.0.2.10');
    expect(ok('192。0。2。10')).toBe('192.0.2.10');
  });

  it('refuses leading zeros, naming the segment', () => {
    expect(parseIpv4('192.168.01.1')).toBeNull();
    expect(refused('192.168.01.1')).toMatch(/第3段「01」不能以0开头/);
    expect(refused('010.1.1.1')).toMatch(/第1段「010」/);
    expect(ok('10.0.0.10')).toBe('10.0.0.10');
  });

  it('refuses a number over 255', () => {
    expect(parseIpv4('256.1.1.1')).toBeNull();
    expect(refused('192.0.2.256')).toMatch(/第4段「256」超出 0–255/);
    expect(refused('1.2.3.1000')).toMatch(/第4段「1000」超出/);
    expect(parseIpv4('255.255.255.255')).toEqual([255, 255, 255, 255]);
  });

  it('refuses three or five parts and empty parts', () => {
    expect(parseIpv4('192.0.2')).toBeNull();
    expect(refused('192.0.2')).toMatch(/应为四段.*现在是3段/);
    expect(refused('1.2.3.4.5')).toMatch(/现在是5段/);
    expect(refused('1..2.3')).toMatch(/第2段是空的/);
    expect(refused('1.2.3.')).toMatch(/第4段是空的/);
  });

  it('refuses letters, signs and prefixes', () => {
    expect(refused('1.2.3.a')).toMatch(/第4段含有不允许的字符「a」/);
    expect(refused('1.2.3.-4')).toMatch(/不允许的字符「-」/);
    expect(refused('192.0.2.0/24')).toMatch(/网段前缀/);
    expect(refused('server.example.com')).toMatch(/不是有效的IP地址/);
    expect(refused('')).toBe('请填写IP地址');
    expect(refused('   ')).toBe('请填写IP地址');
  });

  it('refuses addresses a server cannot have', () => {
    expect(refused('0.0.0.0')).toMatch(/不是可用的主机地址/);
    expect(refused('127.0.0.1')).toMatch(/回环/);
    expect(refused('224.0.0.1')).toMatch(/组播/);
    expect(refused('255.255.255.255')).toMatch(/广播/);
  });
});

describe('IPv6', () => {
  it('parses the compressed forms', () => {
    expect(parseIpv6('::')).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    expect(parseIpv6('::1')).toEqual([0, 0, 0, 0, 0, 0, 0, 1]);
    expect(parseIpv6('2001:db8::1')).toEqual([0x2001, 0xdb8, 0, 0, 0, 0, 0, 1]);
    expect(parseIpv6('1::')).toEqual([1, 0, 0, 0, 0, 0, 0, 0]);
    expect(parseIpv6('1:2:3:4:5:6:7::')).toEqual([1, 2, 3, 4, 5, 6, 7, 0]);
  });

  it('keeps 2001:db8::1 and normalizes the full form (RFC 5952)', () => {
    expect(ok('2001:db8::1')).toBe('2001:db8::1');
    expect(ok('2001:0DB8:0000:0000:0000:0000:0000:0001')).toBe('2001:db8::1');
    expect(ok('2001:db8:0:0:1:0:0:1')).toBe('2001:db8::1:0:0:1'); // equal runs: the first is compressed
    expect(ok('2001:db8:0:1:1:1:1:1')).toBe('2001:db8:0:1:1:1:1:1'); // a single zero group stays
    expect(ok('fe80:0:0:0:0:0:0:1')).toBe('fe80::1');
    expect(ok('２００１：ｄｂ８：：１')).toBe('2001:db8::1');
  });

  it('refuses :: twice, too many or too few groups, long groups, stray colons', () => {
    expect(parseIpv6('2001::db8::1')).toBeNull();
    expect(refused('2001::db8::1')).toMatch(/“::”只能出现一次/);
    expect(refused('1:2:3:4:5:6:7:8:9')).toMatch(/应为8段.*现在是9段/);
    expect(refused('1:2:3:4:5:6:7')).toMatch(/现在是7段/);
    expect(refused('1:2:3:4::5:6:7:8')).toMatch(/已有8段/);
    expect(refused('2001:db8::12345')).toMatch(/「12345」太长/);
    expect(refused(':1:2:3:4:5:6:7')).toMatch(/单个冒号/);
    expect(refused('1:2:3:4:5:6:7:')).toMatch(/单个冒号/);
    expect(refused(':::')).toMatch(/单个冒号|只能出现一次/);
    expect(refused('2001:db8::g')).toMatch(/不允许的字符「g」/);
  });

  it('accepts an embedded IPv4 only at the end', () => {
    expect(parseIpv6('::ffff:192.0.2.1')).toEqual([0, 0, 0, 0, 0, 0xffff, 0xc000, 0x0201]);
    expect(ok('::FFFF:192.0.2.1')).toBe('::ffff:192.0.2.1'); // RFC 5952 §5: mapped addresses in mixed notation
    expect(ok('64:ff9b::192.0.2.33')).toBe('64:ff9b::c000:221');
    expect(ok('1:2:3:4:5:6:1.2.3.4')).toBe('1:2:3:4:5:6:102:304');
    expect(parseIpv6('1.2.3.4::')).toBeNull();
    expect(refused('1.2.3.4::1')).toMatch(/嵌入的IPv4地址只能写在最后/);
    expect(refused('::1.2.3.4:5')).toMatch(/只能写在最后/);
    expect(refused('::ffff:192.0.2.256')).toMatch(/末尾的IPv4部分第4段「256」超出/);
    expect(refused('1:2:3:4:5:6:7:1.2.3.4')).toMatch(/现在是9段/);
  });

  it('refuses zone ids (decision: they are only meaningful on one machine)', () => {
    expect(refused('fe80::1%eth0')).toMatch(/区域标识/);
    expect(refused('fe80::1%25')).toMatch(/区域标识/);
  });

  it('refuses addresses a server cannot have', () => {
    expect(refused('::')).toMatch(/未指定地址/);
    expect(refused('::1')).toMatch(/回环/);
    expect(refused('0:0:0:0:0:0:0:1')).toMatch(/回环/);
    expect(refused('ff02::1')).toMatch(/组播/);
    expect(refused('::ffff:127.0.0.1')).toMatch(/回环/);
  });

  it('formats eight groups canonically', () => {
    expect(formatIpv6([0, 0, 0, 0, 0, 0, 0, 0])).toBe('::');
    expect(formatIpv6([1, 0, 0, 0, 0, 0, 0, 0])).toBe('1::');
    expect(formatIpv6([0x2001, 0xdb8, 0, 0, 1, 0, 0, 0])).toBe('2001:db8:0:0:1::');
    expect(formatIpv6([0xabcd, 0xef, 1, 2, 3, 4, 5, 6])).toBe('abcd:ef:1:2:3:4:5:6');
  });
});
