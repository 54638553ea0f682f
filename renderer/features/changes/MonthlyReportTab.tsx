import { Alert, App, Button, Card, Flex, Modal, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { todayInShanghai } from '../../../shared/identity/calendarDate';
import { MONTHLY_REPORT_DUE_DAY, previewTitle, unendedMonthMessage } from '../../../shared/reports/monthlyReport';
import { api, errorMessage } from '../../api/client';
import { downloadBase64, PDF_MIME, XLSX_MIME } from '../../api/download';
import { MonthPicker } from '../../forms/dateField';
import { useWorkspaceStore } from '../../store/workspace';
import { useMonthlyReportStore } from './monthlyReportStore';
import { ReportHistoryTable } from './ReportHistoryTable';
import { ReportSections } from './ReportSections';
import { countsText, cstTime, lastReportedText } from './reportText';

function Downloads({ month }: { month: string }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState<'pdf' | 'xlsx' | null>(null);
  const download = async (which: 'pdf' | 'xlsx') => {
    setBusy(which);
    try {
      const files = await api['reports.monthlyFiles']({ month });
      const file = files[which];
      downloadBase64(file.fileName, file.dataBase64, which === 'pdf' ? PDF_MIME : XLSX_MIME);
    } catch (err) {
      message.error(`未能生成月度变更报告：${errorMessage(err)}`);
    } finally {
      setBusy(null);
    }
  };
  return (
    <Space>
      <Button onClick={() => void download('pdf')} loading={busy === 'pdf'} disabled={busy !== null}>
        下载 PDF
      </Button>
      <Button onClick={() => void download('xlsx')} loading={busy === 'xlsx'} disabled={busy !== null}>
        下载 Excel
      </Button>
    </Space>
  );
}

/** 月度变更报告 (第十三条（三）): what changed since the last report, to the end of the chosen month. */
export function MonthlyReportTab() {
  const { message } = App.useApp();
  const [modal, modalHolder] = Modal.useModal();
  const { month, preview, previewError, loading, history, historyError, setMonth, load, markReported } = useMonthlyReportStore();
  const dataVersion = useWorkspaceStore((s) => s.dataVersion);

  useEffect(() => {
    void load();
  }, [load, dataVersion]);

  const latest = history[0] ?? null;
  const reportedThis = history.find((h) => h.month === month) ?? null;
  // A later month already reported took in every change before it: this month has nothing left to report.
  const coveredBy = reportedThis ? null : ([...history].filter((h) => h.month > month).sort((a, b) => a.month.localeCompare(b.month))[0] ?? null);
  // A month not ended in Beijing time can be looked at (what the report holds so far), never recorded.
  const notYet = unendedMonthMessage(month, todayInShanghai());
  const total = preview ? preview.counts.added + preview.counts.changed + preview.counts.removed : 0;

  const confirmReported = () => {
    void modal.confirm({
      title: `将 ${month} 的月度变更报告记为已报送？`,
      content: (
        <Typography.Paragraph style={{ margin: 0 }}>
          请在向公安机关报送之后再记为已报送。记为已报送后，下一份月度变更报告从这份报告的截止处开始：这份报告中的 {total}{' '}
          项变更不会再出现在下一份报告中。
        </Typography.Paragraph>
      ),
      okText: '记为已报送',
      cancelText: '取消',
      async onOk() {
        try {
          await markReported();
          message.success(`已记为已报送：${month}`);
        } catch (err) {
          message.error(`未能记为已报送：${errorMessage(err)}`);
        }
      },
    });
  };

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      {modalHolder}
      <Card>
        <Flex wrap gap={12} align="center" justify="space-between">
          <Space wrap align="center">
            <label htmlFor="monthly-report-month">报告月份</label>
            <MonthPicker id="monthly-report-month" value={month} onChange={setMonth} />
            <Typography.Text type="secondary">{latest ? lastReportedText(latest) : '尚未报送过月度变更报告'}</Typography.Text>
          </Space>
          <Space wrap>
            <Downloads month={month} />
            <Button type="primary" disabled={!preview || loading || reportedThis !== null || coveredBy !== null || notYet !== null} title={notYet ?? undefined} onClick={confirmReported}>
              记为已报送
            </Button>
          </Space>
        </Flex>
        <Typography.Paragraph type="secondary" style={{ margin: '12px 0 0' }}>
          每月{MONTHLY_REPORT_DUE_DAY}日前向公安机关报送上月有变更的备案资料（第十三条（三））。报告列出自上次报送以来、到所选月份月底的全部变更。
        </Typography.Paragraph>
      </Card>

      {reportedThis ? (
        <Alert
          type="success"
          showIcon
          title={`${month} 的月度变更报告已于 ${cstTime(reportedThis.reportedAt)} 记为已报送`}
          description="下面是报送时涵盖的变更；之后的变更列入下个月的报告。"
        />
      ) : null}
      {coveredBy ? (
        <Alert
          type="info"
          showIcon
          title={`${month} 的变更已包含在 ${coveredBy.month} 的月度变更报告中，不必另行报送`}
          description={`${coveredBy.month} 的报告于 ${cstTime(coveredBy.reportedAt)} 记为已报送，涵盖了此前尚未报送的全部变更。`}
        />
      ) : null}
      {notYet ? <Alert type="info" showIcon title={notYet} description="可以先预览到目前为止的变更；该月结束后再记为已报送。" /> : null}
      {previewError ? <Alert type="error" showIcon title="未能生成月度变更报告预览" description={previewError} /> : null}
      {preview ? (
        <Card
          title={`${preview.month} 月度变更报告${preview.asOf ? ` ${previewTitle(preview.asOf)}` : ''}`}
          loading={loading && preview === null}
          extra={
            <Typography.Text role="status" aria-label="变更统计">
              {countsText(preview.counts)}
            </Typography.Text>
          }
        >
          <Typography.Paragraph type="secondary">
            报告期间：{preview.periodStart} 至 {preview.asOf ? previewTitle(preview.asOf).replace(/^截至 |（本月尚未结束）$/g, '') : preview.periodEnd}
          </Typography.Paragraph>
          <ReportSections report={preview} />
        </Card>
      ) : loading ? (
        <Card loading />
      ) : null}

      <Card title="报送记录">
        {historyError ? <Alert type="error" showIcon style={{ marginBottom: 12 }} title="未能读取报送记录" description={historyError} /> : null}
        <ReportHistoryTable history={history} />
      </Card>
    </Space>
  );
}
