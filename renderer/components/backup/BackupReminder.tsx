import { Alert, Button, Col } from 'antd';
import { useEffect, useState } from 'react';
import type { BackupStatus } from '../../../shared/api/backupMethods';
import { api } from '../../api/client';
import { useNavigation } from '../../store/navigation';
import { useWorkspaceStore } from '../../store/workspace';

/**
 * 概览's reminder (never a blocker) while there is no verified full backup, or the last one is older
 * than the period set in 设置 → 备份与迁移.
 */
export function BackupReminder() {
  const [status, setStatus] = useState<BackupStatus | null>(null);
  const dataVersion = useWorkspaceStore((s) => s.dataVersion);
  const go = useNavigation((s) => s.go);
  useEffect(() => {
    let live = true;
    api['backup.status']({}).then(
      (s) => live && setStatus(s),
      () => live && setStatus(null),
    );
    return () => {
      live = false;
    };
  }, [dataVersion]);
  if (!status?.due) return null;
  const title =
    status.daysSince === null
      ? '还没有做过完整备份：电脑损坏、丢失或重装系统时，全部记录和扫描件都将无法找回'
      : `最近一次已校验的完整备份是 ${status.daysSince} 天前（提醒周期 ${status.reminderDays} 天）`;
  return (
    <Col span={24}>
      <Alert
        type="warning"
        showIcon
        role="note"
        aria-label="备份提醒"
        title={title}
        description="请定期把数据加密备份到U盘，并把U盘存放在电脑以外的地方。"
        action={<Button onClick={() => go('settings', { focusField: 'backup' })}>前往备份与迁移</Button>}
      />
    </Col>
  );
}
