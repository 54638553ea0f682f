import { describe, it, expect } from 'vitest';
import { normalizeInput, describeChar, findBadChar, charLength } from '../../../shared/identity/normalize';

describe('normalizeInput', () => {
  it('trims and removes inner spaces of every kind', () => {
    expect(normalizeInput('  1101 05\t1949\u00A01231\u3000002X  ')).toBe('11010519491231002X');
    expect(normalizeInput('\u200B138\uFEFF0013 8000')).toBe('13800138000');
  });
  it('converts full-width digits and letters to ASCII, keeping case', () => {
    expect(normalizeInput('０１２３４５６７８９')).toBe('0123456789');
    expect(normalizeInput('ＡＢＣＸＹＺａｂｃｘｙｚ')).toBe('ABCXYZabcxyz');
    expect(normalizeInput('Ｈ１２３４　５６７８')).toBe('H12345678');
  });
  it('leaves other characters alone so validators can name them', () => {
    expect(normalizeInput('0592－5551234（转）')).toBe('0592－5551234（转）');
    expect(normalizeInput('')).toBe('');
  });
});

describe('helpers', () => {
  it('describeChar shows invisible characters by code point', () => {
    expect(describeChar('O')).toBe('O');
    expect(describeChar('\u0007')).toBe('U+0007');
  });
  it('findBadChar and charLength count code points', () => {
    expect(findBadChar('12𠮷4', /^\d$/)).toEqual({ ch: '𠮷', position: 3 });
    expect(findBadChar('1234', /^\d$/)).toBeNull();
    expect(charLength('12𠮷4')).toBe(4);
  });
});
