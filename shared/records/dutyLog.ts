// 值班记录 duty log (第十三条（二）: 落实专人二十四小时值班制度): who actually was on duty, from when until the
// handover, to whom, and what happened (linked to 安全事件). The 值班表 is the plan and is never rewritten by it;
// a past 未覆盖时段 that a log entry covers counts as covered (shared/compliance/dutyRoster.ts).
import { z } from 'zod';
import { cstToMinutes, isCstDateTime } from '../dutyRoster';
import { missingOr, optionalText } from './fieldRules';

export const DUTY_LOG_LABELS = {
  personId: '实际值班人员',
  start: '接班时间',
  end: '交班时间',
  handoverTo: '接班人员',
  slotDate: '排班日期',
  slotShiftId: '排班班次',
  notes: '值班情况',
  incidentIds: '关联安全事件',
} as const;

/** A log entry spans at most this long (a 24-hour shift and an overrun). */
export const MAX_LOG_HOURS = 36;

const personRef = (label: string) => z.string({ error: missingOr(label, '请选择') }).trim().min(1, `请选择${label}`).max(64);
const dateTime = (label: string) =>
  z
    .string({ error: missingOr(label, '请填写', '日期时间，格式如 2026-12-06 08:00') })
    .trim()
    .min(1, `请填写${label}`)
    .refine(isCstDateTime, `${label}格式应为 YYYY-MM-DD HH:mm（北京时间）`);

export const dutyLogFields = z.object({
  personId: personRef(DUTY_LOG_LABELS.personId),
  start: dateTime(DUTY_LOG_LABELS.start),
  end: dateTime(DUTY_LOG_LABELS.end),
  /** '' when the shift ended with nobody taking over (or it is not known). */
  handoverTo: z.string().trim().max(64).default(''),
  /** The planned shift this entry records ('' / '' for time with no planned shift, e.g. a 未覆盖时段 covered). */
  slotDate: z.string().trim().max(10).default(''),
  slotShiftId: z.string().trim().max(40).default(''),
  notes: optionalText(DUTY_LOG_LABELS.notes, 2000),
  incidentIds: z.array(z.string().min(1).max(64)).max(20, '关联安全事件最多20条').default([]),
});
export type DutyLogInput = z.input<typeof dutyLogFields>;

/** Rules across fields: the handover after the start, within MAX_LOG_HOURS, to someone else. */
export function dutyLogRules<T extends z.output<typeof dutyLogFields>>(v: T, ctx: z.RefinementCtx): T {
  if (isCstDateTime(v.start) && isCstDateTime(v.end)) {
    if (v.end <= v.start) ctx.addIssue({ code: 'custom', path: ['end'], message: `${DUTY_LOG_LABELS.end}应晚于${DUTY_LOG_LABELS.start}` });
    else if (cstToMinutes(v.end) - cstToMinutes(v.start) > MAX_LOG_HOURS * 60) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: `一条值班记录最长${MAX_LOG_HOURS}小时，请分班次登记` });
    }
  }
  if (v.handoverTo !== '' && v.handoverTo === v.personId) {
    ctx.addIssue({ code: 'custom', path: ['handoverTo'], message: `${DUTY_LOG_LABELS.handoverTo}不能是${DUTY_LOG_LABELS.personId}本人` });
  }
  if ((v.slotDate === '') !== (v.slotShiftId === '')) {
    ctx.addIssue({ code: 'custom', path: ['slotShiftId'], message: `${DUTY_LOG_LABELS.slotDate}和${DUTY_LOG_LABELS.slotShiftId}应同时填写或同时留空` });
  }
  return v;
}

export const storedDutyLogSchema = z.object({
  id: z.string(),
  personId: z.string(),
  start: z.string(),
  end: z.string(),
  handoverTo: z.string(),
  slotDate: z.string(),
  slotShiftId: z.string(),
  notes: z.string(),
  incidentIds: z.array(z.string()),
});
export type StoredDutyLog = z.infer<typeof storedDutyLogSchema>;
