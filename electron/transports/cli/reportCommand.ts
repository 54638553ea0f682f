import { writeFileExclusive } from '../../fs/writeExclusive';
import path from 'node:path';
import type { MonthlyReport, ReportedMonth } from '../../../shared/reports/monthlyReport';
import type { Dispatch } from '../../api/dispatch';
import { printError, type CliIo } from './output';
import { makeDirectory } from '../../fs/makeDirectory';

export interface ReportArgs {
  month: string; out: string; markReported: boolean;
}

interface Files {
  pdf: { fileName: string; dataBase64: string };
  xlsx: { fileName: string; dataBase64: string };
  report: MonthlyReport;
}

/**
 * `beian report monthly --month YYYY-MM --workspace DIR [--out DIR] [--mark-reported]`: writes
 * 06_月度变更报告_<month>.pdf and .xlsx into --out, prints the period, the counts and the paths; records the
 * month as reported (the next report starts after it) only with --mark-reported.
 */
export async function reportCommand(io: CliIo, dispatch: Dispatch, args: ReportArgs): Promise<number> {
  const reply = await dispatch('reports.monthlyFiles', { month: args.month }, { transport: 'cli' });
  if (!reply.ok) {
    printError(io, reply.error);
    return 1;
  }
  const { pdf, xlsx, report } = reply.result as Files;
  const written: string[] = [];
  try {
    await makeDirectory(args.out);
    for (const f of [pdf, xlsx]) {
      const target = path.join(args.out, f.fileName);
      await writeFileExclusive(target, Buffer.from(f.dataBase64, 'base64'));
      written.push(target);
    }
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? '未知错误';
    io.stderr(`无法写入输出目录（${code}）：${args.out}\n`);
    return 1;
  }
  const c = report.counts;
  io.stdout(`月度变更报告 ${report.month}（报告期间 ${report.periodStart} 至 ${report.periodEnd}）：新增 ${c.added} 项，修改 ${c.changed} 项，删除 ${c.removed} 项\n`);
  for (const p of written) io.stdout(`${p}\n`);
  if (args.markReported) {
    const marked = await dispatch('reports.markMonthlyReported', { month: args.month, via: 'cli' }, { transport: 'cli' });
    if (!marked.ok) {
      printError(io, marked.error);
      return 1;
    }
    io.stdout(`已记为报送：${(marked.result as ReportedMonth).reportedAt}（下一份报告从这里开始）\n`);
  } else {
    io.stderr('未记为已报送（报送后加 --mark-reported 再运行一次）。\n');
  }
  return 0;
}
