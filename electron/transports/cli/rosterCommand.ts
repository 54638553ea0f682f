import path from 'node:path';
import type { Dispatch } from '../../api/dispatch';
import { makeDirectory } from '../../fs/makeDirectory';
import { writeFileExclusive } from '../../fs/writeExclusive';
import { printError, type CliIo } from './output';

/**
 * `beian roster ics --month YYYY-MM --workspace DIR [--person 人员id] [--out DIR]`: writes 值班表_<month>[_姓名].ics
 * (RFC 5545, Asia/Shanghai) into --out and prints its path and the number of shifts in it.
 */
export async function rosterIcsCommand(io: CliIo, dispatch: Dispatch, args: { month: string; person?: string; out: string }): Promise<number> {
  const reply = await dispatch('dutyRoster.ics', { month: args.month, ...(args.person ? { personId: args.person } : {}) }, { transport: 'cli' });
  if (!reply.ok) {
    printError(io, reply.error);
    return 1;
  }
  const file = reply.result as { fileName: string; dataBase64: string; events: number };
  const target = path.join(args.out, file.fileName);
  try {
    await makeDirectory(args.out);
    await writeFileExclusive(target, Buffer.from(file.dataBase64, 'base64'));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? '未知错误';
    io.stderr(`无法写入输出目录（${code}）：${target}\n`);
    return 1;
  }
  io.stdout(`已导出日历（${file.events} 个班次）：${target}\n`);
  return 0;
}

interface ImportPreviewReply {
  fileName: string;
  changes: { date: string; shiftId: string; shiftName: string; personId: string }[];
  unchanged: number;
  rejected: string[];
  rejectedTotal: number;
}

/**
 * `beian roster import 文件 --month YYYY-MM --workspace DIR [--dry-run]`: reads a month's roster (.xlsx/.csv), prints
 * the cells it could not take and why, and (unless --dry-run) saves the rest as 替班 in one change (撤销 takes it back).
 */
export async function rosterImportCommand(io: CliIo, dispatch: Dispatch, args: { file: string; month: string; dryRun: boolean }): Promise<number> {
  const preview = await dispatch('dutyRoster.importPreview', { month: args.month, path: args.file }, { transport: 'cli' });
  if (!preview.ok) {
    printError(io, preview.error);
    return 1;
  }
  const p = preview.result as ImportPreviewReply;
  for (const line of p.rejected) io.stderr(`未导入：${line}\n`);
  if (p.rejectedTotal > p.rejected.length) io.stderr(`……另有 ${p.rejectedTotal - p.rejected.length} 处未导入\n`);
  const summary = `${p.changes.length} 个班次与现有排班不同，${p.unchanged} 个相同，${p.rejectedTotal} 处未能导入`;
  if (args.dryRun || p.changes.length === 0) {
    io.stdout(`${summary}；${args.dryRun ? '--dry-run：未写入' : '无需导入'}\n`);
    return 0;
  }
  const changes = p.changes.map(({ date, shiftId, personId }) => ({ date, shiftId, personId }));
  const applied = await dispatch('dutyRoster.importApply', { month: args.month, fileName: p.fileName, changes }, { transport: 'cli' });
  if (!applied.ok) {
    printError(io, applied.error);
    return 1;
  }
  const r = applied.result as { added: number };
  io.stdout(`${summary}；已导入 ${r.added} 个班次（记为替班，可用 dutyRoster.undo 撤销）\n`);
  return 0;
}
