import { describe, it, expect } from 'vitest';
import { validateMobile } from '../../../shared/identity/mobile';

const fail = (s: string) => {
  const r = validateMobile(s);
  expect(r.ok).toBe(false);
  return r.ok ? '' : r.message;
};

describe('validateMobile', () => {
  it('accepts 1[3-9] + 9 digits', () => {
    for (const p of ['13', '14', '15', '16', '17', '18', '19']) {
      expect(validateMobile(`${p}800138000`)).toEqual({ ok: true, value: `${p}800138000` });
    }
  });
  it('strips +86, 0086 and 86 prefixes, spaces and dashes', () => {
    for (const s of [
      '+8613800138000',
      '+86 138 0013 8000',
      '+86-138-0013-8000',
      '008613800138000',
      '0086 13800138000',
      '8613800138000',
      '138-0013-8000',
      '138 0013 8000',
      '１３８００１３８０００',
      '＋８６ １３８ ００１３ ８０００',
      '138－0013－8000',
    ]) {
      expect(validateMobile(s)).toEqual({ ok: true, value: '13800138000' });
    }
  });
  it('does not strip 86 when that would not leave 11 digits', () => {
    expect(fail('861380013800')).toBe('手机号码应为11位数字，实际为12位');
  });
  it('refuses bad second digits, wrong lengths, landlines, foreign numbers, letters', () => {
    expect(fail('12800138000')).toBe('手机号码第2位应为3-9');
    expect(fail('10800138000')).toBe('手机号码第2位应为3-9');
    expect(fail('23800138000')).toBe('手机号码应以1开头');
    expect(fail('1380013800')).toBe('手机号码应为11位数字，实际为10位');
    expect(fail('138001380001')).toBe('手机号码应为11位数字，实际为12位');
    expect(fail('0592-5551234')).toContain('固定电话');
    expect(fail('+85261234567')).toContain('只支持中国大陆手机号码');
    expect(fail('+86 1380013800')).toBe('+86之后应为11位手机号码，实际为10位');
    expect(fail('0086 1380013800')).toBe('0086之后应为11位手机号码，实际为10位');
    expect(fail('1380O138000')).toMatch(/^第5位含有不允许的字符「O」/);
    expect(fail('')).toBe('请填写手机号码');
  });
  it('never echoes the number', () => {
    for (const s of ['12800138000', '1380013800', '138001380001']) expect(fail(s)).not.toContain(s.slice(0, 8));
  });
});
