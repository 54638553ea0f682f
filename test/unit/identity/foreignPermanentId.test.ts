import { describe, it, expect } from 'vitest';
import { withCheck } from '../../support/independentMod11';
import {
  validateForeignPermanentId,
  foreignPermanentIdFacts,
  ISO_3166_ALPHA3,
} from '../../../shared/identity/foreignPermanentId';

const id = withCheck;
const TODAY = '2026-06-15';
const v = (s: string) => validateForeignPermanentId(s, { today: TODAY });
const fail = (s: string) => {
  const r = v(s);
  expect(r.ok).toBe(false);
  return r.ok ? '' : r.message;
};

describe('2017 form: alpha-3 + 12 digits', () => {
  it('accepts assigned country codes', () => {
    for (const cc of ['USA', 'GBR', 'JPN', 'KOR', 'DEU', 'FRA', 'CAN', 'AUS', 'SGP', 'ZWE', 'ABW']) {
      expect(v(`${cc}350200123456`)).toEqual({ ok: true, value: `${cc}350200123456` });
    }
  });
  it('upper-cases and converts full-width input', () => {
    expect(v('usa３５０２００１２３４５６')).toEqual({ ok: true, value: 'USA350200123456' });
  });
  it('has exactly the 249 assigned codes', () => {
    expect(ISO_3166_ALPHA3.size).toBe(249);
    for (const cc of ISO_3166_ALPHA3) expect(cc).toMatch(/^[A-Z]{3}$/);
  });
  it('refuses unassigned codes', () => {
    for (const cc of ['XXX', 'AAA', 'UKK', 'EUR', 'ZZZ']) {
      expect(fail(`${cc}350200123456`)).toBe(`第1-3位「${cc}」不是有效的国家代码（ISO 3166-1三字母代码，例如 USA、GBR、JPN）`);
    }
  });
  it('refuses letters after the code and wrong lengths', () => {
    expect(fail('USA3502001234A6')).toBe('第14位应为数字：国家代码之后是12位数字');
    expect(fail('USA35020012345')).toBe('长度应为15位（3个字母加12位数字），实际为14位');
    expect(fail('US3502001234567')).toContain('3个字母的国家代码');
  });
});

describe('2023 form: 18 digits', () => {
  it('accepts computed valid numbers, including X check digits', () => {
    const n = id('93584019850615001');
    expect(v(n)).toEqual({ ok: true, value: n });
    let withX = '';
    for (let seq = 0; seq < 1000 && !withX; seq++) {
      const c = id(`9358401985061${String(seq).padStart(4, '0')}`);
      if (c.endsWith('X')) withX = c;
    }
    expect(withX).not.toBe('');
    expect(v(withX)).toEqual({ ok: true, value: withX });
    expect(v(withX.toLowerCase())).toEqual({ ok: true, value: withX });
  });
  it('says what the check digit should be', () => {
    const n = id('93584019850615001');
    const wrong = n.slice(0, 17) + (n[17] === '0' ? '1' : '0');
    expect(fail(wrong)).toBe(`校验位（第18位）应为${n[17]}，请核对号码是否有误`);
  });
  it('requires the leading 9', () => {
    expect(fail(id('83584019850615001'))).toBe('第1位应为9（2023年版外国人永久居留身份证号码以9开头），实际为8');
  });
  it('applies the birth-date rules', () => {
    expect(fail(id('93584019900230001'))).toBe('第7-14位出生日期无效：1990-02-30 不存在（1990年2月只有28天）');
    expect(fail(id('93584019000229001'))).toContain('1900-02-29 不存在（1900年不是闰年）');
    expect(v(id('93584020000229001')).ok).toBe(true);
    expect(v(id('93584020240229001')).ok).toBe(true);
    expect(fail(id('93584020260616001'))).toContain('晚于今天（2026-06-15）');
    expect(fail(id('93584018991231001'))).toContain('早于1900-01-01');
  });
  it('refuses letters and wrong lengths', () => {
    expect(fail('9358401985061500A1')).toBe('第17位应为数字：2023年版号码前17位都是数字');
    expect(fail('93584019850615001A')).toBe('第18位（校验位）应为数字或X');
    expect(fail('9358401985061500')).toBe('长度应为18位（2023年版）或15位（2017年版），实际为16位');
    expect(fail('935840198506150')).toContain('国家代码');
    expect(fail('')).toBe('请填写外国人永久居留身份证号码');
    expect(fail('935840-19850615001')).toMatch(/^第7位含有不允许的字符「-」/);
  });
  it('derives facts from the 2023 form only', () => {
    expect(foreignPermanentIdFacts(id('93584019850615001'))).toEqual({ birthDate: '1985-06-15', sex: '男' });
    expect(foreignPermanentIdFacts(id('93584019850615002'))).toEqual({ birthDate: '1985-06-15', sex: '女' });
    expect(foreignPermanentIdFacts('USA350200123456')).toBeNull();
  });
});
