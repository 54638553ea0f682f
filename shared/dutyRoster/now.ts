/** 值班人员 onDuty now and the next handover, for 概览. */
import type { CstDateTime } from './time';
import { minutesToCst } from './time';

interface Iv {
  personId: string;
  start: number;
  end: number;
}

/** Person ids on duty at minute `at` (start <= at < end), without repeats, in order of their shift start. */
export function onDutyAt(assignments: readonly Iv[], at: number): string[] {
  const on = assignments.filter((a) => a.start <= at && at < a.end).sort((x, y) => x.start - y.start);
  return [...new Set(on.map((a) => a.personId))];
}

/** The next minute after `at` when a shift starts, and who starts then; null when none. */
export function nextHandover(assignments: readonly Iv[], at: number): { at: CstDateTime; minute: number; personIds: string[] } | null {
  let next = Infinity;
  for (const a of assignments) if (a.start > at && a.start < next) next = a.start;
  if (next === Infinity) return null;
  const personIds = [...new Set(assignments.filter((a) => a.start === next).map((a) => a.personId))];
  return { at: minutesToCst(next), minute: next, personIds };
}
