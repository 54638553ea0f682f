import { describe, expect, it } from 'vitest';
import { applyOverrides, generateSlots, templateShifts } from '../../../shared/dutyRoster';
import type { DutyOverride, DutySlot } from '../../../shared/dutyRoster';

const shifts = templateShifts('3x8');
const NAMES: Record<string, string> = { zs: '张三', ls: '李四', ww: '王五', zl: '赵六' };
const month = (from = '2026-12-01', to = '2026-12-31') =>
  generateSlots({ from, to, shifts, rotation: ['zs', 'ls', 'ww', 'zl'], rotationStart: '2026-12-01' });
const at = (slots: DutySlot[], date: string, shiftId: string) => slots.find((s) => s.date === date && s.shiftId === shiftId);
const opts = { shiftName: (id: string) => shifts.find((s) => s.id === id)?.name ?? id, personName: (id: string) => NAMES[id] ?? id };

describe('调班 overrides', () => {
  it('swap exchanges the people of two slots and marks both', () => {
    const slots = month();
    expect(at(slots, '2026-12-05', 'early')!.personId).toBe('zs');
    expect(at(slots, '2026-12-06', 'night')!.personId).toBe('ls');
    const swap: DutyOverride = { id: 'o1', kind: 'swap', a: { date: '2026-12-05', shiftId: 'early' }, b: { date: '2026-12-06', shiftId: 'night' } };
    const { slots: out, unapplied } = applyOverrides(slots, [swap]);
    expect(unapplied).toEqual([]);
    expect(at(out, '2026-12-05', 'early')).toEqual({ date: '2026-12-05', shiftId: 'early', personId: 'ls', overrideIds: ['o1'] });
    expect(at(out, '2026-12-06', 'night')).toEqual({ date: '2026-12-06', shiftId: 'night', personId: 'zs', overrideIds: ['o1'] });
    expect(out.filter((s) => s.overrideIds.length > 0)).toHaveLength(2);
    // the input is untouched, order kept
    expect(at(slots, '2026-12-05', 'early')!.personId).toBe('zs');
    expect(out.map((s) => `${s.date}${s.shiftId}`)).toEqual(slots.map((s) => `${s.date}${s.shiftId}`));
  });

  it('replace sets one slot', () => {
    const { slots: out, unapplied } = applyOverrides(month(), [{ id: 'r1', kind: 'replace', date: '2026-12-31', shiftId: 'middle', personId: 'zl' }]);
    expect(unapplied).toEqual([]);
    expect(at(out, '2026-12-31', 'middle')).toMatchObject({ personId: 'zl', overrideIds: ['r1'] });
  });

  it('leave gives every slot of that person on that date to the one covering', () => {
    // Two people on 3 × 8: each holds one or two slots a day.
    const slots = generateSlots({ from: '2026-12-01', to: '2026-12-03', shifts, rotation: ['zs', 'ls'], rotationStart: '2026-12-01' });
    expect(slots.filter((s) => s.date === '2026-12-01' && s.personId === 'zs').map((s) => s.shiftId)).toEqual(['early', 'night']);
    const { slots: out, unapplied } = applyOverrides(slots, [{ id: 'l1', kind: 'leave', date: '2026-12-01', personId: 'zs', coveredBy: 'zl' }]);
    expect(unapplied).toEqual([]);
    expect(out.filter((s) => s.date === '2026-12-01').map((s) => `${s.shiftId}:${s.personId}:${s.overrideIds.join()}`)).toEqual([
      'early:zl:l1',
      'middle:ls:',
      'night:zl:l1',
    ]);
    // other days untouched
    expect(out.filter((s) => s.date !== '2026-12-01' && s.personId === 'zl')).toEqual([]);
  });

  it('applies in order: a leave after a swap follows the person to the swapped slot', () => {
    const overrides: DutyOverride[] = [
      { id: 's', kind: 'swap', a: { date: '2026-12-05', shiftId: 'early' }, b: { date: '2026-12-06', shiftId: 'night' } }, // zs → 12-06 night
      { id: 'l', kind: 'leave', date: '2026-12-06', personId: 'zs', coveredBy: 'ww' },
    ];
    const { slots: out } = applyOverrides(month(), overrides);
    // zs held 12-06 middle already; after the swap also 12-06 night: the leave hands both to ww.
    expect(out.filter((s) => s.date === '2026-12-06').map((s) => `${s.shiftId}:${s.personId}:${s.overrideIds.join()}`)).toEqual([
      'early:zl:',
      'middle:ww:l',
      'night:ww:s,l',
    ]);
    expect(at(out, '2026-12-05', 'early')).toMatchObject({ personId: 'ls', overrideIds: ['s'] });
    // The other way round the leave only finds the middle shift; the swap then puts zs on the night.
    const reversed = applyOverrides(month(), [...overrides].reverse());
    expect(reversed.unapplied).toEqual([]);
    expect(reversed.slots.filter((s) => s.date === '2026-12-06').map((s) => `${s.shiftId}:${s.personId}:${s.overrideIds.join()}`)).toEqual([
      'early:zl:',
      'middle:ww:l',
      'night:zs:s',
    ]);
  });

  it('reports overrides naming slots that do not exist, and applies the rest', () => {
    const overrides: DutyOverride[] = [
      { id: 'x1', kind: 'swap', a: { date: '2026-12-05', shiftId: 'early' }, b: { date: '2026-12-05', shiftId: 'lunch' } },
      { id: 'x2', kind: 'replace', date: '2027-01-01', shiftId: 'early', personId: 'zl' },
      { id: 'x3', kind: 'leave', date: '2026-12-05', personId: 'zl', coveredBy: 'zs' },
      { id: 'x4', kind: 'swap', a: { date: '2026-12-05', shiftId: 'early' }, b: { date: '2026-12-05', shiftId: 'early' } },
      { id: 'x5', kind: 'leave', date: '2026-12-05', personId: 'ww', coveredBy: 'ww' },
      { id: 'ok', kind: 'replace', date: '2026-12-05', shiftId: 'early', personId: 'zl' },
    ];
    const { slots: out, unapplied } = applyOverrides(month(), overrides, opts);
    expect(unapplied.map((u) => [u.override.id, u.reason])).toEqual([
      ['x1', '调班的班次不在值班表中：2026-12-05 lunch'],
      ['x2', '替班的班次不在值班表中：2027-01-01 早班'],
      ['x3', '赵六在 2026-12-05 没有值班，请假无需顶班'],
      ['x4', '调班的两个班次相同：2026-12-05 早班'],
      ['x5', '请假的人员与顶班的人员相同：2026-12-05'],
    ]);
    expect(at(out, '2026-12-05', 'early')).toMatchObject({ personId: 'zl', overrideIds: ['ok'] });
  });

  it('survives regenerating the rest: the same overrides land on the same slots of any range', () => {
    const overrides: DutyOverride[] = [
      { id: 's', kind: 'swap', a: { date: '2026-12-05', shiftId: 'early' }, b: { date: '2026-12-20', shiftId: 'night' } },
      { id: 'r', kind: 'replace', date: '2026-12-10', shiftId: 'middle', personId: 'zl' },
    ];
    const full = applyOverrides(month(), overrides).slots;
    // Regenerate only Dec 8–31: the replace still applies, the swap names a slot outside and is reported.
    const part = applyOverrides(month('2026-12-08', '2026-12-31'), overrides);
    expect(part.unapplied.map((u) => u.override.id)).toEqual(['s']);
    expect(at(part.slots, '2026-12-10', 'middle')).toEqual(at(full, '2026-12-10', 'middle'));
    // Regenerate Dec 1–20 again: identical to the first time on those days.
    const again = applyOverrides(month('2026-12-01', '2026-12-20'), overrides);
    expect(again.unapplied).toEqual([]);
    expect(again.slots).toEqual(full.filter((s) => s.date <= '2026-12-20'));
  });
});
