/**
 * 导入排班表: a month's roster as units keep it in Excel, read into (date, 班次, 人员) entries. Two layouts:
 *   - grid: dates down, 班次 across (the header names the 班次), a name in each cell;
 *   - rows: one row per shift, columns 日期, 班次 and 值班人员 (or 姓名).
 * Every cell that cannot be taken is listed with why, in Chinese, by row and 班次 (or column). Pure: the
 * service checks the entries against the generated month and turns them into 替班.
 */
import { addDays, isCstDate } from './time';

export interface ImportRow {
  /** The row number as the spreadsheet shows it. */
  row: number;
  cells: string[];
}

export interface RosterImportEntry {
  row: number;
  date: string;
  shiftId: string;
  shiftName: string;
  personId: string;
}

export interface RosterImportRejection {
  row: number;
  /** The 班次 name, or the column's header / 第N列 when there is no 班次 yet. */
  where: string;
  text: string;
}

export interface RosterImportParse {
  layout: 'grid' | 'rows';
  entries: RosterImportEntry[];
  rejected: RosterImportRejection[];
}

/** The whole file cannot be read as a roster: nothing is imported. */
export class RosterImportRefused extends Error {}

/** A month's roster is a few dozen rows; far more is not a month's roster. */
export const MAX_ROSTER_IMPORT_ROWS = 5000;
/** How far down the header row is looked for (a title and a note may stand above it). */
const HEADER_LOOK_AHEAD = 10;
/** Excel's day 0 for serial dates (1900 date system, after its leap-year quirk). */
const EXCEL_EPOCH = '1899-12-30';

const squeeze = (s: string) => s.replace(/[\s\u3000]+/g, '');
/** 早班（08:00-16:00） → 早班 */
const headerName = (s: string) => squeeze(s.replace(/[（(][^）)]*[）)]/g, ''));
const pad = (n: number) => String(n).padStart(2, '0');

const DATE_HEADER = /^(日期|值班日期|排班日期|date)$/i;
const SHIFT_HEADER = /^(班次|班别|班次名称|shift)$/i;
const NAME_HEADER = /^(值班人员|值班人|姓名|人员|name)$/i;
/** Columns a grid may carry besides the 班次: read past, never rejected. */
const IGNORED_HEADER = /^(星期|周|周几|星期几|序号|备注|说明|值班电话|电话|带班领导|值班领导|负责人)$/;
/** What a cell says when nobody is written in it. */
const EMPTY_CELL = /^(|-|—|–|\/|无|空)$/;

/**
 * A date as a roster writes it, inside `month` ('YYYY-MM'): 2026-12-05, 2026/12/5, 2026年12月5日, 12月5日, 12-05, 5日,
 * 5, an Excel serial day (46361), each optionally followed by the weekday. Returns the date or why not.
 */
export function parseRosterDate(raw: string, month: string): { date: string } | { error: string } {
  const text = squeeze(raw);
  const [year, mon] = month.split('-').map(Number) as [number, number];
  const make = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
  let date: string | null = null;
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?![\d.])/.exec(text))) date = make(Number(m[1]), Number(m[2]), Number(m[3]));
  else if ((m = /^(\d{5})(\.\d+)?$/.exec(text))) date = addDays(EXCEL_EPOCH, Number(m[1]));
  else if ((m = /^(\d{1,2})[-/.月](\d{1,2})日?(?![\d.])/.exec(text))) date = make(year, Number(m[1]), Number(m[2]));
  else if ((m = /^(\d{1,2})[日号]?(?![\d.\-/月])/.exec(text))) date = make(year, mon, Number(m[1]));
  if (date === null || !isCstDate(date)) return { error: `无法识别日期“${raw.trim().slice(0, 20)}”（应为 ${month}-05、${Number(month.slice(5))}月5日 或 5日 这样的日期）` };
  if (date.slice(0, 7) !== month) return { error: `${date} 不在所选月份 ${month} 内` };
  return { date };
}

interface Lookup {
  shifts: readonly { id: string; name: string }[];
  people: readonly { id: string; name: string }[];
}

function shiftFinder(shifts: Lookup['shifts']): (text: string) => { id: string; name: string } | undefined {
  const byName = new Map(shifts.map((s) => [headerName(s.name), s]));
  return (text) => byName.get(headerName(text));
}

function personFinder(people: Lookup['people']): (cell: string) => { id: string } | { error: string } {
  const byName = new Map<string, string[]>();
  for (const p of people) {
    const key = squeeze(p.name);
    if (key) byName.set(key, [...(byName.get(key) ?? []), p.id]);
  }
  return (cell) => {
    const text = cell.trim();
    const several = () => ({ error: `一个班次只能排一位值班人员，这里写的是“${text.slice(0, 30)}”` });
    if (/[、,，;；/\n]/.test(text)) return several();
    const ids = byName.get(squeeze(text)) ?? [];
    if (ids.length === 0) {
      const parts = text.split(/[\s\u3000]+/);
      if (parts.length > 1 && parts.every((p) => byName.has(p))) return several();
      return { error: `找不到人员“${text.slice(0, 20)}”（请先在人员中登记，或检查姓名是否写错）` };
    }
    if (ids.length > 1) return { error: `人员中有${ids.length}位“${text.slice(0, 20)}”，无法确定是哪一位；请先在人员中区分同名人员` };
    return { id: ids[0]! };
  };
}

const columnName = (i: number) => `第${i + 1}列`;

/** The header row: the first of the top rows with a 日期 cell, or else with a 班次 name in it. */
function findHeader(rows: readonly ImportRow[], isShift: (t: string) => boolean): number {
  const top = rows.slice(0, HEADER_LOOK_AHEAD);
  const byDate = top.findIndex((r) => r.cells.some((c) => DATE_HEADER.test(headerName(c))));
  if (byDate >= 0) return byDate;
  return top.findIndex((r) => r.cells.some((c) => isShift(c)));
}

/**
 * Reads a sheet's rows (the header among them) as the roster of `month`. Rows above the header (a title) are
 * read past. Throws RosterImportRefused when no header can be found or the sheet is far too long.
 */
export function parseRosterSheet(rows: readonly ImportRow[], month: string, lookup: Lookup): RosterImportParse {
  const findShift = shiftFinder(lookup.shifts);
  const findPerson = personFinder(lookup.people);
  const shiftNames = lookup.shifts.map((s) => s.name).join('、');
  const h = findHeader(rows, (t) => findShift(t) !== undefined);
  if (h < 0) {
    throw new RosterImportRefused(`找不到表头：表头应有“日期”和各班次名称（${shiftNames}），或“日期、班次、值班人员”三列；前${HEADER_LOOK_AHEAD}行中都没有`);
  }
  const header = rows[h]!.cells.map(headerName);
  const body = rows.slice(h + 1);
  if (body.length > MAX_ROSTER_IMPORT_ROWS) {
    throw new RosterImportRefused(`表格有${body.length.toLocaleString('en-US')}行，一个月的排班表不应超过${MAX_ROSTER_IMPORT_ROWS.toLocaleString('en-US')}行；请只保留所选月份的排班`);
  }
  const entries: RosterImportEntry[] = [];
  const rejected: RosterImportRejection[] = [];
  const seen = new Map<string, number>();
  const reject = (row: number, where: string, text: string) => rejected.push({ row, where, text });
  const take = (row: number, date: string, shift: { id: string; name: string }, cell: string) => {
    const person = findPerson(cell);
    if ('error' in person) return reject(row, shift.name, person.error);
    const key = `${date}|${shift.id}`;
    const first = seen.get(key);
    if (first !== undefined) return reject(row, shift.name, `${date} ${shift.name}已在第${first}行导入；同一班次只能排一位值班人员`);
    seen.set(key, row);
    entries.push({ row, date, shiftId: shift.id, shiftName: shift.name, personId: person.id });
  };

  const dateCol = header.findIndex((c) => DATE_HEADER.test(c));
  const shiftCol = header.findIndex((c) => SHIFT_HEADER.test(c));
  const nameCol = header.findIndex((c) => NAME_HEADER.test(c));

  if (dateCol >= 0 && shiftCol >= 0 && nameCol >= 0) {
    for (const r of body) {
      const cell = (i: number) => (r.cells[i] ?? '').trim();
      if (r.cells.every((c) => c.trim() === '')) continue;
      const d = parseRosterDate(cell(dateCol), month);
      if ('error' in d) {
        reject(r.row, '日期', cell(dateCol) === '' ? '日期未填写' : d.error);
        continue;
      }
      const shiftText = cell(shiftCol);
      const shift = findShift(shiftText);
      if (!shift) {
        reject(r.row, '班次', shiftText === '' ? '班次未填写' : `找不到班次“${shiftText.slice(0, 20)}”（班次有：${shiftNames}）`);
        continue;
      }
      if (EMPTY_CELL.test(cell(nameCol))) continue;
      take(r.row, d.date, shift, cell(nameCol));
    }
    return { layout: 'rows', entries, rejected };
  }

  // Grid: the date column is the 日期 header's, or the first column that is not a 班次.
  const gridDateCol = dateCol >= 0 ? dateCol : header.findIndex((c) => !findShift(c));
  const columns = header.map((c, i) => {
    if (i === gridDateCol || c === '' || IGNORED_HEADER.test(c)) return null;
    return findShift(c) ?? { unknown: c };
  });
  const headerRow = rows[h]!.row;
  columns.forEach((c, i) => {
    if (c && 'unknown' in c) {
      const filled = body.filter((r) => !EMPTY_CELL.test((r.cells[i] ?? '').trim())).length;
      reject(headerRow, columnName(i), `找不到班次“${c.unknown.slice(0, 20)}”（班次有：${shiftNames}），这一列的${filled}个单元格未导入`);
    }
  });
  if (!columns.some((c) => c && !('unknown' in c))) {
    throw new RosterImportRefused(`表头中没有班次：第${headerRow}行应写各班次名称（${shiftNames}）`);
  }
  for (const r of body) {
    const cellAt = (i: number) => (r.cells[i] ?? '').trim();
    const named = columns.some((c, i) => c && !('unknown' in c) && !EMPTY_CELL.test(cellAt(i)));
    if (!named) continue; // a blank line, a note, a weekday row: nothing to take
    const raw = gridDateCol >= 0 ? cellAt(gridDateCol) : '';
    const d = parseRosterDate(raw, month);
    if ('error' in d) {
      reject(r.row, '日期', raw === '' ? '日期未填写' : d.error);
      continue;
    }
    columns.forEach((c, i) => {
      if (!c || 'unknown' in c || EMPTY_CELL.test(cellAt(i))) return;
      take(r.row, d.date, c, cellAt(i));
    });
  }
  return { layout: 'grid', entries, rejected };
}

/** "第5行 夜班：找不到人员“张三”" */
export const rejectionText = (r: RosterImportRejection): string => `第${r.row}行 ${r.where}：${r.text}`;
