import { Alert, Button, Card, Flex, Space, Table, Tag, Typography } from 'antd';
import type { ComplianceRow, ComplianceStatus, ComplianceSummary } from '../../../shared/compliance/summary';
import { REGULATION_TITLE } from '../../regulation';
import { screenLabel, useNavigation } from '../../store/navigation';
import { DetailList } from '../../components/DetailList';
import { fixTargetOf, type FixTarget } from './fixTarget';
import { useComplianceStore } from './complianceStore';
import { STATUS_LOOK, StatusTag } from './statusLook';

const rowKey = (r: ComplianceRow) => `${r.article}|${r.topic}`;

function Counts({ rows }: { rows: readonly ComplianceRow[] }) {
  const order: ComplianceStatus[] = ['error', 'warn', 'ok'];
  return (
    <Space wrap size={4} role="group" aria-label="检查结果统计">
      {order.map((status) => {
        const n = rows.filter((r) => r.status === status).length;
        return (
          <Tag key={status} color={n > 0 ? STATUS_LOOK[status].color : undefined}>
            {STATUS_LOOK[status].text} {n} 项
          </Tag>
        );
      })}
    </Space>
  );
}

function NotChecked({ items }: { items: ComplianceSummary['notChecked'] }) {
  if (items.length === 0) return null;
  return (
    <div style={{ marginTop: 12 }}>
      <Typography.Text type="secondary">以下适用条款本程序不作自动检查，请对照规定自行核对：</Typography.Text>
      <ul aria-label="暂未检查的条款" style={{ margin: '4px 0 0', paddingInlineStart: 18 }}>
        {items.map((n) => (
          <li key={n.article}>
            <Typography.Text type="secondary">
              {n.article} {n.topic}
            </Typography.Text>
          </li>
        ))}
      </ul>
    </div>
  );
}

function NoArticles() {
  const go = useNavigation((s) => s.go);
  return (
    <Alert
      type="info"
      showIcon
      title="尚无适用的条款"
      description="适用哪些条款取决于单位类型（IDC机房服务单位、托管服务单位、服务器架设单位、域名注册服务单位）和登记的服务器。请先在单位信息中选择单位类型。"
      action={<Button onClick={() => go('unit', { focusField: 'roles' })}>选择单位类型</Button>}
    />
  );
}

/** 合规检查: one row per article that applies, green/amber/red, each leading to the screen that fixes it. */
export function ComplianceCard() {
  const summary = useComplianceStore((s) => s.summary);
  const loadState = useComplianceStore((s) => s.loadState);
  const loadError = useComplianceStore((s) => s.loadError);
  const load = useComplianceStore((s) => s.load);
  const go = useNavigation((s) => s.go);
  const fix = (t: FixTarget) => go(t.screen, { ...(t.focusField ? { focusField: t.focusField } : {}), ...(t.recordId ? { recordId: t.recordId } : {}) });

  const extra = (
    <Flex align="center" gap={8}>
      {summary ? <Typography.Text type="secondary">检查日期 {summary.today}</Typography.Text> : null}
      <Button onClick={() => void load()} loading={loadState === 'loading'}>
        重新检查
      </Button>
    </Flex>
  );

  if (!summary) {
    if (loadState === 'error') {
      return (
        <Card title="合规检查">
          <Alert type="error" showIcon title="未能完成合规检查" description={loadError} action={<Button onClick={() => void load()}>重试</Button>} />
        </Card>
      );
    }
    return <Card title="合规检查" loading />;
  }

  return (
    <Card title={<span title={REGULATION_TITLE}>合规检查</span>} extra={extra}>
      {loadState === 'error' ? (
        <Alert type="error" showIcon style={{ marginBottom: 12 }} title={`未能更新合规检查：${loadError ?? ''}`} />
      ) : null}
      {summary.rows.length === 0 ? (
        <NoArticles />
      ) : (
        <>
          <Counts rows={summary.rows} />
          <Table<ComplianceRow>
            style={{ marginTop: 12 }}
            size="small"
            pagination={false}
            rowKey={rowKey}
            dataSource={summary.rows}
            aria-label="合规检查"
            columns={[
              { title: '状态', dataIndex: 'status', width: 96, render: (status: ComplianceStatus) => <StatusTag status={status} /> },
              { title: '条款', dataIndex: 'article', width: 120, render: (article: string) => <Typography.Text strong>{article}</Typography.Text> },
              {
                title: '事项',
                key: 'topic',
                render: (_: unknown, r) => (
                  <div>
                    <Typography.Text strong>{r.topic}</Typography.Text>
                    <Typography.Paragraph style={{ margin: 0 }}>{r.message}</Typography.Paragraph>
                    <DetailList
                      details={r.details}
                      total={r.detailsTotal}
                      label={`${r.article}${r.topic}：详情`}
                      onFix={r.status === 'ok' ? undefined : (d) => fix(fixTargetOf(r, d))}
                    />
                  </div>
                ),
              },
              {
                title: '操作',
                key: 'action',
                width: 100,
                // 符合 needs nothing; otherwise the first finding's record, opened at the field to fix.
                render: (_: unknown, r) =>
                  r.status === 'ok' ? null : (
                    <Button
                      type="primary"
                      size="small"
                      aria-label={`去处理：${r.article}${r.topic}（${screenLabel(r.screen)}）`}
                      onClick={() => fix(fixTargetOf(r, r.details.find((d) => d.recordId) ?? r.details[0]))}
                    >
                      去处理
                    </Button>
                  ),
              },
            ]}
          />
        </>
      )}
      <NotChecked items={summary.notChecked} />
    </Card>
  );
}
