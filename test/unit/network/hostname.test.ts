import { describe, expect, it } from 'vitest';
import { validateHostname } from '../../../shared/network/hostname';

const check = (raw: string) => validateHostname(raw);

describe('host names (RFC 1123)', () => {
  it('accepts single and dotted names, stored in lower case without a trailing dot', () => {
    expect(check('web01')).toEqual({ ok: true, value: 'web01' });
    expect(check('WEB-01.Example.COM.')).toEqual({ ok: true, value: 'web-01.example.com' });
    expect(check('1host.example.com')).toEqual({ ok: true, value: '1host.example.com' });
    expect(check('xn--fiqs8s.cn')).toEqual({ ok: true, value: 'xn--fiqs8s.cn' });
    expect(check('ｗｅｂ０１．example.com')).toEqual({ ok: true, value: 'web01.example.com' });
  });

  it('checks the length of each label and of the whole name', () => {
    expect(check(`${'a'.repeat(63)}.cn`).ok).toBe(true);
    expect(check(`${'a'.repeat(64)}.cn`)).toEqual({ ok: false, message: '主机名的每一段不能超过63个字符' });
    const long = Array.from({ length: 4 }, () => 'a'.repeat(63)).join('.'); // 255 characters
    expect(check(long)).toEqual({ ok: false, message: '主机名不能超过253个字符' });
  });

  it('refuses empty labels, hyphens at the ends and other characters', () => {
    expect(check('')).toEqual({ ok: false, message: '请填写主机名' });
    expect(check('a..b')).toEqual({ ok: false, message: '主机名中不能有连续的点' });
    expect(check('.a.b')).toEqual({ ok: false, message: '主机名不能以点开头' });
    expect(check('-web.example.com')).toEqual({ ok: false, message: '主机名的每一段不能以连字符开头或结尾' });
    expect(check('web-.example.com')).toEqual({ ok: false, message: '主机名的每一段不能以连字符开头或结尾' });
    expect(check('web_01')).toMatchObject({ ok: false, message: expect.stringContaining('不能含「_」') });
    const idn = check('服务器.cn');
    expect(idn).toMatchObject({ ok: false, message: expect.stringContaining('Punycode') });
  });

  it('sends an IPv4 address to the IP field', () => {
    expect(check('192.0.2.10')).toMatchObject({ ok: false, message: expect.stringContaining('IP地址') });
  });
});
