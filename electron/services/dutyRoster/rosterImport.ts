// 导入排班表: a month's roster from .xlsx/.csv, read in the bounded sheet worker of the customer import, checked
// against the generated month and applied as 替班 in one undo step.
import { randomUUID } from 'node:crypto';
import { ApiError } from '../../../shared/api/errors';
import { nowCst, parseRosterSheet, rejectionText, RosterImportRefused, type ImportRow } from '../../../shared/dutyRoster';
import type { StoredOverride } from '../../../shared/records/dutyRoster';
import {
  MAX_LISTED_REJECTIONS,
  type RosterImportApplyInput,
  type RosterImportChange,
  type RosterImportPreview,
} from '../../../shared/records/dutyRosterImport';
import type { Store } from '../../storage/types';
import { readSheetInWorker } from '../customerImport/readInWorker';
import { SheetRefused, type ParsedSheet } from '../customerImport/sheetTypes';
import { effectiveRoster, rosterView } from '../dutyRosterService';
import { readPeopleNames, readSettings, RosterChange } from './docs';
import { lastDayOf } from './preview';

/** The customer import's refusals, worded for a roster. */
const forRoster = (message: string) =>
  message.replace('其下是客户空间的数据', '其下是排班').replace('不像是客户空间表格', '不像是排班表').replace('请只保留客户空间的各列', '请只保留排班的各列');

/** The file as rows (the header among them), or the whole file refused with why (field: how it was given). */
export async function readRosterFile(name: string, bytes: Buffer, field: string): Promise<ImportRow[]> {
  let sheet: ParsedSheet;
  try {
    sheet = await readSheetInWorker(name, bytes);
  } catch (err) {
    if (err instanceof SheetRefused) throw new ApiError('VALIDATION', forRoster(err.message), field);
    throw err;
  }
  // The reader takes row 1 as the header; parseRosterSheet looks for the real one among the top rows.
  return [{ row: 1, cells: sheet.headers }, ...sheet.rows];
}

const notGenerated = (month: string) => `月份：${month} 还没有生成排班；请先保存值班设置并生成本月排班，再导入排班表（导入的班次记为替班）`;

/** What the file would change in `month`: the 替班, the cells rejected and why, and the month as it would be. */
export function previewRosterImport(
  store: Store,
  month: string,
  fileName: string,
  rows: ImportRow[],
  field = 'dataBase64',
  now: string = nowCst(),
): RosterImportPreview {
  return store.read((db) => {
    const settings = readSettings(db);
    if (!settings) throw new ApiError('VALIDATION', '月份：请先保存值班设置（值班电话、班次、轮换）并生成本月排班，再导入排班表', 'month');
    const people = readPeopleNames(db);
    const from = `${month}-01`;
    const to = lastDayOf(month);
    const slots = effectiveRoster(db, from, to).slots.filter((s) => s.date >= from);
    if (slots.length === 0) throw new ApiError('VALIDATION', notGenerated(month), 'month');
    const shiftIds = new Set(slots.map((s) => s.shiftId));
    const shifts = [...settings.shifts.filter((s) => shiftIds.has(s.id)), ...settings.shifts.filter((s) => !shiftIds.has(s.id))];
    let parsed;
    try {
      parsed = parseRosterSheet(rows, month, { shifts, people: [...people].map(([id, name]) => ({ id, name })) });
    } catch (err) {
      if (err instanceof RosterImportRefused) throw new ApiError('VALIDATION', `排班表：${err.message}`, field);
      throw err;
    }
    const bySlot = new Map(slots.map((s) => [`${s.date}|${s.shiftId}`, s]));
    const rejected = [...parsed.rejected];
    const changes: RosterImportChange[] = [];
    let unchanged = 0;
    for (const e of parsed.entries) {
      const slot = bySlot.get(`${e.date}|${e.shiftId}`);
      if (!slot) {
        rejected.push({ row: e.row, where: e.shiftName, text: `${e.date} 没有${e.shiftName}的排班（重新生成本月排班后再导入）` });
        continue;
      }
      if (slot.personId === e.personId) {
        unchanged++;
        continue;
      }
      changes.push({ row: e.row, date: e.date, shiftId: e.shiftId, shiftName: e.shiftName, fromPersonId: slot.personId, personId: e.personId });
    }
    rejected.sort((a, b) => a.row - b.row);
    const extra = changes.map((c) => replaceOverride(c, fileName, now));
    return {
      fileName,
      month,
      layout: parsed.layout,
      changes,
      unchanged,
      rejected: rejected.slice(0, MAX_LISTED_REJECTIONS).map(rejectionText),
      rejectedTotal: rejected.length,
      view: rosterView(db, settings, from, to, now, undefined, extra),
    };
  });
}

function replaceOverride(c: { date: string; shiftId: string; personId: string }, fileName: string, now: string): StoredOverride {
  return { id: randomUUID(), kind: 'replace', date: c.date, shiftId: c.shiftId, personId: c.personId, note: `导入排班表：${fileName}`.slice(0, 100), createdAt: now };
}

/** Applies the previewed 替班 as one change (one 撤销 takes them all back). Each is checked again. */
export function applyRosterImport(store: Store, input: RosterImportApplyInput): Promise<{ added: number; unchanged: number }> {
  return store.mutate((tx) => {
    const from = `${input.month}-01`;
    const to = lastDayOf(input.month);
    const eff = effectiveRoster(tx.db, from, to);
    const slots = eff.slots.filter((s) => s.date >= from);
    if (slots.length === 0) throw new ApiError('VALIDATION', notGenerated(input.month), 'month');
    const people = readPeopleNames(tx.db);
    const bySlot = new Map(slots.map((s) => [`${s.date}|${s.shiftId}`, s]));
    const seen = new Set<string>();
    const added: StoredOverride[] = [];
    let unchanged = 0;
    input.changes.forEach((c, i) => {
      const key = `${c.date}|${c.shiftId}`;
      const slot = bySlot.get(key);
      if (!slot) throw new ApiError('VALIDATION', `调班：第${i + 1}项 ${c.date} 没有这个班次的排班（排班已改变，请重新导入）`, `changes.${i}.shiftId`);
      if (!people.has(c.personId)) throw new ApiError('VALIDATION', `调班：第${i + 1}项的值班人员已从人员中删除，请重新导入`, `changes.${i}.personId`);
      if (seen.has(key)) throw new ApiError('VALIDATION', `调班：第${i + 1}项与前面的 ${c.date} ${slot.shiftName}重复`, `changes.${i}`);
      seen.add(key);
      if (slot.personId === c.personId) unchanged++;
      else added.push(replaceOverride(c, input.fileName, tx.now));
    });
    if (added.length === 0) return { added: 0, unchanged };
    const change = new RosterChange(tx);
    change.writeOverrides([...eff.overrides, ...added]);
    change.commit(`导入排班表 ${input.fileName}（${added.length} 个班次）`);
    return { added: added.length, unchanged };
  });
}
