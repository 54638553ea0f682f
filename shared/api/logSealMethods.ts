// The API of 游戏日志封存 (第七条).
import { z } from 'zod';
import { LOG_SEAL_LABELS, logSealResultSchema, logSealSchema, logVerifySchema } from '../records/logSeal';
import { plainText } from '../records/fieldRules';

export const logSealMethods = {
  'logs.seal': {
    summary: '封存游戏日志（第七条）：记录文件或文件夹中每个文件的大小和 SHA-256，并与上一次封存链接；日志文件留在原处。桌面程序由对话框选择文件夹或单个文件（pick），命令行传路径',
    input: z.object({
      path: z.string().min(1).max(4096).optional(),
      /** In the desktop app: which dialog the main process opens (a log folder, or one log file). */
      pick: z.enum(['folder', 'file']).default('folder'),
      serverId: z.string().max(64).default(''),
      note: z.string().trim().max(500).superRefine(plainText(LOG_SEAL_LABELS.note)).default(''),
    }),
    output: logSealResultSchema,
    labels: LOG_SEAL_LABELS,
  },
  'logs.verify': {
    summary: '核验游戏日志：与封存时比较，列出被修改、删除或新增的文件，并检查封存链是否完整（按 sealId，或该路径最近的一次封存）',
    input: z.object({ sealId: z.string().min(1).max(64).optional(), path: z.string().min(1).max(4096).optional() }),
    output: logVerifySchema,
    labels: LOG_SEAL_LABELS,
  },
  'logs.list': {
    summary: '游戏日志封存记录，最新的在前（不含每个文件的明细）',
    input: z.object({}).strict(),
    output: z.array(logSealSchema),
  },
} as const;
