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
