import { randomUUID } from 'node:crypto';
import type { Database } from 'sql.js';
import {
  addDays,
  applyOverrides,
  cstToMinutes,
  datePart,
  datesInRange,
  generatePatternSlots,
  generateSlots,
  hoursBalance,
  indexWork,
  teamSizeReminder,
  averagingSpan,
  remindersUnder,
  isCstDateTime,
  minutesToCst,
  nowCst,
  onDutyAt,
  shiftInterval,
  type CoverageResult,
  type DutyOverride,
} from '../../shared/dutyRoster';
import { ApiError } from '../../shared/api/errors';
import type { ComplianceDutyRoster } from '../../shared/compliance/input';
import { evaluateDutyPeriod, type DutyCheck } from '../../shared/compliance/dutyCheck';
import type { StoredDutyLog } from '../../shared/records/dutyLog';
import { readDutyLog } from './dutyRoster/logRecords';
import {
  OVERRIDE_KIND_LABELS,
  type DutyNow,
  type DutyRosterSettings,
  type DutyRosterView,
  type RosterSlot,
  type StoredDutyRosterSettings,
  type StoredOverride,
  type StoredSlot,
} from '../../shared/records/dutyRoster';
import type { z } from 'zod';
import type { overrideInputSchema } from '../../shared/records/dutyRoster';
import type { Store } from '../storage/types';
import {
  readMonths,
  readLastGeneratedDate,
  readOverrides,
  readPeopleNames,
  readSettings,
  readUndoInfo,
  RosterChange,
  undoLast,
} from './dutyRoster/docs';

/** The name shown for a person removed from 人员 while still in the roster. */
export const MISSING_PERSON = '（已删除的人员）';

const monthOf = (date: string) => date.slice(0, 7);
const monthsIn = (from: string, to: string): Set<string> => {
  const out = new Set<string>();
  for (const d of datesInRange(from, to)) out.add(monthOf(d));
  return out;
};
const slotKey = (date: string, shiftId: string) => `${date}\u0000${shiftId}`;
const sortSlots = (slots: StoredSlot[]) => slots.sort((x, y) => (x.start < y.start ? -1 : x.start > y.start ? 1 : x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
const stripOverride = (o: StoredOverride): DutyOverride => {
  if (o.kind === 'swap') return { id: o.id, kind: o.kind, a: o.a, b: o.b };
  if (o.kind === 'replace') return { id: o.id, kind: o.kind, date: o.date, shiftId: o.shiftId, personId: o.personId };
  return { id: o.id, kind: o.kind, date: o.date, personId: o.personId, coveredBy: o.coveredBy };
};
const overrideDates = (o: StoredOverride): string[] => (o.kind === 'swap' ? [o.a.date, o.b.date] : [o.date]);

/** Slots that stand in for the stored ones of [from, to]: a 预览 of settings not yet applied. */
export interface Overlay {
  from: string;
  to: string;
  slots: StoredSlot[];
}

export interface Effective {
  /** Slots dated from `from` − 1 day to `to` (the day before: its night shift runs into `from`). */
  slots: RosterSlot[];
  overrides: StoredOverride[];
  unapplied: { override: StoredOverride; reason: string }[];
}

/**
 * The roster as it stands for [from, to]: the generated slots with every 调班 applied in order. The months
 * any 调班 refers to are read too, so a swap with a slot outside the period still gives the right person.
 */
export function effectiveRoster(db: Database, from: string, to: string, overlay?: Overlay, extra: readonly StoredOverride[] = []): Effective {
  const overrides = [...readOverrides(db), ...extra];
  const first = addDays(from, -1);
  const months = monthsIn(first, to);
  for (const o of overrides) for (const d of overrideDates(o)) months.add(monthOf(d));
  const read = readMonths(db, months);
  const stored = sortSlots(overlay ? [...read.filter((s) => s.date < overlay.from || s.date > overlay.to), ...overlay.slots] : read);
  const byKey = new Map(stored.map((s) => [slotKey(s.date, s.shiftId), s]));
  const shiftNames = new Map(stored.map((s) => [s.shiftId, s.name]));
  const applied = applyOverrides(stored, overrides.map(stripOverride), { shiftName: (id) => shiftNames.get(id) ?? id });
  const byId = new Map(overrides.map((o) => [o.id, o]));
  const slots: RosterSlot[] = [];
  for (const s of applied.slots) {
    if (s.date < first || s.date > to) continue;
    const g = byKey.get(slotKey(s.date, s.shiftId))!;
    slots.push({ date: s.date, shiftId: s.shiftId, shiftName: g.name, start: g.start, end: g.end, personId: s.personId, generatedPersonId: g.personId, overrideIds: s.overrideIds });
  }
  return {
    slots,
    overrides,
    unapplied: applied.unapplied.map((u) => ({ override: byId.get(u.override.id)!, reason: u.reason })),
  };
}

/** Only a slot held by someone in 人员 covers its time: an empty slot (请假 with nobody covering) or a removed person does not. */
const holds = (s: RosterSlot, people: ReadonlyMap<string, string>) => s.personId !== '' && people.has(s.personId);

/** People removed from 人员 who are still in the rotation or on a slot of the period. */
function problemsOf(settings: StoredDutyRosterSettings | null, slots: readonly RosterSlot[], people: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  settings?.rotation.forEach((id, i) => {
    if (!people.has(id)) problems.push(`轮换：第${i + 1}位值班人员已从人员中删除，请在轮换中重新选择并保存`);
  });
  const orphaned = slots.filter((s) => s.personId !== '' && !people.has(s.personId));
  if (orphaned.length > 0) {
    const first = orphaned[0]!;
    problems.push(
      `值班人员：${orphaned.length}个班次的值班人员已从人员中删除（最早为 ${first.date} ${first.shiftName}），请替班或重新生成排班`,
    );
  }
  return problems;
}

/** The 值班记录 that overlap [from 00:00, to + 1 day 00:00), and those of the day before (a night shift's handover). */
function logAround(db: Database, from: string, to: string): StoredDutyLog[] {
  return readDutyLog(db, `${addDays(from, -1)} 00:00`, `${addDays(to, 1)} 00:00`);
}

/** The one evaluation of 第十三条（二） for [from, to] (shared/compliance/dutyCheck.ts) from what is stored. */
function evaluateStored(eff: Effective, log: readonly StoredDutyLog[], people: ReadonlyMap<string, string>, from: string, to: string, now: string): DutyCheck {
  return evaluateDutyPeriod({ from, to, now, slots: eff.slots, names: people, log, missingName: MISSING_PERSON });
}

/**
 * 工时统计 of the month `from` is in: everyone in the rotation, then anyone else on a slot of the period. Under
 * 综合计算工时工作制 the reminders judge whole averaging periods: `periodSlots` gives the slots of those (else the month's).
 */
function workTimeOf(
  settings: StoredDutyRosterSettings | null,
  slots: readonly RosterSlot[],
  from: string,
  people: ReadonlyMap<string, string>,
  periodSlots: readonly RosterSlot[] = slots,
): DutyRosterView['workTime'] {
  const month = from.slice(0, 7);
  const toWork = (list: readonly RosterSlot[]) =>
    indexWork(list.filter((s) => holds(s, people)).map((s) => ({ personId: s.personId, start: cstToMinutes(s.start), end: cstToMinutes(s.end) })));
  const held = slots.filter((s) => holds(s, people));
  const ids = [...new Set([...(settings?.rotation ?? []).filter((id) => people.has(id)), ...held.map((s) => s.personId)])];
  const work = toWork(slots);
  const averaging = settings?.averagingPeriod ?? null;
  return {
    month,
    balance: hoursBalance(work, month, ids),
    reminders: remindersUnder(periodSlots === slots ? work : toWork(periodSlots), month, ids, averaging),
    teamSize: settings ? teamSizeReminder(settings.rotation.length) : null,
  };
}

export function getDutyRoster(store: Store, from: string, to: string, now: string = nowCst()): DutyRosterView {
  return store.read((db) => rosterView(db, readSettings(db), from, to, now));
}

/** The view of [from, to] under `settings`; with an overlay, as it would be once those slots were generated. */
export function rosterView(
  db: Database,
  settings: StoredDutyRosterSettings | null,
  from: string,
  to: string,
  now: string,
  overlay?: Overlay,
  extra: readonly StoredOverride[] = [],
): DutyRosterView {
  const eff = effectiveRoster(db, from, to, overlay, extra);
  const people = readPeopleNames(db);
  const log = logAround(db, from, to);
  const inPeriod = eff.slots.filter((s) => s.date >= from);
  const touches = (o: StoredOverride) => overrideDates(o).some((d) => d >= from && d <= to);
  const check = evaluateStored(eff, log, people, from, to, now);
  const averaging = settings?.averagingPeriod ?? null;
  const span = averaging ? averagingSpan(from.slice(0, 7), averaging) : null;
  const periodSlots = span ? effectiveRoster(db, span.from, span.to, overlay, extra).slots : eff.slots;
  return {
    workTime: workTimeOf(settings, eff.slots, from, people, periodSlots),
    settings,
    from,
    to,
    slots: inPeriod,
    overrides: eff.overrides.filter(touches),
    unapplied: eff.unapplied.filter((u) => touches(u.override)).map((u) => ({ overrideId: u.override.id, reason: u.reason })),
    coverage: check.coverage,
    check: { now: check.now, gaps: check.gaps, coveredByLog: check.coveredByLog, unlogged: check.unlogged, findings: check.findings.map((f) => ({ status: f.status, text: f.text })), lines: check.lines },
    log: log.filter((e) => e.end > `${from} 00:00` && e.start < `${addDays(to, 1)} 00:00`),
    problems: problemsOf(settings, inPeriod, people),
    undo: readUndoInfo(db),
  };
}

/**
 * The check alone: the lines exactly as 概览's row details and 03 print them (the one evaluation, past days
 * and the 值班记录 included).
 */
export function checkDutyRoster(store: Store, from: string, to: string, now: string = nowCst()): { from: string; to: string; coverage: CoverageResult; lines: string[] } {
  return store.read((db) => {
    const eff = effectiveRoster(db, from, to);
    const check = evaluateStored(eff, logAround(db, from, to), readPeopleNames(db), from, to, now);
    return { from, to, coverage: check.coverage, lines: check.lines };
  });
}

/**
 * What 概览's 第十三条（二） row looks at (for the dates rosterPeriod gives): the settings, the slots after every
 * 调班 dated `from` to `to`, the 值班记录 around them and the last generated date. A few month documents: a millisecond or so.
 */
export function dutyRosterForCompliance(store: Store, from: string, to: string): Omit<ComplianceDutyRoster, 'at' | 'month'> {
  return store.read((db) => {
    const settings = readSettings(db);
    const eff = effectiveRoster(db, from, to);
    return {
      settings: settings && { dutyPhone: settings.dutyPhone, shifts: settings.shifts, rotation: settings.rotation },
      slots: eff.slots.filter((s) => s.date >= from).map((s) => ({ date: s.date, shiftName: s.shiftName, start: s.start, end: s.end, personId: s.personId })),
      generatedThrough: readLastGeneratedDate(db),
      log: logAround(db, addDays(from, 1), to).map((e) => ({ personId: e.personId, start: e.start, end: e.end })),
    };
  });
}

function checkRotationPeople(db: Database, rotation: readonly string[]): void {
  const people = readPeopleNames(db);
  rotation.forEach((id, i) => {
    if (!people.has(id)) {
      throw new ApiError('VALIDATION', `轮换：第${i + 1}位值班人员不存在（可能已从人员中删除），请重新选择`, `rotation.${i}`);
    }
  });
}

export function saveDutyRosterSettings(store: Store, settings: DutyRosterSettings): Promise<StoredDutyRosterSettings> {
  return store.mutate((tx) => {
    checkRotationPeople(tx.db, settings.rotation);
    const before = readSettings(tx.db);
    const same =
      before &&
      JSON.stringify({ ...before, updatedAt: '' }) ===
        JSON.stringify({
          dutyPhone: settings.dutyPhone,
          shifts: settings.shifts,
          rotation: settings.rotation,
          rotationStart: settings.rotationStart,
          pattern: settings.pattern,
          averagingPeriod: settings.averagingPeriod,
          logInPackage: settings.logInPackage,
          updatedAt: '',
        });
    if (same) return before;
    const stored: StoredDutyRosterSettings = { ...settings, updatedAt: tx.now };
    const change = new RosterChange(tx);
    change.writeSettings(stored);
    change.commit('保存值班设置');
    return stored;
  });
}

/** The slots the settings give for [start, to] (start on or after rotationStart), as stored: 轮班模式 or 依次轮换. */
export function freshSlots(settings: Pick<StoredDutyRosterSettings, 'shifts' | 'rotation' | 'rotationStart' | 'pattern'>, start: string, to: string): StoredSlot[] {
  const base = { from: start, to, shifts: settings.shifts, rotation: settings.rotation, rotationStart: settings.rotationStart };
  const slots = settings.pattern ? generatePatternSlots({ ...base, cycle: settings.pattern.cycle }) : generateSlots(base);
  const byShift = new Map(settings.shifts.map((s) => [s.id, s]));
  return slots.map((s) => {
    const shift = byShift.get(s.shiftId)!;
    const iv = shiftInterval(s.date, shift);
    return { date: s.date, shiftId: s.shiftId, name: shift.name, start: minutesToCst(iv.start), end: minutesToCst(iv.end), personId: s.personId };
  });
}

export function generateDutyRoster(store: Store, from: string, to: string): Promise<{ from: string; to: string; slots: number; overridesKept: number }> {
  return store.mutate((tx) => {
    const settings = readSettings(tx.db);
    if (!settings) throw new ApiError('VALIDATION', '轮换：请先保存值班电话、班次和轮换，再生成排班', 'rotation');
    checkRotationPeople(tx.db, settings.rotation);
    if (to < settings.rotationStart) {
      throw new ApiError('VALIDATION', `结束日期：生成范围在轮换开始日期（${settings.rotationStart}）之前；请先调整轮换开始日期`, 'to');
    }
    // The rotation starts on rotationStart: days before it are left as they are.
    const start = from < settings.rotationStart ? settings.rotationStart : from;
    const fresh = freshSlots(settings, start, to);
    const change = new RosterChange(tx);
    for (const month of monthsIn(start, to)) {
      const kept = readMonths(tx.db, [month]).filter((s) => s.date < start || s.date > to);
      change.writeMonth(month, sortSlots([...kept, ...fresh.filter((s) => monthOf(s.date) === month)]));
    }
    change.commit(`生成 ${start} 至 ${to} 的排班`);
    const overridesKept = readOverrides(tx.db).filter((o) => overrideDates(o).some((d) => d >= start && d <= to)).length;
    return { from: start, to, slots: fresh.length, overridesKept };
  });
}

type OverrideInput = z.output<typeof overrideInputSchema>;

function describeOverride(o: OverrideInput | StoredOverride, shiftName: (date: string, id: string) => string): string {
  if (o.kind === 'swap') return `调班：${o.a.date} ${shiftName(o.a.date, o.a.shiftId)} ↔ ${o.b.date} ${shiftName(o.b.date, o.b.shiftId)}`;
  if (o.kind === 'replace') return `替班：${o.date} ${shiftName(o.date, o.shiftId)}`;
  return `请假：${o.date}`;
}

export function addDutyOverride(store: Store, input: OverrideInput): Promise<StoredOverride> {
  return store.mutate((tx) => {
    const dates = input.kind === 'swap' ? [input.a.date, input.b.date].sort() : [input.date];
    const eff = effectiveRoster(tx.db, dates[0]!, dates[dates.length - 1]!);
    const people = readPeopleNames(tx.db);
    const slotAt = (date: string, shiftId: string) => eff.slots.find((s) => s.date === date && s.shiftId === shiftId);
    const needPerson = (id: string, field: string, label: string) => {
      if (!people.has(id)) throw new ApiError('VALIDATION', `${label}：所选人员不存在（可能已被删除），请重新选择`, field);
    };
    const noSlot = (date: string) => `${date} 没有这个班次的排班，请先生成排班`;
    if (input.kind === 'swap') {
      const a = slotAt(input.a.date, input.a.shiftId);
      const b = slotAt(input.b.date, input.b.shiftId);
      if (!a) throw new ApiError('VALIDATION', `第一个班次：${noSlot(input.a.date)}`, 'a');
      if (!b) throw new ApiError('VALIDATION', `第二个班次：${noSlot(input.b.date)}`, 'b');
      if (a === b) throw new ApiError('VALIDATION', '第二个班次：请选择另一个班次与之调换', 'b');
      if (a.personId === b.personId) throw new ApiError('VALIDATION', '第二个班次：两个班次是同一位值班人员，无需调班', 'b');
    } else if (input.kind === 'replace') {
      const s = slotAt(input.date, input.shiftId);
      if (!s) throw new ApiError('VALIDATION', `班次：${noSlot(input.date)}`, 'shiftId');
      needPerson(input.personId, 'personId', '值班人员');
      if (s.personId === input.personId) throw new ApiError('VALIDATION', '值班人员：这个班次已由所选人员值班，请选择另一位', 'personId');
    } else {
      if (!eff.slots.some((s) => s.date === input.date && s.personId === input.personId)) {
        throw new ApiError('VALIDATION', `请假人员：所选人员在 ${input.date} 没有班次，无需请假`, 'personId');
      }
      if (input.coveredBy !== '') needPerson(input.coveredBy, 'coveredBy', '替班人员');
      if (input.coveredBy === input.personId) throw new ApiError('VALIDATION', '替班人员：替班人员不能是请假人员本人', 'coveredBy');
    }
    const stored = { ...input, id: randomUUID(), createdAt: tx.now } as StoredOverride;
    const change = new RosterChange(tx);
    change.writeOverrides([...eff.overrides, stored]);
    const name = (date: string, id: string) => slotAt(date, id)?.shiftName ?? id;
    change.commit(describeOverride(input, name));
    return stored;
  });
}

export function removeDutyOverride(store: Store, id: string): Promise<{ removed: true }> {
  return store.mutate((tx) => {
    const overrides = readOverrides(tx.db);
    const found = overrides.find((o) => o.id === id);
    if (!found) throw new ApiError('NOT_FOUND', '找不到这条调班（可能已被删除或撤销）');
    const dates = overrideDates(found).sort();
    const eff = effectiveRoster(tx.db, dates[0]!, dates[dates.length - 1]!);
    const name = (date: string, shiftId: string) => eff.slots.find((s) => s.date === date && s.shiftId === shiftId)?.shiftName ?? shiftId;
    const change = new RosterChange(tx);
    change.writeOverrides(overrides.filter((o) => o.id !== id));
    change.commit(`删除${OVERRIDE_KIND_LABELS[found.kind]}（${describeOverride(found, name).split('：')[1]}）`);
    return { removed: true as const };
  });
}

export function undoDutyRoster(store: Store): Promise<{ undone: string; remaining: number }> {
  return store.mutate((tx) => {
    const r = undoLast(tx);
    if (!r) throw new ApiError('NOT_FOUND', '没有可以撤销的修改');
    return { undone: r.label, remaining: r.remaining };
  });
}

/** 当前值班 for 概览: who is on duty at `at` (default now, China Standard Time) and the next handover. */
export function dutyNow(store: Store, at?: string): DutyNow {
  const when = at ?? nowCst();
  if (!isCstDateTime(when)) throw new ApiError('VALIDATION', '时间：格式应为 YYYY-MM-DD HH:mm（北京时间）', 'at');
  return store.read((db) => {
    const settings = readSettings(db);
    if (!settings) return { configured: false, dutyPhone: '', at: when, onDuty: [], nextHandover: null };
    const day = datePart(when);
    const eff = effectiveRoster(db, day, addDays(day, 2));
    const people = readPeopleNames(db);
    const name = (id: string) => people.get(id) ?? MISSING_PERSON;
    const ivs = eff.slots.filter((s) => holds(s, people)).map((s) => ({ ...s, s: cstToMinutes(s.start), e: cstToMinutes(s.end) }));
    const assignments = ivs.map((s) => ({ personId: s.personId, start: s.s, end: s.e }));
    const now = cstToMinutes(when);

    // Each person on duty, with the whole stretch they are in (back-to-back shifts of one person merge).
    const onDuty = onDutyAt(assignments, now).map((personId) => {
      const mine = ivs.filter((s) => s.personId === personId).sort((x, y) => x.s - y.s);
      const current = mine.find((s) => s.s <= now && now < s.e)!;
      let since = current.s;
      let until = current.e;
      for (let moved = true; moved; ) {
        moved = false;
        for (const s of mine) {
          if (s.s < since && s.e >= since) (since = s.s), (moved = true);
          if (s.e > until && s.s <= until) (until = s.e), (moved = true);
        }
      }
      return { personId, name: name(personId), shiftName: current.shiftName, since: minutesToCst(since), until: minutesToCst(until) };
    });

    // The next minute the set of people on duty changes.
    const bounds = [...new Set(ivs.flatMap((s) => [s.s, s.e]).filter((m) => m > now))].sort((x, y) => x - y);
    let nextHandover: DutyNow['nextHandover'] = null;
    for (const t of bounds) {
      const before = onDutyAt(assignments, t - 1);
      const after = onDutyAt(assignments, t);
      if (before.length === after.length && before.every((p) => after.includes(p))) continue;
      nextHandover = { at: minutesToCst(t), from: before.map(name), to: after.map(name) };
      break;
    }
    return { configured: true, dutyPhone: settings.dutyPhone, at: when, onDuty, nextHandover };
  });
}
