import { Alert, Card, Table, Typography } from 'antd';
import type { AuditEntry } from '../../../shared/api/contract';
import { formatTime } from '../../format';
import { auditValueText, entityLabel, fieldLabel, type AuditLookups } from './auditText';

function Value({ entry, which, look }: { entry: AuditEntry; which: 'oldValue' | 'newValue'; look: AuditLookups }) {
  const text = auditValueText(entry.entity, entry.field, entry[which], look);
  if (text === null) return <Typography.Text type="secondary">（空）</Typography.Text>;
  return <span style={{ wordBreak: 'break-all' }}>{text}</span>;
}

/** 变更明细: every field change, newest first; ID numbers masked. */
export function AuditList({
  entries,
  loading,
  error,
  look,
}: {
  entries: AuditEntry[] | null;
  loading: boolean;
  error: string | null;
  /** Names of the servers and people that values refer to by id. */
  look: AuditLookups;
}) {
  return (
    <>
      {error ? <Alert type="error" showIcon style={{ marginBottom: 16 }} title="未能读取变更记录" description={error} /> : null}
      <Card>
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
            { title: '字段', dataIndex: 'field', width: 160, render: (field: string, e) => fieldLabel(e.entity, field, e.oldValue) },
            { title: '原值', key: 'oldValue', width: '30%', render: (_, e) => <Value entry={e} which="oldValue" look={look} /> },
            { title: '新值', key: 'newValue', render: (_, e) => <Value entry={e} which="newValue" look={look} /> },
          ]}
        />
      </Card>
    </>
  );
}
