import { describe, expect, it } from 'vitest';
import {
  applyOverrides,
  checkCoverage,
  cstToMinutes,
  formatGap,
  formatLongStretch,
  formatOverlap,
  formatShortRest,
  generateSlots,
  slotsToAssignments,
  templateShifts,
} from '../../../shared/dutyRoster';
import type { CoverageResult, DutyOverride, ShiftDef } from '../../../shared/dutyRoster';

const on = (personId: string, start: string, end: string) => ({ personId, start: cstToMinutes(start), end: cstToMinutes(end) });
const gaps = (r: CoverageResult) => r.gaps.map(formatGap);

/** Generate, apply overrides, keep only the people on the roster, check. */
function roster(p: {
  from: string;
  to: string;
  shifts: ShiftDef[];
  rotation: string[];
  rotationStart?: string;
  overrides?: DutyOverride[];
  people?: string[];
  period: [string, string];
}) {
  const slots = generateSlots({ from: p.from, to: p.to, shifts: p.shifts, rotation: p.rotation, rotationStart: p.rotationStart ?? p.from });
  const applied = applyOverrides(slots, p.overrides ?? []);
  expect(applied.unapplied).toEqual([]);
  const assignments = slotsToAssignments(applied.slots, p.shifts, { people: p.people ?? p.rotation });
  return checkCoverage({ from: p.period[0], to: p.period[1], assignments });
}

describe('覆盖检查: 未覆盖时段 gaps', () => {
  it('finds the night before the first generated day (a 20:00–08:00 shift crosses midnight)', () => {
    const shifts = templateShifts('2x12');
    const rotation = ['A', 'B', 'C'];
    const period: [string, string] = ['2026-12-05 00:00', '2026-12-08 00:00'];
    const fromDec5 = roster({ from: '2026-12-05', to: '2026-12-07', shifts, rotation, period });
    expect(fromDec5.covered).toBe(false);
    expect(fromDec5.gaps).toEqual([{ start: '2026-12-05 00:00', end: '2026-12-05 08:00', minutes: 480 }]);
    expect(gaps(fromDec5)).toEqual(['2026-12-05 00:00–08:00 无人值班']);
    // Generating from Dec 4 brings its 夜班 20:00–08:00 over midnight: covered.
    expect(roster({ from: '2026-12-04', to: '2026-12-07', shifts, rotation, period }).covered).toBe(true);
    // A lone night shift, seen from a period around it.
    const r = checkCoverage({ from: '2026-12-05 18:00', to: '2026-12-06 10:00', assignments: [on('A', '2026-12-05 20:00', '2026-12-06 08:00')] });
    expect(gaps(r)).toEqual(['2026-12-05 18:00–20:00 无人值班', '2026-12-06 08:00–10:00 无人值班']);
  });

  it('crosses the month boundary Nov 30 → Dec 1 exactly', () => {
    const shifts = templateShifts('2x12');
    const rotation = ['A', 'B', 'C'];
    const vacate: DutyOverride[] = [{ id: 'v', kind: 'replace', date: '2026-11-30', shiftId: 'night', personId: '' }];
    const nov = roster({ from: '2026-11-01', to: '2026-12-31', shifts, rotation, overrides: vacate, period: ['2026-11-01 00:00', '2027-01-01 00:00'] });
    expect(nov.gaps).toEqual([{ start: '2026-11-01 00:00', end: '2026-11-01 08:00', minutes: 480 }, { start: '2026-11-30 20:00', end: '2026-12-01 08:00', minutes: 720 }]);
    expect(gaps(nov)[1]).toBe('2026-11-30 20:00–2026-12-01 08:00 无人值班');
    // Seen from December alone, only its part of that night is missing.
    const dec = roster({ from: '2026-11-01', to: '2026-12-31', shifts, rotation, overrides: vacate, period: ['2026-12-01 00:00', '2027-01-01 00:00'] });
    expect(gaps(dec)).toEqual(['2026-12-01 00:00–08:00 无人值班']);
    // 3 × 8: the 中班 ending at midnight is written 16:00–24:00.
    const t38 = roster({
      from: '2026-11-30',
      to: '2026-12-01',
      shifts: templateShifts('3x8'),
      rotation,
      overrides: [{ id: 'v', kind: 'replace', date: '2026-11-30', shiftId: 'middle', personId: 'left-company' }],
      period: ['2026-11-30 00:00', '2026-12-02 00:00'],
    });
    expect(t38.gaps).toEqual([{ start: '2026-11-30 16:00', end: '2026-12-01 00:00', minutes: 480 }]);
    expect(gaps(t38)).toEqual(['2026-11-30 16:00–24:00 无人值班']);
  });

  it('counts the leap day: Feb 28 night ends on Feb 29 in 2028 and on Mar 1 in 2027', () => {
    const shifts = templateShifts('2x12');
    const rotation = ['A', 'B', 'C', 'D'];
    const vacate = (year: number): DutyOverride[] => [{ id: 'v', kind: 'replace', date: `${year}-02-28`, shiftId: 'night', personId: '' }];
    const y2027 = roster({ from: '2027-01-31', to: '2027-03-31', shifts, rotation, overrides: vacate(2027), period: ['2027-02-01 00:00', '2027-03-31 00:00'] });
    expect(gaps(y2027)).toEqual(['2027-02-28 20:00–2027-03-01 08:00 无人值班']);
    const y2028 = roster({ from: '2028-01-31', to: '2028-03-31', shifts, rotation, overrides: vacate(2028), period: ['2028-02-01 00:00', '2028-03-31 00:00'] });
    expect(gaps(y2028)).toEqual(['2028-02-28 20:00–2028-02-29 08:00 无人值班']);
    // February 2028 has 29 days: generating Feb 1–28 only leaves Feb 29 08:00–24:00 open.
    const short = roster({ from: '2028-01-31', to: '2028-02-28', shifts, rotation, period: ['2028-02-01 00:00', '2028-03-01 00:00'] });
    expect(short.gaps).toEqual([{ start: '2028-02-29 08:00', end: '2028-03-01 00:00', minutes: 960 }]);
    expect(roster({ from: '2028-01-31', to: '2028-02-29', shifts, rotation, period: ['2028-02-01 00:00', '2028-03-01 00:00'] }).covered).toBe(true);
  });

  it('finds gaps at the very start and the very end of the period', () => {
    const r = checkCoverage({
      from: '2026-12-05 00:00',
      to: '2026-12-06 00:00',
      assignments: [on('A', '2026-12-05 00:05', '2026-12-05 12:00'), on('B', '2026-12-05 12:00', '2026-12-05 23:58')],
    });
    expect(r.gaps).toEqual([
      { start: '2026-12-05 00:00', end: '2026-12-05 00:05', minutes: 5 },
      { start: '2026-12-05 23:58', end: '2026-12-06 00:00', minutes: 2 },
    ]);
    expect(gaps(r)).toEqual(['2026-12-05 00:00–00:05 无人值班', '2026-12-05 23:58–24:00 无人值班']);
    const empty = checkCoverage({ from: '2026-12-05 00:00', to: '2026-12-07 08:00', assignments: [] });
    expect(empty.covered).toBe(false);
    expect(gaps(empty)).toEqual(['2026-12-05 00:00–2026-12-07 08:00 无人值班']);
    expect(empty.gaps[0]!.minutes).toBe(2 * 1440 + 480);
  });

  it('is exact to the minute: a shift ending 07:59 leaves 07:59–08:00', () => {
    const shifts: ShiftDef[] = [
      { id: 'n', name: '夜班', start: '00:00', end: '07:59' },
      { id: 'd', name: '白班', start: '08:00', end: '00:00' },
    ];
    const r = roster({ from: '2026-12-05', to: '2026-12-06', shifts, rotation: ['A', 'B', 'C'], period: ['2026-12-05 00:00', '2026-12-07 00:00'] });
    expect(r.gaps).toEqual([
      { start: '2026-12-05 07:59', end: '2026-12-05 08:00', minutes: 1 },
      { start: '2026-12-06 07:59', end: '2026-12-06 08:00', minutes: 1 },
    ]);
    expect(gaps(r)).toEqual(['2026-12-05 07:59–08:00 无人值班', '2026-12-06 07:59–08:00 无人值班']);
    // touching intervals (end == next start) leave no gap; one minute apart leaves one minute
    const touch = checkCoverage({ from: '2026-12-05 08:00', to: '2026-12-05 10:00', assignments: [on('A', '2026-12-05 08:00', '2026-12-05 09:00'), on('B', '2026-12-05 09:00', '2026-12-05 10:00')] });
    expect(touch.covered).toBe(true);
  });

  it('clips a period that starts and ends in the middle of shifts', () => {
    const shifts = templateShifts('3x8');
    const rotation = ['A', 'B', 'C', 'D', 'E', 'F'];
    const mid = roster({ from: '2026-12-04', to: '2026-12-07', shifts, rotation, period: ['2026-12-05 12:00', '2026-12-06 12:00'] });
    expect(mid).toEqual({ covered: true, gaps: [], overlaps: [], longStretches: [], shortRests: [] });
    const vacated = roster({
      from: '2026-12-04',
      to: '2026-12-07',
      shifts,
      rotation,
      overrides: [
        { id: 'a', kind: 'replace', date: '2026-12-05', shiftId: 'early', personId: '' },
        { id: 'b', kind: 'replace', date: '2026-12-06', shiftId: 'early', personId: '' },
      ],
      period: ['2026-12-05 12:00', '2026-12-06 12:00'],
    });
    // The vacant 早班 08:00–16:00 is clipped to the period on both ends.
    expect(gaps(vacated)).toEqual(['2026-12-05 12:00–16:00 无人值班', '2026-12-06 08:00–12:00 无人值班']);
    expect(vacated.gaps.map((g) => g.minutes)).toEqual([240, 240]);
  });

  it('ignores input order, duplicates and empty intervals; an empty period is covered', () => {
    const as = [on('B', '2026-12-05 16:00', '2026-12-06 00:00'), on('A', '2026-12-05 00:00', '2026-12-05 16:00'), on('C', '2026-12-05 10:00', '2026-12-05 10:00'), on('B', '2026-12-05 16:00', '2026-12-06 00:00')];
    const r = checkCoverage({ from: '2026-12-05 00:00', to: '2026-12-06 00:00', assignments: as });
    expect(r.covered).toBe(true);
    expect(r.overlaps).toHaveLength(1); // B booked twice on the same shift
    expect(checkCoverage({ from: '2026-12-05 00:00', to: '2026-12-05 00:00', assignments: [] }).covered).toBe(true);
    expect(() => checkCoverage({ from: '2026-12-05', to: '2026-12-06 00:00', assignments: [] })).toThrow(RangeError);
  });
});

describe('调班 that opens a gap', () => {
  // Custom shifts (白班 08:30–17:30, 夜班 17:30–08:30), three people in rotation.
  const shifts: ShiftDef[] = [
    { id: 'day', name: '白班', start: '08:30', end: '17:30' },
    { id: 'night', name: '夜班', start: '17:30', end: '08:30' },
  ];
  const rotation = ['zs', 'ls', 'ww'];
  const base = { from: '2026-12-01', to: '2026-12-31', shifts, rotation, period: ['2026-12-01 08:30', '2027-01-01 08:30'] as [string, string] };
  // 赵六 (a contractor) once replaced someone on the 12-10 night and has since left the 值班人员 list.
  const replace: DutyOverride = { id: 'r', kind: 'replace', date: '2026-12-10', shiftId: 'night', personId: 'zl' };

  it('a slot held by someone no longer on the roster is uncovered', () => {
    expect(roster(base).covered).toBe(true);
    expect(gaps(roster({ ...base, overrides: [replace], people: [...rotation, 'zl'] }))).toEqual([]);
    expect(gaps(roster({ ...base, overrides: [replace] }))).toEqual(['2026-12-10 17:30–2026-12-11 08:30 无人值班']);
  });

  it('a swap moves that slot: the night is covered again and the 12-12 白班 opens', () => {
    const swap: DutyOverride = { id: 's', kind: 'swap', a: { date: '2026-12-10', shiftId: 'night' }, b: { date: '2026-12-12', shiftId: 'day' } };
    const r = roster({ ...base, overrides: [replace, swap] });
    expect(r.gaps).toEqual([{ start: '2026-12-12 08:30', end: '2026-12-12 17:30', minutes: 540 }]);
    expect(gaps(r)).toEqual(['2026-12-12 08:30–17:30 无人值班']);
  });

  it('a vacant slot (nobody) swapped onto a 白班 moves the hole from the night to the day', () => {
    const vacant: DutyOverride = { id: 'v', kind: 'replace', date: '2026-12-20', shiftId: 'night', personId: '' };
    expect(gaps(roster({ ...base, overrides: [vacant] }))).toEqual(['2026-12-20 17:30–2026-12-21 08:30 无人值班']);
    const swap: DutyOverride = { id: 's', kind: 'swap', a: { date: '2026-12-20', shiftId: 'night' }, b: { date: '2026-12-21', shiftId: 'day' } };
    expect(gaps(roster({ ...base, overrides: [vacant, swap] }))).toEqual(['2026-12-21 08:30–17:30 无人值班']);
  });

  it('a swap among people on the roster moves people, never minutes: same coverage, new warnings', () => {
    const t38 = templateShifts('3x8');
    const six = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6'];
    const period: [string, string] = ['2026-12-01 00:00', '2027-01-01 00:00'];
    const plain = { from: '2026-12-01', to: '2026-12-31', shifts: t38, rotation: six, period };
    expect(roster(plain)).toEqual({ covered: true, gaps: [], overlaps: [], longStretches: [], shortRests: [] });
    // p1 takes p2's 12-05 中班: 08:00–24:00 is 16 h exactly, no warning (the rule is "more than 16").
    const first: DutyOverride = { id: 's1', kind: 'swap', a: { date: '2026-12-05', shiftId: 'middle' }, b: { date: '2026-12-07', shiftId: 'early' } };
    const r1 = roster({ ...plain, overrides: [first] });
    expect(r1).toEqual({ covered: true, gaps: [], overlaps: [], longStretches: [], shortRests: [] });
    // ...and also p6's 12-06 夜班 00:00–08:00: three shifts in a row, 24 h.
    const second: DutyOverride = { id: 's2', kind: 'swap', a: { date: '2026-12-06', shiftId: 'night' }, b: { date: '2026-12-09', shiftId: 'early' } };
    const r2 = roster({ ...plain, overrides: [first, second] });
    expect(r2.covered).toBe(true);
    expect(r2.longStretches).toEqual([{ personId: 'p1', start: '2026-12-05 08:00', end: '2026-12-06 08:00', hours: 24 }]);
    expect(formatLongStretch(r2.longStretches[0]!, '张三')).toBe('张三 连续值班 24 小时（2026-12-05 08:00–2026-12-06 08:00），超过 16 小时');
  });
});

describe('重复排班 overlaps', () => {
  it('a leave covered by someone already on an overlapping shift books one person twice', () => {
    // Handover hour: 白班 08:00–20:00, 夜班 19:00–08:00.
    const shifts: ShiftDef[] = [
      { id: 'day', name: '白班', start: '08:00', end: '20:00' },
      { id: 'night', name: '夜班', start: '19:00', end: '08:00' },
    ];
    const r = roster({
      from: '2026-12-01',
      to: '2026-12-10',
      shifts,
      rotation: ['zs', 'ls'],
      overrides: [{ id: 'l', kind: 'leave', date: '2026-12-05', personId: 'ls', coveredBy: 'zs' }],
      period: ['2026-12-01 08:00', '2026-12-11 08:00'],
    });
    expect(r.covered).toBe(true);
    expect(r.overlaps).toEqual([
      {
        personId: 'zs',
        first: { start: '2026-12-05 08:00', end: '2026-12-05 20:00' },
        second: { start: '2026-12-05 19:00', end: '2026-12-06 08:00' },
        minutes: 60,
      },
    ]);
    expect(formatOverlap(r.overlaps[0]!, '张三')).toBe('张三 2026-12-05 08:00–20:00 与 2026-12-05 19:00–2026-12-06 08:00 重复排班（重叠 1 小时）');
    // ...and runs straight into his own 12-06 白班: 36 hours on duty.
    expect(r.longStretches).toEqual([{ personId: 'zs', start: '2026-12-05 08:00', end: '2026-12-06 20:00', hours: 36 }]);
  });

  it('reports every pair, only for the same person, and only the minutes inside the period', () => {
    const r = checkCoverage({
      from: '2026-12-05 00:00',
      to: '2026-12-05 14:00',
      assignments: [
        on('A', '2026-12-05 08:00', '2026-12-05 16:00'),
        on('A', '2026-12-05 12:00', '2026-12-05 20:00'),
        on('A', '2026-12-05 13:30', '2026-12-05 15:00'),
        on('B', '2026-12-05 00:00', '2026-12-05 14:00'), // B overlaps A: two people at once is fine
        on('C', '2026-12-05 15:00', '2026-12-05 16:00'),
        on('C', '2026-12-05 15:30', '2026-12-05 16:30'), // outside the period: not reported
      ],
    });
    expect(r.overlaps.map((o) => [o.personId, o.first.start, o.second.start, o.minutes])).toEqual([
      ['A', '2026-12-05 08:00', '2026-12-05 12:00', 120],
      ['A', '2026-12-05 08:00', '2026-12-05 13:30', 30],
      ['A', '2026-12-05 12:00', '2026-12-05 13:30', 30],
    ]);
    expect(formatOverlap(r.overlaps[1]!, '甲')).toBe('甲 2026-12-05 08:00–16:00 与 2026-12-05 13:30–15:00 重复排班（重叠 30 分钟）');
  });
});

describe('warnings: 16 hours in a row, 8 hours of rest', () => {
  it('16 h exactly is fine, 16 h 1 min and three shifts in a row warn', () => {
    const two = [on('A', '2026-12-05 08:00', '2026-12-05 16:00'), on('A', '2026-12-05 16:00', '2026-12-06 00:00')];
    const period = { from: '2026-12-05 00:00', to: '2026-12-07 00:00' };
    expect(checkCoverage({ ...period, assignments: two }).longStretches).toEqual([]);
    const plusOne = checkCoverage({ ...period, assignments: [...two, on('A', '2026-12-06 00:00', '2026-12-06 00:01')] });
    expect(plusOne.longStretches).toEqual([{ personId: 'A', start: '2026-12-05 08:00', end: '2026-12-06 00:01', hours: 16.02 }]);
    const three = checkCoverage({ ...period, assignments: [...two, on('A', '2026-12-06 00:00', '2026-12-06 08:00')] });
    expect(three.longStretches).toEqual([{ personId: 'A', start: '2026-12-05 08:00', end: '2026-12-06 08:00', hours: 24 }]);
    // a custom limit
    expect(checkCoverage({ ...period, assignments: two }, { maxContinuousHours: 12 }).longStretches).toHaveLength(1);
  });

  it('8 h of rest is fine, less warns', () => {
    const period = { from: '2026-12-05 00:00', to: '2026-12-07 00:00' };
    const eight = [on('A', '2026-12-05 00:00', '2026-12-05 08:00'), on('A', '2026-12-05 16:00', '2026-12-06 00:00')];
    expect(checkCoverage({ ...period, assignments: eight }).shortRests).toEqual([]);
    const four = [on('A', '2026-12-05 08:00', '2026-12-05 16:00'), on('A', '2026-12-05 20:00', '2026-12-06 08:00'), on('B', '2026-12-05 16:00', '2026-12-05 20:00')];
    const r = checkCoverage({ ...period, assignments: four });
    expect(r.shortRests).toEqual([{ personId: 'A', previousEnd: '2026-12-05 16:00', nextStart: '2026-12-05 20:00', hours: 4 }]);
    expect(formatShortRest(r.shortRests[0]!, '张三')).toBe('张三 两班之间仅休息 4 小时（2026-12-05 16:00–20:00），不足 8 小时');
    const almost = checkCoverage({ ...period, assignments: [on('A', '2026-12-05 00:00', '2026-12-05 08:00'), on('A', '2026-12-05 15:59', '2026-12-05 20:00')] });
    expect(almost.shortRests.map((x) => x.hours)).toEqual([7.98]);
    expect(checkCoverage({ ...period, assignments: four }, { minRestHours: 4 }).shortRests).toEqual([]);
  });

  it('sees a stretch that began before the period, reported whole; ignores those wholly outside', () => {
    const as = [on('A', '2026-12-04 08:00', '2026-12-04 16:00'), on('A', '2026-12-04 16:00', '2026-12-05 00:00'), on('A', '2026-12-05 00:00', '2026-12-05 08:00')];
    const inside = checkCoverage({ from: '2026-12-05 00:00', to: '2026-12-06 00:00', assignments: as });
    expect(inside.longStretches).toEqual([{ personId: 'A', start: '2026-12-04 08:00', end: '2026-12-05 08:00', hours: 24 }]);
    expect(checkCoverage({ from: '2026-12-05 08:00', to: '2026-12-06 00:00', assignments: as }).longStretches).toEqual([]);
  });
});

describe('formatGap', () => {
  it('writes one date within a day, 24:00 at the next midnight, both dates across days', () => {
    expect(formatGap({ start: '2026-12-05 00:00', end: '2026-12-05 08:00' })).toBe('2026-12-05 00:00–08:00 无人值班');
    expect(formatGap({ start: '2026-12-05 00:00', end: '2026-12-06 00:00' })).toBe('2026-12-05 00:00–24:00 无人值班');
    expect(formatGap({ start: '2026-12-05 20:00', end: '2026-12-06 08:00' })).toBe('2026-12-05 20:00–2026-12-06 08:00 无人值班');
    expect(formatGap({ start: '2026-12-05 20:00', end: '2026-12-07 00:00' })).toBe('2026-12-05 20:00–2026-12-07 00:00 无人值班');
    expect(formatGap({ start: '2026-12-31 16:00', end: '2027-01-01 00:00' })).toBe('2026-12-31 16:00–24:00 无人值班');
  });
});
