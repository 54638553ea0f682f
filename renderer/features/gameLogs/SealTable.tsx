import { Alert, App, Button, Card, Empty, Table, Typography } from 'antd';
import type { LogSeal } from '../../../shared/records/logSeal';
import { errorMessage } from '../../api/client';
import { formatBytes } from '../../format';
import { useGameLogsStore } from './gameLogsStore';
import { chinaTime, serverName, shortHash } from './sealFormat';

/** 封存记录: every seal, newest first, each with its 核验 button. */
export function SealTable() {
  const { message } = App.useApp();
  const seals = useGameLogsStore((s) => s.seals);
  const servers = useGameLogsStore((s) => s.servers);
  const loadState = useGameLogsStore((s) => s.loadState);
  const loadError = useGameLogsStore((s) => s.loadError);
  const verifying = useGameLogsStore((s) => s.verifying);
  const verify = useGameLogsStore((s) => s.verify);
  const byId = new Map(servers.map((s) => [s.id, s]));

  const onVerify = async (seal: LogSeal) => {
    try {
      await verify(seal.id);
    } catch (err) {
      void message.error(`核验未完成：${errorMessage(err)}`);
    }
  };

  const serverCell = (serverId: string) => {
    if (!serverId) return <Typography.Text type="secondary">—</Typography.Text>;
    const s = byId.get(serverId);
    return s ? serverName(s) : <Typography.Text type="secondary">（服务器已删除）</Typography.Text>;
  };

  return (
    <Card title="封存记录">
      {loadState === 'error' ? <Alert type="error" showIcon title={`未能读取封存记录：${loadError ?? ''}`} style={{ marginBottom: 12 }} /> : null}
      <section aria-label="封存记录">
        <Table<LogSeal>
          rowKey="id"
          size="middle"
          loading={loadState === 'loading' && seals === null}
          dataSource={seals ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: <Empty description="还没有封存记录" /> }}
          scroll={{ x: 900 }}
          columns={[
            { title: '封存时间', dataIndex: 'sealedAt', width: 170, render: (v: string) => chinaTime(v) },
            { title: '路径', dataIndex: 'path', render: (v: string) => <span style={{ wordBreak: 'break-all' }}>{v}</span> },
            { title: '文件数', dataIndex: 'fileCount', width: 80, align: 'right' },
            { title: '总大小', dataIndex: 'totalBytes', width: 100, align: 'right', render: (v: number) => formatBytes(v) },
            { title: '服务器', dataIndex: 'serverId', width: 160, render: serverCell },
            { title: '备注', dataIndex: 'note', width: 160, ellipsis: true },
            {
              title: '封存哈希',
              dataIndex: 'hash',
              width: 160,
              render: (v: string) => (
                <Typography.Text code copyable={{ text: v, tooltips: ['复制完整哈希', '已复制'] }} title={v}>
                  {shortHash(v)}
                </Typography.Text>
              ),
            },
            {
              title: '操作',
              key: 'verify',
              width: 90,
              fixed: 'right',
              render: (_: unknown, seal) => (
                <Button size="small" onClick={() => void onVerify(seal)} loading={verifying === seal.id} disabled={verifying !== null && verifying !== seal.id}>
                  核验
                </Button>
              ),
            },
          ]}
        />
      </section>
    </Card>
  );
}
