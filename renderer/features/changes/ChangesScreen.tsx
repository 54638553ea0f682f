import { Alert, Button, Card, Table, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { AuditEntry } from '../../../shared/api/contract';
import { UNIT_LABELS } from '../../../shared/records/unit';
import { LICENSE_LABELS } from '../../../shared/records/license';
import { PERSON_LABELS } from '../../../shared/records/person';
import { SERVER_LABELS } from '../../../shared/records/server';
import { SECURITY_GROUP_LABELS } from '../../../shared/records/securityGroup';
import { DUTY_ROSTER_LABELS } from '../../../shared/records/dutyRoster';
import { IMAGE_PROFILE_LABELS } from '../../../shared/records/imageProfile';
import { api, errorMessage } from '../../api/client';
import { formatTime } from '../../format';
import { ScreenHeader } from '../../shell/ScreenHeader';
import { useWorkspaceStore } from '../../store/workspace';

/** What each audited entity is called on screen, and its fields' labels (LABELS.md). */
const ENTITIES: Record<string, { label: string; fields: Readonly<Record<string, string>> }> = {
  unit: { label: '单位信息', fields: UNIT_LABELS },
  license: { label: '证照', fields: LICENSE_LABELS },
  person: { label: '人员', fields: PERSON_LABELS },
  server: { label: '服务器', fields: SERVER_LABELS },
  securityGroup: { label: '信息网络安全小组', fields: SECURITY_GROUP_LABELS },
  dutyRoster: { label: '值班表', fields: DUTY_ROSTER_LABELS },
  dutyRosterMonth: { label: '值班表（月排班）', fields: { slots: '排班' } },
  dutyRosterOverride: { label: '值班表（调班）', fields: DUTY_ROSTER_LABELS },
  dutyRosterOverrides: { label: '值班表（调班）', fields: DUTY_ROSTER_LABELS },
  settings: { label: '设置', fields: { imageProfile: '电子图片标准', ...IMAGE_PROFILE_LABELS } },
};

const entityLabel = (entity: string) => ENTITIES[entity]?.label ?? entity;
const fieldLabel = (entity: string, field: string) => ENTITIES[entity]?.fields[field] ?? field;

/** Audit values are JSON text (strings as themselves); lists are shown joined. */
function showValue(value: string | null) {
  if (value === null || value === '' || value === '[]') return <Typography.Text type="secondary">（空）</Typography.Text>;
  if (value.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(value);
      if (Array.isArray(parsed)) return parsed.map(String).join('、');
    } catch {
      // not JSON: show as typed
    }
  }
  return <span style={{ wordBreak: 'break-all' }}>{value}</span>;
}

export function ChangesScreen() {
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const dataVersion = useWorkspaceStore((s) => s.dataVersion);

  const load = useCallback(async () => {
    setLoading(true);
    setError(null);
    try {
      const list = await api['audit.list']({ limit: 500 });
      // Newest first, whatever order the host answered in.
      setEntries([...list].sort((a, b) => b.at.localeCompare(a.at) || b.id - a.id));
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setLoading(false);
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load, dataVersion]);

  return (
    <section>
      <ScreenHeader
        title="变更记录"
        articles={['第十三条']}
        extra={
          <Button onClick={() => void load()} loading={loading}>
            刷新
          </Button>
        }
      >
        每一次字段修改都记在这里（时间、对象、字段、原值、新值），最新的在前。IDC机房服务单位须每月二十日前向公安机关报送有变更的备案资料。
      </ScreenHeader>
      {error ? <Alert type="error" showIcon style={{ marginTop: 16 }} title="未能读取变更记录" description={error} /> : null}
      <Card style={{ marginTop: 16 }}>
        <Table<AuditEntry>
          rowKey="id"
          size="small"
          loading={loading && entries === null}
          dataSource={entries ?? []}
          aria-label="变更记录"
          pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
          locale={{ emptyText: entries === null ? '正在读取…' : '还没有变更记录' }}
          columns={[
            { title: '时间', dataIndex: 'at', width: 180, render: (at: string) => formatTime(at) },
            { title: '对象', dataIndex: 'entity', width: 120, render: (entity: string) => entityLabel(entity) },
            { title: '字段', dataIndex: 'field', width: 160, render: (field: string, e) => fieldLabel(e.entity, field) },
            { title: '原值', dataIndex: 'oldValue', render: (v: string | null) => showValue(v) },
            { title: '新值', dataIndex: 'newValue', render: (v: string | null) => showValue(v) },
          ]}
        />
      </Card>
    </section>
  );
}
