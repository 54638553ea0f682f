import { describe, expect, it } from 'vitest';
import {
  cycleText,
  generatePatternSlots,
  hoursBalance,
  indexWork,
  PATTERN_TEMPLATES,
  patternTable,
  REST,
  shiftInterval,
  startPosition,
  templateShifts,
} from '../../../shared/dutyRoster';
import { dutyRosterSettingsSchema } from '../../../shared/records/dutyRoster';

const people = (n: number) => Array.from({ length: n }, (_, i) => `p${i + 1}`);

describe('轮班模式 templates', () => {
  for (const t of PATTERN_TEMPLATES) {
    it(`${t.label}: ${t.people} people cover every shift of every day exactly once, and each person rests`, () => {
      const shifts = templateShifts(t.shifts);
      const { clashes, table } = patternTable(t.cycle, shifts, t.people);
      expect(clashes).toEqual([]);
      for (const row of table) expect(row.every((i) => i >= 0)).toBe(true);
      const slots = generatePatternSlots({ from: '2026-12-01', to: '2026-12-31', shifts, rotation: people(t.people), rotationStart: '2026-12-01', cycle: t.cycle });
      expect(slots).toHaveLength(31 * shifts.length);
      expect(slots.every((s) => s.personId !== '')).toBe(true);
      // Everyone works and everyone gets whole days off: nobody keeps one shift for ever.
      for (const p of people(t.people)) {
        const mine = slots.filter((s) => s.personId === p);
        expect(new Set(mine.map((s) => s.shiftId)).size).toBe(shifts.length);
        expect(new Set(mine.map((s) => s.date)).size).toBeLessThan(31);
      }
    });
  }

  it('四班三运转 staggers the four by two days (早早中中夜夜休休 at 0, 2, 4, 6)', () => {
    expect([0, 1, 2, 3].map((i) => startPosition(i, 4, 8))).toEqual([0, 2, 4, 6]);
    const t = PATTERN_TEMPLATES.find((x) => x.key === '4t-3x8')!;
    expect(cycleText(t.cycle, templateShifts('3x8'))).toBe('早班→早班→中班→中班→夜班→夜班→休→休');
    const slots = generatePatternSlots({ from: '2026-12-01', to: '2026-12-08', shifts: templateShifts('3x8'), rotation: people(4), rotationStart: '2026-12-01', cycle: t.cycle });
    expect(slots.filter((s) => s.personId === 'p1').map((s) => `${s.date.slice(8)}${s.shiftId}`)).toEqual(['01early', '02early', '03middle', '04middle', '05night', '06night']);
  });

  it('five people on 早→中→夜→休→休 stay within 40 hours a week (33.6 on average)', () => {
    const t = PATTERN_TEMPLATES.find((x) => x.key === '5p-3x8')!;
    const shifts = templateShifts('3x8');
    const slots = generatePatternSlots({ from: '2026-12-01', to: '2026-12-31', shifts, rotation: people(5), rotationStart: '2026-11-01', cycle: t.cycle });
    const byId = new Map(shifts.map((s) => [s.id, s]));
    const work = indexWork(slots.map((s) => ({ personId: s.personId, ...shiftInterval(s.date, byId.get(s.shiftId)!) })));
    const balance = hoursBalance(work, '2026-12', people(5));
    // Every hour of the month is covered once, and shared evenly: 144–152 h each, under 40 h × 31/7 days.
    expect(balance.reduce((h, b) => h + b.hours, 0)).toBe(31 * 24);
    for (const b of balance) expect(b.hours).toBeLessThanOrEqual((40 * 31) / 7);
    for (const b of balance) expect(b.restDays).toBeGreaterThanOrEqual(12);
  });
});

describe('轮班模式 at its boundaries', () => {
  const shifts = templateShifts('3x8');
  it('a shift nobody lands on is an empty slot (the 覆盖检查 shows it), not an error', () => {
    const slots = generatePatternSlots({ from: '2026-12-01', to: '2026-12-01', shifts, rotation: people(2), rotationStart: '2026-12-01', cycle: ['early', 'middle', 'night', REST] });
    // p1 at position 0 (早), p2 at position 2 (夜): 中班 is nobody's.
    expect(slots.map((s) => s.personId)).toEqual(['p1', '', 'p2']);
  });
  it('days before the rotation start continue the cycle backwards; a month end continues into the next month', () => {
    const cycle = ['early', 'middle', 'night', REST];
    const all = generatePatternSlots({ from: '2026-11-29', to: '2026-12-02', shifts, rotation: people(4), rotationStart: '2026-12-01', cycle });
    const dec = generatePatternSlots({ from: '2026-12-01', to: '2026-12-02', shifts, rotation: people(4), rotationStart: '2026-12-01', cycle });
    expect(all.slice(6)).toEqual(dec);
    expect(all.filter((s) => s.date === '2026-11-30').map((s) => s.personId)).toEqual(['p2', 'p3', 'p4']);
  });

  const settings = (pattern: unknown, rotation = people(4)) =>
    dutyRosterSettingsSchema.safeParse({ dutyPhone: '0592-5551234', shifts, rotation, rotationStart: '2026-12-01', pattern });
  const message = (r: ReturnType<typeof settings>) => (r.success ? null : r.error.issues.find((i) => i.path[0] === 'pattern')?.message);

  it('accepts a template with its number of people, and no pattern at all (依次轮换, as stored before patterns)', () => {
    expect(settings({ template: '4p-3x8', cycle: ['early', 'middle', 'night', REST] }).success).toBe(true);
    const old = settings(undefined);
    expect(old.success && old.data.pattern).toBeNull();
  });
  it('refuses two people on one shift the same day, naming the day, the shift and the people', () => {
    expect(message(settings({ template: 'custom', cycle: ['early', 'early'] }, people(2)))).toBe('周期第1天的早班同时排到第1位、第2位值班人员；请调整周期天数或人数');
    expect(message(settings({ template: 'custom', cycle: ['early', 'early', 'night'] }))).toBe('周期第1天的早班同时排到第1位、第2位、第3位值班人员；请调整周期天数或人数');
  });
  it('refuses a template with the wrong number of people, a cycle of only 休, a removed shift, an empty cycle', () => {
    expect(message(settings({ template: '4p-3x8', cycle: ['early', 'middle', 'night', REST] }, people(5)))).toBe(
      '「四人三班（早→中→夜→休）」适用于4位值班人员，轮换中有5位；请调整轮换，或改用自定义',
    );
    expect(message(settings({ template: 'custom', cycle: [REST, REST] }))).toBe('周期中至少要有一天值班（不能全是休）');
    expect(message(settings({ template: 'custom', cycle: ['early', 'gone'] }))).toBe('第2天的班次已不在班次中，请重新选择');
    expect(message(settings({ template: 'custom', cycle: [] }))).toBe('请至少设置一天（班次或休）');
  });
});

