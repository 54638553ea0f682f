import { Button, Popconfirm, Space, Tag, Typography } from 'antd';
import type { UIEvent } from 'react';
import type { SpaceRow } from '../../../shared/api/customerSpaceMethods';
import { domainToUnicode } from '../../../shared/network/domain';
import { CUSTOMER_SPACE_LABELS as L } from '../../../shared/records/customerSpace';
import { RecordTable, type RecordColumn } from '../../components/RecordTable';
import { maskIdNumber } from '../../../shared/identity/idDisplay';
import { ReportStateTag } from './reportState';

/** How close to the end of the loaded rows (in pixels) the next page is asked for. */
const LOAD_AHEAD_PX = 600;
const SELECTION_WIDTH = 40;

function Domains({ domains }: { domains: SpaceRow['domains'] }) {
  if (domains.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  const shown = domains.map((d) => domainToUnicode(d.domain));
  return (
    <span title={shown.join('\n')}>
      {shown[0]}
      {shown.length > 1 ? <Tag style={{ marginInlineStart: 6 }}>+{shown.length - 1}</Tag> : null}
    </span>
  );
}

export function SpaceTable({
  rows,
  loading,
  selectedIds,
  onSelect,
  onNearEnd,
  onEdit,
  onRemove,
  onEnd,
  onRestore,
}: {
  rows: SpaceRow[];
  loading: boolean;
  selectedIds: string[];
  onSelect(ids: string[]): void;
  onNearEnd(): void;
  onEdit(id: string): void;
  onRemove(row: SpaceRow): Promise<void>;
  /** 退租 (asks for the date) and 撤销退租 (for a 退租 made by mistake). */
  onEnd(row: SpaceRow): void;
  onRestore(row: SpaceRow): Promise<void>;
}) {
  // At 1366×768 (about 1060 pixels inside the card beside the menu) every column fits, 开通日期 included.
  const columns: RecordColumn<SpaceRow>[] = [
    { key: 'spaceCode', title: L.spaceCode, width: 120, fixed: 'left', ellipsis: true, render: (_, r) => r.spaceCode },
    {
      key: 'renter',
      title: '租用者',
      width: 130,
      // A long unit name gives way (…, whole on hover); its 单位/个人 tag always shows.
      render: (_, r) => (
        <span style={{ display: 'flex', alignItems: 'center', gap: 4, minWidth: 0 }}>
          <span title={r.renterName} style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', minWidth: 0 }}>
            {r.renterName}
          </span>
          <Tag color={r.renterKind === '单位' ? 'blue' : undefined} style={{ flexShrink: 0, marginInlineEnd: 0 }}>
            {r.renterKind}
          </Tag>
        </span>
      ),
    },
    {
      key: 'renterIdNumber',
      title: L.renterIdNumber,
      width: 160,
      render: (_, r) => <span style={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>{maskIdNumber(r.renterIdNumber)}</span>,
    },
    { key: 'domains', title: L.domains, width: 105, ellipsis: true, render: (_, r) => <Domains domains={r.domains} /> },
    { key: 'server', title: L.serverId, width: 85, ellipsis: true, render: (_, r) => r.serverLabel || <Typography.Text type="secondary">未指定</Typography.Text> },
    { key: 'openedOn', title: L.openedOn, width: 95, render: (_, r) => <span style={{ whiteSpace: 'nowrap' }}>{r.openedOn}</span> },
    {
      key: 'reportState',
      title: '报送状态',
      width: 180,
      // 第十二条's deadline stays in view on a narrow screen, beside 操作.
      fixed: 'right',
      render: (_, r) => <ReportStateTag state={r.reportState} deadline={r.reportDeadline} reportedOn={r.reportedOn} endedOn={r.endedOn} />,
    },
    {
      key: 'actions',
      title: '操作',
      width: 140,
      fixed: 'right',
      render: (_, r) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => onEdit(r.id)} aria-label={`编辑 ${r.spaceCode}`}>
            编辑
          </Button>
          {r.endedOn === '' ? (
            <Button type="link" size="small" onClick={() => onEnd(r)} aria-label={`退租 ${r.spaceCode}`}>
              退租
            </Button>
          ) : (
            <Popconfirm
              title={`撤销客户空间 ${r.spaceCode} 的退租？`}
              description={`将清空${L.endedOn}（${r.endedOn}），空间恢复为在用。仅用于误点退租。`}
              okText="撤销退租"
              cancelText="取消"
              onConfirm={() => onRestore(r)}
            >
              <Button type="link" size="small" aria-label={`撤销退租 ${r.spaceCode}`}>
                撤销
              </Button>
            </Popconfirm>
          )}
          <Popconfirm
            title={`删除客户空间 ${r.spaceCode}？`}
            description="删除只用于误录入的记录；客户不再租用请用“退租”，登记表会保留其信息。删除仍记入变更记录和月度变更报告，其空间编号不再使用。"
            okText="删除"
            cancelText="取消"
            okButtonProps={{ danger: true }}
            onConfirm={() => onRemove(r)}
          >
            <Button type="link" size="small" danger aria-label={`删除 ${r.spaceCode}`}>
              删除
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  const onScroll = (e: UIEvent<HTMLDivElement>) => {
    const el = e.currentTarget as HTMLElement | null;
    if (el && el.scrollHeight - el.scrollTop - el.clientHeight < LOAD_AHEAD_PX) onNearEnd();
  };

  return (
      <RecordTable<SpaceRow>
        tableId="customerSpaces"
        label="客户空间列表"
        columns={columns}
        dataSource={rows}
        rowKey="id"
        loading={loading}
        onScroll={onScroll}
        rowSelection={{ selectedRowKeys: selectedIds, onChange: (keys) => onSelect(keys.map(String)), columnWidth: SELECTION_WIDTH }}
        locale={{ emptyText: '没有符合条件的客户空间' }}
      />
  );
}
