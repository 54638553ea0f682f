import { Alert, Button, Flex, Modal, Spin, Typography } from 'antd';
import { useScanImage } from './scanImages';

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** The large preview (orientation applied) of one scan. */
export function ScanPreviewDialog({ sha256, title, onClose }: { sha256: string | null; title: string; onClose(): void }) {
  const image = useScanImage(sha256, 'preview');
  return (
    <Modal
      open={sha256 !== null}
      title={title}
      width="min(1100px, 96vw)"
      centered
      onCancel={onClose}
      destroyOnHidden
      footer={<Button onClick={onClose}>关闭</Button>}
    >
      {image.state === 'loading' ? (
        <Flex justify="center" style={{ padding: 48 }}>
          <Spin description="正在加载预览…" />
        </Flex>
      ) : image.state === 'error' ? (
        <Alert type="error" showIcon title={image.message} />
      ) : (
        <Flex vertical align="center" gap={8}>
          <img
            src={image.image.url}
            alt={`${title} 预览`}
            style={{ maxWidth: '100%', maxHeight: '72vh', objectFit: 'contain', background: '#f5f5f5' }}
          />
          <Typography.Text type="secondary">
            原件 {image.image.meta.width}×{image.image.meta.height} 像素，{formatSize(image.image.meta.bytes)}
          </Typography.Text>
        </Flex>
      )}
    </Modal>
  );
}
