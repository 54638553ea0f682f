import { Alert, Button, Col } from 'antd';
import { useEffect, useState } from 'react';
import { MONTHLY_REPORT_DUE_DAY, MONTHLY_REPORT_REMIND_DAY } from '../../../shared/reports/monthlyReport';
import { api } from '../../api/client';
import { useNavigation } from '../../store/navigation';
import { MONTHLY_REPORT_TAB } from '../changes/changesTabs';
import { previousMonth } from '../changes/monthlyReportStore';
import { useUnitStore } from '../unit/unitStore';
import { useComplianceStore } from './complianceStore';

/**
 * From the 15th to the 20th, an IDC机房服务单位 is reminded that last month's change report is due by the
 * 20th (第十三条（三）), unless that month is already reported or 合规检查 already has a row saying so.
 */
export function MonthlyReportReminder() {
  const summary = useComplianceStore((s) => s.summary);
  const isIdc = useUnitStore((s) => s.saved?.roles.includes('IDC机房服务单位') ?? false);
  const go = useNavigation((s) => s.go);
  const [reported, setReported] = useState<boolean | null>(null);

  const today = summary?.today ?? '';
  const day = Number(today.slice(8, 10));
  const inWindow = day >= MONTHLY_REPORT_REMIND_DAY && day <= MONTHLY_REPORT_DUE_DAY;
  const month = today ? previousMonth(today) : '';
  const coveredByRow = summary?.rows.some((r) => r.article.startsWith('第十三条（三）') && r.status !== 'ok') ?? false;

  useEffect(() => {
    if (!inWindow || !isIdc || !month) return;
    let live = true;
    api['reports.monthlyHistory']({}).then(
      (history) => live && setReported(history.some((h) => h.month >= month)),
      () => live && setReported(false),
    );
    return () => {
      live = false;
    };
  }, [inWindow, isIdc, month]);

  if (!inWindow || !isIdc || coveredByRow || reported !== false) return null;
  // A full row of the dashboard's grid, only while shown.
  return (
    <Col span={24}>
      <Alert
      type="warning"
      showIcon
      title={`本月${MONTHLY_REPORT_DUE_DAY}日前应报送月度变更报告（第十三条（三））`}
      description={`${month} 的月度变更报告尚未记为已报送。`}
        action={<Button onClick={() => go('changes', { focusField: MONTHLY_REPORT_TAB })}>前往月度变更报告</Button>}
      />
    </Col>
  );
}
