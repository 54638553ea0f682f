import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { deceptiveText } from '../../../shared/records/fieldRules';
import { apiOnTempWorkspace } from '../../support/apiOnTempWorkspace';
import { tempWorkspace } from '../../support/tempWorkspace';
import { space } from '../customerSpaces/fixtures';

const SPOOFS = [
  ['a right-to-left override', '张\u202E三'],
  ['a first-strong isolate', '\u2068XM-01\u2069'],
  ['NUL', 'XM\u00000001'],
  ['a C1 control (NEL)', 'XM\u00850001'],
  ['an escape sequence', '\u001b[31mXM'],
  ['a lone high surrogate', 'XM\uD800'],
  ['a lone low surrogate', '\uDC00XM'],
] as const;

describe('text that deceives is refused, naming the field', () => {
  const api = apiOnTempWorkspace();

  it.each(SPOOFS)('资产编号 with %s', async (_what, value) => {
    const error = await api.refused('servers.save', { assetNo: value, purposes: ['网站/虚拟空间'], onlineDate: '2026-10-01' });
    expect(error).toMatchObject({ code: 'VALIDATION', field: 'assetNo' });
    expect(error.message).toContain('资产编号');
  });

  it.each(SPOOFS)('姓名 and 备注 with %s', async (_what, value) => {
    const name = await api.refused('customerSpaces.save', space({ renterName: value }));
    expect(name).toMatchObject({ code: 'VALIDATION', field: 'renterName' });
    expect(name.message).toMatch(/名称|姓名/);
    const note = await api.refused('customerSpaces.save', space({ note: value }));
    expect(note).toMatchObject({ code: 'VALIDATION', field: 'note' });
    expect(note.message).toContain('备注');
  });

  it('keeps honest text: rare characters as surrogate pairs, line breaks in a note, Arabic or Hebrew without overrides', async () => {
    expect(deceptiveText('𠮷野家')).toBeNull();
    expect(deceptiveText('第一行\n第二行\t完', true)).toBeNull();
    expect(deceptiveText('مرحبا שלום')).toBeNull();
    expect(deceptiveText('一行\n两行')).not.toBeNull();
    const saved = await api.ok<{ note: string; renterName: string }>('customerSpaces.save', space({ renterName: '𠮷田', note: '第一行\n第二行' }));
    expect(saved).toMatchObject({ renterName: '𠮷田', note: '第一行\n第二行' });
  });
});

describe('formula-looking cells stay text in every .xlsx', () => {
  const api = apiOnTempWorkspace();
  const ws = tempWorkspace();
  afterAll(() => ws.remove());

  const unzip = (file: string, entry: string) => spawnSync('unzip', ['-p', file, entry], { encoding: 'utf8' }).stdout;
  const escapeXml = (s: string) => s.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

  it('客户空间登记表: a name beginning with = + - @ is a string cell whose format is Text with quotePrefix', async () => {
    const names = ['=HYPERLINK("http://evil.example","点我")', '+cmd|calc', '-1+1', '@SUM(A1)'];
    for (const [i, renterName] of names.entries()) await api.ok('customerSpaces.save', space({ spaceCode: `F-${i}`, renterName }));
    const file = await api.ok<{ dataBase64: string }>('customerSpaces.exportXlsx', {});
    const xlsx = path.join(ws.dir, 'register.xlsx');
    writeFileSync(xlsx, Buffer.from(file.dataBase64, 'base64'));

    const sheet = unzip(xlsx, 'xl/worksheets/sheet1.xml');
    const cellXfs = unzip(xlsx, 'xl/styles.xml').replace(/[\s\S]*<cellXfs[^>]*>/, '').replace(/<\/cellXfs>[\s\S]*/, '');
    const xfs = [...cellXfs.matchAll(/<xf [^>]*>/g)].map((m) => m[0]);
    expect(sheet).not.toContain('<f>');
    // The cell element holding a value, and the style index it names (no s= is style 0).
    const styleOf = (xmlText: string) => {
      const at = sheet.indexOf(`>${xmlText}</`);
      if (at < 0) return null;
      const cell = sheet.slice(sheet.lastIndexOf('<c ', at), at);
      expect(cell, xmlText).toMatch(/t="(str|inlineStr|s)"/);
      return Number(/ s="(\d+)"/.exec(cell)?.[1] ?? 0);
    };
    for (const name of names) {
      const style = styleOf(escapeXml(name));
      expect(style, name).not.toBeNull();
      expect(xfs[style!]).toContain('numFmtId="49"');
      expect(xfs[style!]).toContain('quotePrefix="1"');
    }
    // An ordinary name keeps the ordinary style.
    expect(xfs[styleOf('张示例') ?? 0] ?? '').not.toContain('quotePrefix');
  });
});
