import { Alert, Button } from 'antd';
import type { CSSProperties } from 'react';

/** A screen's records could not be read: why, and 重试. */
export function LoadErrorAlert({ title, error, onRetry, style }: { title: string; error: string | null; onRetry(): void; style?: CSSProperties }) {
  return (
    <Alert
      type="error"
      showIcon
      style={style}
      title={title}
      description={error}
      action={
        <Button size="small" onClick={onRetry}>
          重试
        </Button>
      }
    />
  );
}
