import { Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { UIEvent } from 'react';
import type { SpaceRow } from '../../../shared/api/customerSpaceMethods';
import { domainToUnicode } from '../../../shared/network/domain';
import { CUSTOMER_SPACE_LABELS as L } from '../../../shared/records/customerSpace';
import { RowActions } from '../../components/RowActions';
import { maskIdNumber } from '../../../shared/identity/idDisplay';
import { ReportStateTag } from './reportState';

/** Height of the scrolling body: only the rows in view (plus a few) are in the DOM. */
const BODY_HEIGHT = 520;
/** How close to the end of the loaded rows (in pixels) the next page is asked for. */
const LOAD_AHEAD_PX = 600;
const SELECTION_WIDTH = 40;

const cellRole = () => ({ role: 'cell' });

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
}: {
  rows: SpaceRow[];
  loading: boolean;
  selectedIds: string[];
  onSelect(ids: string[]): void;
  onNearEnd(): void;
  onEdit(id: string): void;
  onRemove(row: SpaceRow): Promise<void>;
}) {
  const base: TableColumnsType<SpaceRow> = [
    { key: 'spaceCode', title: L.spaceCode, width: 130, fixed: 'left', ellipsis: true, render: (_, r) => r.spaceCode },
    {
      key: 'renter',
      title: '租用者',
      width: 170,
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
      width: 170,
      render: (_, r) => <span style={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>{maskIdNumber(r.renterIdNumber)}</span>,
    },
    { key: 'domains', title: L.domains, width: 160, ellipsis: true, render: (_, r) => <Domains domains={r.domains} /> },
    { key: 'server', title: L.serverId, width: 110, ellipsis: true, render: (_, r) => r.serverLabel || <Typography.Text type="secondary">未指定</Typography.Text> },
    { key: 'openedOn', title: L.openedOn, width: 108, render: (_, r) => <span style={{ whiteSpace: 'nowrap' }}>{r.openedOn}</span> },
    {
      key: 'reportState',
      title: '报送状态',
      width: 200,
      // 第十二条's deadline stays in view on a narrow screen, beside 操作.
      fixed: 'right',
      render: (_, r) => <ReportStateTag state={r.reportState} deadline={r.reportDeadline} reportedOn={r.reportedOn} />,
    },
    {
      key: 'actions',
      title: '操作',
      width: 100,
      fixed: 'right',
      render: (_, r) => (
        <RowActions
          onEdit={() => onEdit(r.id)}
          onRemove={() => onRemove(r)}
          confirmTitle={`删除客户空间 ${r.spaceCode}？`}
          confirmDescription="删除后不可恢复（变更记录中仍可查到），其空间编号不再使用。"
          editLabel={`编辑 ${r.spaceCode}`}
          removeLabel={`删除 ${r.spaceCode}`}
        />
      ),
    },
  ];
  const columns = base.map((c) => ({ ...c, onCell: cellRole }));
  const scrollWidth = SELECTION_WIDTH + base.reduce((sum, c) => sum + Number(c.width ?? 0), 0);

  const onScroll = (e: UIEvent<HTMLDivElement>) => {
    const el = e.currentTarget as HTMLElement | null;
    if (el && el.scrollHeight - el.scrollTop - el.clientHeight < LOAD_AHEAD_PX) onNearEnd();
  };

  return (
    <Table<SpaceRow>
      virtual
      size="small"
      columns={columns}
      dataSource={rows}
      rowKey="id"
      loading={loading}
      pagination={false}
      scroll={{ x: scrollWidth, y: BODY_HEIGHT }}
      onScroll={onScroll}
      rowSelection={{ selectedRowKeys: selectedIds, onChange: (keys) => onSelect(keys.map(String)), columnWidth: SELECTION_WIDTH }}
      // The virtual body is made of divs: give rows and cells their roles so they stay a table to assistive tech.
      onRow={() => ({ role: 'row' })}
      locale={{ emptyText: '没有符合条件的客户空间' }}
    />
  );
}
