import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Checkbox, Flex, Progress, Result, Typography } from 'antd';
import { useState } from 'react';
import { staleExportsMessage, type PackageResult } from '../../../shared/filing/api';
import { markReportedLabel } from '../../../shared/reports/monthlyReport';
import { api, errorMessage } from '../../api/client';
import { MonthPicker } from '../../forms/dateField';
import { formatCount } from '../../format';
import { MarkReportedDialog } from '../../components/MarkReportedDialog';
import { shiftMonth } from '../../calendarMonth';
import { phaseLine, progressPercent } from './exportFormat';
import { useExportStore } from './exportStore';

/** Why 生成备案材料 cannot be pressed yet, or null when it can. */
function useBlockedReason(): string | null {
  const check = useExportStore((s) => s.check);
  const checkState = useExportStore((s) => s.checkState);
  const destination = useExportStore((s) => s.destination);
  if (!check) return checkState === 'error' ? '完整性检查未完成，请点“重新检查”。' : '正在进行完整性检查…';
  if (check.blocking.length > 0) return `完整性检查还有 ${check.blocking.length} 项阻止导出的问题，处理后才能生成备案材料。`;
  if (!destination) return '请先选择目标位置。';
  return null;
}

function MonthField({ id, label, hint, value, onChange, disabled }: { id: string; label: string; hint: string; value: string; onChange: (m: string) => void; disabled: boolean }) {
  return (
    <Flex gap={8} align="center">
      <label htmlFor={id}>{label}</label>
      <Button aria-label={`${label}：上个月`} disabled={disabled} icon={<LeftOutlined aria-hidden />} onClick={() => onChange(shiftMonth(value, -1))} />
      <MonthPicker id={id} disabled={disabled} value={value} onChange={onChange} />
      <Button aria-label={`${label}：下个月`} disabled={disabled} icon={<RightOutlined aria-hidden />} onClick={() => onChange(shiftMonth(value, 1))} />
      <Typography.Text type="secondary">{hint}</Typography.Text>
    </Flex>
  );
}

function Options() {
  const month = useExportStore((s) => s.month);
  const setMonth = useExportStore((s) => s.setMonth);
  const reportMonth = useExportStore((s) => s.reportMonth);
  const setReportMonth = useExportStore((s) => s.setReportMonth);
  const zip = useExportStore((s) => s.zip);
  const setZip = useExportStore((s) => s.setZip);
  const running = useExportStore((s) => s.runState === 'running');
  return (
    <Flex wrap gap={16} align="center">
      <MonthField id="export-month" label="月份" hint="（值班表 PDF 的月份）" value={month} onChange={setMonth} disabled={running} />
      <MonthField
        id="export-report-month"
        label="报告月份"
        hint="（06 月度变更报告：截至该月月底的变更，每月20日前报送上月）"
        value={reportMonth}
        onChange={setReportMonth}
        disabled={running}
      />
      <Checkbox checked={zip} disabled={running} onChange={(e) => setZip(e.target.checked)}>
        同时生成 ZIP 压缩包
      </Checkbox>
    </Flex>
  );
}

function Running() {
  const progress = useExportStore((s) => s.progress);
  const zip = useExportStore((s) => s.zip);
  return (
    <div role="status" aria-label="导出进度" style={{ marginTop: 16 }}>
      <Typography.Text strong>{progress ? phaseLine(progress) : '正在准备备案材料（生成 PDF 与电子图片）…'}</Typography.Text>
      <Progress percent={progressPercent(progress, zip)} status="active" aria-label="导出进度条" />
      {progress?.file ? (
        <Typography.Text type="secondary" ellipsis title={progress.file}>
          当前文件：{progress.file}
        </Typography.Text>
      ) : null}
    </div>
  );
}

/** After the package: the spaces its 05 carries can be recorded as reported once they are handed over. */
function SpacesCarried({ carried }: { carried: { toReport: number; asOf: string } }) {
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  // In the store: still said after a visit to another screen, so the same spaces are not recorded twice.
  const recorded = useExportStore((s) => s.spacesRecorded);
  const setRecorded = useExportStore((s) => s.setSpacesRecorded);
  if (recorded !== null) return <Typography.Text type="success">已登记 {formatCount(recorded)} 个客户空间已报送（第十二条（三））。</Typography.Text>;
  return (
    <Flex gap={8} align="center" wrap justify="center">
      <Typography.Text>05 客户空间登记表列出 {formatCount(carried.toReport)} 个待报送的客户空间；交给公安机关后请登记报送日期。</Typography.Text>
      <Button onClick={() => setOpen(true)}>登记这些空间已报送</Button>
      <MarkReportedDialog
        open={open}
        pendingCount={carried.toReport}
        fromPackage={carried}
        onClose={() => setOpen(false)}
        onDone={(n) => {
          setRecorded(n);
          void message.success(`已登记 ${formatCount(n)} 个空间已报送`);
        }}
      />
    </Flex>
  );
}

/** After the package: its 06's month can be recorded as reported once handed over — never by the export itself. */
function MonthCarried({ report }: { report: NonNullable<PackageResult['monthlyReport']> }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const recorded = useExportStore((s) => s.monthRecorded);
  const setRecorded = useExportStore((s) => s.setMonthRecorded);
  if (recorded === report.month) return <Typography.Text type="success">{markReportedLabel(report.month).replace(/^登记 /, '已登记 ')}（第十三条（三））。</Typography.Text>;
  if (!report.canMark) return <Typography.Text type="secondary">06 月度变更报告未登记为已报送：{report.reason}</Typography.Text>;
  const mark = async () => {
    setBusy(true);
    try {
      await api['reports.markMonthlyReported']({ month: report.month, via: 'package' });
      setRecorded(report.month);
      void message.success(markReportedLabel(report.month).replace(/^登记 /, '已登记 '));
    } catch (err) {
      void message.error(`未能登记：${errorMessage(err)}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Flex gap={8} align="center" wrap justify="center">
      <Typography.Text>06 月度变更报告交给公安机关后，请登记该月变更已报送；下一份报告从这里开始。</Typography.Text>
      <Button loading={busy} onClick={() => void mark()}>
        {markReportedLabel(report.month)}
      </Button>
    </Flex>
  );
}

function Done() {
  const result = useExportStore((s) => s.result);
  const reset = useExportStore((s) => s.reset);
  if (!result) return null;
  return (
    <Result
      status="success"
      title={`已校验 ${result.verified} 个文件`}
      subTitle={
        <Flex vertical gap={4}>
          <Typography.Text>
            备案材料文件夹：<Typography.Text code copyable>{result.folder}</Typography.Text>
          </Typography.Text>
          {result.zipPath ? (
            <Typography.Text>
              ZIP 压缩包：<Typography.Text code copyable>{result.zipPath}</Typography.Text>
            </Typography.Text>
          ) : null}
          <Typography.Text type="secondary">每个文件均已读回并与 SHA256SUMS.txt 核对一致，可交派出所。</Typography.Text>
          {result.stalePartialsRemoved ? <Typography.Text role="status">{staleExportsMessage(result.stalePartialsRemoved)}</Typography.Text> : null}
          {result.customerSpaces && result.customerSpaces.toReport > 0 ? <SpacesCarried carried={result.customerSpaces} /> : null}
          {result.monthlyReport ? <MonthCarried report={result.monthlyReport} /> : null}
        </Flex>
      }
      extra={<Button onClick={reset}>返回</Button>}
    />
  );
}

function Failed() {
  const failure = useExportStore((s) => s.failure);
  const build = useExportStore((s) => s.build);
  const reset = useExportStore((s) => s.reset);
  const blocked = useBlockedReason();
  if (!failure) return null;
  return (
    <Result
      status="error"
      title="生成备案材料失败"
      subTitle={
        <Flex vertical gap={4}>
          {failure.file ? (
            <Typography.Text>
              出错的文件：<Typography.Text code>{failure.file}</Typography.Text>
            </Typography.Text>
          ) : null}
          <Typography.Text>原因：{failure.message}</Typography.Text>
          <Typography.Text type="secondary">目标位置上没有留下不完整的备案材料，工作区中的记录未被改动。</Typography.Text>
          {blocked ? <Typography.Text type="warning">{blocked}</Typography.Text> : null}
        </Flex>
      }
      extra={[
        <Button key="retry" type="primary" disabled={blocked !== null} onClick={() => void build()}>
          重试
        </Button>,
        <Button key="back" onClick={reset}>
          返回
        </Button>,
      ]}
    />
  );
}

/** Options, 生成备案材料, the progress while it runs, and how it ended. */
export function BuildCard() {
  const runState = useExportStore((s) => s.runState);
  const build = useExportStore((s) => s.build);
  const blocked = useBlockedReason();
  const running = runState === 'running';

  return (
    <Card title="生成备案材料">
      <Options />
      {runState === 'idle' || running ? (
        <Flex align="center" gap={12} wrap style={{ marginTop: 16 }}>
          <Button type="primary" size="large" disabled={blocked !== null || running} loading={running} onClick={() => void build()}>
            生成备案材料
          </Button>
          {blocked && !running ? (
            <Alert type="warning" showIcon title={blocked} role="note" aria-label="无法生成的原因" style={{ flex: 1 }} />
          ) : null}
        </Flex>
      ) : null}
      {running ? <Running /> : null}
      {runState === 'done' ? <Done /> : null}
      {runState === 'failed' ? <Failed /> : null}
    </Card>
  );
}
