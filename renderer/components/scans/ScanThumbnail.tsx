import { ExclamationCircleOutlined } from '@ant-design/icons';
import { Button, Flex, Spin, Typography } from 'antd';
import { useScanImage } from './scanImages';

const SIZE = 120;

/**
 * One scan: its thumbnail (click it, or 查看, for the large preview) and a 删除 button that takes it
 * out of the field. The scan itself stays stored until no saved record uses it.
 */
export function ScanThumbnail({ sha256, name, onOpen, onRemove }: { sha256: string; name: string; onOpen(): void; onRemove(): void }) {
  const image = useScanImage(sha256, 'thumbnail');
  return (
    <Flex vertical align="center" gap={4} style={{ width: SIZE + 8 }}>
      <div
        style={{
          width: SIZE,
          height: SIZE,
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'center',
          border: '1px solid #f0f0f0',
          borderRadius: 6,
          background: '#fff',
          overflow: 'hidden',
        }}
      >
        {image.state === 'ready' ? (
          <img
            src={image.image.url}
            alt={name}
            title="点击查看大图"
            onClick={onOpen}
            style={{ maxWidth: SIZE, maxHeight: SIZE, objectFit: 'contain', cursor: 'zoom-in' }}
          />
        ) : image.state === 'loading' ? (
          <Spin size="small" aria-label={`正在加载${name}`} />
        ) : (
          <Typography.Text type="danger" style={{ fontSize: 12, padding: 6, textAlign: 'center' }} role="alert">
            <ExclamationCircleOutlined aria-hidden /> {name}：{image.message}
          </Typography.Text>
        )}
      </div>
      <Flex gap={4}>
        <Button size="small" type="link" onClick={onOpen} aria-label={`查看${name}`} disabled={image.state !== 'ready'}>
          查看
        </Button>
        <Button size="small" type="link" danger onClick={onRemove} aria-label={`删除${name}`}>
          删除
        </Button>
      </Flex>
    </Flex>
  );
}
