import { Alert, App, Button, Checkbox, Empty, Flex, Input, Modal, Radio, Space, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { z } from 'zod';
import type { foundBackupSchema } from '../../../shared/api/backupMethods';
import { ApiError } from '../../../shared/api/errors';
import { api, errorMessage } from '../../api/client';
import { formatBytes, formatTime } from '../../format';
import { useWorkspaceStore } from '../../store/workspace';
import { usePathPicker, type Picked } from '../PathPicker';
import { useGuardedClose } from '../useGuardedClose';

type Found = z.infer<typeof foundBackupSchema>;

/**
 * 从备份恢复: a .beianbak from a USB drive or the Documents folder, or any file chosen with 选择文件…
 * (the system dialog in the desktop app, the in-app browser in the browser),
 * its passphrase, and, when the workspace holds data, an explicit confirmation that the current
 * database is set aside (never overwritten) and stays restorable.
 */
export function RestoreFullBackupDialog({ open, onClose, holdsData: holdsDataAsShown }: { open: boolean; onClose: () => void; holdsData: boolean }) {
  const { message } = App.useApp();
  const reload = useWorkspaceStore((s) => s.afterFullRestore);
  const [found, setFound] = useState<Found[] | null>(null);
  const [choice, setChoice] = useState<string | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [picked, setPicked] = useState<Picked | null>(null);
  const { pick, picker } = usePathPicker();
  // The host has the last word: it asks for the confirmation whenever the database holds any record.
  const [hostSaysHoldsData, setHostSaysHoldsData] = useState(false);
  const holdsData = holdsDataAsShown || hostSaysHoldsData;
  const requestClose = useGuardedClose(() => passphrase !== '', onClose);

  const refresh = () => {
    setFound(null);
    api['backup.find']({}).then(
      (list) => {
        setFound(list);
        setChoice((c) => c ?? list[0]?.path ?? null);
      },
      (err: unknown) => {
        setFound([]);
        setFailure(errorMessage(err));
      },
    );
  };
  useEffect(() => {
    if (!open) return;
    setFailure(null);
    setPassphrase('');
    setConfirmed(false);
    refresh();
  }, [open]);

  const chooseFile = async () => {
    const p = await pick({ kind: 'file', title: '选择要恢复的备案台备份（.beianbak）' }).catch(() => null);
    if (!p) return;
    if (!p.name.endsWith('.beianbak')) return setFailure('请选择扩展名为 .beianbak 的备案台备份文件');
    setFailure(null);
    setPicked(p);
    setChoice(p.handle);
  };

  const onRestore = async () => {
    setFailure(null);
    if (!choice) return setFailure('请选择要恢复的备份文件');
    if (!passphrase) return setFailure('请填写备份口令');
    if (holdsData && !confirmed) return setFailure('请先勾选确认：当前数据会另存后再恢复');
    setBusy(true);
    try {
      const r = await api['backup.restore']({
        path: choice,
        passphrase,
        confirmSetAside: holdsData && confirmed,
      });
      await reload();
      message.success(
        `已从 ${r.backup.createdAt.slice(0, 19).replace('T', ' ')}（北京时间）的备份恢复，扫描件 ${r.backup.attachments} 个${r.replaced ? `；原有数据库已另存为 ${r.replaced}` : ''}`,
      );
      onClose();
    } catch (err) {
      if (err instanceof ApiError && err.field === 'confirmSetAside') setHostSaysHoldsData(true);
      setFailure(`恢复失败，工作目录未做任何改动：${errorMessage(err)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title="从备份恢复"
      width={720}
      onCancel={busy ? undefined : requestClose}
      mask={{ closable: !busy }}
      footer={
        <Space>
          <Button onClick={onClose} disabled={busy}>
            取消
          </Button>
          <Button type="primary" loading={busy} onClick={() => void onRestore()}>
            开始恢复
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph>
        选择一个“备案台备份_…​.beianbak”文件并输入备份时设定的口令。恢复前会解密并逐项核对每个文件的 SHA-256；口令错误、文件不完整或被改动时不做任何改动。
      </Typography.Paragraph>
      <Typography.Title level={3} className="section-title">备份文件</Typography.Title>
      {found === null ? (
        <Spin />
      ) : found.length === 0 && !picked ? (
        <Empty description="在U盘和“文档”文件夹的最上层没有找到 .beianbak 备份文件。插入U盘后点“刷新”，或点“选择文件…”找到它。" />
      ) : (
        <Radio.Group value={choice} onChange={(e) => setChoice(e.target.value as string)} aria-label="备份文件">
          <Flex vertical gap={4}>
            {found.map((f) => (
              <Radio key={f.path} value={f.path}>
                {f.file}（{f.where}，{formatBytes(f.bytes)}，{formatTime(f.modifiedAt)}）
              </Radio>
            ))}
            {picked ? <Radio value={picked.handle}>选择的文件：{picked.path}</Radio> : null}
          </Flex>
        </Radio.Group>
      )}
      <div style={{ marginTop: 8 }}>
        <Space>
          <Button size="small" onClick={refresh} disabled={busy}>
            刷新
          </Button>
          <Button size="small" onClick={() => void chooseFile()} disabled={busy}>
            选择文件…
          </Button>
        </Space>
      </div>
      {picker}
      <Typography.Title level={3} className="section-title" style={{ marginTop: 16 }}>
        <label htmlFor="restore-passphrase">备份口令</label>
      </Typography.Title>
      <Input.Password id="restore-passphrase" aria-label="备份口令" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} autoComplete="off" />
      {holdsData ? (
        <Alert
          style={{ marginTop: 16 }}
          type="warning"
          showIcon
          role="note"
          title="当前工作目录已有数据"
          description={
            <>
              恢复会用备份替换当前数据。当前的数据库不会被删除或覆盖：它会另存为 beian.sqlite.replaced-&lt;时间&gt;，列在“设置 → 备份与迁移 → 本机备份”中，随时可以恢复回来。
              <div style={{ marginTop: 8 }}>
                <Checkbox checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)}>
                  我已了解：另存当前数据后从备份恢复
                </Checkbox>
              </div>
            </>
          }
        />
      ) : null}
      {busy ? <Alert style={{ marginTop: 16 }} type="info" showIcon role="status" title="正在解密并逐项校验备份，请稍候…" /> : null}
      {failure ? <Alert style={{ marginTop: 16 }} type="error" showIcon role="alert" title={failure} /> : null}
    </Modal>
  );
}
