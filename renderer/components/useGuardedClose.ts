import { App } from 'antd';
import { useRef } from 'react';

/**
 * Closing a drawer or dialog (Esc, ×, 取消): at once when nothing was typed, and after asking when something was
 * (`isDirty`, read at the moment the person asks), so Esc never throws away input without a word.
 */
export function useGuardedClose(isDirty: () => boolean, onClose: () => void): () => void {
  const { modal } = App.useApp();
  const asking = useRef(false);
  return () => {
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
}
