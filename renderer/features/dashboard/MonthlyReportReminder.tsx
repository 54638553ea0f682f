import { Alert, Button, Col } from 'antd';
import { MONTHLY_REPORT_DUE_DAY } from '../../../shared/reports/monthlyReport';
import { useNavigation } from '../../store/navigation';
import { MONTHLY_REPORT_TAB, opensMonthlyReport } from '../../store/changesTabs';
import { useComplianceStore } from './complianceStore';

/**
 * From the 15th, while last month's changes are not reported, 合规检查's 第十三条（三） row turns amber (red
 * after the 20th). The same finding is put at the top of 概览 with a way straight to the report.
 */
export function MonthlyReportReminder() {
  const row = useComplianceStore((s) => s.summary?.rows.find((r) => opensMonthlyReport(r) && r.status !== 'ok'));
  const go = useNavigation((s) => s.go);
  if (!row) return null;
  const late = row.status === 'error';
  // A full row of the dashboard's grid, only while shown.
  return (
    <Col span={24}>
      <Alert
        type={late ? 'error' : 'warning'}
        showIcon
        title={late ? `月度变更报告已过本月${MONTHLY_REPORT_DUE_DAY}日的报送期限（第十三条（三））` : `本月${MONTHLY_REPORT_DUE_DAY}日前应报送月度变更报告（第十三条（三））`}
        description={row.details.map((d) => d.text).join('；') || row.message}
        action={<Button onClick={() => go('changes', { focusField: MONTHLY_REPORT_TAB })}>前往月度变更报告</Button>}
      />
    </Col>
  );
}
