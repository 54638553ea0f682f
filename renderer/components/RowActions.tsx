import { Button, Popconfirm, Space } from 'antd';

/** A table row's 编辑 and 删除 (删除 asks first). */
export function RowActions({
  onEdit,
  onRemove,
  confirmTitle,
  confirmDescription,
  editDisabled,
  editLabel,
  removeLabel,
}: {
  onEdit(): void;
  onRemove(): Promise<void>;
  confirmTitle: string;
  confirmDescription: string;
  editDisabled?: boolean;
  /** Accessible names, where the row's own text does not tell the rows apart. */
  editLabel?: string;
  removeLabel?: string;
}) {
  return (
    <Space size={0}>
      <Button type="link" size="small" disabled={editDisabled} onClick={onEdit} aria-label={editLabel}>
        编辑
      </Button>
      <Popconfirm title={confirmTitle} description={confirmDescription} okText="删除" cancelText="取消" okButtonProps={{ danger: true }} onConfirm={onRemove}>
        <Button type="link" size="small" danger aria-label={removeLabel}>
          删除
        </Button>
      </Popconfirm>
    </Space>
  );
}
