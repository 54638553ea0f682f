import { templateShifts, type AveragingPeriod, type ShiftTemplateKey } from '../../../shared/dutyRoster';
import {
  DUTY_ROSTER_LABELS,
  dutyPhoneRule,
  normalizeClock,
  patternRule,
  rotationRule,
  type RotationPattern,
  shiftsRule,
  type DutyRosterSettingsInput,
  type StoredDutyRosterSettings,
} from '../../../shared/records/dutyRoster';
import { isoDate } from '../../../shared/records/dates';
import { collectIssues, type RuleIssue } from '../../forms/collectIssues';

export interface ShiftRow {
  id: string;
  name: string;
  start: string;
  end: string;
}

export interface SettingsFormValues {
  dutyPhone: string;
  shifts: ShiftRow[];
  rotation: string[];
  rotationStart: string;
  /** 轮班模式; null: 依次轮换 */
  pattern: RotationPattern | null;
  /** 综合计算工时工作制's averaging period; null: 标准工时制 */
  averagingPeriod: AveragingPeriod | null;
  /** 08_值班记录.pdf in the filing package */
  logInPackage: boolean;
}

/** The template buttons of the 班次 editor. */
export const TEMPLATE_BUTTONS: readonly { key: ShiftTemplateKey; label: string }[] = [
  { key: '3x8', label: '三班倒（3×8小时）' },
  { key: '2x12', label: '两班倒（2×12小时）' },
];

export const templateRows = (key: ShiftTemplateKey): ShiftRow[] => templateShifts(key).map((s) => ({ ...s }));

let rowCounter = 0;
/** A new custom shift's id: unique among the rows (ids key the 调班, names may change). */
export function newShiftId(existing: readonly ShiftRow[]): string {
  for (;;) {
    rowCounter += 1;
    const id = `s${Date.now().toString(36)}${rowCounter.toString(36)}`;
    if (!existing.some((r) => r.id === id)) return id;
  }
}

export function toSettingsFormValues(saved: StoredDutyRosterSettings | null, rotationStart: string): SettingsFormValues {
  if (!saved) return { dutyPhone: '', shifts: [], rotation: [], rotationStart, pattern: null, averagingPeriod: null, logInPackage: false };
  return {
    dutyPhone: saved.dutyPhone,
    shifts: saved.shifts.map((s) => ({ ...s })),
    rotation: [...saved.rotation],
    rotationStart: saved.rotationStart,
    pattern: saved.pattern ? { template: saved.pattern.template, cycle: [...saved.pattern.cycle] } : null,
    averagingPeriod: saved.averagingPeriod,
    logInPackage: saved.logInPackage,
  };
}

export function completeSettingsValues(v: Partial<SettingsFormValues>): SettingsFormValues {
  return {
    dutyPhone: v.dutyPhone ?? '',
    shifts: (v.shifts ?? []).map((s) => ({ id: s?.id ?? '', name: s?.name ?? '', start: s?.start ?? '', end: s?.end ?? '' })),
    rotation: [...(v.rotation ?? [])],
    rotationStart: v.rotationStart ?? '',
    pattern: v.pattern ? { template: v.pattern.template ?? 'custom', cycle: [...(v.pattern.cycle ?? [])] } : null,
    averagingPeriod: v.averagingPeriod ?? null,
    logInPackage: v.logInPackage ?? false,
  };
}

export const toSettingsInput = (v: SettingsFormValues): DutyRosterSettingsInput => ({
  ...v,
  shifts: v.shifts.map((s) => ({ ...s })),
  pattern: v.pattern ? { template: v.pattern.template, cycle: [...v.pattern.cycle] } : null,
});

export function sameSettings(a: SettingsFormValues, b: SettingsFormValues): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Every problem the API would report for these values, each on its path (dutyPhone, shifts.2.end, rotation …). */
export function settingsIssues(v: SettingsFormValues): RuleIssue[] {
  return collectIssues((ctx) => {
    dutyPhoneRule(v.dutyPhone, ctx);
    shiftsRule(
      v.shifts.map((s) => ({ id: s.id, name: s.name.trim(), start: s.start.trim(), end: s.end.trim() })),
      ctx,
    );
    rotationRule(v.rotation, ctx);
    patternRule(v.pattern, v.shifts, v.rotation, ctx);
    const start = isoDate(DUTY_ROSTER_LABELS.rotationStart).safeParse(v.rotationStart);
    if (!start.success) ctx.addIssue({ code: 'custom', path: ['rotationStart'], message: start.error.issues[0]?.message ?? '轮换开始日期无效' });
  });
}

export const pathKey = (path: readonly PropertyKey[]): string => path.map(String).join('.');

/** The message for one field (by its path), or null. */
export function issueAt(v: SettingsFormValues, path: readonly PropertyKey[]): string | null {
  const key = pathKey(path);
  return settingsIssues(v).find((i) => pathKey(i.path) === key)?.message ?? null;
}

/** "08:00–16:00", with 跨午夜 said in words when the end is at or before the start. */
export function shiftHint(start: string, end: string): string | null {
  const s = normalizeClock(start);
  const e = normalizeClock(end);
  if (!s || !e) return null;
  if (e === s) return `全天 24 小时（${s} 至次日 ${e}）`;
  if (e < s) return `跨午夜：${s} 至次日 ${e === '00:00' ? '00:00（即当天 24:00）' : e}`;
  return null;
}

/** Where the API's field goes in the form: "rotation.1" → ["rotation"], "shifts.2.end" → ["shifts", 2, "end"]. */
export function formPathOf(field: string | undefined): (string | number)[] | null {
  if (!field) return null;
  const parts = field.split('.');
  if (parts[0] === 'dutyPhone' || parts[0] === 'rotationStart' || parts[0] === 'rotation' || parts[0] === 'pattern' || parts[0] === 'averagingPeriod') return [parts[0]];
  if (parts[0] === 'shifts' && parts.length === 3) return ['shifts', Number(parts[1]), parts[2]!];
  return null;
}

/** A server message without the "班次：" its label already says. */
export function withoutLabel(field: string | undefined, message: string): string {
  const top = field?.split('.')[0] as keyof typeof DUTY_ROSTER_LABELS | undefined;
  const label = top ? DUTY_ROSTER_LABELS[top] : undefined;
  return label && message.startsWith(`${label}：`) ? message.slice(label.length + 1) : message;
}
