import { describe, expect, it } from 'vitest';
import { todayInShanghai } from '../../../shared/identity/calendarDate';
import { futureReportMonthMessage } from '../../../shared/reports/monthlyReport';
import { apiOnTempWorkspace } from '../../support/apiOnTempWorkspace';

const nextMonth = (today: string) => {
  const [y, m] = today.slice(0, 7).split('-').map(Number);
  return m === 12 ? `${y! + 1}-01` : `${y}-${String(m! + 1).padStart(2, '0')}`;
};

describe('a report month still to come', () => {
  it('futureReportMonthMessage: this month and earlier are fine, a later one is named', () => {
    expect(futureReportMonthMessage('2026-11', '2026-11-30')).toBeNull();
    expect(futureReportMonthMessage('2025-12', '2026-11-30')).toBeNull();
    expect(futureReportMonthMessage('2026-12', '2026-11-30')).toBe('报告月份 2026-12 还没有到，最晚只能选本月（2026-11）');
  });

  const { ok, dispatch } = apiOnTempWorkspace();

  it('can be previewed, but neither recorded as reported nor put into a package', async () => {
    const later = nextMonth(todayInShanghai());
    await ok('reports.monthlyPreview', { month: later });
    const marked = await dispatch('reports.markMonthlyReported', { month: later });
    expect(marked).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'month', message: expect.stringContaining('尚未结束（北京时间）') } });
    // Nor this month, which has not ended either: previewed 截至 now.
    const current = todayInShanghai().slice(0, 7);
    const preview = await ok<{ asOf?: string; periodEnd: string }>('reports.monthlyPreview', { month: current });
    expect(preview.asOf).toEqual(expect.any(String));
    expect(preview.periodEnd).toBe(todayInShanghai());
    const refused = await dispatch('reports.markMonthlyReported', { month: current });
    expect(refused).toMatchObject({ ok: false, error: { field: 'month', message: expect.stringContaining('本月可先预览') } });
    const check = await dispatch('filing.check', { reportMonth: later });
    expect(check).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'reportMonth' } });
    expect(await ok('reports.monthlyHistory', {})).toEqual([]);
  });
});
