import { Alert, App, Button, Empty, Modal, Table, Tag, Typography } from 'antd';
import type { WorkspaceStatus } from '../../../shared/api/contract';
import { errorMessage } from '../../api/client';
import { useWorkspaceStore } from '../../store/workspace';
import { formatBytes, formatTime } from '../../format';

type Backup = WorkspaceStatus['backups'][number];

/**
 * Shown at startup when the database failed its integrity check. The damaged file has been set aside
 * (never overwritten); the user picks a good backup, newest first and recommended.
 */
export function DamagedDialog({ onRestored }: { onRestored: () => void }) {
  const { message } = App.useApp();
  const status = useWorkspaceStore((s) => s.status);
  const open = useWorkspaceStore((s) => s.dialogOpen);
  const restoring = useWorkspaceStore((s) => s.restoring);
  const restore = useWorkspaceStore((s) => s.restore);
  const close = useWorkspaceStore((s) => s.closeDialog);

  if (!status || status.state !== 'damaged') return null;
  // Newest first, whatever order the host answered in.
  const backups = [...status.backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const newest = backups[0]?.file;

  const onRestore = async (backup: Backup) => {
    try {
      await restore(backup.file);
      message.success(`已从 ${formatTime(backup.createdAt)} 的备份恢复`);
      onRestored();
    } catch (err) {
      message.error(`恢复失败：${errorMessage(err)}`);
    }
  };

  return (
    <Modal
      open={open}
      title="数据库文件已损坏"
      width={720}
      onCancel={close}
      mask={{ closable: false }}
      footer={
        <Button onClick={close} disabled={restoring !== null}>
          暂不恢复
        </Button>
      }
    >
      <Typography.Paragraph>
        备案台打开数据库时发现文件未通过完整性检查。为保护数据，损坏的文件<strong>没有被覆盖或删除</strong>，已原样另存到：
      </Typography.Paragraph>
      <Typography.Paragraph>
        <Typography.Text code copyable style={{ wordBreak: 'break-all' }}>
          {status.setAsidePath ?? '（未提供位置）'}
        </Typography.Text>
      </Typography.Paragraph>
      <Typography.Paragraph>
        请选择一个完好的备份恢复。恢复后，该备份之后录入的内容需要重新填写；另存的损坏文件仍可交给技术支持检查。
      </Typography.Paragraph>
      {backups.length === 0 ? (
        <Empty description="没有可用的完好备份。请勿删除工作目录中的文件，并联系技术支持。" />
      ) : (
        <Table<Backup>
          size="small"
          rowKey="file"
          pagination={false}
          dataSource={backups}
          aria-label="可用的备份"
          rowClassName={(b) => (b.file === newest ? 'backup-recommended' : '')}
          columns={[
            {
              title: '备份时间',
              dataIndex: 'createdAt',
              render: (at: string, b) => (
                <>
                  {formatTime(at)} {b.file === newest ? <Tag color="success">推荐：最新的备份</Tag> : null}
                </>
              ),
            },
            { title: '大小', dataIndex: 'bytes', render: (bytes: number) => formatBytes(bytes) },
            {
              title: '操作',
              key: 'action',
              render: (_: unknown, b) => (
                <Button
                  type={b.file === newest ? 'primary' : 'default'}
                  size="small"
                  loading={restoring === b.file}
                  disabled={restoring !== null}
                  aria-label={`恢复此备份（${formatTime(b.createdAt)}）`}
                  onClick={() => void onRestore(b)}
                >
                  恢复此备份
                </Button>
              ),
            },
          ]}
        />
      )}
      {restoring ? <Alert style={{ marginTop: 12 }} type="info" showIcon title="正在恢复，请稍候…" /> : null}
    </Modal>
  );
}
