// 08 值班记录: each planned 班次 with the actual person, the handover and what happened (the 安全事件 named), the
// ended ones without a record marked 未记录; a month with no record at all, and 200 records running over pages.
// Read back with pdftotext.
import { describe, expect, it } from 'vitest';
import { applies, build, NOT_DUE, NOT_LOGGED } from '../../../electron/filing/pdfs/dutyLogPdf';
import type { FilingRecords } from '../../../electron/filing/records';
import { renderLayout } from '../../../electron/pdf';
import { datesInRange } from '../../../shared/dutyRoster';
import type { StoredDutyLog } from '../../../shared/records/dutyLog';
import type { RosterSlot } from '../../../shared/records/dutyRoster';
import { PdfFile } from '../pdf/poppler';

const PEOPLE = [
  { id: 'p1', name: '陈值班' },
  { id: 'p2', name: '林值班' },
];
const GENERATED = new Date('2026-12-20T10:00:00+08:00');

/** Two 12-hour shifts a day, 白班 08:00–20:00 and 夜班 20:00–08:00, 陈 by day, 林 by night. */
function slots(days: number): RosterSlot[] {
  return datesInRange('2026-12-01', `2026-12-${String(days).padStart(2, '0')}`).flatMap((d) => {
    const next = `2026-12-${String(Number(d.slice(8)) + 1).padStart(2, '0')}`;
    const nextDay = Number(d.slice(8)) === 31 ? '2027-01-01' : next;
    return [
      { date: d, shiftId: 'day', shiftName: '白班', start: `${d} 08:00`, end: `${d} 20:00`, personId: 'p1', generatedPersonId: 'p1', overrideIds: [] },
      { date: d, shiftId: 'night', shiftName: '夜班', start: `${d} 20:00`, end: `${nextDay} 08:00`, personId: 'p2', generatedPersonId: 'p2', overrideIds: [] },
    ];
  });
}

const entry = (over: Partial<StoredDutyLog>): StoredDutyLog => ({
  id: 'e',
  personId: 'p1',
  start: '2026-12-01 08:00',
  end: '2026-12-01 20:00',
  handoverTo: 'p2',
  slotDate: '2026-12-01',
  slotShiftId: 'day',
  notes: '',
  incidentIds: [],
  ...over,
});

function records(log: StoredDutyLog[], days = 31, checkedAt = '2026-12-20 10:00'): FilingRecords {
  return {
    unit: { name: '厦门测试单位' },
    people: PEOPLE,
    dutyRoster: {
      month: '2026-12',
      from: '2026-12-01',
      to: '2026-12-31',
      settings: { logInPackage: true },
      slots: slots(days),
      log,
      checkedAt,
      incidentTitles: { inc1: '端口扫描' },
    },
  } as unknown as FilingRecords;
}

async function pdf(r: FilingRecords, save?: string): Promise<PdfFile> {
  const { bytes } = await renderLayout(build(r, { month: '2026-12', generatedAt: GENERATED }));
  if (save) {
    const { writeFileSync } = await import('node:fs');
    writeFileSync(save, bytes);
  }
  return new PdfFile(bytes);
}

describe('08 值班记录', () => {
  it('goes into the package only when the unit chose it', () => {
    expect(applies(records([]))).toBe(true);
    const off = records([]);
    (off.dutyRoster.settings as { logInPackage: boolean }).logInPackage = false;
    expect(applies(off)).toBe(false);
  });

  it('prints each 班次 with the actual person, handover and 值班情况 with the linked incident; ended ones without a record are 未记录', async () => {
    const log = [
      entry({ id: 'a', notes: '巡检机房，温湿度正常。', incidentIds: ['inc1'] }),
      // 林 was relieved late by 陈, the next morning: handed over at 08:30.
      entry({ id: 'b', personId: 'p2', start: '2026-12-01 20:00', end: '2026-12-02 08:30', handoverTo: 'p1', slotDate: '2026-12-01', slotShiftId: 'night', notes: '夜间无异常。' }),
      // Time with no planned shift referenced and overlapping nothing of this month's plan (a January night).
      entry({ id: 'c', personId: 'p1', start: '2027-01-01 09:00', end: '2027-01-01 10:00', handoverTo: '', slotDate: '', slotShiftId: '', notes: '元旦加班巡检' }),
    ];
    const file = await pdf(records(log), process.env.DUTY_LOG_PDF_OUT);
    try {
      const all = file.text();
      expect(all).toContain('值班记录（2026年12月）');
      expect(all).toContain('本月排班 62 个班次：有值班记录 2 个，未记录 36 个，截至 2026-12-20 10:00 未到交班时间 24 个；本月值班记录 3 条。');
      expect(all).toMatch(/12-01（二）\s+白班\s+陈值班\s+陈值班\s+2026-12-01 08:00\s+2026-12-01 20:00\s+林值班\s+巡检机房，温湿度正常。/);
      expect(all).toContain('关联安全事件：端口扫描');
      expect(all).toMatch(/夜班\s+林值班\s+林值班\s+2026-12-01 20:00\s+2026-12-02 08:30\s+陈值班\s+夜间无异常。/);
      expect(all).toMatch(/12-02（三）\s+白班\s+陈值班\s+—\s+—\s+—\s+—\s+未记录/);
      // 12-20 白班 ends 20:00, after the check at 10:00.
      expect(all).toMatch(new RegExp(`12-20（日）\\s+白班\\s+陈值班\\s+—\\s+—\\s+—\\s+—\\s+${NOT_DUE}`));
      expect(all).toContain('二、排班以外的值班记录');
      expect(all).toContain('元旦加班巡检');
      expect(all).toContain('值班负责人（签字）');
    } finally {
      file.close();
    }
  });

  it('a month with no 值班记录 at all: every ended 班次 未记录, no second section', async () => {
    const file = await pdf(records([], 31, '2027-01-05 00:00'));
    try {
      const all = file.text();
      expect(all).toContain('本月排班 62 个班次：有值班记录 0 个，未记录 62 个；本月值班记录 0 条。');
      expect(all.match(new RegExp(NOT_LOGGED, 'g'))?.length).toBe(62 + 2); // every row, the summary and the note
      expect(all).not.toContain('排班以外的值班记录');
    } finally {
      file.close();
    }
  });

  it('200 records run over several pages, the header repeated, none lost', async () => {
    // 31 days × 2 shifts = 62 slots, each with 3 entries (a long shift split) and 14 outside the plan: 200.
    const log: StoredDutyLog[] = [];
    for (const s of slots(31)) {
      for (let k = 0; k < 3; k++) {
        log.push(entry({ id: `${s.date}${s.shiftId}${k}`, personId: s.personId, start: s.start, end: s.end, handoverTo: '', slotDate: s.date, slotShiftId: s.shiftId, notes: `第${log.length + 1}条 巡检记录` }));
      }
    }
    for (let k = 0; log.length < 200; k++) {
      log.push(entry({ id: `x${k}`, start: `2027-01-0${1 + (k % 9)} 09:00`, end: `2027-01-0${1 + (k % 9)} 10:00`, slotDate: '', slotShiftId: '', handoverTo: '', notes: `第${log.length + 1}条 排班以外` }));
    }
    expect(log).toHaveLength(200);
    const file = await pdf(records(log, 31, '2027-01-10 00:00'), process.env.DUTY_LOG_PDF_200_OUT);
    try {
      const pages = Number(file.info().Pages);
      expect(pages).toBeGreaterThan(4);
      for (let p = 2; p <= pages - 1; p++) expect(file.text(p)).toContain('实际值班人员');
      const all = file.text();
      for (let n = 1; n <= 200; n++) expect(all, `第${n}条`).toContain(`第${n}条 `);
      expect(all).toContain('本月排班 62 个班次：有值班记录 62 个，未记录 0 个；本月值班记录 200 条。');
    } finally {
      file.close();
    }
  });
});
