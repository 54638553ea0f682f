import { describe, expect, it } from 'vitest';
import { cidrsOverlap, ipInCidr, parseCidr, validateCidr } from '../../../shared/network/cidr';

describe('IP地址段 (CIDR)', () => {
  it('accepts IPv4 and IPv6 blocks in canonical form, full-width input included', () => {
    expect(validateCidr('203.0.113.0/24')).toEqual({ ok: true, value: '203.0.113.0/24' });
    expect(validateCidr('２０３.０.１１３.０／２４')).toEqual({ ok: true, value: '203.0.113.0/24' });
    expect(validateCidr('2001:DB8:100:0::/48')).toEqual({ ok: true, value: '2001:db8:100::/48' });
    expect(validateCidr('0.0.0.0/0')).toEqual({ ok: true, value: '0.0.0.0/0' });
    expect(validateCidr('198.51.100.7/32')).toEqual({ ok: true, value: '198.51.100.7/32' });
  });

  it('refuses with a message naming the problem', () => {
    expect(validateCidr('')).toEqual({ ok: false, message: '请填写IP地址段' });
    expect(validateCidr('203.0.113.0')).toMatchObject({ ok: false, message: expect.stringContaining('地址/前缀长度') });
    expect(validateCidr('203.0.113.0/33')).toMatchObject({ ok: false, message: expect.stringContaining('0–32') });
    expect(validateCidr('2001:db8::/129')).toMatchObject({ ok: false, message: expect.stringContaining('0–128') });
    expect(validateCidr('203.0.113.5/24')).toEqual({ ok: false, message: '「203.0.113.5/24」的主机位不为0：这个地址段应写成 203.0.113.0/24' });
    expect(validateCidr('2001:db8::1/64')).toMatchObject({ ok: false, message: expect.stringContaining('2001:db8::/64') });
    expect(validateCidr('203.0.113/24')).toMatchObject({ ok: false, message: expect.stringContaining('不是有效的IPv4地址') });
    expect(validateCidr('2001:zz8::/32')).toMatchObject({ ok: false, message: expect.stringContaining('不是有效的IPv6地址') });
  });

  it('tells whether an address lies in a block, never across IPv4 and IPv6', () => {
    const v4 = parseCidr('203.0.113.0/24')!;
    expect(ipInCidr('203.0.113.0', v4)).toBe(true);
    expect(ipInCidr('203.0.113.255', v4)).toBe(true);
    expect(ipInCidr('203.0.114.1', v4)).toBe(false);
    const v6 = parseCidr('2001:db8:100::/48')!;
    expect(ipInCidr('2001:db8:100:ffff::1', v6)).toBe(true);
    expect(ipInCidr('2001:db8:101::1', v6)).toBe(false);
    expect(ipInCidr('203.0.113.1', v6)).toBe(false);
    expect(ipInCidr('2001:db8:100::1', v4)).toBe(false);
    expect(ipInCidr('1.2.3.4', parseCidr('0.0.0.0/0')!)).toBe(true);
  });

  it('finds overlapping blocks', () => {
    expect(cidrsOverlap(parseCidr('10.0.0.0/8')!, parseCidr('10.1.0.0/16')!)).toBe(true);
    expect(cidrsOverlap(parseCidr('10.0.0.0/16')!, parseCidr('10.1.0.0/16')!)).toBe(false);
  });
});
