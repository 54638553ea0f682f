import { FolderOpenOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Radio, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { usePathPicker, type Picked } from '../../components/PathPicker';
import { staleExportsMessage } from '../../../shared/filing/api';
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
  const { pick, picker } = usePathPicker();
  const [picked, setPicked] = useState<Picked | null>(null);

  const chooseFolder = async () => {
    const p = await pick({ kind: 'folder', title: '选择备案材料的目标文件夹' }).catch(() => null);
    if (!p) return;
    setPicked(p);
    setDestination(p.handle);
  };

  const extra = (
    <Space>
      <Button icon={<FolderOpenOutlined aria-hidden />} onClick={() => void chooseFolder()} disabled={running}>
        选择文件夹…
      </Button>
      <Button icon={<ReloadOutlined aria-hidden />} onClick={() => void load()} loading={state === 'loading'} disabled={running}>
        刷新
      </Button>
    </Space>
  );
  const noDrive = (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 12 }}
      title="没有检测到可移动磁盘"
      description="插入 U 盘后点“刷新”。已插入却没有列出时，可能是：系统没有把它报告为可移动磁盘（许多 USB 移动硬盘如此）、它是只读的，或剩余空间太小。这时请点“选择文件夹…”直接选择它。"
    />
  );
  const pickedOption = picked ? (
    <Radio value={picked.handle} className="export-destination">
      <Flex vertical>
        <Typography.Text strong>所选文件夹</Typography.Text>
        <Typography.Text type="secondary">{picked.path}</Typography.Text>
      </Flex>
    </Radio>
  ) : null;

  let body;
  if (!destinations) {
    body =
      state === 'error' ? (
        <Alert type="error" showIcon title="未能列出目标位置" description={error} />
      ) : (
        <Typography.Text type="secondary">正在查找可用的磁盘…</Typography.Text>
      );
  } else if (destinations.length === 0 && !picked) {
    body = noDrive;
  } else {
    const anyRemovable = destinations.some((d) => d.removable);
    body = (
      <>
        {state === 'error' ? <Alert type="error" showIcon style={{ marginBottom: 12 }} title={`未能刷新目标位置：${error ?? ''}`} /> : null}
        {!anyRemovable ? noDrive : null}
        {destinations
          .filter((d) => d.stalePartialsRemoved)
          .map((d) => (
            <Alert key={`stale-${d.path}`} type="info" showIcon role="status" style={{ marginBottom: 12 }} title={staleExportsMessage(d.stalePartialsRemoved!, d.label)} />
          ))}
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
            {pickedOption}
          </Flex>
        </Radio.Group>
      </>
    );
  }

  return (
    <Card title="目标位置" extra={extra}>
      {body}
      {picker}
    </Card>
  );
}
