// The app's own file and folder picker: the only way a window hands the main process a path (docs/ARCHITECTURE.md, Security).
import { z } from 'zod';

export const PICKER_LABELS = { folder: '文件夹', files: '显示文件', kind: '选择', title: '对话框标题' } as const;

/** A path a person chose, as the caller sees it: an opaque handle to present later, and the path to show. */
export const pickedSchema = z.object({ handle: z.string(), path: z.string(), name: z.string(), kind: z.enum(['folder', 'file']) });
export type Picked = z.infer<typeof pickedSchema>;

export const pickerMethods = {
  'picker.browse': {
    summary:
      '选择文件夹或文件（浏览器界面用）：不带 folder 时列出起点（主目录和已挂载的磁盘），否则列出该文件夹中的子文件夹（files 为 true 时也列出文件）。每一项带一个句柄，导出、封存时交回句柄而不是路径',
    input: z.object({ folder: z.string().min(1).max(200).optional(), files: z.boolean().default(false) }),
    output: z.object({ folder: pickedSchema.nullable(), parent: pickedSchema.nullable(), entries: z.array(pickedSchema), truncated: z.boolean() }),
    labels: PICKER_LABELS,
  },
  'picker.native': {
    summary: '选择文件夹或文件（桌面程序用）：由主进程打开系统对话框；返回所选位置的句柄，取消时为 null。浏览器界面请用 picker.browse',
    input: z.object({ kind: z.enum(['folder', 'file']).default('folder'), title: z.string().trim().min(1).max(100).default('选择文件夹') }),
    output: pickedSchema.nullable(),
    labels: PICKER_LABELS,
  },
} as const;
