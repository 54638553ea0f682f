import { describe, it, expect } from 'vitest';
import {
  validateHkMacauPermit,
  hkMacauPermitHolderKey,
  validateTaiwanPermit,
  taiwanPermitHolderKey,
} from '../../../shared/identity/permits';

const fail = (r: ReturnType<typeof validateHkMacauPermit>) => {
  expect(r.ok).toBe(false);
  return r.ok ? '' : r.message;
};

describe('validateHkMacauPermit', () => {
  it('accepts H/M + 8 digits (cards since 2013)', () => {
    expect(validateHkMacauPermit('H12345678')).toEqual({ ok: true, value: 'H12345678' });
    expect(validateHkMacauPermit('M87654321')).toEqual({ ok: true, value: 'M87654321' });
  });
  it('accepts the 1999 form H/M + 10 digits', () => {
    expect(validateHkMacauPermit('H1234567800')).toEqual({ ok: true, value: 'H1234567800' });
    expect(validateHkMacauPermit('M8765432103')).toEqual({ ok: true, value: 'M8765432103' });
  });
  it('upper-cases the letter and converts full-width input', () => {
    expect(validateHkMacauPermit('h12345678')).toEqual({ ok: true, value: 'H12345678' });
    expect(validateHkMacauPermit('ｍ１２３４ ５６７８')).toEqual({ ok: true, value: 'M12345678' });
  });
  it('refuses other letters, missing letters and bad digits', () => {
    expect(fail(validateHkMacauPermit('C12345678'))).toBe('第1位应为字母H（香港居民）或M（澳门居民），实际为「C」');
    expect(fail(validateHkMacauPermit('12345678'))).toBe('号码开头缺少字母H（香港居民）或M（澳门居民）');
    expect(fail(validateHkMacauPermit('H1234S678'))).toMatch(/^第6位含有不允许的字符「S」/);
  });
  it('refuses wrong lengths (neither 9 nor 11)', () => {
    expect(fail(validateHkMacauPermit('H1234567'))).toContain('实际为8位');
    expect(fail(validateHkMacauPermit('H123456789'))).toContain('实际为10位');
    expect(fail(validateHkMacauPermit('H123456789012'))).toContain('实际为13位');
    expect(fail(validateHkMacauPermit(''))).toBe('请填写港澳居民来往内地通行证号码');
  });
  it('holder key: letter + first 8 digits, the same across renewals and forms', () => {
    expect(hkMacauPermitHolderKey('H12345678')).toBe('H12345678');
    expect(hkMacauPermitHolderKey('H1234567800')).toBe('H12345678');
    expect(hkMacauPermitHolderKey('H1234567801')).toBe(hkMacauPermitHolderKey('H1234567800'));
    expect(hkMacauPermitHolderKey('M1234567800')).not.toBe(hkMacauPermitHolderKey('H1234567800'));
  });
});

describe('validateTaiwanPermit', () => {
  it('accepts 8 digits without a warning', () => {
    expect(validateTaiwanPermit('05616820')).toEqual({ ok: true, value: '05616820' });
    expect(validateTaiwanPermit('０５６１ ６８２０')).toEqual({ ok: true, value: '05616820' });
  });
  it('accepts the old 10-character booklet form with a warning', () => {
    const r = validateTaiwanPermit('0561682001');
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value).toBe('0561682001');
      expect(r.warning).toContain('旧版');
      expect(r.warning).toContain('可能已被替换');
    }
    const b = validateTaiwanPermit('0561682001（d）');
    expect(b.ok && b.value).toBe('0561682001(D)');
    expect(b.ok && b.warning).toBeTruthy();
  });
  it('refuses other forms', () => {
    expect(fail(validateTaiwanPermit('1234567'))).toBe('长度应为8位，实际为7位');
    expect(fail(validateTaiwanPermit('123456789'))).toBe('长度应为8位，实际为9位');
    expect(fail(validateTaiwanPermit('1234567A'))).toMatch(/^第8位含有不允许的字符「A」/);
    expect(fail(validateTaiwanPermit('0561682001(DD)'))).toContain('括号内应为1个字母或数字');
    expect(fail(validateTaiwanPermit(''))).toBe('请填写台湾居民来往大陆通行证号码');
  });
  it('holder key is the lifetime number', () => {
    expect(taiwanPermitHolderKey('0561682001(D)')).toBe('05616820');
    expect(taiwanPermitHolderKey('05616820')).toBe('05616820');
  });
});
