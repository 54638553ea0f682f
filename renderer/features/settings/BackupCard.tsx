import { Alert, App, Button, Card, Flex, Modal, Space, Table, Tag, Typography } from 'antd';
import { NumberInput } from '../../forms/NumberInput';
import { useCallback, useEffect, useState } from 'react';
import type { BackupStatus } from '../../../shared/api/backupMethods';
import type { WorkspaceStatus } from '../../../shared/api/contract';
import { api, errorMessage } from '../../api/client';
import { RestoreFullBackupDialog } from '../../components/backup/RestoreFullBackupDialog';
import { formatBytes, formatTime } from '../../format';
import { useNavigation } from '../../store/navigation';
import { useWorkspaceStore } from '../../store/workspace';
import { BackupDialog } from './BackupDialog';

type LocalBackup = WorkspaceStatus['backups'][number];

/**
 * 设置 → 备份与迁移: encrypted full backups to a USB drive (备份到U盘), 从备份恢复, the reminder period,
 * and the backups on this computer (rolling copies and databases a restore set aside), each restorable
 * after a confirmation that says what is set aside and how to get it back.
 */
export function BackupCard() {
  const { message } = App.useApp();
  const [status, setStatus] = useState<BackupStatus | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [days, setDays] = useState<number | null>(null);
  const [backupOpen, setBackupOpen] = useState(false);
  const [restoreOpen, setRestoreOpen] = useState(false);
  const [holdsData, setHoldsData] = useState(true);
  const workspace = useWorkspaceStore((s) => s.status);
  const loadWorkspace = useWorkspaceStore((s) => s.load);
  const restore = useWorkspaceStore((s) => s.restore);
  const restoring = useWorkspaceStore((s) => s.restoring);
  const dataVersion = useWorkspaceStore((s) => s.dataVersion);

  const load = useCallback(() => {
    api['backup.status']({}).then(
      (s) => {
        setStatus(s);
        setDays(s.reminderDays);
      },
      (err: unknown) => setFailure(errorMessage(err)),
    );
    void loadWorkspace();
    api['unit.get']({}).then(
      (u) => setHoldsData(u !== null),
      () => setHoldsData(true),
    );
  }, [loadWorkspace]);
  useEffect(load, [load, dataVersion]);

  // Arrived from 文件 → 备份到U盘… / 从备份恢复… or 概览's reminder: the dialog opens by itself.
  const focusField = useNavigation((s) => s.focusField);
  const clearFocus = useNavigation((s) => s.clearFocus);
  useEffect(() => {
    if (focusField !== 'backup' && focusField !== 'restore') return;
    if (focusField === 'backup') setBackupOpen(true);
    else setRestoreOpen(true);
    clearFocus();
  }, [focusField, clearFocus]);

  const saveDays = async () => {
    if (days === null) return;
    try {
      setStatus(await api['backup.saveSettings']({ reminderDays: days }));
      message.success('已保存提醒周期');
    } catch (err) {
      message.error(errorMessage(err));
    }
  };

  const confirmRestore = (b: LocalBackup) => {
    Modal.confirm({
      title: `恢复 ${formatTime(b.createdAt)} 的${b.kind === 'setAside' ? '另存数据库' : '备份'}？`,
      content: '当前的数据库不会被删除或覆盖：它会另存为 beian.sqlite.replaced-<时间>，出现在这张“本机备份”列表中，随时可以再恢复回来。',
      okText: '另存当前数据并恢复',
      cancelText: '取消',
      onOk: async () => {
        try {
          const s = await restore(b.file, true);
          message.success(`已恢复${s.replaced ? `；原有数据库已另存为 ${s.replaced}` : ''}`);
          load();
        } catch (err) {
          message.error(`恢复失败，数据未改动：${errorMessage(err)}`);
        }
      },
    });
  };

  const last = status?.lastVerified;
  return (
    <Card title="备份与迁移" style={{ marginTop: 16 }} id="backup">
      <Typography.Paragraph>
        把全部记录和扫描件加密备份到U盘（.beianbak 文件，用口令加密），电脑损坏、丢失或换新电脑时可从备份恢复。本机的自动备份和数据在同一块硬盘上，不能代替U盘备份。
      </Typography.Paragraph>
      {failure ? <Alert type="error" showIcon title={failure} style={{ marginBottom: 12 }} /> : null}
      <Typography.Paragraph aria-label="最近一次完整备份">
        {last ? (
          <>
            最近一次已校验的完整备份：{formatTime(last.at)}，{last.file}（{formatBytes(last.bytes)}）
            {last.offMachine ? null : <Tag style={{ marginLeft: 8 }}>在本机，不算电脑以外的备份</Tag>}
            {status?.lastOffMachine && !last.offMachine ? <>；最近一次电脑以外的备份：{formatTime(status.lastOffMachine.at)}</> : null}
            {status?.due && status.daysSince !== null ? <Tag color="warning" style={{ marginLeft: 8 }}>已超过 {status.reminderDays} 天</Tag> : null}
          </>
        ) : (
          <Typography.Text type="warning">还没有做过完整备份</Typography.Text>
        )}
      </Typography.Paragraph>
      <Space wrap>
        <Button type="primary" onClick={() => setBackupOpen(true)}>
          备份到U盘
        </Button>
        <Button onClick={() => setRestoreOpen(true)}>从备份恢复</Button>
      </Space>
      <Flex align="center" gap={8} style={{ marginTop: 16 }}>
        <label htmlFor="backup-reminder-days">提醒周期（天）</label>
        <NumberInput id="backup-reminder-days" value={days} onChange={(v) => setDays(typeof v === 'number' ? v : null)} />
        <Button onClick={() => void saveDays()}>保存提醒周期</Button>
      </Flex>

      <Typography.Title level={3} className="section-title" style={{ marginTop: 24 }}>
        本机备份
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        自动备份（最新 10 个）和恢复时另存的数据库，都在本机数据目录中。恢复其中一个时，当前的数据库先另存，随时可以恢复回来。
      </Typography.Paragraph>
      <Table<LocalBackup>
        size="small"
        rowKey="file"
        pagination={false}
        aria-label="本机备份"
        dataSource={workspace?.backups ?? []}
        locale={{ emptyText: '暂无本机备份' }}
        columns={[
          { title: '时间', dataIndex: 'createdAt', render: (at: string) => formatTime(at) },
          { title: '类型', dataIndex: 'kind', render: (kind?: string) => (kind === 'setAside' ? <Tag color="blue">恢复时另存的数据库</Tag> : <Tag>自动备份</Tag>) },
          { title: '大小', dataIndex: 'bytes', render: (n: number) => formatBytes(n) },
          {
            title: '操作',
            key: 'action',
            render: (_: unknown, b) => (
              <Button size="small" disabled={restoring !== null} aria-label={`恢复此备份（${formatTime(b.createdAt)}）`} onClick={() => confirmRestore(b)}>
                恢复此备份
              </Button>
            ),
          },
        ]}
      />
      <BackupDialog open={backupOpen} onClose={() => setBackupOpen(false)} passphraseRemembered={status?.passphraseRemembered ?? false} onDone={load} />
      <RestoreFullBackupDialog open={restoreOpen} onClose={() => setRestoreOpen(false)} holdsData={holdsData} />
    </Card>
  );
}
