import { SettingOutlined } from '@ant-design/icons';
import { Button, Checkbox, Flex, Popover, Table, type TableColumnType, type TableProps } from 'antd';
import { useLayoutEffect, useRef } from 'react';
import { useFillHeight } from './useFillHeight';
import { useHiddenColumns } from './useHiddenColumns';

export type RecordColumn<T> = TableColumnType<T> & {
  key: string;
  width: number;
  /** Left out at first (a narrow screen has no room); 显示列 brings it back, remembered per table. */
  hiddenByDefault?: boolean;
};

const cellRole = () => ({ role: 'cell' });

/**
 * antd's virtual table draws its header as a <table> and its body as divs, so rows have no table around them
 * (axe: aria-required-parent). The container becomes the table, the header table only a layout box whose
 * rowgroup, rows and column headers keep their roles, the virtual body a rowgroup.
 */
function applyTableRoles(root: HTMLElement | null, label: string, rowCount: number): void {
  if (!root) return;
  const container = root.querySelector<HTMLElement>('.ant-table-container');
  if (!container) return;
  container.setAttribute('role', 'table');
  container.setAttribute('aria-label', label);
  container.setAttribute('aria-rowcount', String(rowCount + 1));
  // The header's <table>, and while the list is empty the body's (it holds the 暂无数据 row), are layout boxes only.
  container.querySelectorAll('table').forEach((table) => {
    table.setAttribute('role', 'presentation');
    table.querySelectorAll(':scope > thead, :scope > tbody').forEach((group) => group.setAttribute('role', 'rowgroup'));
    table.querySelectorAll(':scope > thead > tr, :scope > tbody > tr').forEach((tr) => tr.setAttribute('role', 'row'));
    table.querySelectorAll(':scope > thead > tr > th').forEach((th) => th.setAttribute('role', 'columnheader'));
    table.querySelectorAll(':scope > tbody > tr > td').forEach((td) => td.setAttribute('role', 'cell'));
  });
  container.querySelector('.ant-table-tbody-virtual')?.setAttribute('role', 'rowgroup');
}

/**
 * The long lists (服务器, 客户空间): a virtual table that fills the window's height, shows the columns that fit a
 * 1366-pixel screen and offers the rest under 显示列 (remembered), and stays a table to assistive technology.
 */
export function RecordTable<T extends object>({
  tableId,
  label,
  columns,
  rowSelection,
  minBodyHeight = 240,
  ...rest
}: Omit<TableProps<T>, 'columns' | 'scroll' | 'virtual' | 'onRow'> & {
  /** Where the chosen columns are remembered. */
  tableId: string;
  /** The table's accessible name. */
  label: string;
  columns: RecordColumn<T>[];
  minBodyHeight?: number;
}) {
  const box = useRef<HTMLDivElement>(null);
  const bodyHeight = useFillHeight(box, minBodyHeight);
  const [hidden, setHidden] = useHiddenColumns(tableId, columns);
  const shown = columns.filter((c) => !hidden.has(c.key)).map((c) => ({ ...c, onCell: cellRole }));
  const selectionWidth = rowSelection ? Number(rowSelection.columnWidth ?? 40) : 0;
  const scrollX = selectionWidth + shown.reduce((sum, c) => sum + c.width, 0);
  const rows = rest.dataSource?.length ?? 0;

  useLayoutEffect(() => applyTableRoles(box.current, label, rows));

  const chooser = (
    <Flex vertical gap={4}>
      {columns
        .filter((c) => c.fixed === undefined)
        .map((c) => (
          <Checkbox
            key={c.key}
            checked={!hidden.has(c.key)}
            onChange={(e) => setHidden(c.key, !e.target.checked)}
          >
            {String(c.title)}
          </Checkbox>
        ))}
    </Flex>
  );

  return (
    <div ref={box}>
      <Flex justify="flex-end" style={{ marginBottom: 8 }}>
        <Popover content={chooser} title="显示列" trigger="click" placement="bottomRight">
          <Button size="small" icon={<SettingOutlined aria-hidden />}>
            显示列
          </Button>
        </Popover>
      </Flex>
      <Table<T>
        {...rest}
        virtual
        size="small"
        columns={shown}
        pagination={false}
        scroll={{ x: scrollX, y: bodyHeight }}
        rowSelection={rowSelection ? { ...rowSelection, onCell: cellRole } : undefined}
        onRow={() => ({ role: 'row' })}
      />
    </div>
  );
}
