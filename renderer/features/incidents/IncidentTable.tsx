import { Table, Tag, Typography } from 'antd';
import { INCIDENT_LABELS, type IncidentKind, type StoredIncident } from '../../../shared/records/incident';
import type { StoredServer } from '../../../shared/records/server';
import { RowActions } from '../../components/RowActions';
import { mustReport } from './incidentForm';
import { serverName } from '../../store/serverOptions';

const KIND_COLOR: Record<IncidentKind, string> = { 事件: 'blue', 事故: 'orange', 案件: 'red' };

function ReportCell({ incident }: { incident: StoredIncident }) {
  if (incident.reportedAt) {
    return (
      <div>
        <div style={{ whiteSpace: 'nowrap' }}>{incident.reportedAt}</div>
        <Typography.Text type="secondary">{incident.reportedTo}</Typography.Text>
      </div>
    );
  }
  return mustReport(incident.kind) ? (
    <Tag color="error" title={`${incident.kind}须向公安机关报告（第十三条（五））`}>
      未报告
    </Tag>
  ) : (
    <Tag color="warning" title="事件视情况向公安机关报告">
      未报告
    </Tag>
  );
}

export function IncidentTable({
  incidents,
  serversById,
  loading,
  editing,
  onEdit,
  onRemove,
}: {
  incidents: StoredIncident[];
  serversById: ReadonlyMap<string, StoredServer>;
  loading: boolean;
  /** A form is open: finish or cancel it before editing another incident. */
  editing: boolean;
  onEdit(id: string): void;
  onRemove(id: string): Promise<void>;
}) {
  // Newest first.
  const rows = [...incidents].sort((a, b) => b.occurredAt.localeCompare(a.occurredAt) || a.title.localeCompare(b.title));
  return (
    <Table<StoredIncident>
      size="middle"
      rowKey="id"
      dataSource={rows}
      loading={loading}
      pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
      aria-label="安全事件列表"
      locale={{ emptyText: '尚未登记安全事件。发生安全事件、事故或案件时点击“新增”登记。' }}
      columns={[
        { title: INCIDENT_LABELS.occurredAt, dataIndex: 'occurredAt', width: 150, render: (t: string) => <span style={{ whiteSpace: 'nowrap' }}>{t}</span> },
        { title: INCIDENT_LABELS.kind, dataIndex: 'kind', width: 80, render: (k: IncidentKind) => <Tag color={KIND_COLOR[k]}>{k}</Tag> },
        {
          title: INCIDENT_LABELS.title,
          key: 'title',
          render: (_, i) => {
            const server = i.serverId ? serversById.get(i.serverId) : undefined;
            return (
              <div>
                <div>{i.title}</div>
                {server ? <Typography.Text type="secondary">{`${INCIDENT_LABELS.serverId}：${serverName(server)}`}</Typography.Text> : null}
              </div>
            );
          },
        },
        { title: '报告公安机关', key: 'report', width: 240, render: (_, i) => <ReportCell incident={i} /> },
        {
          title: '操作',
          key: 'actions',
          width: 130,
          render: (_, i) => (
            <RowActions
              editDisabled={editing}
              onEdit={() => onEdit(i.id)}
              onRemove={() => onRemove(i.id)}
              editLabel={`编辑 ${i.title}`}
              removeLabel={`删除 ${i.title}`}
              confirmTitle={`删除“${i.title}”？`}
              confirmDescription="这条安全事件记录将被删除（记入变更记录）。"
            />
          ),
        },
      ]}
    />
  );
}
