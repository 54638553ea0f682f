import type { Completeness, CompletenessItem } from '../../../shared/filing/completeness';
import { SCREENS } from '../../../shared/navigation';
import type { Dispatch } from '../../api/dispatch';
import { printError, printJson, type CliIo } from './output';

function itemLines(items: readonly CompletenessItem[]): string {
  return items
    .map((item, i) => {
      const head = `  ${i + 1}. 【${item.article}】${item.text}（在“${SCREENS[item.screen]}”中处理）`;
      const details = (item.details ?? []).slice(0, 10).map((d) => `       · ${d}`);
      if ((item.details?.length ?? 0) > 10) details.push(`       · ……另有 ${item.details!.length - 10} 项`);
      return [head, ...details].join('\n');
    })
    .join('\n');
}

/** The 完整性检查 as text: 阻止导出 and 提醒 apart, each item with its article and the screen that fixes it. */
export function formatCompleteness(c: Completeness): string {
  const parts = ['完整性检查'];
  parts.push(c.blocking.length ? `阻止导出（${c.blocking.length} 项）：\n${itemLines(c.blocking)}` : '阻止导出：无');
  parts.push(c.warnings.length ? `提醒（${c.warnings.length} 项）：\n${itemLines(c.warnings)}` : '提醒：无');
  parts.push(c.blocking.length ? `有 ${c.blocking.length} 项阻止导出，处理后才能生成备案材料。` : '没有阻止导出的项目，可以生成备案材料。');
  return `${parts.join('\n\n')}\n`;
}

/** `beian check --workspace DIR [--json] [--month YYYY-MM] [--report-month YYYY-MM]`: exit 1 while a blocking item is open. */
export async function checkCommand(io: CliIo, dispatch: Dispatch, opts: { json: boolean; month?: string; reportMonth?: string }): Promise<number> {
  const input = { ...(opts.month ? { month: opts.month } : {}), ...(opts.reportMonth ? { reportMonth: opts.reportMonth } : {}) };
  const reply = await dispatch('filing.check', input, { transport: 'cli' });
  if (!reply.ok) {
    printError(io, reply.error);
    return 1;
  }
  const c = reply.result as Completeness;
  if (opts.json) printJson(io, c);
  else io.stdout(formatCompleteness(c));
  return c.blocking.length > 0 ? 1 : 0;
}
