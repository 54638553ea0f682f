import { Alert, Flex, Progress, Typography } from 'antd';
import type { UploadItem } from './useScanUploads';

/** One line per file being added or refused; refusals are announced (role alert) and can be closed. */
export function UploadStatusList({ items, onDismiss }: { items: UploadItem[]; onDismiss(id: number): void }) {
  if (items.length === 0) return null;
  return (
    <Flex vertical gap={6} style={{ marginTop: 8 }}>
      {items.map((item) =>
        item.phase === 'failed' || item.phase === 'notice' ? (
          <Alert
            key={item.id}
            type={item.phase === 'failed' ? 'error' : 'info'}
            showIcon
            title={item.message}
            closable={{ onClose: () => onDismiss(item.id), 'aria-label': `关闭「${item.name}」的提示` }}
          />
        ) : (
          <div key={item.id} role="status">
            <Typography.Text>
              {item.phase === 'waiting' ? '等待上传' : item.phase === 'reading' ? '正在读取' : '正在检查并保存'}「{item.name}」…
            </Typography.Text>
            <Progress percent={item.percent} size="small" status="active" aria-label={`「${item.name}」上传进度`} />
          </div>
        ),
      )}
    </Flex>
  );
}
