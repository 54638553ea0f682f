import { describe, it, expect } from 'vitest';
import { validateUscc, usccCheckChar, orgCodeCheckChar, USCC_ALPHABET, USCC_WEIGHTS } from '../../../shared/identity/uscc';

// Independent implementations from the spec. GB 32100 weights are 3^(i) mod 31 for positions i = 0..16.
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
function usccCheck(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ALPHABET.indexOf(first17[i]!) * (3 ** i % 31);
  const c = 31 - (sum % 31);
  return ALPHABET[c === 31 ? 0 : c]!;
}
function orgCheck(first8: string): string {
  const w = [3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const ch = first8[i]!;
    const val = ch >= '0' && ch <= '9' ? ch.charCodeAt(0) - 48 : ch.charCodeAt(0) - 65 + 10;
    sum += val * w[i]!;
  }
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}
/** A full valid code from registering authority/type (2), region (6) and the first 8 org-code characters. */
function make(head8: string, org8: string): string {
  const first17 = head8 + org8 + orgCheck(org8);
  return first17 + usccCheck(first17);
}
const msg = (s: string) => {
  const r = validateUscc(s);
  expect(r.ok).toBe(false);
  return r.ok ? '' : r.message;
};

describe('USCC constants', () => {
  it('alphabet has 31 characters and no I O S V Z', () => {
    expect(USCC_ALPHABET).toBe(ALPHABET);
    expect(USCC_ALPHABET).toHaveLength(31);
    for (const ch of 'IOSVZ') expect(USCC_ALPHABET).not.toContain(ch);
  });
  it('weights are 3^i mod 31', () => {
    expect([...USCC_WEIGHTS]).toEqual(Array.from({ length: 17 }, (_, i) => 3 ** i % 31));
  });
});

describe('validateUscc', () => {
  it('accepts well-known real codes', () => {
    for (const c of ['914403001922038216', '91440300708461136T', '91330100716105852F']) {
      expect(usccCheck(c.slice(0, 17))).toBe(c[17]);
      expect(orgCheck(c.slice(8, 16))).toBe(c[16]);
      expect(validateUscc(c)).toEqual({ ok: true, value: c });
    }
  });
  it('accepts computed codes, including letters in the org code and check 0 / X', () => {
    const samples = [
      make('91350200', 'MA2Y1234'),
      make('92350206', 'MA8RTQ3K'),
      make('11100000', '00001234'),
      make('52350000', '50000712'),
      make('Y1350203', 'MA3CDE44'),
    ];
    for (const s of samples) expect(validateUscc(s)).toEqual({ ok: true, value: s });
    // find codes whose org check is X and 0, and whose overall check is 0 (31 → 0)
    let orgX = '', org0 = '', check0 = '';
    for (let n = 0; n < 5000 && !(orgX && org0 && check0); n++) {
      const org8 = String(10000000 + n * 7919).slice(0, 8);
      const code = make('91350200', org8);
      if (code[16] === 'X' && !orgX) orgX = code;
      if (code[16] === '0' && !org0) org0 = code;
      if (code[17] === '0' && !check0) check0 = code;
    }
    for (const c of [orgX, org0, check0]) {
      expect(c).toHaveLength(18);
      expect(validateUscc(c)).toEqual({ ok: true, value: c });
    }
    expect(usccCheckChar(check0.slice(0, 17))).toBe('0');
  });
  it('upper-cases lower-case input and converts full-width characters', () => {
    expect(validateUscc('91440300708461136t')).toEqual({ ok: true, value: '91440300708461136T' });
    expect(validateUscc('９１３３０１００７１６１０５８５２ｆ')).toEqual({ ok: true, value: '91330100716105852F' });
    expect(validateUscc(' 9144 0300 7084 6113 6T ')).toEqual({ ok: true, value: '91440300708461136T' });
  });
  it('names each excluded letter I O S V Z and says the code never uses it', () => {
    for (const ch of 'IOSVZ') {
      const s = `91350200MA2Y12${ch}45`;
      const m = msg(s);
      expect(m).toContain(`第15位含有不允许的字符「${ch}」`);
      expect(m).toContain('从不使用字母I、O、S、V、Z');
      expect(msg(s.toLowerCase())).toContain(`「${ch}」`);
    }
    expect(msg('91350200MA2Y12O45')).toContain('是否应为数字0');
  });
  it('names other bad characters', () => {
    expect(msg('9135020-MA2Y123456')).toMatch(/^第8位含有不允许的字符「-」/);
    expect(msg('9135020０MA2Y12345中')).toMatch(/^第18位含有不允许的字符「中」/);
  });
  it('refuses wrong lengths', () => {
    expect(msg('91440300708461136')).toBe('长度应为18位，实际为17位');
    expect(msg('91440300708461136T0')).toBe('长度应为18位，实际为19位');
  });
  it('says what the check character should be', () => {
    const good = make('91350200', 'MA2Y1234');
    for (const wrong of ['0', '1', 'A', 'Y']) {
      if (wrong === good[17]) continue;
      expect(msg(good.slice(0, 17) + wrong)).toBe(`校验位（第18位）应为${good[17]}，请核对代码是否有误`);
    }
    expect(msg('914403001922038217')).toBe('校验位（第18位）应为6，请核对代码是否有误');
  });
  it('refuses a failing organisation-code check even when the overall check character is right', () => {
    const org8 = '70846113';
    const right = orgCheck(org8);
    const wrongOrg = right === '5' ? '4' : '5';
    const first17 = `91440300${org8}${wrongOrg}`;
    const code = first17 + usccCheck(first17);
    expect(msg(code)).toBe(`第9-17位组织机构代码（GB 11714）校验不通过：按第9-16位，第17位应为${right}，请核对第9-17位`);
    // a letter other than X in position 17
    const f2 = `91440300${org8}A`;
    expect(msg(f2 + usccCheck(f2))).toContain(`第17位应为${right}`);
  });
  it('orgCodeCheckChar matches the independent computation', () => {
    for (const o of ['70846113', '19220382', 'MA2Y1234', 'ABCDEFGH', '00000000', 'WXY12345']) {
      expect(orgCodeCheckChar(o)).toBe(orgCheck(o));
    }
  });
  it('refuses empty input', () => {
    expect(msg('')).toBe('请填写统一社会信用代码');
  });
  it('never echoes the whole code', () => {
    for (const b of ['914403001922038217', '91440300708461136', '91350200MA2Y12O45X']) expect(msg(b)).not.toContain(b.slice(0, 12));
  });
});
