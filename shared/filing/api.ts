import { z } from 'zod';
import { completenessSchema } from './completeness';

/** The API of 导出备案材料 (shared/api/contract.ts spreads these in). */

export const filingMonthSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, '值班表月份格式应为 YYYY-MM，例如 2026-03');

export const destinationSchema = z.object({
  path: z.string(),
  label: z.string(),
  removable: z.boolean(),
  freeBytes: z.number().nonnegative(),
  totalBytes: z.number().nonnegative(),
  /** Partial folders / ZIPs of interrupted exports just removed from this destination (staleExportsMessage). */
  stalePartialsRemoved: z.number().int().nonnegative().optional(),
});
export type DestinationInfo = z.infer<typeof destinationSchema>;

export const packageResultSchema = z.object({
  folder: z.string(),
  zipPath: z.string().optional(),
  /** Files read back and found identical (manifest.json and SHA256SUMS.txt included). */
  verified: z.number().int().nonnegative(),
  /**
   * The spaces whose 第十二条（三） report the package carries (05): how many, and the instant the records were
   * read, so that 登记报送 can record exactly those once submitted (customerSpaces.markReported asOf).
   */
  customerSpaces: z.object({ toReport: z.number().int().nonnegative(), asOf: z.string() }).optional(),
  /**
   * The 月度变更报告 (06) the package carries. Never recorded by the export: `canMark` when its month has ended in
   * Beijing time and is not recorded yet, so the result offers 登记 YYYY年MM月变更已报送 (reports.markMonthlyReported);
   * otherwise `reason` says why not.
   */
  monthlyReport: z.object({ month: z.string(), canMark: z.boolean(), reported: z.boolean(), reason: z.string().optional() }).optional(),
  /** Partial folders / ZIPs of earlier interrupted exports removed from the destination (staleExportsMessage). */
  stalePartialsRemoved: z.number().int().nonnegative().optional(),
});
export type PackageResult = z.infer<typeof packageResultSchema>;

export const exportProgressSchema = z.object({
  /** Reading, checking and rendering come before the first write and show as 'write' at 0 of 0. */
  phase: z.enum(['write', 'verify', 'zip', 'done']),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  file: z.string().optional(),
  result: packageResultSchema.optional(),
  /** Set when the export failed: nothing was left under the final name. */
  error: z.object({ message: z.string(), file: z.string().optional() }).optional(),
});

/** The month of the 月度变更报告 in the package (default: the month before this one in China). */
export const filingReportMonthSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, '报告月份格式应为 YYYY-MM，例如 2026-03');

export const FILING_LABELS = { month: '值班表月份', reportMonth: '报告月份', destination: '目标位置', zip: '同时生成 ZIP', force: '忽略阻止导出的项目', jobId: '导出任务' } as const;

export const filingMethods = {
  'filing.check': {
    summary: '完整性检查：导出前列出备案材料还缺什么（阻止导出 / 提醒），每项附条款和修改它的页面',
    input: z.object({ month: filingMonthSchema.optional(), reportMonth: filingReportMonthSchema.optional() }),
    output: completenessSchema,
    labels: FILING_LABELS,
  },
  'filing.destinations': {
    summary: '目标位置：可移动磁盘在前（含可用空间），另有本机“文档”文件夹',
    input: z.object({}).strict(),
    output: z.array(destinationSchema),
  },
  'filing.export': {
    summary:
      '生成备案材料：写入目标位置的临时文件夹，读回逐个校验 SHA-256 后改名为 备案材料_<统一社会信用代码>_<YYYYMMDD>；返回任务编号，用 filing.progress 查看进度。界面只能选 filing.destinations 列出的位置；force 仅命令行可用',
    input: z.object({
      destination: z.string().min(1).max(4096).optional(),
      month: filingMonthSchema.optional(),
      reportMonth: filingReportMonthSchema.optional(),
      zip: z.boolean().default(false),
      force: z.boolean().default(false),
    }),
    output: z.object({ jobId: z.string() }),
    labels: FILING_LABELS,
  },
  'filing.progress': {
    summary: '导出进度：阶段（写入 / 校验 / 压缩 / 完成）、已完成数、总数；完成时附结果，失败时附原因和出错的文件',
    input: z.object({ jobId: z.string().min(1).max(64) }),
    output: exportProgressSchema,
    labels: FILING_LABELS,
  },
} as const;

/** What the clerk is told when interrupted exports' leftovers (hidden folders holding ID scans) were removed. */
export const staleExportsMessage = (count: number, where = '目标位置') =>
  `${where}：已删除 ${count} 个此前中断的导出留下的临时文件（夹），其中可能有证件扫描件，不应留在磁盘上`;
