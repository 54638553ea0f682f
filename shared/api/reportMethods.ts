// The API of 月度变更报告 (第十三条（三）).
import { z } from 'zod';
import { generatedFileSchema, monthlyReportSchema, reportedMonthSchema, reportMonthSchema } from '../reports/monthlyReport';

export const reportMethods = {
  'reports.monthlyPreview': {
    summary: '月度变更报告预览：自上次报送以来到所选月份月底的变更（新增、修改、删除），按单位信息、证照、人员、服务器、客户空间等分组',
    input: z.object({ month: reportMonthSchema }),
    output: monthlyReportSchema,
    labels: { month: '报告月份' },
  },
  'reports.monthlyFiles': {
    summary: '生成月度变更报告：06_月度变更报告.pdf 和同名 .xlsx（不记为已报送）',
    input: z.object({ month: reportMonthSchema }),
    output: z.object({ pdf: generatedFileSchema, xlsx: generatedFileSchema, report: monthlyReportSchema }),
    labels: { month: '报告月份' },
  },
  'reports.markMonthlyReported': {
    summary: '记为已报送：下一份月度变更报告从这份报告的截止处开始',
    input: z.object({ month: reportMonthSchema, via: z.string().max(20).default('manual') }),
    output: reportedMonthSchema,
    labels: { month: '报告月份' },
  },
  'reports.monthlyHistory': {
    summary: '已报送的月度变更报告：月份、报送时间、涵盖的变更数',
    input: z.object({}).strict(),
    output: z.array(reportedMonthSchema),
  },
} as const;
