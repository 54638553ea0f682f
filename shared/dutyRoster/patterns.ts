/**
 * 轮班模式 rotation patterns: each person walks the same cycle of days (a 班次 or 休 each day), starting at a
 * different place in it, so people move through the shifts and rest days instead of keeping one shift for ever.
 * E.g. 早→中→夜→休 for four people: on any day one is on each shift and one rests.
 *
 * Person i (in 轮换 order) starts at cycle position ⌊i·L/n⌋ (L days in the cycle, n people): evenly spread, and
 * exactly the staggering of the usual patterns (四班三运转: 0, 2, 4, 6 in 早早中中夜夜休休).
 */
import type { DutySlot } from './generate';
import type { ShiftDef, ShiftTemplateKey } from './shifts';
import { dateOfDayNumber, dayNumber } from './time';

/** A rest day in a cycle. */
export const REST = 'rest';
export const REST_LABEL = '休';
export const MAX_CYCLE_DAYS = 56;

export type PatternTemplateKey = '3p-2x12' | '4p-3x8' | '4p-2x12' | '4t-3x8' | '5p-3x8' | '6p-3x8';

export interface PatternTemplate {
  key: PatternTemplateKey;
  label: string;
  /** how many people the pattern is made for */
  people: number;
  shifts: ShiftTemplateKey;
  cycle: readonly string[];
}

export const PATTERN_TEMPLATES: readonly PatternTemplate[] = [
  { key: '3p-2x12', label: '三人两班倒（白→夜→休）', people: 3, shifts: '2x12', cycle: ['day', 'night', REST] },
  { key: '4p-2x12', label: '四人两班倒（白→夜→休→休）', people: 4, shifts: '2x12', cycle: ['day', 'night', REST, REST] },
  { key: '4p-3x8', label: '四人三班（早→中→夜→休）', people: 4, shifts: '3x8', cycle: ['early', 'middle', 'night', REST] },
  { key: '4t-3x8', label: '四班三运转（早早中中夜夜休休）', people: 4, shifts: '3x8', cycle: ['early', 'early', 'middle', 'middle', 'night', 'night', REST, REST] },
  { key: '5p-3x8', label: '五人三班（早→中→夜→休→休）', people: 5, shifts: '3x8', cycle: ['early', 'middle', 'night', REST, REST] },
  { key: '6p-3x8', label: '六人三班（早→中→夜→休→休→休）', people: 6, shifts: '3x8', cycle: ['early', 'middle', 'night', REST, REST, REST] },
];

export const patternTemplate = (key: string): PatternTemplate | undefined => PATTERN_TEMPLATES.find((t) => t.key === key);

/** Where person i of n starts in a cycle of `days` days. */
export const startPosition = (i: number, n: number, days: number): number => Math.floor((i * days) / n);

export interface PatternClash {
  /** 0-based day of the cycle (counted from the rotation start, modulo the cycle) */
  day: number;
  shiftId: string;
  /** 0-based 轮换 positions of the people who land on it */
  people: number[];
}

/**
 * Who holds each shift on each day of the cycle: table[r][k] is the 轮换 index on shift k on a day
 * r days (mod L) after the rotation start, or -1. Two people on one shift the same day is a clash.
 */
export function patternTable(cycle: readonly string[], shifts: readonly Pick<ShiftDef, 'id'>[], n: number): { table: number[][]; clashes: PatternClash[] } {
  const L = cycle.length;
  const index = new Map(shifts.map((s, k) => [s.id, k]));
  const table: number[][] = [];
  const clashes: PatternClash[] = [];
  for (let r = 0; r < L; r++) {
    const row = new Array<number>(shifts.length).fill(-1);
    const extra = new Map<number, number[]>();
    for (let i = 0; i < n; i++) {
      const k = index.get(cycle[(r + startPosition(i, n, L)) % L]!);
      if (k === undefined) continue;
      if (row[k] === -1) row[k] = i;
      else extra.set(k, [...(extra.get(k) ?? [row[k]!]), i]);
    }
    for (const [k, people] of extra) clashes.push({ day: r, shiftId: shifts[k]!.id, people });
    table.push(row);
  }
  return { table, clashes };
}

export interface PatternGenerateInput {
  from: string;
  to: string;
  shifts: readonly ShiftDef[];
  rotation: readonly string[];
  rotationStart: string;
  cycle: readonly string[];
}

/**
 * Slots day by day, within a day in the order of `shifts`, as generateSlots gives them; a shift nobody's cycle
 * lands on that day gets personId '' (the 覆盖检查 shows it as 无人值班). Any sub-range regenerates the same.
 */
export function generatePatternSlots(input: PatternGenerateInput): DutySlot[] {
  const { shifts, rotation, cycle } = input;
  const from = dayNumber(input.from);
  const to = dayNumber(input.to);
  const origin = dayNumber(input.rotationStart);
  const L = cycle.length;
  if (rotation.length === 0 || shifts.length === 0 || L === 0 || to < from) return [];
  const { table } = patternTable(cycle, shifts, rotation.length);
  const out: DutySlot[] = [];
  for (let day = from; day <= to; day++) {
    const date = dateOfDayNumber(day);
    const row = table[(((day - origin) % L) + L) % L]!;
    for (let k = 0; k < shifts.length; k++) {
      const i = row[k]!;
      out.push({ date, shiftId: shifts[k]!.id, personId: i === -1 ? '' : rotation[i]! });
    }
  }
  return out;
}

/** The cycle in words: 早班→中班→夜班→休. */
export function cycleText(cycle: readonly string[], shifts: readonly Pick<ShiftDef, 'id' | 'name'>[]): string {
  const names = new Map(shifts.map((s) => [s.id, s.name]));
  return cycle.map((c) => (c === REST ? REST_LABEL : (names.get(c) ?? c))).join('→');
}
