import { Space, Table, Tag, Tooltip, Typography } from 'antd';
import { PERSON_LABELS, type StoredPerson } from '../../../shared/records/person';
import { RowActions } from '../../components/RowActions';
import { maskIdNumber } from '../../../shared/identity/idDisplay';

export function PersonTable({
  people,
  loading,
  editing,
  onEdit,
  onRemove,
}: {
  people: StoredPerson[];
  loading: boolean;
  /** A form is open: finish or cancel it before editing another person. */
  editing: boolean;
  onEdit(id: string): void;
  onRemove(id: string): Promise<void>;
}) {
  return (
    <Table<StoredPerson>
      size="middle"
      rowKey="id"
      dataSource={people}
      loading={loading}
      pagination={false}
      aria-label="人员列表"
      locale={{ emptyText: '尚未登记人员。点击“新增”登记法定代表人、主要负责人、网络管理员和安全员。' }}
      columns={[
        { title: PERSON_LABELS.name, dataIndex: 'name' },
        { title: PERSON_LABELS.idType, dataIndex: 'idType' },
        {
          title: PERSON_LABELS.idNumber,
          key: 'idNumber',
          render: (_, p) => (
            <Space size={4}>
              <span style={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>{maskIdNumber(p.idNumber)}</span>
              {p.idWarning ? (
                <Tooltip title={p.idWarning}>
                  <Tag color="warning">请核对</Tag>
                </Tooltip>
              ) : null}
            </Space>
          ),
        },
        { title: PERSON_LABELS.mobile, dataIndex: 'mobile' },
        { title: PERSON_LABELS.title, dataIndex: 'title' },
        {
          title: PERSON_LABELS.roles,
          dataIndex: 'roles',
          render: (roles: string[]) => (
            <Space size={[0, 4]} wrap>
              {roles.map((r) => (
                <Tag key={r} color={r === '法定代表人' || r === '主要负责人' ? 'blue' : undefined}>
                  {r}
                </Tag>
              ))}
            </Space>
          ),
        },
        {
          title: '出生日期/性别',
          key: 'facts',
          render: (_, p) => (p.birthDate ? `${p.birthDate} ${p.sex}` : <Typography.Text type="secondary">—</Typography.Text>),
        },
        {
          title: '证件扫描件',
          key: 'scans',
          render: (_, p) => {
            const n = (p.idFront ? 1 : 0) + (p.idBack ? 1 : 0);
            return n === 2 ? '正反面齐全' : n === 0 ? <Typography.Text type="warning">未上传</Typography.Text> : <Typography.Text type="warning">缺{p.idFront ? '反面' : '正面'}</Typography.Text>;
          },
        },
        {
          title: '操作',
          key: 'actions',
          render: (_, p) => (
            <RowActions
              editDisabled={editing}
              onEdit={() => onEdit(p.id)}
              onRemove={() => onRemove(p.id)}
              confirmTitle="删除这位人员？"
              confirmDescription="人员信息将被删除（记入变更记录）；证件扫描件若无其他记录使用也会一并清理。"
            />
          ),
        },
      ]}
    />
  );
}
