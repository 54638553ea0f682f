/** navigation.go('changes', { focusField: MONTHLY_REPORT_TAB }) opens 变更记录 on its 月度变更报告 tab (概览's links). */
export const MONTHLY_REPORT_TAB = 'monthlyReport';

/** The compliance rows and deadlines of 第十三条（三） lead to the report itself, not to the change list. */
export const opensMonthlyReport = (item: { article: string; screen: string }): boolean =>
  item.screen === 'changes' && item.article.startsWith('第十三条（三）');
