// Issue 10, the duty part: 第十三条（二） judged over the whole filed month (past days included) is one evaluation
// that compliance.summary (概览), filing.check (完整性检查), dutyRoster.get / .check (值班表) and 03 (pdftotext)
// all report in the same words; a 值班记录 covers a past gap everywhere without rewriting the roster.
process.env.TZ = 'America/Los_Angeles';

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openApiHost, type ApiHost } from '../../../electron/api/host';
import * as dutyRosterPdf from '../../../electron/filing/pdfs/dutyRosterPdf';
import { loadFilingRecords } from '../../../electron/filing/records';
import { renderLayout } from '../../../electron/pdf';
import type { ComplianceSummary } from '../../../shared/compliance/summary';
import type { Completeness } from '../../../shared/filing/completeness';
import { templateShifts } from '../../../shared/dutyRoster';
import type { DutyRosterView } from '../../../shared/records/dutyRoster';
import type { StoredPerson } from '../../../shared/records/person';
import { PdfFile } from '../pdf/poppler';
import { SAMPLE_UNIT } from '../../support/sampleData';
import { tempWorkspace } from '../../support/tempWorkspace';

const ID_A = '35020319900101123X';
const ID_B = '350203198506152340';
const ID_C = '350203199203043459';
const MONTH = '2026-12';
// 2026-12-06 10:00 Beijing time.
const NOW = new Date('2026-12-06T02:00:00Z');
const PAST_GAP = '2026-12-01 00:00–24:00 无人值班（已过去，未登记实际值班人员）';
/** Whitespace gone, and each page's footer with the next page's header, so a sentence run onto the next page reads whole. */
const squash = (s: string) => s.replace(/\s+/g, '').replace(/(03值班表·)?第\d+页\/共\d+页[^：]*生成时间：\d{4}-\d\d-\d\d\d\d:\d\d:\d\d/g, '');

describe('第十三条（二） over the filed month: one evaluation on every surface', () => {
  const ws = tempWorkspace();
  let api: ApiHost;
  let people: StoredPerson[];

  async function ok<T>(method: string, input: unknown): Promise<T> {
    const reply = await api.dispatch(method, input);
    if (!reply.ok) throw new Error(`${method}: ${reply.error.message}`);
    return reply.result as T;
  }
  const dutyRow = async () => (await ok<ComplianceSummary>('compliance.summary', {})).rows.find((r) => r.article === '第十三条（二）')!;
  const dutyItems = async () => {
    const c = await ok<Completeness>('filing.check', { month: MONTH });
    return { blocking: c.blocking.filter((i) => i.article === '第十三条（二）'), warnings: c.warnings.filter((i) => i.article === '第十三条（二）') };
  };
  async function pdf03(): Promise<string> {
    const records = loadFilingRecords(api.session.store, { month: MONTH, now: NOW });
    const { bytes } = await renderLayout(dutyRosterPdf.build(records, { month: MONTH, generatedAt: NOW }));
    const file = new PdfFile(bytes);
    try {
      return file.text();
    } finally {
      file.close();
    }
  }

  beforeAll(async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: NOW, shouldAdvanceTime: true });
    api = await openApiHost(ws.dir);
    await ok('unit.save', SAMPLE_UNIT);
    people = [];
    for (const [name, idNumber] of [
      ['陈值班', ID_A],
      ['林值班', ID_B],
      ['黄值班', ID_C],
    ] as const) {
      people.push(await ok<StoredPerson>('people.save', { name, idType: '居民身份证', idNumber, roles: ['值班人员'] }));
    }
    // 3×8 in the settings' order 早班 08:00, 中班 16:00, 夜班 00:00; the roster starts on the 2nd: the 1st is a past gap.
    await ok('dutyRoster.saveSettings', { dutyPhone: '0592-5551234', shifts: templateShifts('3x8'), rotation: people.map((p) => p.id), rotationStart: '2026-12-02' });
    await ok('dutyRoster.generate', { from: '2026-12-02', to: '2026-12-31' });
    // The 值班制度 (also 第十三条（二）) is kept, so the duty roster's findings stand alone under that article.
    await ok('dutyPolicy.save', { text: '一、实行二十四小时值班，三班轮换；二、交接班当面交接并登记值班记录；三、发现安全事件立即报告。' });
  }, 120_000);
  afterAll(async () => {
    await api.close();
    ws.remove();
    vi.useRealTimers();
  });

  it('a past gap: the same finding in 概览, 完整性检查 (a reminder, not blocking), 值班表 and 03', async () => {
    const row = await dutyRow();
    expect(row.status).toBe('warn');
    const texts = row.details.map((d) => d.text);
    expect(texts[0]).toBe(PAST_GAP);
    // 12-02 to 12-06 10:00: 13 shifts (4 days, and the 6th's 夜班) ended with no 值班记录.
    expect(texts).toEqual([PAST_GAP, '13 个已结束的班次未填写值班记录（最早 2026-12-02 夜班）']);

    const check = await ok<{ lines: string[] }>('dutyRoster.check', { from: '2026-12-01', to: '2026-12-31' });
    expect(check.lines).toEqual(texts);
    const view = await ok<DutyRosterView>('dutyRoster.get', { from: '2026-12-01', to: '2026-12-31' });
    expect(view.check.findings.map((f) => f.text)).toEqual(texts);
    expect(view.check.gaps).toEqual([{ start: '2026-12-01 00:00', end: '2026-12-02 00:00', minutes: 1440, state: 'past' }]);

    const items = await dutyItems();
    expect(items.blocking).toEqual([]);
    expect(items.warnings).toHaveLength(1);
    expect(items.warnings[0]!.details).toEqual(texts);

    const text = squash(await pdf03());
    for (const line of texts) expect(text).toContain(squash(line));
    // 03 lists a day's shifts as the day runs: 夜班 (00:00) first, then 早班, then 中班.
    const night = text.indexOf('夜班00:00–08:00');
    expect(night).toBeGreaterThan(-1);
    expect(night).toBeLessThan(text.indexOf('早班08:00–16:00'));
    expect(text.indexOf('早班08:00–16:00')).toBeLessThan(text.indexOf('中班16:00–24:00'));

    // 工时统计: the second table, as on the screen; 3 people for 24×7 is a reminder with its source, never blocking.
    expect(view.workTime.balance.map((b) => [b.shifts, b.hours])).toEqual([
      [30, 240],
      [30, 240],
      [30, 240],
    ]);
    expect(view.workTime.teamSize).toBe('轮换只有 3 人：24×7 值班每周 168 小时，按每人每周 40 小时至少需要 5 人（国务院《关于职工工作时间的规定》第三条）');
    expect(text).toContain(squash('四、工时统计'));
    expect(text).toContain(squash(`提醒：${view.workTime.teamSize}`));
    for (const r of view.workTime.reminders.slice(0, 3)) expect(text).toContain(squash(r.text));
  }, 120_000);

  it('a future gap is red and blocks; a 值班记录 covers the past gap everywhere, the roster unchanged', async () => {
    await ok('dutyRoster.addOverride', { kind: 'leave', date: '2026-12-20', personId: people[0]!.id, coveredBy: '' });
    const red = await dutyRow();
    expect(red.status).toBe('error');
    expect(red.details[0]).toEqual({ status: 'error', text: '2026-12-20 08:00–16:00 无人值班' });
    expect((await dutyItems()).blocking[0]?.details).toContain('2026-12-20 08:00–16:00 无人值班');
    await ok('dutyRoster.undo', {});

    // Who actually was there on the 1st.
    const refused = await api.dispatch('dutyLog.save', { personId: people[1]!.id, start: '2026-12-06 08:00', end: '2026-12-06 16:00' });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error).toMatchObject({ field: 'end', message: expect.stringContaining('交班时间：不能晚于现在') });
    const self = await api.dispatch('dutyLog.save', { personId: people[1]!.id, handoverTo: people[1]!.id, start: '2026-12-01 00:00', end: '2026-12-01 12:00' });
    expect(self.ok).toBe(false);
    if (!self.ok) expect(self.error).toMatchObject({ field: 'handoverTo', message: '接班人员不能是实际值班人员本人' });

    await ok('dutyLog.save', { personId: people[1]!.id, start: '2026-12-01 00:00', end: '2026-12-01 12:00', handoverTo: people[2]!.id, notes: '巡检正常' });
    const half = await dutyRow();
    expect(half.details[0]?.text).toBe('2026-12-01 12:00–24:00 无人值班（已过去，未登记实际值班人员）');
    await ok('dutyLog.save', { personId: people[2]!.id, start: '2026-12-01 12:00', end: '2026-12-02 00:00' });

    const row = await dutyRow();
    expect(row.details.map((d) => d.text)).toEqual(['13 个已结束的班次未填写值班记录（最早 2026-12-02 夜班）']);
    expect(row.message).toBe('本月值班全时段覆盖，但有13 个已结束的班次未填写值班记录（最早 2026-12-02 夜班）');
    const view = await ok<DutyRosterView>('dutyRoster.get', { from: '2026-12-01', to: '2026-12-31' });
    expect(view.check.gaps).toEqual([]);
    expect(view.check.lines).toEqual([
      '全时段已覆盖（24×7）',
      '13 个已结束的班次未填写值班记录（最早 2026-12-02 夜班）',
      '2026-12-01 00:00–24:00 排班空缺，值班记录：林值班、黄值班 实际值班',
    ]);
    // The plan itself still has nothing on the 1st.
    expect(view.coverage.gaps).toEqual([{ start: '2026-12-01 00:00', end: '2026-12-02 00:00', minutes: 1440 }]);
    expect(view.slots.filter((s) => s.date === '2026-12-01')).toEqual([]);
    expect(view.log).toHaveLength(2);
    const text = squash(await pdf03());
    for (const line of view.check.lines) expect(text).toContain(squash(line));
    expect(text).not.toContain('已过去，未登记');
  }, 120_000);
});
