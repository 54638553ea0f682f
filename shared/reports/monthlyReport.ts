// 月度变更报告 (第十三条（三）: 每月二十日前报送有变更的备案资料): what changed since the last report, from the
// audit trail, grouped by what it is about — new, changed and removed records with their field changes.
import { z } from 'zod';

export const reportMonthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '报告月份格式应为 YYYY-MM，例如 2026-03');

/** The report is due before the 20th of the following month; the reminder shows from the 15th. */
export const MONTHLY_REPORT_DUE_DAY = 20;
export const MONTHLY_REPORT_REMIND_DAY = 15;

/** The sections of the report, in order, with their Chinese titles. */
export const CHANGE_SECTIONS = {
  unit: '单位信息',
  licenses: '证照',
  people: '人员',
  securityGroup: '信息网络安全小组',
  servers: '服务器',
  idcRooms: '机房',
  customerSpaces: '客户空间（租用者、绑定域名）',
  dutyRoster: '值班表',
  incidents: '安全事件',
} as const;
export type ChangeSection = keyof typeof CHANGE_SECTIONS;

export const fieldChangeSchema = z.object({
  field: z.string(),
  label: z.string(),
  oldValue: z.string(),
  newValue: z.string(),
});

export const changedItemSchema = z.object({
  entityId: z.string(),
  /** How a person recognizes the record: '服务器 A-001', '空间编号 XM-IDC-000001', '人员 张三'. */
  label: z.string(),
  change: z.enum(['新增', '修改', '删除', '退租']),
  /** Field changes for 修改; the record's main fields for 新增 and 删除. */
  fields: z.array(fieldChangeSchema),
  /** Last change time (ISO instant). */
  at: z.string(),
});
export type ChangedItem = z.infer<typeof changedItemSchema>;

export const monthlyReportSchema = z.object({
  month: z.string(),
  /** Audit rows covered: id > fromAuditId and id <= toAuditId. */
  fromAuditId: z.number().int().nonnegative(),
  toAuditId: z.number().int().nonnegative(),
  /** YYYY-MM-DD CST: the first day after the previous report's period (or the first record), and the month's last day. */
  periodStart: z.string(),
  periodEnd: z.string(),
  sections: z.array(
    z.object({
      section: z.enum(Object.keys(CHANGE_SECTIONS) as [ChangeSection, ...ChangeSection[]]),
      title: z.string(),
      items: z.array(changedItemSchema),
    }),
  ),
  counts: z.object({ added: z.number().int(), changed: z.number().int(), removed: z.number().int() }),
  /** The report this one continues from, if any. */
  previous: z.object({ month: z.string(), reportedAt: z.string() }).nullable(),
  /**
   * Set while the month has not ended in Beijing time: the report is a preview 截至 this instant (ISO), covering
   * the audit rows up to it, and the month cannot be recorded as reported.
   */
  asOf: z.string().optional(),
});
export type MonthlyReport = z.infer<typeof monthlyReportSchema>;

export const reportedMonthSchema = z.object({
  month: z.string(),
  reportedAt: z.string(),
  fromAuditId: z.number().int(),
  toAuditId: z.number().int(),
  added: z.number().int(),
  changed: z.number().int(),
  removed: z.number().int(),
  /** Where it went: 'package' (导出备案材料) or 'cli'. */
  via: z.string(),
});
export type ReportedMonth = z.infer<typeof reportedMonthSchema>;

export const generatedFileSchema = z.object({ fileName: z.string(), dataBase64: z.string() });

// ---- months in China Standard Time (UTC+8, no daylight saving), whatever the computer's zone ----

const CST_OFFSET_MS = 8 * 3600_000;

function monthParts(month: string): { year: number; month: number } {
  const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month);
  if (!m) throw new RangeError(`报告月份格式应为 YYYY-MM，例如 2026-03：${month.slice(0, 20)}`);
  return { year: Number(m[1]), month: Number(m[2]) };
}

/** The month after (delta 1) or before (delta -1) a YYYY-MM month. */
export function shiftMonth(month: string, delta: number): string {
  const p = monthParts(month);
  const n = p.year * 12 + (p.month - 1) + delta;
  return `${String(Math.floor(n / 12)).padStart(4, '0')}-${String((n % 12) + 1).padStart(2, '0')}`;
}

/** First and last day of a month, YYYY-MM-DD. */
export function monthDays(month: string): { first: string; last: string } {
  const p = monthParts(month);
  const last = new Date(Date.UTC(p.year, p.month, 0)).getUTCDate();
  return { first: `${month}-01`, last: `${month}-${String(last).padStart(2, '0')}` };
}

/**
 * The month's last instant, 23:59:59.999 on its last day in China Standard Time, as the ISO text the audit
 * table keeps (UTC, 'Z'): an audit row belongs to the month when its `at` is at most this.
 */
export function monthEndInstant(month: string): string {
  const p = monthParts(month);
  return new Date(Date.UTC(p.year, p.month, 1) - CST_OFFSET_MS - 1).toISOString();
}

/** The CST day (YYYY-MM-DD) of an ISO instant. */
export function cstDayOfInstant(iso: string): string {
  return new Date(Date.parse(iso) + CST_OFFSET_MS).toISOString().slice(0, 10);
}

/** Whether `month` has ended in Beijing time on `today` (YYYY-MM-DD, CST): only then can it be recorded as reported. */
export const monthEnded = (month: string, today: string): boolean => month < today.slice(0, 7);

/** '2026年11月' */
const monthWords = (month: string) => `${month.slice(0, 4)}年${month.slice(5, 7)}月`;

/** Why a month cannot be recorded as reported yet, or null once it has ended (第十三条（三）: 每月二十日前报送). */
export function unendedMonthMessage(month: string, today: string): string | null {
  if (monthEnded(month, today)) return null;
  return `${monthWords(month)}尚未结束（北京时间），不能记为已报送：月度变更报告报送的是已结束月份的变更，${monthDays(shiftMonth(month, 1)).first} 起可以登记；本月可先预览`;
}

/** The action offered after a verified export: '登记 2026年11月变更已报送'. */
export const markReportedLabel = (month: string): string => `登记 ${monthWords(month)}变更已报送`;

/** The command line that records a month as reported (printed by `beian export`). */
export const markReportedCommand = (month: string): string => `beian report monthly --month ${month} --workspace 目录 --mark-reported`;

/** '截至 2026-12-06 18:30（本月尚未结束）' for a preview of the current month (asOf: ISO instant). */
export function previewTitle(asOf: string): string {
  const cst = new Date(Date.parse(asOf) + CST_OFFSET_MS).toISOString();
  return `截至 ${cst.slice(0, 10)} ${cst.slice(11, 16)}（本月尚未结束）`;
}

/** The month a report is due for on `today` (YYYY-MM-DD, CST): the previous one, due by the 20th of this one. */
export const defaultReportMonth = (today: string): string => shiftMonth(today.slice(0, 7), -1);

/**
 * A report month after this one (China Standard Time) is refused: recording it would cover every change up to
 * now under a month still to come, and no earlier month could be reported after it. Null when `month` is fine.
 */
export function futureReportMonthMessage(month: string, today: string): string | null {
  const current = today.slice(0, 7);
  return month > current ? `报告月份 ${month} 还没有到，最晚只能选本月（${current}）` : null;
}
