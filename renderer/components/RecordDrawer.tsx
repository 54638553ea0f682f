import { App, Drawer } from 'antd';
import { useRef, type ReactNode } from 'react';

const FIRST_FIELD = 'input:not([type=hidden]):not([readonly]):not([disabled]), textarea:not([readonly]):not([disabled]), [role=combobox]:not([aria-disabled=true])';

/**
 * A record form in a drawer. Esc (or ×) closes it at once when nothing was typed, and asks first when
 * something was (`isDirty`); on opening, the focus goes to the first field rather than the drawer itself.
 */
export function RecordDrawer({
  title,
  size,
  isDirty,
  onClose,
  children,
}: {
  title: string;
  size: number;
  /** Read when the person asks to close: is there input that closing would lose? */
  isDirty(): boolean;
  onClose(): void;
  children: ReactNode;
}) {
  const { modal } = App.useApp();
  const body = useRef<HTMLDivElement>(null);
  const asking = useRef(false);

  const requestClose = () => {
    if (!isDirty()) return onClose();
    if (asking.current) return;
    asking.current = true;
    modal.confirm({
      title: '放弃未保存的内容？',
      content: '表单中有尚未保存的内容，关闭后将不再保留。',
      okText: '放弃并关闭',
      okButtonProps: { danger: true },
      cancelText: '继续填写',
      onOk: onClose,
      afterClose: () => {
        asking.current = false;
      },
    });
  };

  const focusFirstField = (open: boolean) => {
    if (!open) return;
    body.current?.querySelector<HTMLElement>(FIRST_FIELD)?.focus();
  };

  return (
    <Drawer open title={title} size={size} onClose={requestClose} keyboard mask={{ closable: false }} destroyOnHidden afterOpenChange={focusFirstField}>
      <div ref={body}>{children}</div>
    </Drawer>
  );
}
