import { Space, Table, Tag, Tooltip, Typography } from 'antd';
import { LICENSE_LABELS, telecomScopeLabel, type StoredLicense } from '../../../shared/records/license';
import { RowActions } from '../../components/RowActions';
import { LicenseStatusTag } from './LicenseStatusTag';

export const licenseName = (l: Pick<StoredLicense, 'kind' | 'title'>) => (l.kind === '其他' ? l.title || '其他证照' : l.kind);

export function LicenseTable({
  licenses,
  today,
  loading,
  editing,
  onEdit,
  onRemove,
}: {
  licenses: StoredLicense[];
  today: string;
  loading: boolean;
  /** A form is open: finish or cancel it before editing another license. */
  editing: boolean;
  onEdit(id: string): void;
  onRemove(id: string): Promise<void>;
}) {
  return (
    <Table<StoredLicense>
      size="middle"
      rowKey="id"
      dataSource={licenses}
      loading={loading}
      pagination={false}
      aria-label="证照列表"
      locale={{ emptyText: '尚未登记证照。点击“新增”登记营业执照和电信业务经营许可证。' }}
      columns={[
        { title: LICENSE_LABELS.kind, key: 'kind', render: (_, l) => licenseName(l) },
        {
          title: LICENSE_LABELS.number,
          dataIndex: 'number',
          render: (n: string) => (
            <Typography.Text copyable={{ text: n, tooltips: ['复制', '已复制'] }} style={{ whiteSpace: 'nowrap' }}>
              {n}
            </Typography.Text>
          ),
        },
        { title: LICENSE_LABELS.issuer, dataIndex: 'issuer' },
        { title: LICENSE_LABELS.validTo, key: 'validTo', render: (_, l) => (l.longTerm ? '长期' : l.validTo) },
        {
          title: LICENSE_LABELS.scope,
          dataIndex: 'scope',
          render: (scope: string[]) =>
            scope.length === 0 ? null : (
              <Space size={[0, 4]} wrap>
                {scope.map((code) => (
                  <Tooltip key={code} title={telecomScopeLabel(code)}>
                    <Tag>{code}</Tag>
                  </Tooltip>
                ))}
              </Space>
            ),
        },
        { title: '状态', key: 'status', render: (_, l) => <LicenseStatusTag license={l} today={today} /> },
        { title: '扫描件', dataIndex: 'scans', render: (scans: string[]) => (scans.length === 0 ? <Typography.Text type="warning">未上传</Typography.Text> : `${scans.length} 张`) },
        {
          title: '操作',
          key: 'actions',
          render: (_, l) => (
            <RowActions
              editDisabled={editing}
              onEdit={() => onEdit(l.id)}
              onRemove={() => onRemove(l.id)}
              confirmTitle={`删除${licenseName(l)}？`}
              confirmDescription="证照信息将被删除（记入变更记录）；扫描件若无其他记录使用也会一并清理。"
            />
          ),
        },
      ]}
    />
  );
}
