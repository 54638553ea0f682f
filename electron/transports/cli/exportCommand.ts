import type { Completeness } from '../../../shared/filing/completeness';
import { staleExportsMessage, type PackageResult } from '../../../shared/filing/api';
import { markReportedCommand, markReportedLabel } from '../../../shared/reports/monthlyReport';
import type { Dispatch } from '../../api/dispatch';
import path from 'node:path';
import { todayInShanghai } from '../../../shared/identity/calendarDate';
import { formatCompleteness } from './checkCommand';
import { printError, type CliIo } from './output';

export interface ExportArgs {
  out: string;
  /** The --workspace given, printed in the markReported command so it pastes as is. */
  workspace?: string | undefined;
  zip: boolean;
  month?: string;
  /** 月度变更报告 month; default: last month. */
  reportMonth?: string;
  force: boolean;
  /** How often the job's progress is read (ms). */
  pollMs?: number;
}

interface Progress {
  phase: 'write' | 'verify' | 'zip' | 'done';
  done: number;
  total: number;
  file?: string;
  result?: PackageResult;
  error?: { message: string; file?: string };
}

/** A path quoted for a POSIX shell only when it needs it, so the printed command pastes as is. */
const shellQuote = (p: string) => (/^[\w@%+=:,./-]+$/.test(p) ? p : `'${p.replace(/'/g, `'\\''`)}'`);

const PHASE = { write: '写入', verify: '校验', zip: '压缩', done: '完成' } as const;

/**
 * `beian export --workspace DIR --out DIR [--zip] [--month YYYY-MM] [--report-month YYYY-MM] [--force]`: the 完整性检查 first
 * (refused with its list and exit 1 while a blocking item is open, unless --force), then 生成备案材料
 * with progress on stderr, and `已校验 N 个文件：<folder>` on stdout.
 */
export async function exportCommand(io: CliIo, dispatch: Dispatch, args: ExportArgs): Promise<number> {
  const month = { ...(args.month ? { month: args.month } : {}), ...(args.reportMonth ? { reportMonth: args.reportMonth } : {}) };
  const check = await dispatch('filing.check', month, { transport: 'cli' });
  if (!check.ok) {
    printError(io, check.error);
    return 1;
  }
  const c = check.result as Completeness;
  if (c.blocking.length > 0 && !args.force) {
    io.stdout(formatCompleteness(c));
    io.stderr(`未生成备案材料：完整性检查有 ${c.blocking.length} 项阻止导出。处理后重试，或加 --force 仍然导出。\n`);
    return 1;
  }
  if (c.blocking.length > 0) io.stderr(`注意：有 ${c.blocking.length} 项阻止导出，因 --force 仍然导出。\n`);
  if (c.warnings.length > 0) io.stderr(`提醒 ${c.warnings.length} 项（beian check 查看）。\n`);

  const started = await dispatch('filing.export', { destination: args.out, zip: args.zip, force: args.force, ...month }, { transport: 'cli' });
  if (!started.ok) {
    printError(io, started.error);
    return 1;
  }
  const { jobId } = started.result as { jobId: string };
  let last = '';
  for (;;) {
    await new Promise((r) => setTimeout(r, args.pollMs ?? 50));
    const reply = await dispatch('filing.progress', { jobId }, { transport: 'cli' });
    if (!reply.ok) {
      printError(io, reply.error);
      return 1;
    }
    const p = reply.result as Progress;
    if (p.error) {
      io.stderr(`生成备案材料失败：${p.error.message}\n目标位置没有留下不完整的备案材料。\n`);
      return 1;
    }
    if (p.result) {
      if (p.result.zipPath) io.stdout(`ZIP：${p.result.zipPath}\n`);
      io.stdout(`已校验 ${p.result.verified} 个文件：${p.result.folder}\n`);
      if (p.result.stalePartialsRemoved) io.stderr(`${staleExportsMessage(p.result.stalePartialsRemoved)}\n`);
      const carried = p.result.customerSpaces;
      if (carried && carried.toReport > 0) {
        // stderr: stdout stays the one line scripts read.
        const input = JSON.stringify({ allPending: true, reportedOn: todayInShanghai(), asOf: carried.asOf });
        const workspace = args.workspace ? shellQuote(path.resolve(args.workspace)) : '.';
        io.stderr(
          `05 客户空间登记表列出 ${carried.toReport} 个待报送的客户空间。交给公安机关后登记报送日期（报送日期不是今天时改为实际日期）：\n` +
            `  npx beian call customerSpaces.markReported '${input}' --workspace ${workspace}\n`,
        );
      }
      const monthly = p.result.monthlyReport;
      if (monthly) {
        // The export never records the month; the clerk does once 06 is handed over (第十三条（三）).
        io.stderr(
          monthly.canMark
            ? `06 月度变更报告：交给公安机关后${markReportedLabel(monthly.month)}：\n  ${markReportedCommand(monthly.month)}\n`
            : `06 月度变更报告未登记为已报送：${monthly.reason ?? ''}\n`,
        );
      }
      return 0;
    }
    const line = p.total === 0 ? `准备中${p.file ? `：${p.file}` : '（读取记录、完整性检查、生成标准图片）'}` : `${PHASE[p.phase]} ${p.done}/${p.total}${p.file ? ` ${p.file}` : ''}`;
    if (line !== last) io.stderr(`${line}\n`);
    last = line;
  }
}
