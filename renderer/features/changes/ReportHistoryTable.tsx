import { Table } from 'antd';
import type { ReportedMonth } from '../../../shared/reports/monthlyReport';
import { cstTime, viaText } from './reportText';

/** 已报送的月度变更报告, newest first. */
export function ReportHistoryTable({ history }: { history: ReportedMonth[] }) {
  return (
    <Table<ReportedMonth>
      size="small"
      rowKey={(r) => `${r.month}|${r.reportedAt}`}
      dataSource={history}
      pagination={{ pageSize: 12, hideOnSinglePage: true, showSizeChanger: false }}
      aria-label="报送记录"
      locale={{ emptyText: '暂无报送记录' }}
      columns={[
        { title: '月份', dataIndex: 'month', width: 100 },
        { title: '报送时间', dataIndex: 'reportedAt', width: 170, render: (at: string) => cstTime(at) },
        { title: '新增/修改/删除', key: 'counts', render: (_, r) => `${r.added} / ${r.changed} / ${r.removed}` },
        { title: '方式', dataIndex: 'via', render: (via: string) => viaText(via) },
      ]}
    />
  );
}
