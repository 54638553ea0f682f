import type { LogSealResult, LogVerifyResult } from '../../../shared/records/logSeal';
import { formatBeijingTime } from '../../../shared/clock/beijingTime';
import type { Dispatch } from '../../api/dispatch';
import { formatSize } from '../../services/logSeals/verifyLines';
import { printError, printJson, type CliIo } from './output';

export interface LogsArgs {
  action: 'seal' | 'verify'; path?: string; sealId?: string; serverId?: string; note?: string; json: boolean;
}

/** An ISO instant as China Standard Time, e.g. 2026-11-25 21:18:28（北京时间）. */
const chinaTime = (iso: string) => `${formatBeijingTime(iso)}（北京时间）`;

function printSeal(io: CliIo, s: LogSealResult): void {
  io.stdout(
    [
      `已封存：${s.path}`,
      `封存记录：${s.id}（第 ${s.seq} 条，${chinaTime(s.sealedAt)}）`,
      `文件数：${s.fileCount}`,
      `总大小：${formatSize(s.totalBytes)}（${s.totalBytes} 字节）`,
      `封存哈希：${s.hash}`,
      ...s.skipped.map((p) => `已跳过（符号链接或特殊文件，未封存）：${p}`),
    ].join('\n') + '\n',
  );
}

/**
 * `beian logs seal PATH [--server ID] [--note TEXT] [--json]` prints the seal; `beian logs verify PATH|--seal ID
 * [--json]` prints what changed. Exit 0 when sealed or nothing changed, 1 when a file was changed or removed,
 * the chain of seals is broken, or the call was refused.
 */
export async function logsCommand(io: CliIo, dispatch: Dispatch, args: LogsArgs): Promise<number> {
  if (args.action === 'seal') {
    const reply = await dispatch(
      'logs.seal',
      { path: args.path, ...(args.serverId ? { serverId: args.serverId } : {}), ...(args.note ? { note: args.note } : {}) },
      { transport: 'cli' },
    );
    if (!reply.ok) {
      printError(io, reply.error);
      return 1;
    }
    if (args.json) printJson(io, reply.result);
    else printSeal(io, reply.result as LogSealResult);
    return 0;
  }
  const reply = await dispatch('logs.verify', args.sealId ? { sealId: args.sealId } : { path: args.path }, { transport: 'cli' });
  if (!reply.ok) {
    printError(io, reply.error);
    return 1;
  }
  const result = reply.result as LogVerifyResult;
  if (args.json) printJson(io, result);
  else io.stdout(`核验封存记录 ${result.seal.id}（${result.seal.path}，封存于 ${chinaTime(result.seal.sealedAt)}）\n${result.lines.join('\n')}\n`);
  return result.ok ? 0 : 1;
}
