import { Alert, Button, Col } from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import { useWorkspaceStore } from '../../store/workspace';
import { RestoreFullBackupDialog } from './RestoreFullBackupDialog';

/** On an empty workspace's first screen: a new computer can start from a backup on a USB drive. */
export function RestoreOffer() {
  const [empty, setEmpty] = useState(false);
  const [open, setOpen] = useState(false);
  const dataVersion = useWorkspaceStore((s) => s.dataVersion);
  useEffect(() => {
    let live = true;
    api['unit.get']({}).then(
      (unit) => live && setEmpty(unit === null),
      () => live && setEmpty(false),
    );
    return () => {
      live = false;
    };
  }, [dataVersion]);
  if (!empty) return null;
  return (
    <Col span={24}>
      <Alert
        type="info"
        showIcon
        title="这是一个空的工作目录"
        description="换了新电脑或重装了系统？可以从U盘上的加密备份（.beianbak）恢复全部记录和扫描件。"
        action={<Button onClick={() => setOpen(true)}>从备份恢复</Button>}
      />
      <RestoreFullBackupDialog open={open} onClose={() => setOpen(false)} holdsData={false} />
    </Col>
  );
}
