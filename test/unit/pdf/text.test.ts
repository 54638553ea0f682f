import { describe, expect, it } from 'vitest';
import { CODE_BREAKS, tokenize, wrapText, type Measure } from '../../../electron/pdf/text';
import { loadFaces } from '../../../electron/pdf/fonts';
import { createMeasure } from '../../../electron/pdf/measure';

// Full-width characters 1 em, everything else half an em: easy to count.
const fake: Measure = (text, size) => [...text].reduce((w, c) => w + (c.codePointAt(0)! > 0x2e7f ? 1 : 0.5), 0) * size;

describe('wrapText', () => {
  it('breaks Chinese text between any two characters', () => {
    expect(wrapText('厦门市服务器托管行业安全管理规定', 50, 10, fake)).toEqual(['厦门市服务', '器托管行业', '安全管理规', '定']);
  });

  it('keeps Latin words, numbers and IDs whole on mixed lines', () => {
    const text = '机房位于Xiamen Software Park，统一社会信用代码91350200MA2XXXXX1A，电话0592-1234567';
    const lines = wrapText(text, 100, 10, fake);
    expect(lines.join(' ').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
    for (const word of ['Xiamen', 'Software', '91350200MA2XXXXX1A，', '0592-1234567']) {
      expect(lines.some((l) => l.includes(word)), `${word} in ${JSON.stringify(lines)}`).toBe(true);
    }
    for (const l of lines) expect(fake(l, 10)).toBeLessThanOrEqual(100);
  });

  it('never starts a line with closing punctuation nor ends one with opening punctuation', () => {
    const lines = wrapText('一二三四五，六七八九《十》', 50, 10, fake);
    expect(lines[0]).toBe('一二三四');
    expect(lines).toEqual(['一二三四', '五，六七八', '九《十》']);
    expect(lines.every((l) => !/^[，。》]/.test(l) && !/《$/.test(l))).toBe(true);
  });

  it('honours explicit newlines and keeps blank lines', () => {
    expect(wrapText('第一行\n\n第三行\r\n第四行', 200, 10, fake)).toEqual(['第一行', '', '第三行', '第四行']);
  });

  it('cuts a word wider than the line, and drops spaces at line breaks', () => {
    expect(wrapText('abcdefghijkl', 30, 10, fake)).toEqual(['abcdef', 'ghijkl']);
    expect(wrapText('aaaa bbbb cccc', 25, 10, fake)).toEqual(['aaaa', 'bbbb', 'cccc']);
  });

  it('with CODE_BREAKS, cuts a code too wide for the line after -, ., : or /, else by characters', () => {
    const code = { breakAfter: CODE_BREAKS };
    expect(wrapText('XM-IDC-000123', 40, 10, fake)).toEqual(['XM-IDC-0', '00123']);
    expect(wrapText('XM-IDC-000123', 40, 10, fake, code)).toEqual(['XM-IDC-', '000123']);
    expect(wrapText('srv01.demo.example.com', 60, 10, fake, code)).toEqual(['srv01.demo.', 'example.com']);
    expect(wrapText('https://a.example/x', 40, 10, fake, code)).toEqual(['https://', 'a.', 'example/', 'x']);
    // '::' stays whole: no line starts with ':'.
    expect(wrapText('2001:db8:85a3::8a2e:370:7334', 40, 10, fake, code)).toEqual(['2001:', 'db8:', '85a3::', '8a2e:', '370:7334']);
    expect(wrapText('abcdefghijkl', 30, 10, fake, code)).toEqual(['abcdef', 'ghijkl']);
    // A token that fits its line is not cut at all.
    expect(wrapText('机柜 A01-01U', 40, 10, fake, code)).toEqual(['机柜', 'A01-01U']);
  });

  it('tokenizes words, CJK characters, spaces and clinging punctuation', () => {
    expect(tokenize('张三（Zhang San）：IP 10.0.0.1。')).toEqual(['张', '三', '（Zhang', ' ', 'San）：', 'IP', ' ', '10.0.0.1。']);
  });

  it('fits the measured width of the real font', () => {
    const measure = createMeasure(loadFaces());
    const text = '信息网络安全领导小组由单位负责人任组长，成员包括 network administrator 与 24 小时值班人员（duty officer），负责落实第十三条规定。';
    const lines = wrapText(text, 150, 11, measure);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
    for (const l of lines) expect(measure(l, 11)).toBeLessThanOrEqual(150);
  });
});
