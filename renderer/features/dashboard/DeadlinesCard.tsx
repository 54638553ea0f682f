import { Alert, Button, Card, Table, Typography } from 'antd';
import type { Deadline } from '../../../shared/compliance/summary';
import { screenLabel, useNavigation } from '../../store/navigation';
import { fixTargetOf } from './fixTarget';
import { useComplianceStore } from './complianceStore';

/** 即将到期: the next dates, soonest first (past ones first of all), each with its article and screen. */
export function DeadlinesCard() {
  const summary = useComplianceStore((s) => s.summary);
  const loadState = useComplianceStore((s) => s.loadState);
  const go = useNavigation((s) => s.go);

  if (!summary) {
    return loadState === 'error' ? (
      <Card title="即将到期">
        <Alert type="error" showIcon title="未能读取到期事项" />
      </Card>
    ) : (
      <Card title="即将到期" loading />
    );
  }
  const { deadlines, deadlinesTotal, today } = summary;
  return (
    <Card title="即将到期">
      {deadlines.length === 0 ? (
        <Typography.Text type="secondary">近期没有到期的事项（服务器备案期限；临近到期或已过期的证照）。</Typography.Text>
      ) : (
        <Table<Deadline>
          size="small"
          pagination={false}
          rowKey={(d) => `${d.article}|${d.recordId ?? ''}|${d.date}|${d.text}`}
          dataSource={deadlines}
          aria-label="即将到期"
          columns={[
            {
              title: '日期',
              dataIndex: 'date',
              width: 110,
              render: (date: string) => <Typography.Text type={date < today ? 'danger' : date === today ? 'warning' : undefined}>{date}</Typography.Text>,
            },
            { title: '事项', dataIndex: 'text' },
            {
              title: '操作',
              key: 'action',
              width: 90,
              render: (_: unknown, d) => (
                <Button type="link" size="small" aria-label={`去处理：${d.text}（${screenLabel(d.screen)}）`} onClick={() => {
                    const t = fixTargetOf({ ...d, topic: '' }, { text: d.text, ...(d.recordId ? { recordId: d.recordId } : {}) });
                    go(t.screen, { ...(t.focusField ? { focusField: t.focusField } : {}), ...(t.recordId ? { recordId: t.recordId } : {}) });
                  }}>
                  去处理
                </Button>
              ),
            },
          ]}
        />
      )}
      {deadlinesTotal > deadlines.length ? (
        <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8 }}>
          共 {deadlinesTotal} 项，此处列出最近的 {deadlines.length} 项
        </Typography.Text>
      ) : null}
    </Card>
  );
}
