import { Table, Typography } from 'antd';
import { IDC_ROOM_LABELS, type StoredIdcRoom } from '../../../shared/records/idcRoom';
import { RowActions } from '../../components/RowActions';

export function IdcRoomTable({
  rooms,
  loading,
  editing,
  onEdit,
  onRemove,
}: {
  rooms: StoredIdcRoom[];
  loading: boolean;
  editing: boolean;
  onEdit(id: string): void;
  onRemove(id: string): Promise<void>;
}) {
  return (
    <Table<StoredIdcRoom>
      size="middle"
      rowKey="id"
      dataSource={rooms}
      loading={loading}
      pagination={false}
      aria-label="机房列表"
      locale={{ emptyText: '尚未登记机房。' }}
      columns={[
        { title: IDC_ROOM_LABELS.name, dataIndex: 'name' },
        { title: IDC_ROOM_LABELS.address, dataIndex: 'address' },
        { title: IDC_ROOM_LABELS.operator, dataIndex: 'operator', render: (v: string) => v || '本单位' },
        { title: IDC_ROOM_LABELS.upstream, dataIndex: 'upstream' },
        { title: IDC_ROOM_LABELS.bandwidth, dataIndex: 'bandwidth' },
        {
          title: IDC_ROOM_LABELS.ipBlocks,
          dataIndex: 'ipBlocks',
          render: (blocks: string[]) =>
            blocks.length === 0 ? <Typography.Text type="warning">未填写</Typography.Text> : <span style={{ whiteSpace: 'pre-line' }}>{blocks.join('\n')}</span>,
        },
        { title: IDC_ROOM_LABELS.contactName, key: 'contact', render: (_, r) => [r.contactName, r.contactPhone].filter(Boolean).join(' ') },
        {
          title: '操作',
          key: 'actions',
          render: (_, r) => (
            <RowActions
              editDisabled={editing}
              onEdit={() => onEdit(r.id)}
              onRemove={() => onRemove(r.id)}
              editLabel={`编辑机房 ${r.name}`}
              removeLabel={`删除机房 ${r.name}`}
              confirmTitle={`删除机房“${r.name}”？`}
              confirmDescription="机房信息将被删除（记入变更记录）；仍有服务器在这个机房时不能删除。"
            />
          ),
        },
      ]}
    />
  );
}
