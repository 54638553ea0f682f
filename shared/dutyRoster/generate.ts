/** 轮换 rotation: who takes which 班次 on which date. */
import type { ShiftDef } from './shifts';
import { shiftOffsets } from './shifts';
import { dateOfDayNumber, dayNumber, MINUTES_PER_DAY } from './time';

export interface DutySlot {
  /** the date the shift starts on, 'YYYY-MM-DD' */
  date: string;
  shiftId: string;
  personId: string;
}

export interface GenerateInput {
  /** first date, 'YYYY-MM-DD' */
  from: string;
  /** last date, included */
  to: string;
  /** in the order the rotation walks them each day */
  shifts: readonly ShiftDef[];
  /** person ids in rotation order */
  rotation: readonly string[];
  /** the date the first person takes the first shift */
  rotationStart: string;
}

/**
 * Slots day by day and, within a day, in the order of `shifts`. The k-th slot counted from
 * `rotationStart` (every day from rotationStart counts, also those before `from`) goes to
 * rotation[k mod n]; dates before rotationStart continue the cycle backwards. So any sub-range
 * regenerates with the same people. Empty when the rotation or the shifts are empty or to < from.
 */
export function generateSlots(input: GenerateInput): DutySlot[] {
  const { shifts, rotation } = input;
  const from = dayNumber(input.from);
  const to = dayNumber(input.to);
  const origin = dayNumber(input.rotationStart);
  const n = rotation.length;
  const perDay = shifts.length;
  if (n === 0 || perDay === 0 || to < from) return [];
  const slots: DutySlot[] = new Array<DutySlot>((to - from + 1) * perDay);
  let out = 0;
  for (let day = from; day <= to; day++) {
    const date = dateOfDayNumber(day);
    // ((x % n) + n) % n keeps the index in 0..n-1 for days before rotationStart too.
    let k = ((((day - origin) * perDay) % n) + n) % n;
    for (let i = 0; i < perDay; i++) {
      slots[out++] = { date, shiftId: shifts[i]!.id, personId: rotation[k]! };
      k = k + 1 === n ? 0 : k + 1;
    }
  }
  return slots;
}

export interface DutyAssignment {
  personId: string;
  /** minutes since 1970-01-01 00:00 CST, included */
  start: number;
  /** excluded */
  end: number;
  date?: string;
  shiftId?: string;
}

export interface AssignmentOptions {
  /**
   * The people who can actually be on duty (值班人员). When given, a slot held by anyone else
   * (someone who left, or a name an old override still carries) covers nothing and shows up as a gap.
   */
  people?: Iterable<string>;
}

/**
 * Slots → minute intervals for checkCoverage. A slot whose shift no longer exists, whose person is
 * empty, or (with `people`) whose person is not on the roster covers nothing.
 */
export function slotsToAssignments(
  slots: readonly DutySlot[],
  shifts: readonly ShiftDef[],
  opts: AssignmentOptions = {},
): DutyAssignment[] {
  const offsets = new Map<string, { start: number; end: number }>();
  for (const s of shifts) {
    try {
      offsets.set(s.id, shiftOffsets(s));
    } catch {
      // a shift with bad times covers nothing; validateShifts reports it
    }
  }
  const people = opts.people ? new Set(opts.people) : null;
  const out: DutyAssignment[] = [];
  let lastDate = '';
  let base = 0;
  for (const slot of slots) {
    const o = offsets.get(slot.shiftId);
    if (!o || !slot.personId || (people && !people.has(slot.personId))) continue;
    if (slot.date !== lastDate) {
      base = dayNumber(slot.date) * MINUTES_PER_DAY;
      lastDate = slot.date;
    }
    out.push({ personId: slot.personId, start: base + o.start, end: base + o.end, date: slot.date, shiftId: slot.shiftId });
  }
  return out;
}
