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
  change: z.enum(['新增', '修改', '删除']),
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
