// 导入排班表 (shared/dutyRoster/rosterImport.ts): what the preview returns and what applying it takes.
import { z } from 'zod';
import { dutyRosterViewSchema, rosterMonthSchema } from './dutyRoster';
import { isoDate } from './dates';

export const ROSTER_IMPORT_LABELS = {
  month: '月份',
  name: '文件名',
  dataBase64: '文件内容',
  path: '文件路径',
  handle: '所选文件',
  changes: '调班',
  fileName: '文件名',
} as const;

/** How many rejected cells the preview lists one by one (the rest are counted). */
export const MAX_LISTED_REJECTIONS = 500;

export const rosterImportPreviewInputSchema = z.union([
  z.object({ month: rosterMonthSchema, name: z.string().min(1).max(255), dataBase64: z.string() }),
  z.object({ month: rosterMonthSchema, path: z.string().min(1) }),
  z.object({ month: rosterMonthSchema, handle: z.string().min(1).max(200) }),
]);

/** One 替班 the import makes: the slot, who holds it now, who the file names. */
export const rosterImportChangeSchema = z.object({
  row: z.number().int(),
  date: z.string(),
  shiftId: z.string(),
  shiftName: z.string(),
  fromPersonId: z.string(),
  personId: z.string(),
});
export type RosterImportChange = z.infer<typeof rosterImportChangeSchema>;

export const rosterImportPreviewSchema = z.object({
  fileName: z.string(),
  month: z.string(),
  layout: z.enum(['grid', 'rows']),
  changes: z.array(rosterImportChangeSchema),
  /** Cells naming the person the roster already has. */
  unchanged: z.number().int(),
  /** "第5行 夜班：找不到人员“张三”", at most MAX_LISTED_REJECTIONS of them. */
  rejected: z.array(z.string()),
  rejectedTotal: z.number().int(),
  /** The month as it would be once applied (the 覆盖检查 and 工时统计 of the result). */
  view: dutyRosterViewSchema,
});
export type RosterImportPreview = z.infer<typeof rosterImportPreviewSchema>;

const MAX_CHANGES = 2000;

export const rosterImportApplyInputSchema = z.object({
  month: rosterMonthSchema,
  fileName: z.string().trim().min(1).max(255),
  changes: z
    .array(z.object({ date: isoDate('日期'), shiftId: z.string().trim().min(1).max(40), personId: z.string().trim().min(1).max(64) }))
    .min(1, '调班：没有需要导入的班次（文件中的值班人员与现有排班相同，或全部未能导入）')
    .max(MAX_CHANGES, `调班：一次最多导入${MAX_CHANGES}个班次`),
});
export type RosterImportApplyInput = z.infer<typeof rosterImportApplyInputSchema>;
