// The roster's times are China Standard Time whatever the machine says: run these under another zone.
process.env.TZ = 'America/Los_Angeles';

import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { openApiHost, type ApiHost } from '../../../electron/api/host';
import { templateShifts } from '../../../shared/dutyRoster';
import type { DutyRosterView } from '../../../shared/records/dutyRoster';
import type { RosterImportPreview } from '../../../shared/records/dutyRosterImport';
import type { StoredPerson } from '../../../shared/records/person';
import { tempWorkspace } from '../../support/tempWorkspace';

// Fictional numbers with correct MOD 11-2 check characters (GB 11643-1999).
const IDS = ['35020319900101123X', '350203198506152340', '350203199203043459', '350203198512310026'];
const DEC = { from: '2026-12-01', to: '2026-12-31' };

async function xlsxBytes(rows: unknown[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('12月');
  for (const r of rows) ws.addRow(r);
  ws.getColumn(1).numFmt = 'yyyy-mm-dd';
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('导入排班表 through the API: preview, apply as one undo step, refusals', () => {
  const ws = tempWorkspace();
  const dir = mkdtempSync(path.join(tmpdir(), 'roster-import-'));
  let api: ApiHost;
  const people: StoredPerson[] = [];
  async function call<T>(method: string, input: unknown): Promise<T> {
    const reply = await api.dispatch(method, input, { transport: 'test' });
    if (!reply.ok) throw new Error(`${reply.error.message} [${reply.error.field ?? ''}]`);
    return reply.result as T;
  }
  const who = (v: DutyRosterView, date: string, shiftId: string) => v.slots.find((s) => s.date === date && s.shiftId === shiftId)?.personId;
  const preview = (name: string, bytes: Buffer) => call<RosterImportPreview>('dutyRoster.importPreview', { month: '2026-12', name, dataBase64: bytes.toString('base64') });

  beforeAll(async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-20T04:00:00Z'), shouldAdvanceTime: true });
    api = await openApiHost(ws.dir);
    for (const [i, id] of IDS.entries()) people.push(await call('people.save', { name: `值班${'甲乙丙丁'[i]}`, idType: '居民身份证', idNumber: id, roles: ['值班人员'] }));
  });
  afterAll(async () => {
    await api.close();
    ws.remove();
    rmSync(dir, { recursive: true, force: true });
    vi.useRealTimers();
  });
  beforeEach(async () => {
    for (;;) if (!(await api.dispatch('dutyRoster.undo', {})).ok) break;
  });

  async function setUp() {
    await call('dutyRoster.saveSettings', { dutyPhone: '0592-5551234', shifts: templateShifts('3x8'), rotation: people.slice(0, 3).map((p) => p.id), rotationStart: '2026-12-01', pattern: null });
    await call('dutyRoster.generate', DEC);
  }

  it('refuses before anything is generated, naming 月份', async () => {
    const reply = await api.dispatch('dutyRoster.importPreview', { month: '2026-12', name: 'a.csv', dataBase64: Buffer.from('日期,早班\n1,值班甲\n').toString('base64') });
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error.message).toMatch(/^月份：请先保存值班设置/);
  });

  it('an .xlsx grid with dates as Excel dates and as serial numbers: previewed, nothing written; applied as one 撤销', async () => {
    await setUp();
    const before = await call<DutyRosterView>('dutyRoster.get', DEC);
    const [a, b, c, d] = people.map((p) => p.id);
    const bytes = await xlsxBytes([
      ['2026年12月值班表'],
      ['日期', '早班', '中班', '夜班'],
      [new Date(Date.UTC(2026, 11, 5)), '值班丁', '', '值班甲'],
      [46362, '值班乙', '张三', ''], // 2026-12-06 as a bare serial
      [new Date(Date.UTC(2026, 10, 30)), '值班甲', '', ''],
    ]);
    const p = await preview('十二月排班.xlsx', bytes);
    expect(p.layout).toBe('grid');
    expect(p.rejected).toEqual(['第4行 中班：找不到人员“张三”（请先在人员中登记，或检查姓名是否写错）', '第5行 日期：2026-11-30 不在所选月份 2026-12 内']);
    const expected = [
      ['2026-12-05', 'early', d],
      ['2026-12-05', 'night', a],
      ['2026-12-06', 'early', b],
    ].filter(([date, shift, id]) => who(before, date!, shift!) !== id);
    expect(p.changes.map((x) => [x.date, x.shiftId, x.personId])).toEqual(expected);
    expect(p.unchanged).toBe(3 - expected.length);
    expect(who(p.view, '2026-12-05', 'early')).toBe(d);
    expect(who(p.view, '2026-12-05', 'night')).toBe(a);
    // The preview wrote nothing.
    expect(await call<DutyRosterView>('dutyRoster.get', DEC)).toEqual(before);

    const applied = await call<{ added: number }>('dutyRoster.importApply', { month: '2026-12', fileName: p.fileName, changes: p.changes });
    expect(applied.added).toBe(expected.length);
    const after = await call<DutyRosterView>('dutyRoster.get', DEC);
    expect(who(after, '2026-12-05', 'early')).toBe(d);
    expect(who(after, '2026-12-06', 'early')).toBe(b);
    expect(after.undo?.label).toBe(`导入排班表 十二月排班.xlsx（${expected.length} 个班次）`);
    expect(after.overrides.filter((o) => o.note.startsWith('导入排班表'))).toHaveLength(expected.length);

    // Importing the same file again changes nothing.
    const again = await preview('十二月排班.xlsx', bytes);
    expect(again.changes).toEqual([]);
    expect(again.unchanged).toBe(3);

    await call('dutyRoster.undo', {});
    const undone = await call<DutyRosterView>('dutyRoster.get', DEC);
    expect(undone.slots).toEqual(before.slots);
  });

  it('a .csv of one row per shift', async () => {
    await setUp();
    const csv = '日期,班次,值班人员\n2026/12/10,夜班,值班丁\n2026/12/10,夜班,值班甲\n2026/12/11,晚班,值班甲\n';
    const p = await preview('排班.csv', Buffer.from(csv, 'utf8'));
    expect(p.layout).toBe('rows');
    expect(p.changes.map((x) => [x.date, x.shiftId, x.personId])).toEqual([['2026-12-10', 'night', people[3]!.id]]);
    expect(p.rejected).toEqual(['第3行 夜班：2026-12-10 夜班已在第2行导入；同一班次只能排一位值班人员', '第4行 班次：找不到班次“晚班”（班次有：早班、中班、夜班）']);
  });

  it('a malformed file, a file of the wrong kind, an oversized file and a sheet without a header: refused whole, the app still answers', async () => {
    await setUp();
    const refused = async (input: object) => {
      const reply = await api.dispatch('dutyRoster.importPreview', { month: '2026-12', ...input }, { transport: 'test' });
      expect(reply.ok).toBe(false);
      return reply.ok ? null : reply.error;
    };
    const broken = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(2000, 7)]);
    expect((await refused({ name: '坏的.xlsx', dataBase64: broken.toString('base64') }))?.message).toMatch(/\.xlsx 文件/);
    expect((await refused({ name: '排班.doc', dataBase64: Buffer.from('x').toString('base64') }))?.message).toBe('只能导入 .xlsx 或 .csv 文件（.xls 请在 Excel 中另存为 .xlsx）');
    const huge = path.join(dir, '巨大.csv');
    writeFileSync(huge, '');
    truncateSync(huge, 101 * 1024 * 1024); // sparse: refused by its size, never read
    const big = await refused({ path: huge });
    expect(big?.message).toMatch(/^文件太大（101\.0 MB），最大 100 MB/);
    expect(big?.field).toBe('path');
    const noHeader = await refused({ name: 'x.csv', dataBase64: Buffer.from('a,b\n1,2\n').toString('base64') });
    expect(noHeader?.message).toMatch(/^排班表：找不到表头/);
    const long = await refused({ name: 'long.csv', dataBase64: Buffer.from(`日期,早班\n${'1,值班甲\n'.repeat(6000)}`).toString('base64') });
    expect(long?.message).toMatch(/一个月的排班表不应超过5,000行/);
    // Still serving.
    expect((await call<DutyRosterView>('dutyRoster.get', DEC)).slots).toHaveLength(93);
  });

  it('apply checks again: a slot that is not in the roster is refused, naming the item', async () => {
    await setUp();
    const reply = await api.dispatch('dutyRoster.importApply', { month: '2026-12', fileName: 'x.csv', changes: [{ date: '2026-12-05', shiftId: 'nope', personId: people[0]!.id }] });
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error.message).toBe('调班：第1项 2026-12-05 没有这个班次的排班（排班已改变，请重新导入）');
  });
});
