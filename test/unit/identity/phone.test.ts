import { describe, it, expect } from 'vitest';
import { validatePhone } from '../../../shared/identity/phone';

const ok = (s: string) => {
  const r = validatePhone(s);
  expect(r, s).toMatchObject({ ok: true });
  return r.ok ? r.value : '';
};
const fail = (s: string) => {
  const r = validatePhone(s);
  expect(r.ok, s).toBe(false);
  return r.ok ? '' : r.message;
};

describe('validatePhone', () => {
  it('accepts mobiles, normalized as validateMobile does', () => {
    expect(ok('13800138000')).toBe('13800138000');
    expect(ok('+86 138-0013-8000')).toBe('13800138000');
    expect(ok('8613800138000')).toBe('13800138000');
  });
  it('accepts landlines with area code and normalizes to AREA-NUMBER', () => {
    expect(ok('0592-5551234')).toBe('0592-5551234');
    expect(ok('0592 5551234')).toBe('0592-5551234');
    expect(ok('05925551234')).toBe('0592-5551234');
    expect(ok('010-12345678')).toBe('010-12345678');
    expect(ok('01012345678')).toBe('010-12345678');
    expect(ok('021-62345678')).toBe('021-62345678');
    expect(ok('(0592)5551234')).toBe('0592-5551234');
    expect(ok('（０５９２）５５５１２３４')).toBe('0592-5551234');
    expect(ok('010-6552-9988')).toBe('010-65529988');
    expect(ok('0592—5551234')).toBe('0592-5551234');
  });
  it('accepts extensions', () => {
    expect(ok('0592-5551234-802')).toBe('0592-5551234-802');
    expect(ok('0592-5551234转802')).toBe('0592-5551234-802');
    expect(ok('05925551234转802')).toBe('0592-5551234-802');
    expect(ok('010-12345678 ext. 12')).toBe('010-12345678-12');
  });
  it('accepts the international form of landlines', () => {
    expect(ok('+86-592-5551234')).toBe('0592-5551234');
    expect(ok('+86 10 12345678')).toBe('010-12345678');
    expect(ok('0086-592-5551234')).toBe('0592-5551234');
    expect(ok('+86 (0)592 5551234')).toBe('0592-5551234');
  });
  it('accepts 400/800 service numbers', () => {
    expect(ok('400-123-4567')).toBe('400-123-4567');
    expect(ok('4001234567')).toBe('400-123-4567');
    expect(ok('400 1234 567')).toBe('400-123-4567');
    expect(ok('800-123-4567')).toBe('800-123-4567');
    expect(ok('400-123-4567转8')).toBe('400-123-4567-8');
  });
  it('refuses with clear messages', () => {
    expect(fail('')).toBe('请填写联系电话');
    expect(fail('5551234')).toContain('固定电话应带区号');
    expect(fail('0592-555123')).toBe('区号之后的电话号码应为7-8位数字，实际为6位');
    expect(fail('0592-555123456')).toBe('区号之后的电话号码应为7-8位数字，实际为9位');
    expect(fail('0592-0551234')).toBe('区号之后的电话号码不能以0开头');
    expect(fail('0112-5551234')).toContain('区号「0112」无效');
    expect(fail('059255512348021')).toContain('如有分机号');
    expect(fail('0592-5551234-1234567')).toBe('分机号应为1-6位数字');
    expect(fail('0592-5551234-80-2')).toContain('区号-号码-分机号');
    expect(fail('400-123-456')).toBe('400服务电话应为10位数字，实际为9位');
    expect(fail('1380013800')).toBe('手机号码应为11位数字，实际为10位');
    expect(fail('13800138000转1')).toBe('手机号码没有分机号');
    expect(fail('+852 2123 4567')).toBe('只支持中国大陆电话号码（+86）');
    expect(fail('0592/5551234')).toMatch(/^第5位含有不允许的字符「\/」/);
  });
  it('never echoes the number', () => {
    for (const s of ['0592-555123', '0592-0551234', '059255512348021', '400-123-456']) {
      expect(fail(s)).not.toContain(s.replace(/-/g, '').slice(-7));
    }
  });
});
