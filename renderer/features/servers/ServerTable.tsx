import { Space, Tag } from 'antd';
import type { StoredPerson } from '../../../shared/records/person';
import { SERVER_LABELS, type StoredServer } from '../../../shared/records/server';
import { RecordTable, type RecordColumn } from '../../components/RecordTable';
import { RowActions } from '../../components/RowActions';
import { filingStateColor } from './filingState';
import { MISSING_PERSON } from '../../store/peopleDirectory';
import type { ServerRow } from './serverSearch';

function managerNames(s: StoredServer, people: ReadonlyMap<string, StoredPerson>): string {
  return s.managers
    .map((m) => (m.kind === 'person' ? (people.get(m.personId)?.name ?? MISSING_PERSON) : `${m.name}（最终用户）`))
    .join('、');
}

export function ServerTable({
  rows,
  people,
  onEdit,
  onRemove,
}: {
  rows: ServerRow[];
  people: ReadonlyMap<string, StoredPerson>;
  onEdit(id: string): void;
  onRemove(server: StoredServer): Promise<void>;
}) {
  // At 1366×768 (1110 pixels beside the menu) the columns of 第八条's task fit; 机柜位置 is under 显示列.
  const columns: RecordColumn<ServerRow>[] = [
    { key: 'assetNo', title: SERVER_LABELS.assetNo, width: 120, fixed: 'left', ellipsis: true, render: (_, r) => r.server.assetNo },
    { key: 'hostname', title: SERVER_LABELS.hostname, width: 140, ellipsis: true, render: (_, r) => r.server.hostname },
    { key: 'ips', title: SERVER_LABELS.ips, width: 120, ellipsis: true, render: (_, r) => r.server.ips.join('，') },
    { key: 'rack', title: SERVER_LABELS.rack, width: 90, ellipsis: true, hiddenByDefault: true, render: (_, r) => r.server.rack },
    {
      key: 'purposes',
      title: SERVER_LABELS.purposes,
      width: 130,
      ellipsis: true,
      // A purpose whose duties (第五、六、七条) are not met says so right here.
      render: (_, r) => (
        <span title={r.missing.map((m) => `${m.text}（${m.article}）`).join('；') || undefined}>
          {r.server.purposes.join('、')}
          {r.missing.length > 0 ? (
            <Tag color="error" style={{ marginInlineStart: 6 }}>
              缺措施（{r.missing.map((m) => m.article).join('、')}）
            </Tag>
          ) : null}
        </span>
      ),
    },
    { key: 'onlineDate', title: SERVER_LABELS.onlineDate, width: 100, render: (_, r) => <span style={{ whiteSpace: 'nowrap' }}>{r.server.onlineDate}</span> },
    { key: 'filedOn', title: SERVER_LABELS.filedOn, width: 100, render: (_, r) => <span style={{ whiteSpace: 'nowrap' }}>{r.server.filedOn || '未备案'}</span> },
    { key: 'managers', title: SERVER_LABELS.managers, width: 100, ellipsis: true, render: (_, r) => managerNames(r.server, people) },
    {
      key: 'filingDeadline',
      title: SERVER_LABELS.filingDeadline,
      width: 170,
      // 第八条's deadline and state stay in view on a narrow screen, beside 操作.
      fixed: 'right',
      render: (_, r) => (
        <Space size={4}>
          <span>{r.server.filingDeadline}</span>
          <Tag color={filingStateColor(r.state)}>{r.state.label}</Tag>
        </Space>
      ),
    },
    {
      key: 'actions',
      title: '操作',
      width: 100,
      fixed: 'right',
      render: (_, r) => (
        <RowActions
          onEdit={() => onEdit(r.server.id)}
          onRemove={() => onRemove(r.server)}
          confirmTitle={`删除服务器 ${r.server.assetNo}？`}
          confirmDescription="删除后不可恢复（变更记录中仍可查到）。"
          editLabel={`编辑 ${r.server.assetNo}`}
          removeLabel={`删除 ${r.server.assetNo}`}
        />
      ),
    },
  ];
  return (
    <RecordTable<ServerRow>
      tableId="servers"
      label="服务器列表"
      columns={columns}
      dataSource={rows}
      rowKey={(r) => r.server.id}
      locale={{ emptyText: '没有符合条件的服务器' }}
    />
  );
}
