import { describe, it, expect } from 'vitest';
import { independentCheck as check, withCheck } from '../../support/independentMod11';
import {
  validateResidentId,
  residentIdFacts,
  FIRST_GENERATION_MESSAGE,
  PROVINCE_CODES,
} from '../../../shared/identity/residentId';
import { mod11_2CheckChar, MOD11_2_WEIGHTS } from '../../../shared/identity/mod11';

const id = withCheck;
const TODAY = '2026-06-15';
const v = (s: string, today = TODAY) => validateResidentId(s, { today });
const msg = (s: string, today = TODAY) => {
  const r = v(s, today);
  expect(r.ok).toBe(false);
  return r.ok ? '' : r.message;
};

describe('MOD 11-2 helpers', () => {
  it('weights are 2^(18-i) mod 11', () => {
    expect([...MOD11_2_WEIGHTS]).toEqual(Array.from({ length: 17 }, (_, i) => 2 ** (17 - i) % 11));
  });
  it('agrees with the independent computation on many inputs', () => {
    let seed = 12345;
    for (let n = 0; n < 2000; n++) {
      let s = '';
      for (let i = 0; i < 17; i++) {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        s += String(seed % 10);
      }
      expect(mod11_2CheckChar(s)).toBe(check(s));
    }
  });
  it('produces every check character including X', () => {
    const seen = new Set<string>();
    for (let seq = 0; seq < 1000; seq++) seen.add(mod11_2CheckChar(`11010519900101${String(seq).padStart(3, '0')}`));
    expect([...seen].sort()).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'X']);
  });
});

describe('validateResidentId', () => {
  it('accepts the GB 11643 published sample 11010519491231002X', () => {
    expect(check('11010519491231002')).toBe('X');
    expect(v('11010519491231002X')).toEqual({ ok: true, value: '11010519491231002X' });
  });
  it('accepts lower-case x and normalizes it to X', () => {
    expect(v('11010519491231002x')).toEqual({ ok: true, value: '11010519491231002X' });
  });
  it('accepts full-width digits and inner spaces', () => {
    expect(v(' １１０１０５ １９４９１２３１ ００２ｘ ')).toEqual({ ok: true, value: '11010519491231002X' });
  });
  it('accepts computed valid numbers for every province code', () => {
    for (const p of PROVINCE_CODES) {
      const n = id(`${p}020319850615123`);
      expect(v(n)).toEqual({ ok: true, value: n });
    }
    expect(PROVINCE_CODES.has('35')).toBe(true);
    for (const p of ['71', '81', '82', '83']) expect(PROVINCE_CODES.has(p)).toBe(true);
  });
  it('accepts residence-permit numbers 810000 / 820000 / 830000', () => {
    for (const p of ['810000', '820000', '830000']) {
      const n = id(`${p}19880808001`);
      expect(v(n).ok).toBe(true);
    }
  });
  it('refuses an unknown province code', () => {
    for (const p of ['00', '10', '16', '20', '24', '30', '38', '40', '47', '55', '60', '66', '70', '72', '80', '84', '99']) {
      expect(msg(id(`${p}020319850615123`))).toBe(`第1-2位「${p}」不是有效的省级行政区划代码`);
    }
  });
  it('says which check character is expected', () => {
    const good = id('35020319850615123');
    const wrong = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    expect(msg(wrong)).toBe(`校验位（第18位）应为${good[17]}，请核对号码是否有误`);
    expect(msg('110105194912310021')).toBe('校验位（第18位）应为X，请核对号码是否有误');
  });
  it('refuses wrong lengths and says both lengths', () => {
    expect(msg('1101051949123100')).toBe('长度应为18位，实际为16位');
    expect(msg('11010519491231002')).toBe('长度应为18位，实际为17位');
    expect(msg('11010519491231002X1')).toBe('长度应为18位，实际为19位');
  });
  it('refuses 15-digit first-generation numbers, explaining 2013-01-01', () => {
    const m = msg('110105491231002');
    expect(m).toBe(FIRST_GENERATION_MESSAGE);
    expect(m).toContain('2013年1月1日');
    expect(m).toContain('第一代');
  });
  it('names a bad character and its position', () => {
    expect(msg('1101051949123100O2')).toMatch(/^第17位含有不允许的字符「O」/);
    expect(msg('11010519491231002Y')).toMatch(/^第18位含有不允许的字符「Y」/);
    expect(msg('110105194912310-2X')).toMatch(/^第16位含有不允许的字符「-」/);
  });
  it('refuses X anywhere but the last position', () => {
    expect(msg('1101051949123100X2')).toBe('第17位不能是X：X只能出现在第18位（校验位）');
  });
  it('refuses impossible birth dates', () => {
    expect(msg(id('11010519900230123'))).toBe('第7-14位出生日期无效：1990-02-30 不存在（1990年2月只有28天）');
    expect(msg(id('11010519000229123'))).toBe('第7-14位出生日期无效：1900-02-29 不存在（1900年不是闰年）');
    expect(msg(id('11010519901301123'))).toBe('第7-14位出生日期无效：1990-13-01 不存在（月份应为01-12）');
    expect(msg(id('11010519900001123'))).toContain('1990-00-01 不存在');
    expect(msg(id('11010519900100123'))).toContain('1990-01-00 不存在');
    expect(msg(id('11010519900431123'))).toBe('第7-14位出生日期无效：1990-04-31 不存在（1990年4月只有30天）');
  });
  it('accepts 29 February in leap years (2000 divisible by 400, 2024)', () => {
    expect(v(id('11010520000229123')).ok).toBe(true);
    expect(v(id('11010520240229123')).ok).toBe(true);
    expect(v(id('11010519960229123')).ok).toBe(true);
    expect(msg(id('11010520230229123'))).toContain('2023-02-29 不存在');
    expect(msg(id('11010521000229123'), '2200-01-01')).toContain('2100-02-29 不存在（2100年不是闰年）');
  });
  it('refuses birth dates after today and accepts today itself', () => {
    expect(v(id('11010520260615123')).ok).toBe(true);
    expect(msg(id('11010520260616123'))).toBe('第7-14位出生日期无效：2026-06-16 晚于今天（2026-06-15）');
    expect(msg(id('11010520300101123'))).toContain('晚于今天');
  });
  it('refuses birth dates before 1900-01-01', () => {
    expect(v(id('11010519000101123')).ok).toBe(true);
    expect(msg(id('11010518991231123'))).toBe('第7-14位出生日期无效：1899-12-31 早于1900-01-01');
  });
  it('defaults today to the current date (a birth date far in the future is refused without options)', () => {
    const r = validateResidentId(id('11010529991231123'));
    expect(r.ok).toBe(false);
    expect(validateResidentId('11010519491231002X').ok).toBe(true);
  });
  it('throws on a malformed today option (a programming error, not user input)', () => {
    expect(() => validateResidentId('11010519491231002X', { today: '2026/06/15' })).toThrow(RangeError);
  });
  it('refuses empty input', () => {
    expect(msg('   ')).toBe('请填写居民身份证号码');
  });
  it('never echoes the whole number in a message', () => {
    const bad = [id('11010519900230123'), '110105194912310021', '11010519491231002', id('99020319850615123'), '110105491231002'];
    for (const b of bad) expect(msg(b)).not.toContain(b.slice(0, 14));
  });
});

describe('residentIdFacts', () => {
  it('derives birth date and sex from the 17th digit', () => {
    expect(residentIdFacts('11010519491231002X')).toEqual({ birthDate: '1949-12-31', sex: '女' });
    expect(residentIdFacts(id('35020319850615123'))).toEqual({ birthDate: '1985-06-15', sex: '男' });
    expect(residentIdFacts(id('35020319850615120')).sex).toBe('女');
    expect(residentIdFacts(id('35020319850615129')).sex).toBe('男');
  });
  it('refuses unvalidated input', () => {
    expect(() => residentIdFacts('12345')).toThrow(RangeError);
  });
});
