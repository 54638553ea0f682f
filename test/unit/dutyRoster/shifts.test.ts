import { describe, expect, it } from 'vitest';
import { cstToMinutes, minutesToCst, SHIFT_TEMPLATES, shiftInterval, shiftMinutes, templateShifts, validateShifts } from '../../../shared/dutyRoster';
import type { ShiftDef } from '../../../shared/dutyRoster';

const span = (date: string, shift: Pick<ShiftDef, 'start' | 'end'>) => {
  const { start, end } = shiftInterval(date, shift);
  return `${minutesToCst(start)} → ${minutesToCst(end)}`;
};

describe('班次 shifts', () => {
  it('has the 3 × 8 and 2 × 12 templates, each tiling exactly 24 hours', () => {
    const t38 = templateShifts('3x8');
    expect(t38.map((s) => `${s.name} ${s.start}–${s.end}`)).toEqual(['早班 08:00–16:00', '中班 16:00–00:00', '夜班 00:00–08:00']);
    const t212 = templateShifts('2x12');
    expect(t212.map((s) => `${s.name} ${s.start}–${s.end}`)).toEqual(['白班 08:00–20:00', '夜班 20:00–08:00']);
    for (const t of SHIFT_TEMPLATES) {
      expect(t.shifts.reduce((n, s) => n + shiftMinutes(s), 0)).toBe(1440);
      expect(validateShifts(t.shifts)).toEqual([]);
    }
    // a copy: editing it leaves the template alone
    t38[0]!.name = '改过';
    expect(SHIFT_TEMPLATES[0]!.shifts[0]!.name).toBe('早班');
  });

  it('places a shift on the date it starts, crossing midnight when end <= start', () => {
    const [early, middle, night] = templateShifts('3x8');
    expect(span('2026-12-05', early!)).toBe('2026-12-05 08:00 → 2026-12-05 16:00');
    expect(span('2026-12-05', middle!)).toBe('2026-12-05 16:00 → 2026-12-06 00:00');
    expect(span('2026-12-05', night!)).toBe('2026-12-05 00:00 → 2026-12-05 08:00');
    const [, night12] = templateShifts('2x12');
    expect(span('2026-12-05', night12!)).toBe('2026-12-05 20:00 → 2026-12-06 08:00');
    expect(shiftInterval('2026-12-05', night12!).end - shiftInterval('2026-12-05', night12!).start).toBe(720);
  });

  it('crosses a month boundary and the leap day', () => {
    const night = { start: '20:00', end: '08:00' };
    expect(span('2026-11-30', night)).toBe('2026-11-30 20:00 → 2026-12-01 08:00');
    expect(span('2027-02-28', night)).toBe('2027-02-28 20:00 → 2027-03-01 08:00');
    expect(span('2028-02-28', night)).toBe('2028-02-28 20:00 → 2028-02-29 08:00');
    expect(span('2028-02-29', night)).toBe('2028-02-29 20:00 → 2028-03-01 08:00');
    expect(span('2026-12-31', night)).toBe('2026-12-31 20:00 → 2027-01-01 08:00');
  });

  it('reads end === start as 24 hours and 24:00 as midnight', () => {
    expect(shiftMinutes({ start: '08:00', end: '08:00' })).toBe(1440);
    expect(span('2026-12-05', { start: '08:00', end: '08:00' })).toBe('2026-12-05 08:00 → 2026-12-06 08:00');
    expect(shiftInterval('2026-12-05', { start: '16:00', end: '24:00' }).end).toBe(cstToMinutes('2026-12-06 00:00'));
    expect(shiftMinutes({ start: '00:00', end: '07:59' })).toBe(479);
  });

  it('reports bad shifts in Chinese, naming the field', () => {
    expect(validateShifts([])).toEqual(['请至少设置一个班次']);
    const problems = validateShifts([
      { id: 'a', name: '早班', start: '25:00', end: '16:00' },
      { id: 'b', name: '  ', start: '16:00', end: '8:00' },
      { id: 'c', name: '早班', start: '00:00', end: '08:00' },
      { id: 'c', name: '夜班', start: '00:00', end: '24:30' },
    ]);
    expect(problems).toEqual([
      '班次「早班」：开始时间无效，格式如 08:00',
      '第 2 个班次：请填写班次名称',
      '第 2 个班次：结束时间无效，格式如 16:00（跨午夜写 00:00 或更早的时间）',
      '班次名称「早班」重复',
      '班次「夜班」：结束时间无效，格式如 16:00（跨午夜写 00:00 或更早的时间）',
      '班次「夜班」：班次编号重复',
    ]);
    expect(() => shiftInterval('2026-12-05', { start: '25:00', end: '08:00' })).toThrow(RangeError);
  });
});
