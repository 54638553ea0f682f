import { Drawer } from 'antd';
import { useRef, type ReactNode } from 'react';
import { useGuardedClose } from './useGuardedClose';

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
  const body = useRef<HTMLDivElement>(null);
  const requestClose = useGuardedClose(isDirty, onClose);

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
