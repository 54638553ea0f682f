import { Alert, Button, Card, Col, Descriptions, Progress, Row, Table, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import { UNIT_LABELS } from '../../../shared/records/unit';
import { formatBytes, formatTime } from '../../format';
import { ScreenHeader } from '../../components/ScreenHeader';
import { useNavigation } from '../../store/navigation';
import { useWorkspaceStore } from '../../store/workspace';
import { isFilled, toFormValues, UNIT_FIELDS, useUnitStore, type UnitField } from '../../store/unitStore';
import { ComplianceCard } from './ComplianceCard';
import { useComplianceStore } from './complianceStore';
import { DeadlinesCard } from './DeadlinesCard';
import { MonthlyReportReminder } from './MonthlyReportReminder';
import { BackupReminder } from '../../components/backup/BackupReminder';
import { RestoreOffer } from '../../components/backup/RestoreOffer';
import { OnDutyCard } from './OnDutyCard';
import { FirstRunGuide } from './FirstRunGuide';


interface FieldRow {
  key: UnitField;
  label: string;
  filled: boolean;
}

function UnitCompleteness() {
  const saved = useUnitStore((s) => s.saved);
  const loadState = useUnitStore((s) => s.loadState);
  const hasDraft = useUnitStore((s) => s.draft !== null);
  const go = useNavigation((s) => s.go);
  const values = toFormValues(saved);
  const rows: FieldRow[] = UNIT_FIELDS.map((key) => ({ key, label: UNIT_LABELS[key], filled: isFilled(values, key) }));
  const filledCount = rows.filter((r) => r.filled).length;

  return (
    <Card title="单位信息填写情况" extra={<Button onClick={() => go('unit')}>前往填写单位信息</Button>}>
      <Typography.Paragraph>
        {saved ? (
          <>上次保存：{formatTime(saved.updatedAt)}</>
        ) : loadState === 'loading' || loadState === 'idle' ? (
          '正在读取…'
        ) : (
          '尚未保存单位信息'
        )}
        {hasDraft ? <Typography.Text type="warning">（单位信息有未保存的修改）</Typography.Text> : null}
      </Typography.Paragraph>
      <Progress
        percent={Math.round((filledCount / rows.length) * 100)}
        format={() => `${filledCount}/${rows.length}`}
        aria-label={`已填写 ${filledCount} 项，共 ${rows.length} 项`}
      />
      <Table<FieldRow>
        size="small"
        pagination={false}
        rowKey="key"
        dataSource={rows}
        aria-label="单位信息填写情况"
        columns={[
          { title: '项目', dataIndex: 'label' },
          {
            title: '状态',
            dataIndex: 'filled',
            render: (filled: boolean) => (filled ? <Tag color="success">已填写</Tag> : <Tag>未填写</Tag>),
          },
          {
            title: '操作',
            key: 'action',
            render: (_: unknown, row) => (
              <Button type="link" size="small" aria-label={`${row.filled ? '修改' : '填写'}${row.label}`} onClick={() => go('unit', { focusField: row.key })}>
                {row.filled ? '修改' : '去填写'}
              </Button>
            ),
          },
        ]}
      />
    </Card>
  );
}

function WorkspaceCard() {
  const status = useWorkspaceStore((s) => s.status);
  const loadState = useWorkspaceStore((s) => s.loadState);
  const loadError = useWorkspaceStore((s) => s.loadError);
  const load = useWorkspaceStore((s) => s.load);
  const openDialog = useWorkspaceStore((s) => s.openDialog);

  if (loadState === 'error') {
    return (
      <Card title="工作目录">
        <Alert
          type="error"
          showIcon
          title="未能读取工作目录状态"
          description={loadError}
          action={
            <Button size="small" onClick={() => void load()}>
              重试
            </Button>
          }
        />
      </Card>
    );
  }
  if (!status) {
    return <Card title="工作目录" loading />;
  }
  const newest = status.backups[0];
  return (
    <Card title="工作目录">
      {status.state === 'damaged' ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title="数据库文件已损坏"
          description="损坏的文件已原样另存，不会被覆盖。请选择一个完好的备份恢复。"
          action={<Button onClick={openDialog}>查看可用备份</Button>}
        />
      ) : null}
      {status.restoredFrom ? (
        <Alert type="info" showIcon style={{ marginBottom: 12 }} title={`当前数据已从备份恢复：${status.restoredFrom}`} />
      ) : null}
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label="位置">
          <Typography.Text copyable style={{ wordBreak: 'break-all' }}>
            {status.path}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label="数据库">
          {status.state === 'ok' ? <Tag color="success">完好</Tag> : <Tag color="error">已损坏</Tag>}
        </Descriptions.Item>
        {status.setAsidePath ? <Descriptions.Item label="损坏文件另存于">{status.setAsidePath}</Descriptions.Item> : null}
        <Descriptions.Item label="备份数量">{status.backups.length} 个</Descriptions.Item>
        <Descriptions.Item label="最近备份">
          {newest ? `${formatTime(newest.createdAt)}（${formatBytes(newest.bytes)}）` : '尚无备份'}
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}

export function DashboardScreen() {
  const loadUnit = useUnitStore((s) => s.load);
  const loadWorkspace = useWorkspaceStore((s) => s.load);
  const loadCompliance = useComplianceStore((s) => s.load);
  const dataVersion = useWorkspaceStore((s) => s.dataVersion);

  // Coming back to the dashboard refreshes it; the first load is the app's startup (App.tsx).
  useEffect(() => {
    if (useUnitStore.getState().loadState === 'ready') void loadUnit();
    if (useWorkspaceStore.getState().loadState === 'ready') void loadWorkspace();
  }, [loadUnit, loadWorkspace]);

  // The compliance check runs every time the dashboard is shown (records change on other screens),
  // and again when a restored backup replaced the data underneath.
  useEffect(() => {
    void loadCompliance();
  }, [loadCompliance, dataVersion]);

  return (
    <section>
      <ScreenHeader title="概览">
        按条款检查备案资料还缺什么、何时到期，以及本机数据的状态。所有数据只保存在这台电脑上。
      </ScreenHeader>
      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        <FirstRunGuide />
        <MonthlyReportReminder />
        <RestoreOffer />
        <BackupReminder />
        <Col xs={24} xxl={16}>
          <ComplianceCard />
        </Col>
        <Col xs={24} xxl={8}>
          <DeadlinesCard />
        </Col>
        <Col xs={24} xl={14}>
          <UnitCompleteness />
        </Col>
        <Col xs={24} xl={10}>
          <WorkspaceCard />
        </Col>
        <Col xs={24} xl={14}><OnDutyCard /></Col>
      </Row>
    </section>
  );
}
