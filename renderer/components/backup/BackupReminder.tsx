import { Alert, Button, Col } from 'antd';
import { useEffect, useState } from 'react';
import type { BackupStatus } from '../../../shared/api/backupMethods';
import { backupReminderTitle, OFF_MACHINE_RULE } from '../../../shared/backup/reminderText';
import { api } from '../../api/client';
import { useNavigation } from '../../store/navigation';
import { useWorkspaceStore } from '../../store/workspace';

/**
 * 概览's reminder (never a blocker) while there is no verified full backup off this computer (a USB
 * drive, or a place marked so), or the last one is older than the period set in 设置 → 备份与迁移.
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
  const title = backupReminderTitle(status.daysSince, status.reminderDays, status.lastVerified !== null);
  return (
    <Col span={24}>
      <Alert
        type="warning"
        showIcon
        role="note"
        aria-label="备份提醒"
        title={title}
        description={`请定期把数据加密备份到U盘，并把U盘存放在电脑以外的地方。${OFF_MACHINE_RULE}`}
        action={<Button onClick={() => go('settings', { focusField: 'backup' })}>前往备份与迁移</Button>}
      />
    </Col>
  );
}
