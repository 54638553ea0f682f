import { describe, expect, it } from 'vitest';
import { parseRosterDate, parseRosterSheet, rejectionText, RosterImportRefused, MAX_ROSTER_IMPORT_ROWS, type ImportRow } from '../../../shared/dutyRoster';

const shifts = [
  { id: 'early', name: '早班' },
  { id: 'middle', name: '中班' },
  { id: 'night', name: '夜班' },
];
const people = [
  { id: 'p1', name: '值班甲' },
  { id: 'p2', name: '值班乙' },
  { id: 'p3', name: '值班丙' },
  { id: 'p4', name: '同名' },
  { id: 'p5', name: '同名' },
];
const sheet = (...lines: string[][]): ImportRow[] => lines.map((cells, i) => ({ row: i + 1, cells }));
const parse = (rows: ImportRow[], month = '2026-12') => parseRosterSheet(rows, month, { shifts, people });
const texts = (r: ReturnType<typeof parse>) => r.rejected.map(rejectionText);

describe('parseRosterDate', () => {
  it.each([
    ['2026-12-05', '2026-12-05'],
    ['2026/12/5', '2026-12-05'],
    ['2026.12.05', '2026-12-05'],
    ['2026年12月5日', '2026-12-05'],
    ['2026年12月5日 星期六', '2026-12-05'],
    ['12月5日', '2026-12-05'],
    ['12-05', '2026-12-05'],
    ['5日', '2026-12-05'],
    ['5', '2026-12-05'],
    ['46361', '2026-12-05'], // Excel serial day
    ['46361.5', '2026-12-05'], // a serial with a time of day
    ['46357', '2026-12-01'],
  ])('reads %s as %s', (raw, date) => {
    expect(parseRosterDate(raw, '2026-12')).toEqual({ date });
  });

  it('refuses what is no date, an impossible date and a date of another month, saying which', () => {
    expect(parseRosterDate('下周一', '2026-12')).toEqual({ error: expect.stringContaining('无法识别日期“下周一”') });
    expect(parseRosterDate('2026-02-30', '2026-02')).toEqual({ error: expect.stringContaining('无法识别日期') });
    expect(parseRosterDate('32', '2026-12')).toEqual({ error: expect.stringContaining('无法识别日期') });
    expect(parseRosterDate('2026-11-30', '2026-12')).toEqual({ error: '2026-11-30 不在所选月份 2026-12 内' });
    expect(parseRosterDate('46356', '2026-12')).toEqual({ error: '2026-11-30 不在所选月份 2026-12 内' });
  });
});

describe('parseRosterSheet: grid (dates down, 班次 across)', () => {
  it('reads names under each 班次, below a title, past 星期 and empty cells', () => {
    const r = parse(
      sheet(
        ['2026年12月值班表'],
        ['日期', '星期', '早班（08:00-16:00）', '中班', '夜班'],
        ['2026-12-01', '二', '值班甲', '值班乙', '值班丙'],
        ['46358', '三', '值班乙', '', ' 值 班 丙 '],
        ['', '', '', '', ''],
      ),
    );
    expect(r.layout).toBe('grid');
    expect(r.rejected).toEqual([]);
    expect(r.entries.map((e) => [e.row, e.date, e.shiftId, e.personId])).toEqual([
      [3, '2026-12-01', 'early', 'p1'],
      [3, '2026-12-01', 'middle', 'p2'],
      [3, '2026-12-01', 'night', 'p3'],
      [4, '2026-12-02', 'early', 'p2'],
      [4, '2026-12-02', 'night', 'p3'],
    ]);
  });

  it('lists unknown names, unknown 班次, two names in a cell, a namesake, a wrong month and a duplicate date, by row and 班次', () => {
    const r = parse(
      sheet(
        ['日期', '早班', '中班', '夜班', '大夜班'],
        ['1日', '值班甲', '值班甲、值班乙', '同名', '值班甲'],
        ['2026-11-30', '值班甲', '', '', ''],
        ['1日', '值班乙', '', '', ''],
        ['明天', '值班甲', '', '', ''],
        ['2日', '张三', '', '', ''],
      ),
    );
    expect(r.entries.map((e) => [e.row, e.date, e.shiftId, e.personId])).toEqual([[2, '2026-12-01', 'early', 'p1']]);
    expect(texts(r)).toEqual([
      '第1行 第5列：找不到班次“大夜班”（班次有：早班、中班、夜班），这一列的1个单元格未导入',
      '第2行 中班：一个班次只能排一位值班人员，这里写的是“值班甲、值班乙”',
      '第2行 夜班：人员中有2位“同名”，无法确定是哪一位；请先在人员中区分同名人员',
      '第3行 日期：2026-11-30 不在所选月份 2026-12 内',
      '第4行 早班：2026-12-01 早班已在第2行导入；同一班次只能排一位值班人员',
      '第5行 日期：无法识别日期“明天”（应为 2026-12-05、12月5日 或 5日 这样的日期）',
      '第6行 早班：找不到人员“张三”（请先在人员中登记，或检查姓名是否写错）',
    ]);
  });

  it('a row naming someone but without a date is listed; a row with nothing to take is read past', () => {
    const r = parse(sheet(['日期', '早班'], ['', '值班甲'], ['备注：节假日另排', '']));
    expect(texts(r)).toEqual(['第2行 日期：日期未填写']);
  });
});

describe('parseRosterSheet: one row per shift', () => {
  it('reads 日期, 班次, 值班人员 in any column order, with an Excel serial and text dates', () => {
    const r = parse(
      sheet(
        ['序号', '班次', '值班人员', '日期'],
        ['1', '夜班', '值班丙', '46361'],
        ['2', '早班', '值班甲', '12月6日'],
        ['3', '中班', '', '2026-12-06'], // empty: kept as planned
        ['4', '晚班', '值班乙', '2026-12-06'],
        ['5', '夜班', '值班乙', '2026-12-05'],
        ['6', '', '值班乙', '2026-12-07'],
      ),
    );
    expect(r.layout).toBe('rows');
    expect(r.entries.map((e) => [e.date, e.shiftId, e.personId])).toEqual([
      ['2026-12-05', 'night', 'p3'],
      ['2026-12-06', 'early', 'p1'],
    ]);
    expect(texts(r)).toEqual([
      '第5行 班次：找不到班次“晚班”（班次有：早班、中班、夜班）',
      '第6行 夜班：2026-12-05 夜班已在第2行导入；同一班次只能排一位值班人员',
      '第7行 班次：班次未填写',
    ]);
  });

  it('姓名 serves as the name column', () => {
    expect(parse(sheet(['日期', '班次', '姓名'], ['5', '早班', '值班乙'])).entries).toEqual([
      { row: 2, date: '2026-12-05', shiftId: 'early', shiftName: '早班', personId: 'p2' },
    ]);
  });
});

describe('parseRosterSheet: refused whole', () => {
  it('without a header naming 日期 or a 班次', () => {
    expect(() => parse(sheet(['a', 'b'], ['1', '2']))).toThrow(RosterImportRefused);
    expect(() => parse(sheet(['a', 'b'], ['1', '2']))).toThrow(/找不到表头/);
  });
  it('a 日期 header with no 班次 beside it', () => {
    expect(() => parse(sheet(['日期', '备注'], ['1', 'x']))).toThrow('表头中没有班次：第1行应写各班次名称（早班、中班、夜班）');
  });
  it('far more rows than a month', () => {
    const rows = sheet(['日期', '早班'], ...Array.from({ length: MAX_ROSTER_IMPORT_ROWS + 1 }, () => ['1', '值班甲']));
    expect(() => parse(rows)).toThrow(/一个月的排班表不应超过5,000行/);
  });
});
