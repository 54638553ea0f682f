import { describe, it, expect } from 'vitest';
import { validatePassport, isChinesePassportNumber } from '../../../shared/identity/passport';

const ok = (s: string, country?: string) => {
  const r = validatePassport(s, { country });
  expect(r).toMatchObject({ ok: true });
  return r.ok ? r.value : '';
};
const fail = (s: string, country?: string) => {
  const r = validatePassport(s, { country });
  expect(r.ok).toBe(false);
  return r.ok ? '' : r.message;
};

describe('validatePassport — Chinese forms (country CHN)', () => {
  it('accepts each form', () => {
    expect(ok('E12345678', 'CHN')).toBe('E12345678');
    expect(ok('EA1234567', 'CHN')).toBe('EA1234567');
    expect(ok('EH1234567', 'CHN')).toBe('EH1234567');
    expect(ok('G12345678', 'CHN')).toBe('G12345678');
    for (const p of 'PSD') {
      expect(ok(`${p}1234567`, 'CHN')).toBe(`${p}1234567`);
      expect(ok(`${p}12345678`, 'CHN')).toBe(`${p}12345678`);
    }
  });
  it('upper-cases and converts full-width input; country is case-insensitive', () => {
    expect(ok('ea1234567', 'chn')).toBe('EA1234567');
    expect(ok('Ｅ１２３４５６７８', 'CHN')).toBe('E12345678');
    expect(ok('E12345678', 'CN')).toBe('E12345678');
  });
  it('refuses I and O as the second letter of E-numbers', () => {
    expect(fail('EI1234567', 'CHN')).toBe('中国护照号码第2位不能是字母I或O');
    expect(fail('EO1234567', 'CHN')).toBe('中国护照号码第2位不能是字母I或O');
  });
  it('refuses other Chinese-form mistakes with specific messages', () => {
    expect(fail('K12345678', 'CHN')).toContain('第1位应为E、G、P、S或D');
    expect(fail('E1234567', 'CHN')).toBe('长度应为9位，实际为8位（E开头的中国护照号码共9位）');
    expect(fail('G123456789', 'CHN')).toBe('长度应为9位，实际为10位（G开头的中国护照号码共9位）');
    expect(fail('GA1234567', 'CHN')).toBe('第2位应为数字');
    expect(fail('EA123456B', 'CHN')).toBe('第9位应为数字');
    expect(fail('P123456', 'CHN')).toBe('长度应为8-9位（P加7-8位数字），实际为7位');
    expect(fail('D12345A7', 'CHN')).toBe('第7位应为数字');
  });
  it('isChinesePassportNumber', () => {
    expect(isChinesePassportNumber('E12345678')).toBe(true);
    expect(isChinesePassportNumber('X12345678')).toBe(false);
  });
});

describe('validatePassport — foreign and unspecified country', () => {
  it('accepts 5–17 letters and digits for a foreign country', () => {
    expect(ok('123456789', 'USA')).toBe('123456789');
    expect(ok('ab12345', 'GBR')).toBe('AB12345');
    expect(ok('A1234', 'JPN')).toBe('A1234');
    expect(ok('A1234567890123456', 'DEU')).toHaveLength(17);
  });
  it('refuses lengths outside 5–17 and non-alphanumerics', () => {
    expect(fail('A123', 'USA')).toBe('护照号码应为5-17位字母或数字，实际为4位');
    expect(fail('A12345678901234567', 'USA')).toBe('护照号码应为5-17位字母或数字，实际为18位');
    expect(fail('AB-12345', 'USA')).toMatch(/^第3位含有不允许的字符「-」/);
  });
  it('without a country accepts the Chinese forms and the general form', () => {
    expect(ok('E12345678')).toBe('E12345678');
    expect(ok('P1234567')).toBe('P1234567');
    expect(ok('X1234567')).toBe('X1234567');
    expect(ok('ABC12', '')).toBe('ABC12');
    expect(fail('AB1')).toContain('实际为3位');
  });
  it('refuses empty input', () => {
    expect(fail('')).toBe('请填写护照号码');
  });
});
