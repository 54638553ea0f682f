import { z } from 'zod';
import { AVERAGING_PERIODS, MAX_CYCLE_DAYS, patternTable, patternTemplate, REST, validateShifts, type ShiftDef } from '../dutyRoster';
import { validatePhone } from '../identity/phone';
import { daysBetween, isoDate } from './dates';
import { storedDutyLogSchema } from './dutyLog';
import { plainText } from './fieldRules';

/**
 * 值班表 (第十三条（二）: 落实专人二十四小时值班制度): what is stored and what the API takes and returns.
 * The pure engine (shift times, generation, overrides, the coverage check) is shared/dutyRoster/.
 */

export const DUTY_ROSTER_LABELS = {
  dutyPhone: '值班电话',
  shifts: '班次',
  shiftName: '班次名称',
  start: '开始时间',
  end: '结束时间',
  rotation: '轮换',
  rotationStart: '轮换开始日期',
  from: '开始日期',
  to: '结束日期',
  kind: '调班方式',
  a: '第一个班次',
  b: '第二个班次',
  date: '日期',
  shiftId: '班次',
  personId: '值班人员',
  coveredBy: '替班人员',
  note: '备注',
  id: '调班',
  at: '时间',
  month: '月份',
  pattern: '轮班模式',
  averagingPeriod: '综合计算工时工作制',
  logInPackage: '值班记录随备案材料',
} as const;

/** How many days one generate / get / check may span (a year and a day, and ten years for the check). */
export const MAX_GENERATE_DAYS = 731;
export const MAX_VIEW_DAYS = 3700;
export const MAX_SHIFTS = 12;
export const MAX_ROTATION = 100;

const CST_DATE_TIME = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/;
export const cstDateTimeSchema = z.string().regex(CST_DATE_TIME, '时间格式应为 YYYY-MM-DD HH:mm');

/** 8:00, 08:00, 08：00 → 08:00; 24:00 is the midnight that ends a day (written 00:00). Anything else: null. */
export function normalizeClock(raw: string): string | null {
  const m = /^\s*(\d{1,2})\s*[:：]\s*(\d{2})\s*$/u.exec(raw);
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (h === 24 && min === 0) return '00:00';
  if (h > 23 || min > 59) return null;
  return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}

/** The name a message uses for shift i: its 班次名称, or 第N个班次 while it has none. */
export const shiftTitle = (s: { name?: string }, i: number): string => (s.name?.trim() ? s.name.trim() : `第${i + 1}个班次`);

const clockExample = '应为 00:00–23:59 的时刻，例如 08:00；结束于午夜写 00:00 或 24:00';

/** One 班次 as typed: checked as a whole (shiftRules), so each message names the shift and the field. */
export const shiftInputSchema = z.object({
  id: z.string().trim().regex(/^[A-Za-z0-9_-]{1,40}$/, '班次编号无效（字母、数字、-、_，最多40个）'),
  name: z.string().trim().max(20, '班次名称不能超过20个字').superRefine(plainText(DUTY_ROSTER_LABELS.shiftName)),
  start: z.string().trim().max(10),
  end: z.string().trim().max(10),
});
export type ShiftInput = z.input<typeof shiftInputSchema>;

export function dutyPhoneRule(raw: string, ctx: z.RefinementCtx, path: PropertyKey[] = ['dutyPhone']): string {
  if (raw.trim() === '') {
    ctx.addIssue({ code: 'custom', path, message: '请填写值班电话' });
    return raw;
  }
  const r = validatePhone(raw);
  if (!r.ok) {
    ctx.addIssue({ code: 'custom', path, message: r.message.replaceAll('联系电话', '值班电话') });
    return raw;
  }
  return r.value;
}

/** The 班次 rules: names, times (normalized), ids unique; then the engine's own checks (duplicate names …). */
export function shiftsRule(shifts: z.output<typeof shiftInputSchema>[], ctx: z.RefinementCtx): ShiftDef[] {
  const out: ShiftDef[] = [];
  let bad = false;
  const add = (path: PropertyKey[], message: string) => {
    bad = true;
    ctx.addIssue({ code: 'custom', path: ['shifts', ...path], message });
  };
  if (shifts.length === 0) add([], '请至少设置一个班次');
  if (shifts.length > MAX_SHIFTS) add([], `每天最多设置${MAX_SHIFTS}个班次`);
  const ids = new Set<string>();
  shifts.forEach((s, i) => {
    const title = shiftTitle(s, i);
    if (s.name === '') add([i, 'name'], `第${i + 1}个班次的班次名称未填写`);
    const start = normalizeClock(s.start);
    const end = normalizeClock(s.end);
    if (s.start === '') add([i, 'start'], `${title}的开始时间未填写`);
    else if (start === null) add([i, 'start'], `${title}的开始时间无效（${clockExample}）`);
    if (s.end === '') add([i, 'end'], `${title}的结束时间未填写`);
    else if (end === null) add([i, 'end'], `${title}的结束时间无效（${clockExample}）`);
    if (ids.has(s.id)) add([i, 'id'], `${title}的编号与其他班次重复`);
    ids.add(s.id);
    out.push({ id: s.id, name: s.name, start: start ?? s.start, end: end ?? s.end });
  });
  if (!bad) {
    const problems = validateShifts(out);
    if (problems.length > 0) ctx.addIssue({ code: 'custom', path: ['shifts'], message: problems.join('；') });
  }
  return out;
}

/**
 * 轮班模式 (shared/dutyRoster/patterns.ts): the cycle of days every person walks, each day a 班次 id or 'rest'.
 * null: 依次轮换 as before patterns existed (the rotation walks the slots one by one). One schema for the form,
 * the API and the stored settings (an old stored document has no pattern and reads as null).
 */
export const rotationPatternSchema = z.object({
  /** the template it came from (PATTERN_TEMPLATES), or 'custom' */
  template: z.string().trim().max(20).default('custom'),
  cycle: z.array(z.string().trim().min(1, '请选择班次或休').max(40)).max(MAX_CYCLE_DAYS, `轮班周期最多${MAX_CYCLE_DAYS}天`).default([]),
});
export type RotationPattern = z.output<typeof rotationPatternSchema>;

export const averagingPeriodSchema = z
  .enum(AVERAGING_PERIODS, { error: `${DUTY_ROSTER_LABELS.averagingPeriod}：综合计算周期只能是周、月、季或年` })
  .nullable()
  .default(null);

export const dutyRosterSettingsFields = z.object({
  dutyPhone: z.string().max(40, '值班电话过长').default(''),
  shifts: z.array(shiftInputSchema).default([]),
  /** 轮换: person ids, in the order they take the shifts. */
  rotation: z.array(z.string().trim().min(1, '请选择值班人员').max(64)).default([]),
  rotationStart: isoDate(DUTY_ROSTER_LABELS.rotationStart),
  pattern: rotationPatternSchema.nullable().default(null),
  /** 综合计算工时工作制 (approved) and its averaging period; null: 标准工时制. Old documents have none: null. */
  averagingPeriod: averagingPeriodSchema,
  /** 08_值班记录.pdf goes into the filing package (the unit's choice; off in old documents). */
  logInPackage: z.boolean({ error: `${DUTY_ROSTER_LABELS.logInPackage}：请选择是或否` }).default(false),
});
export type DutyRosterSettingsInput = z.input<typeof dutyRosterSettingsFields>;

/** 轮换: at least one person, each once. (That each is still in 人员 is checked by the service.) */
export function rotationRule(rotation: readonly string[], ctx: z.RefinementCtx): void {
  if (rotation.length === 0) ctx.addIssue({ code: 'custom', path: ['rotation'], message: '请至少选择一位值班人员' });
  if (rotation.length > MAX_ROTATION) ctx.addIssue({ code: 'custom', path: ['rotation'], message: `最多选择${MAX_ROTATION}位值班人员` });
  const seen = new Set<string>();
  rotation.forEach((id, i) => {
    if (seen.has(id)) ctx.addIssue({ code: 'custom', path: ['rotation', i], message: `第${i + 1}位值班人员与前面的重复，同一人员只能出现一次` });
    seen.add(id);
  });
}

/**
 * 轮班模式: every day of the cycle a 班次 of the settings or 休, at least one 班次, the template's number of people,
 * and never two people on one 班次 the same day. (A 班次 nobody lands on is allowed: the 覆盖检查 shows the gap.)
 */
export function patternRule(pattern: RotationPattern | null, shifts: readonly Pick<ShiftDef, 'id' | 'name'>[], rotation: readonly string[], ctx: z.RefinementCtx): void {
  if (!pattern) return;
  const add = (message: string) => ctx.addIssue({ code: 'custom', path: ['pattern'], message });
  const { cycle } = pattern;
  if (cycle.length === 0) return add('请至少设置一天（班次或休）');
  const ids = new Set(shifts.map((s) => s.id));
  const unknown = cycle.findIndex((c) => c !== REST && !ids.has(c));
  if (unknown >= 0) return add(`第${unknown + 1}天的班次已不在班次中，请重新选择`);
  if (!cycle.some((c) => c !== REST)) return add('周期中至少要有一天值班（不能全是休）');
  const t = patternTemplate(pattern.template);
  if (t && rotation.length > 0 && rotation.length !== t.people) {
    return add(`「${t.label}」适用于${t.people}位值班人员，轮换中有${rotation.length}位；请调整轮换，或改用自定义`);
  }
  const clash = patternTable(cycle, shifts, rotation.length).clashes[0];
  if (clash) {
    const name = shifts.find((s) => s.id === clash.shiftId)?.name ?? clash.shiftId;
    add(`周期第${clash.day + 1}天的${name}同时排到${clash.people.map((i) => `第${i + 1}位`).join('、')}值班人员；请调整周期天数或人数`);
  }
}

export const dutyRosterSettingsSchema = dutyRosterSettingsFields.transform((v, ctx) => {
  const dutyPhone = dutyPhoneRule(v.dutyPhone, ctx);
  const shifts = shiftsRule(v.shifts, ctx);
  rotationRule(v.rotation, ctx);
  patternRule(v.pattern, shifts, v.rotation, ctx);
  return { dutyPhone, shifts, rotation: v.rotation, rotationStart: v.rotationStart, pattern: v.pattern, averagingPeriod: v.averagingPeriod, logInPackage: v.logInPackage };
});
export type DutyRosterSettings = z.output<typeof dutyRosterSettingsSchema>;

export const shiftDefSchema = z.object({ id: z.string(), name: z.string(), start: z.string(), end: z.string() });

export const storedDutyRosterSettingsSchema = z.object({
  dutyPhone: z.string(),
  shifts: z.array(shiftDefSchema),
  rotation: z.array(z.string()),
  rotationStart: z.string(),
  pattern: rotationPatternSchema.nullable().default(null),
  averagingPeriod: averagingPeriodSchema,
  logInPackage: z.boolean().default(false),
  updatedAt: z.string(),
});
export type StoredDutyRosterSettings = z.infer<typeof storedDutyRosterSettingsSchema>;

/** A period of whole days, both ends included. */
export function dateRangeSchema(maxDays: number) {
  return z
    .object({ from: isoDate(DUTY_ROSTER_LABELS.from), to: isoDate(DUTY_ROSTER_LABELS.to) })
    // Only once both dates parsed: daysBetween throws on a value that is not a date.
    .refine((r) => daysBetween(r.from, r.to) >= 0, { path: ['to'], message: '结束日期不能早于开始日期', when: (p) => p.issues.length === 0 })
    .refine((r) => daysBetween(r.from, r.to) < maxDays, { path: ['to'], message: `一次最多${maxDays}天`, when: (p) => p.issues.length === 0 });
}

/** A generated slot as kept in the database: the shift's name and times as they were when it was generated. */
export const storedSlotSchema = z.object({
  date: z.string(),
  shiftId: z.string(),
  name: z.string(),
  start: z.string(),
  end: z.string(),
  personId: z.string(),
});
export type StoredSlot = z.infer<typeof storedSlotSchema>;

/** A slot as the API returns it: after the overrides, with its interval in China Standard Time. */
export const rosterSlotSchema = z.object({
  date: z.string(),
  shiftId: z.string(),
  shiftName: z.string(),
  start: cstDateTimeSchema,
  end: cstDateTimeSchema,
  personId: z.string(),
  /** Who the generated roster had before any 调班. */
  generatedPersonId: z.string(),
  overrideIds: z.array(z.string()),
});
export type RosterSlot = z.infer<typeof rosterSlotSchema>;

const slotRef = z.object({
  date: isoDate(DUTY_ROSTER_LABELS.date),
  shiftId: z.string().trim().min(1, '请选择班次').max(40),
});
const personRef = (label: string) => z.string({ error: `请选择${label}` }).trim().min(1, `请选择${label}`).max(64);
const note = z.string().trim().max(100, '备注不能超过100个字').superRefine(plainText(DUTY_ROSTER_LABELS.note)).default('');

/**
 * 调班: swap two slots' people, replace one slot's person (替班), or a day of leave (请假) covered by someone —
 * or by nobody yet (coveredBy ''), which the 覆盖检查 then lists as 未覆盖时段.
 */
export const overrideInputSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('swap'), a: slotRef, b: slotRef, note }),
    z.object({ kind: z.literal('replace'), date: isoDate(DUTY_ROSTER_LABELS.date), shiftId: slotRef.shape.shiftId, personId: personRef('值班人员'), note }),
    // 替班人员 left empty: nobody covers yet, and the check shows the leave as 未覆盖时段 until someone does.
    z.object({ kind: z.literal('leave'), date: isoDate(DUTY_ROSTER_LABELS.date), personId: personRef('请假人员'), coveredBy: z.string().trim().max(64).default(''), note }),
  ],
  { error: '调班方式只能是：调班、替班、请假' },
);
export type OverrideInput = z.input<typeof overrideInputSchema>;

const overrideMeta = { id: z.string(), note: z.string(), createdAt: z.string() };
const storedSlotRef = z.object({ date: z.string(), shiftId: z.string() });
export const storedOverrideSchema = z.discriminatedUnion('kind', [
  z.object({ ...overrideMeta, kind: z.literal('swap'), a: storedSlotRef, b: storedSlotRef }),
  z.object({ ...overrideMeta, kind: z.literal('replace'), date: z.string(), shiftId: z.string(), personId: z.string() }),
  z.object({ ...overrideMeta, kind: z.literal('leave'), date: z.string(), personId: z.string(), coveredBy: z.string() }),
]);
export type StoredOverride = z.infer<typeof storedOverrideSchema>;

export const OVERRIDE_KIND_LABELS = { swap: '调班', replace: '替班', leave: '请假' } as const;

const span = z.object({ start: cstDateTimeSchema, end: cstDateTimeSchema });
export const coverageResultSchema = z.object({
  covered: z.boolean(),
  gaps: z.array(span.extend({ minutes: z.number() })),
  overlaps: z.array(z.object({ personId: z.string(), first: span, second: span, minutes: z.number() })),
  longStretches: z.array(z.object({ personId: z.string(), start: cstDateTimeSchema, end: cstDateTimeSchema, hours: z.number() })),
  shortRests: z.array(z.object({ personId: z.string(), previousEnd: cstDateTimeSchema, nextStart: cstDateTimeSchema, hours: z.number() })),
});

export const undoInfoSchema = z.object({ label: z.string(), at: z.string() });

const checkSlot = z.object({ date: z.string(), shiftName: z.string(), start: cstDateTimeSchema, end: cstDateTimeSchema, personId: z.string() });
/** The one evaluation of 第十三条（二） over the period (shared/compliance/dutyCheck.ts), as 概览 and 03 show it too. */
export const dutyCheckSchema = z.object({
  now: cstDateTimeSchema,
  gaps: z.array(span.extend({ minutes: z.number(), state: z.enum(['open', 'past']) })),
  coveredByLog: z.array(span.extend({ names: z.array(z.string()) })),
  unlogged: z.array(checkSlot),
  findings: z.array(z.object({ status: z.enum(['warn', 'error']), text: z.string() })),
  lines: z.array(z.string()),
});
export type DutyCheckView = z.infer<typeof dutyCheckSchema>;

export const dutyRosterViewSchema = z.object({
  settings: storedDutyRosterSettingsSchema.nullable(),
  from: z.string(),
  to: z.string(),
  slots: z.array(rosterSlotSchema),
  /** The 调班 that touch the period, in the order they apply. */
  overrides: z.array(storedOverrideSchema),
  /** 调班 whose slots no longer exist (e.g. a shift removed and the month regenerated). */
  unapplied: z.array(z.object({ overrideId: z.string(), reason: z.string() })),
  /** The plan's check of [from 00:00, to + 1 day 00:00) in China Standard Time (before the 值班记录). */
  coverage: coverageResultSchema,
  /** 第十三条（二） judged over the period with the 值班记录, past days included: what 概览 and 03 show. */
  check: dutyCheckSchema,
  /** 工时统计 and the working-time reminders of the period's month (reminders only, never blocking). */
  workTime: z.object({
    month: z.string(),
    balance: z.array(
      z.object({ personId: z.string(), shifts: z.number(), hours: z.number(), nightHours: z.number(), restDays: z.number(), weekendShifts: z.number() }),
    ),
    reminders: z.array(z.object({ personId: z.string(), kind: z.enum(['daily', 'weekly', 'restDay', 'overtime', 'average']), source: z.string(), text: z.string() })),
    teamSize: z.string().nullable(),
  }),
  /** The 值班记录 that overlap the period, by start time. */
  log: z.array(storedDutyLogSchema),
  /** Things to fix that are not coverage: people removed from 人员 still in the rotation or the roster. */
  problems: z.array(z.string()),
  /** The change 撤销 would undo, or null. */
  undo: undoInfoSchema.nullable(),
});
export type DutyRosterView = z.infer<typeof dutyRosterViewSchema>;

export const dutyNowSchema = z.object({
  configured: z.boolean(),
  dutyPhone: z.string(),
  at: cstDateTimeSchema,
  onDuty: z.array(z.object({ personId: z.string(), name: z.string(), shiftName: z.string(), since: cstDateTimeSchema, until: cstDateTimeSchema })),
  nextHandover: z.object({ at: cstDateTimeSchema, from: z.array(z.string()), to: z.array(z.string()) }).nullable(),
});
export type DutyNow = z.infer<typeof dutyNowSchema>;

/** A month of the 值班表, 'YYYY-MM'. */
export const rosterMonthSchema = z
  .string({ error: '请选择月份' })
  .trim()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 YYYY-MM，例如 2026-12');

/** 导出日历: the whole roster of a month, or one person's shifts (personId). */
export const rosterIcsInputSchema = z.object({
  month: rosterMonthSchema,
  personId: z.string().trim().max(64).optional(),
});
export const rosterIcsOutputSchema = z.object({ fileName: z.string(), dataBase64: z.string(), events: z.number().int() });
