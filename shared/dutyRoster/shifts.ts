/** 班次 shifts: templates, custom shifts, and the minutes a shift covers on a date. */
import { dayStart, MINUTES_PER_DAY } from './time';

export interface ShiftDef {
  id: string;
  /** 班次名称 */
  name: string;
  /** 开始时间, 'HH:MM' */
  start: string;
  /** 结束时间, 'HH:MM'; end <= start crosses midnight; end === start is 24 h ('24:00' is read as the next midnight) */
  end: string;
}

export type ShiftTemplateKey = '3x8' | '2x12';

export const SHIFT_TEMPLATES: readonly { key: ShiftTemplateKey; label: string; shifts: ShiftDef[] }[] = [
  {
    key: '3x8',
    label: '三班制（3 × 8 小时）',
    shifts: [
      { id: 'early', name: '早班', start: '08:00', end: '16:00' },
      { id: 'middle', name: '中班', start: '16:00', end: '00:00' },
      { id: 'night', name: '夜班', start: '00:00', end: '08:00' },
    ],
  },
  {
    key: '2x12',
    label: '两班制（2 × 12 小时）',
    shifts: [
      { id: 'day', name: '白班', start: '08:00', end: '20:00' },
      { id: 'night', name: '夜班', start: '20:00', end: '08:00' },
    ],
  },
];

/** A fresh copy of a template's shifts (safe to edit). */
export function templateShifts(key: ShiftTemplateKey): ShiftDef[] {
  const t = SHIFT_TEMPLATES.find((x) => x.key === key);
  return t ? t.shifts.map((s) => ({ ...s })) : [];
}

const HM_RE = /^(\d{2}):(\d{2})$/;

/** 'HH:MM' (00:00–23:59) → minutes after midnight, or null. With `allow24`, '24:00' → 1440. */
export function parseHm(hm: string, allow24 = false): number | null {
  const m = HM_RE.exec(hm);
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (allow24 && h === 24 && min === 0) return MINUTES_PER_DAY;
  if (h > 23 || min > 59) return null;
  return h * 60 + min;
}

/** Start and end offsets of a shift from midnight of its date (end > start; at most 24 h later). */
export function shiftOffsets(shift: Pick<ShiftDef, 'start' | 'end'>): { start: number; end: number } {
  const s = parseHm(shift.start);
  const e = parseHm(shift.end, true);
  if (s === null || e === null) throw new RangeError(`班次时间无效：${shift.start}–${shift.end}`);
  return { start: s, end: e <= s ? e + MINUTES_PER_DAY : e };
}

/** Length of a shift in minutes (1–1440). */
export function shiftMinutes(shift: Pick<ShiftDef, 'start' | 'end'>): number {
  const { start, end } = shiftOffsets(shift);
  return end - start;
}

/** The minutes [start, end) a shift covers when it runs on `date` (a shift belongs to the date it starts on). */
export function shiftInterval(date: string, shift: Pick<ShiftDef, 'start' | 'end'>): { start: number; end: number } {
  const base = dayStart(date);
  const { start, end } = shiftOffsets(shift);
  return { start: base + start, end: base + end };
}

/** Problems with a list of shifts, in Chinese, each naming the field (班次名称, 开始时间, 结束时间). */
export function validateShifts(shifts: readonly ShiftDef[]): string[] {
  const problems: string[] = [];
  if (shifts.length === 0) problems.push('请至少设置一个班次');
  const names = new Map<string, number>();
  const ids = new Set<string>();
  shifts.forEach((shift, i) => {
    const name = (shift.name ?? '').trim();
    const who = name ? `班次「${name}」` : `第 ${i + 1} 个班次`;
    if (!name) problems.push(`第 ${i + 1} 个班次：请填写班次名称`);
    else if (name.length > 20) problems.push(`${who}：班次名称不能超过 20 个字`);
    if (parseHm(shift.start ?? '') === null) problems.push(`${who}：开始时间无效，格式如 08:00`);
    if (parseHm(shift.end ?? '', true) === null) problems.push(`${who}：结束时间无效，格式如 16:00（跨午夜写 00:00 或更早的时间）`);
    if (name) {
      if (names.has(name)) problems.push(`班次名称「${name}」重复`);
      names.set(name, i);
    }
    if (ids.has(shift.id)) problems.push(`${who}：班次编号重复`);
    ids.add(shift.id);
  });
  return problems;
}
