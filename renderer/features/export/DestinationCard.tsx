import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Flex, Radio, Tag, Typography } from 'antd';
import { formatSpace } from './exportFormat';
import { useExportStore } from './exportStore';

/** 目标位置: where the package is written. Removable drives come first (the API orders them). */
export function DestinationCard() {
  const destinations = useExportStore((s) => s.destinations);
  const state = useExportStore((s) => s.destinationsState);
  const error = useExportStore((s) => s.destinationsError);
  const destination = useExportStore((s) => s.destination);
  const setDestination = useExportStore((s) => s.setDestination);
  const load = useExportStore((s) => s.loadDestinations);
  const running = useExportStore((s) => s.runState === 'running');

  const extra = (
    <Button icon={<ReloadOutlined aria-hidden />} onClick={() => void load()} loading={state === 'loading'} disabled={running}>
      刷新
    </Button>
  );

  let body;
  if (!destinations) {
    body =
      state === 'error' ? (
        <Alert type="error" showIcon title="未能列出目标位置" description={error} />
      ) : (
        <Typography.Text type="secondary">正在查找可用的磁盘…</Typography.Text>
      );
  } else if (destinations.length === 0) {
    body = <Empty description="没有找到可写入的位置。请插入 U 盘后点“刷新”。" />;
  } else {
    const anyRemovable = destinations.some((d) => d.removable);
    body = (
      <>
        {state === 'error' ? <Alert type="error" showIcon style={{ marginBottom: 12 }} title={`未能刷新目标位置：${error ?? ''}`} /> : null}
        {!anyRemovable ? (
          <Alert type="info" showIcon style={{ marginBottom: 12 }} title="没有检测到可移动磁盘。如需写入 U 盘，请插入后点“刷新”。" />
        ) : null}
        <Radio.Group
          aria-label="目标位置"
          value={destination}
          disabled={running}
          onChange={(e) => setDestination(e.target.value as string)}
          style={{ width: '100%' }}
        >
          <Flex vertical gap={8}>
            {destinations.map((d) => (
              <Radio key={d.path} value={d.path} className="export-destination">
                <Flex vertical>
                  <span>
                    <Typography.Text strong>{d.label}</Typography.Text>{' '}
                    {d.removable ? <Tag color="green">可移动磁盘</Tag> : null}
                  </span>
                  <Typography.Text type="secondary">
                    {d.path} · {formatSpace(d.freeBytes, d.totalBytes)}
                  </Typography.Text>
                </Flex>
              </Radio>
            ))}
          </Flex>
        </Radio.Group>
      </>
    );
  }

  return (
    <Card title="目标位置" extra={extra}>
      {body}
    </Card>
  );
}
