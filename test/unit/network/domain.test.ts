import { describe, expect, it } from 'vitest';
import { domainToUnicode, validateDomain } from '../../../shared/network/domain';

const check = (raw: string) => validateDomain(raw);

describe('bound domains (绑定域名)', () => {
  it('stores ASCII names in lower case without a trailing dot; full-width input is folded', () => {
    expect(check('Example.COM.')).toEqual({ ok: true, value: 'example.com' });
    expect(check(' www.example.com ')).toEqual({ ok: true, value: 'www.example.com' });
    expect(check('ｗｗｗ．example。com')).toEqual({ ok: true, value: 'www.example.com' });
    expect(check('a-b.example.cn')).toEqual({ ok: true, value: 'a-b.example.cn' });
  });

  it('accepts internationalised names as typed and stores their Punycode; shows them in Unicode again', () => {
    // Well-known encodings: .中国 is xn--fiqs8s, münchen is xn--mnchen-3ya.
    const cn = check('示例.中国');
    expect(cn.ok).toBe(true);
    const ascii = cn.ok ? cn.value : '';
    expect(ascii).toMatch(/^xn--[a-z0-9-]+\.xn--fiqs8s$/);
    expect(domainToUnicode(ascii)).toBe('示例.中国');
    expect(check('München.de')).toEqual({ ok: true, value: 'xn--mnchen-3ya.de' });
    expect(domainToUnicode('xn--mnchen-3ya.de')).toBe('münchen.de');
    // Typed in Punycode, the same stored value.
    expect(check(ascii.toUpperCase())).toEqual({ ok: true, value: ascii });
    expect(check('示例。中国')).toEqual({ ok: true, value: ascii });
  });

  it('refuses what is not a domain name, saying why', () => {
    expect(check('')).toEqual({ ok: false, message: '请填写域名' });
    expect(check('https://www.example.com/path')).toEqual({ ok: false, message: '域名只填写名称本身，不含 http:// 或路径，例如 www.example.com' });
    expect(check('192.0.2.1')).toMatchObject({ ok: false, message: expect.stringContaining('IP地址') });
    expect(check('*.example.com')).toMatchObject({ ok: false, message: expect.stringContaining('通配符') });
    expect(check('localhost')).toEqual({ ok: false, message: '域名至少要有两段，例如 example.com' });
    expect(check('a..example.com')).toEqual({ ok: false, message: '域名中不能有连续的点' });
    expect(check('-a.example.com')).toEqual({ ok: false, message: '域名的每一段不能以连字符开头或结尾' });
    expect(check('a_b.example.com')).toEqual({ ok: false, message: '域名不能含「_」' });
    expect(check('example.123')).toEqual({ ok: false, message: '域名的最后一段（顶级域）不能全是数字' });
    expect(check(`${'a'.repeat(64)}.com`)).toEqual({ ok: false, message: '域名的每一段不能超过63个字符' });
    expect(check(`${Array.from({ length: 4 }, () => 'a'.repeat(63)).join('.')}.com`)).toEqual({ ok: false, message: '域名不能超过253个字符' });
  });

  it('refuses a broken Punycode label, and shows such a stored value unchanged', () => {
    expect(check('xn--zz.com')).toEqual({ ok: false, message: '域名中有无效的 Punycode 段（xn--…）' });
    expect(domainToUnicode('xn--zz.com')).toBe('xn--zz.com');
  });
});
