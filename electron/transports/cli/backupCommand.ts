import path from 'node:path';
import type { BackupProgressInfo } from '../../../shared/api/backupMethods';
import type { Dispatch } from '../../api/dispatch';
import { printError, type CliIo } from './output';
import { backupPassphrase } from './passphrasePrompt';

const ctx = { transport: 'cli' as const };
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/**
 * `beian backup --workspace DIR --out DIR [--off-machine]`: one encrypted, verified full backup (.beianbak)
 * in DIR, progress on stderr, `已校验：<file>` on stdout. --off-machine says DIR is off this computer (as
 * the screen's 保存位置在电脑以外 does): the backup then counts for the reminder; a detected removable
 * drive counts without it.
 */
export async function backupCommand(io: CliIo, dispatch: Dispatch, args: { out: string; offMachine: boolean; env: NodeJS.ProcessEnv }): Promise<number> {
  const passphrase = await backupPassphrase(io, args.env, true);
  const started = await dispatch('backup.start', { destination: path.resolve(args.out), passphrase, ...(args.offMachine ? { offMachine: true } : {}) }, ctx);
  if (!started.ok) {
    printError(io, started.error);
    return 1;
  }
  const { jobId } = started.result as { jobId: string };
  let last = '';
  for (;;) {
    await new Promise((r) => setTimeout(r, 100));
    const reply = await dispatch('backup.progress', { jobId }, ctx);
    if (!reply.ok) {
      printError(io, reply.error);
      return 1;
    }
    const p = reply.result as BackupProgressInfo;
    if (p.phase === 'failed' || p.phase === 'cancelled') {
      io.stderr(`备份失败：${p.error?.message ?? ''}\n`);
      return 1;
    }
    if (p.phase === 'done' && p.result) {
      io.stdout(`已校验：${p.result.path}\n`);
      const status = await dispatch('backup.status', {}, ctx);
      if (status.ok && !(status.result as { lastVerified: { offMachine: boolean } | null }).lastVerified?.offMachine) {
        io.stderr('这个位置不是检测到的可移动磁盘，这次备份不计入备份提醒；保存位置在电脑以外（网络共享、移动硬盘）时请加 --off-machine\n');
      }
      return 0;
    }
    const line = `${p.phase === 'write' ? '写入' : '读回校验'} ${mb(p.bytesDone)} / ${mb(p.bytesTotal)}${p.secondsLeft !== undefined ? `，约剩 ${p.secondsLeft} 秒` : ''}`;
    if (line !== last) io.stderr(`${line}\n`);
    last = line;
  }
}

/** `beian restore FILE --workspace DIR [--set-aside]`: decrypt, check every hash, restore. */
export async function restoreCommand(io: CliIo, dispatch: Dispatch, args: { file: string; setAside: boolean; env: NodeJS.ProcessEnv }): Promise<number> {
  const passphrase = await backupPassphrase(io, args.env, false);
  io.stderr('正在解密并逐项校验备份…\n');
  const reply = await dispatch('backup.restore', { path: path.resolve(args.file), passphrase, confirmSetAside: args.setAside }, ctx);
  if (!reply.ok) {
    if (reply.error.field === 'confirmSetAside') {
      io.stderr('工作目录中已有数据。加 --set-aside 把现有数据库另存（不删除、不覆盖，之后可再恢复），再从备份恢复。\n');
    }
    printError(io, reply.error);
    return 1;
  }
  const r = reply.result as { replaced?: string; backup: { createdAt: string; attachments: number; unitName: string | null } };
  if (r.replaced) io.stderr(`原有数据库已另存为 ${r.replaced}（可用 workspace.restoreBackup 恢复回来）\n`);
  io.stdout(`已恢复：${r.backup.unitName ?? '（未填写单位）'}，备份时间 ${r.backup.createdAt}，扫描件 ${r.backup.attachments} 个\n`);
  return 0;
}
