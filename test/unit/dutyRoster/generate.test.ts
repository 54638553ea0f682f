import { describe, expect, it } from 'vitest';
import { checkCoverage, generateSlots, slotsToAssignments, templateShifts } from '../../../shared/dutyRoster';
import type { DutySlot } from '../../../shared/dutyRoster';

const SIX = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6'];
const short = (slots: DutySlot[]) => slots.map((s) => `${s.date} ${s.shiftId} ${s.personId}`);

describe('轮换 rotation: generateSlots', () => {
  it('generates 3 × 8 for a month, day by day and shift by shift in the order given', () => {
    const shifts = templateShifts('3x8');
    const slots = generateSlots({ from: '2026-12-01', to: '2026-12-31', shifts, rotation: SIX, rotationStart: '2026-12-01' });
    expect(slots).toHaveLength(93);
    expect(short(slots.slice(0, 7))).toEqual([
      '2026-12-01 early p1',
      '2026-12-01 middle p2',
      '2026-12-01 night p3',
      '2026-12-02 early p4',
      '2026-12-02 middle p5',
      '2026-12-02 night p6',
      '2026-12-03 early p1',
    ]);
    expect(short(slots.slice(-1))).toEqual(['2026-12-31 night p3']);
    const result = checkCoverage({ from: '2026-12-01 00:00', to: '2027-01-01 00:00', assignments: slotsToAssignments(slots, shifts) });
    expect(result).toEqual({ covered: true, gaps: [], overlaps: [], longStretches: [], shortRests: [] });
  });

  it('generates 2 × 12 with four people and covers the month across midnights', () => {
    const shifts = templateShifts('2x12');
    const slots = generateSlots({ from: '2026-11-30', to: '2026-12-31', shifts, rotation: ['A', 'B', 'C', 'D'], rotationStart: '2026-11-30' });
    expect(slots).toHaveLength(64);
    expect(short(slots.slice(0, 5))).toEqual(['2026-11-30 day A', '2026-11-30 night B', '2026-12-01 day C', '2026-12-01 night D', '2026-12-02 day A']);
    // Dec 1 00:00–08:00 is the Nov 30 night shift: covered because Nov 30 was generated.
    const result = checkCoverage({ from: '2026-12-01 00:00', to: '2027-01-01 00:00', assignments: slotsToAssignments(slots, shifts) });
    expect(result.covered).toBe(true);
    // 2 people on 2 × 12: everyone works every 12 hours → 12 h rest, no warning. 1 person would be 24 × 7.
    const alone = generateSlots({ from: '2026-12-01', to: '2026-12-02', shifts, rotation: ['A'], rotationStart: '2026-12-01' });
    const r1 = checkCoverage({ from: '2026-12-01 08:00', to: '2026-12-03 08:00', assignments: slotsToAssignments(alone, shifts) });
    expect(r1.covered).toBe(true);
    expect(r1.longStretches).toEqual([{ personId: 'A', start: '2026-12-01 08:00', end: '2026-12-03 08:00', hours: 48 }]);
  });

  it('regenerates any sub-range with the same people (rotationStart before the range)', () => {
    const shifts = templateShifts('3x8');
    const five = SIX.slice(0, 5); // 5 people, 3 shifts: the cycle does not line up with days
    const whole = generateSlots({ from: '2026-11-15', to: '2027-03-31', shifts, rotation: five, rotationStart: '2026-11-15' });
    for (const [from, to] of [
      ['2026-12-01', '2026-12-31'],
      ['2027-02-27', '2027-03-02'],
      ['2026-11-15', '2026-11-15'],
    ] as const) {
      const part = generateSlots({ from, to, shifts, rotation: five, rotationStart: '2026-11-15' });
      const start = whole.findIndex((s) => s.date === from);
      expect(part).toEqual(whole.slice(start, start + part.length));
      expect(part.at(-1)!.date).toBe(to);
    }
  });

  it('keeps the cycle going backwards when rotationStart is inside the range', () => {
    const shifts = templateShifts('3x8');
    const five = SIX.slice(0, 5);
    const slots = generateSlots({ from: '2026-12-01', to: '2026-12-31', shifts, rotation: five, rotationStart: '2026-12-10' });
    const i = slots.findIndex((s) => s.date === '2026-12-10');
    expect(i).toBe(27);
    expect(slots[i]!.personId).toBe('p1'); // the first person takes the first shift on rotationStart
    expect(slots[i - 1]!.personId).toBe('p5'); // the slot before it: the last person
    expect(slots[0]!.personId).toBe(five[(((-27 % 5) + 5) % 5)]); // 27 slots earlier
    // Each person's turn comes every 5 slots throughout the range, across rotationStart.
    slots.forEach((s, k) => expect(s.personId).toBe(slots[k % 5]!.personId));
    // A sub-range before rotationStart gives the same people.
    const early = generateSlots({ from: '2026-12-03', to: '2026-12-04', shifts, rotation: five, rotationStart: '2026-12-10' });
    expect(early).toEqual(slots.slice(6, 12));
  });

  it('counts the leap day as a day of the rotation (2028) and not in 2027', () => {
    const shifts = templateShifts('2x12');
    const rot = ['A', 'B', 'C'];
    const y2028 = generateSlots({ from: '2028-02-28', to: '2028-03-01', shifts, rotation: rot, rotationStart: '2028-02-28' });
    expect(short(y2028)).toEqual([
      '2028-02-28 day A',
      '2028-02-28 night B',
      '2028-02-29 day C',
      '2028-02-29 night A',
      '2028-03-01 day B',
      '2028-03-01 night C',
    ]);
    const y2027 = generateSlots({ from: '2027-02-28', to: '2027-03-01', shifts, rotation: rot, rotationStart: '2027-02-28' });
    expect(short(y2027)).toEqual(['2027-02-28 day A', '2027-02-28 night B', '2027-03-01 day C', '2027-03-01 night A']);
    // Regenerating March alone with the February start still counts Feb 29.
    const march = generateSlots({ from: '2028-03-01', to: '2028-03-01', shifts, rotation: rot, rotationStart: '2028-02-28' });
    expect(march).toEqual(y2028.slice(4));
  });

  it('gives nothing without people, without shifts, or for a reversed range', () => {
    const shifts = templateShifts('3x8');
    expect(generateSlots({ from: '2026-12-01', to: '2026-12-31', shifts, rotation: [], rotationStart: '2026-12-01' })).toEqual([]);
    expect(generateSlots({ from: '2026-12-01', to: '2026-12-31', shifts: [], rotation: SIX, rotationStart: '2026-12-01' })).toEqual([]);
    expect(generateSlots({ from: '2026-12-31', to: '2026-12-01', shifts, rotation: SIX, rotationStart: '2026-12-01' })).toEqual([]);
    expect(() => generateSlots({ from: '2026-12-01', to: '2026-12-31', shifts, rotation: SIX, rotationStart: '2026-02-30' })).toThrow(RangeError);
  });

  it('turns slots into minutes, leaving out unknown shifts, empty slots and people not on the roster', () => {
    const shifts = templateShifts('3x8');
    const slots: DutySlot[] = [
      { date: '2026-12-05', shiftId: 'night', personId: 'p1' },
      { date: '2026-12-05', shiftId: 'early', personId: '' },
      { date: '2026-12-05', shiftId: 'gone', personId: 'p2' },
      { date: '2026-12-05', shiftId: 'middle', personId: 'left-company' },
      { date: '2026-12-06', shiftId: 'early', personId: 'p3' },
    ];
    expect(slotsToAssignments(slots, shifts, { people: ['p1', 'p2', 'p3'] })).toEqual([
      { personId: 'p1', start: 29_940_480, end: 29_940_960, date: '2026-12-05', shiftId: 'night' },
      { personId: 'p3', start: 29_942_400, end: 29_942_880, date: '2026-12-06', shiftId: 'early' },
    ]);
    expect(slotsToAssignments(slots, shifts).map((a) => a.personId)).toEqual(['p1', 'left-company', 'p3']);
  });
});
