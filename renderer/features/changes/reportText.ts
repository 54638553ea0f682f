import { nowCst } from '../../../shared/dutyRoster/time';
import type { ReportedMonth } from '../../../shared/reports/monthlyReport';

/** An ISO instant as China Standard Time, YYYY-MM-DD HH:mm, whatever the machine's zone. */
export const cstTime = (iso: string): string => nowCst(new Date(iso));

/** '上次报送：2026-10（2026-11-12 报送）'. */
export const lastReportedText = (r: { month: string; reportedAt: string }): string => `上次报送：${r.month}（${cstTime(r.reportedAt).slice(0, 10)} 报送）`;

export const countsText = (c: { added: number; changed: number; removed: number }): string => `新增 ${c.added} · 修改 ${c.changed} · 删除 ${c.removed}`;

const VIA: Record<string, string> = { manual: '手动记为已报送', package: '随备案材料导出', cli: '命令行' };
export const viaText = (via: ReportedMonth['via']): string => VIA[via] ?? via;
