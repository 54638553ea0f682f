import { Alert, Button, Checkbox, Flex, Input, Modal, Progress, Radio, Result, Space, Spin, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import type { BackupProgressInfo } from '../../../shared/api/backupMethods';
import { MIN_PASSPHRASE_LENGTH, passphraseStrength } from '../../../shared/backup/passphraseStrength';
import { OFF_MACHINE_RULE } from '../../../shared/backup/reminderText';
import type { DestinationInfo } from '../../../shared/filing/api';
import { api, errorMessage } from '../../api/client';
import { usePathPicker, type Picked } from '../../components/PathPicker';
import { formatBytes } from '../../format';
import { useGuardedClose } from '../../components/useGuardedClose';

const inDesktopApp = () => typeof window !== 'undefined' && !!window.beian;
const STRENGTH_COLOR = { weak: 'danger', fair: 'warning', strong: 'success' } as const;

function secondsText(s: number): string {
  return s >= 60 ? `${Math.floor(s / 60)} 分 ${s % 60} 秒` : `${s} 秒`;
}

/**
 * 备份到U盘: where (a detected drive, the Documents folder, or any folder chosen with 选择文件夹…, which
 * may be marked as off this computer), the passphrase twice with a strength hint, then progress with
 * bytes and time left, and 取消.
 */
export function BackupDialog({ open, onClose, passphraseRemembered, onDone }: { open: boolean; onClose: () => void; passphraseRemembered: boolean; onDone: () => void }) {
  const [destinations, setDestinations] = useState<DestinationInfo[] | null>(null);
  const [destination, setDestination] = useState<string | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [remember, setRemember] = useState(false);
  const [useRemembered, setUseRemembered] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const [progress, setProgress] = useState<BackupProgressInfo | null>(null);
  const polling = useRef(false);
  // A typed 备份口令 is not thrown away by Esc without asking.
  const requestClose = useGuardedClose(() => passphrase !== '' || again !== '', onClose);
  const desktop = inDesktopApp();
  const [picked, setPicked] = useState<Picked | null>(null);
  const [offMachine, setOffMachine] = useState(false);
  const { pick, picker } = usePathPicker();
  const removable = destinations?.find((d) => d.path === destination)?.removable ?? false;

  const chooseFolder = async () => {
    const p = await pick({ kind: 'folder', title: '选择备份的保存位置' }).catch(() => null);
    if (!p) return;
    setPicked(p);
    setDestination(p.handle);
  };

  const refresh = () => {
    setDestinations(null);
    api['filing.destinations']({}).then(
      (list) => {
        setDestinations(list);
        setDestination((d) => d ?? list[0]?.path ?? null);
      },
      (err: unknown) => {
        setDestinations([]);
        setFailure(errorMessage(err));
      },
    );
  };
  useEffect(() => {
    if (!open) return;
    setFailure(null);
    setPassphrase('');
    setAgain('');
    setJobId(null);
    setProgress(null);
    setUseRemembered(passphraseRemembered);
    setOffMachine(false);
    refresh();
  }, [open]);

  // Follows the job until it ends; each answer is awaited before the next question.
  useEffect(() => {
    if (!jobId || polling.current) return;
    polling.current = true;
    let live = true;
    void (async () => {
      for (;;) {
        const p = await api['backup.progress']({ jobId }).catch(() => null);
        if (!live || !p) break;
        setProgress(p);
        if (p.phase !== 'write' && p.phase !== 'verify') {
          if (p.phase === 'done') onDone();
          break;
        }
        await new Promise((r) => setTimeout(r, 300));
      }
      polling.current = false;
    })();
    return () => {
      live = false;
    };
  }, [jobId, onDone]);

  const strength = passphrase ? passphraseStrength(passphrase) : null;
  const running = progress?.phase === 'write' || progress?.phase === 'verify' || (jobId !== null && progress === null);

  const onStart = async () => {
    setFailure(null);
    if (!destination) return setFailure('请选择保存位置');
    if (!useRemembered) {
      if (passphrase.length < MIN_PASSPHRASE_LENGTH) return setFailure(`备份口令至少 ${MIN_PASSPHRASE_LENGTH} 个字符`);
      if (passphrase !== again) return setFailure('两次输入的备份口令不一致');
    }
    try {
      const { jobId: id } = await api['backup.start']({
        destination,
        ...(offMachine && !removable ? { offMachine: true } : {}),
        ...(useRemembered ? { useRememberedPassphrase: true } : { passphrase, rememberPassphrase: remember }),
      });
      setProgress(null);
      setJobId(id);
    } catch (err) {
      setFailure(errorMessage(err));
    }
  };

  const onCancel = async () => {
    if (jobId && running) await api['backup.cancel']({ jobId }).catch(() => undefined);
  };

  // The read-back follows the writing: writing is most of the time; checking the last bytes, the rest.
  const share = progress && progress.bytesTotal > 0 ? progress.bytesDone / progress.bytesTotal : 0;
  const percent = Math.floor(progress?.phase === 'verify' ? 95 + 5 * share : 95 * share);

  return (
    <Modal
      open={open}
      title="备份到U盘"
      width={720}
      onCancel={running ? undefined : requestClose}
      mask={{ closable: !running }}
      footer={
        progress?.phase === 'done' ? (
          <Button type="primary" onClick={onClose}>
            完成
          </Button>
        ) : running ? (
          <Button danger onClick={() => void onCancel()}>
            取消备份
          </Button>
        ) : (
          <Space>
            <Button onClick={onClose}>取消</Button>
            <Button type="primary" onClick={() => void onStart()}>
              开始备份
            </Button>
          </Space>
        )
      }
    >
      {progress?.phase === 'done' && progress.result ? (
        <Result
          status="success"
          title="已校验"
          subTitle={
            <>
              备份已写入并逐项读回校验：
              <Typography.Text code copyable style={{ wordBreak: 'break-all' }}>
                {progress.result.path}
              </Typography.Text>
              （{formatBytes(progress.result.bytes)}）。请把U盘存放在电脑以外的地方。
            </>
          }
        />
      ) : jobId ? (
        <div role="status" aria-label="备份进度">
          <Typography.Paragraph>{progress?.phase === 'verify' ? '正在读回并逐项校验…' : '正在加密写入，同时读回逐项校验…'}</Typography.Paragraph>
          <Progress percent={percent} status={progress?.phase === 'failed' || progress?.phase === 'cancelled' ? 'exception' : 'active'} />
          {progress ? (
            <Typography.Text type="secondary">
              {progress.phase === 'verify' ? '已校验' : '已写入'} {formatBytes(progress.bytesDone)} / {formatBytes(progress.bytesTotal)}
              {progress.secondsLeft !== undefined && running ? `，约剩 ${secondsText(progress.secondsLeft)}` : ''}
            </Typography.Text>
          ) : null}
          {progress?.error ? <Alert style={{ marginTop: 12 }} type={progress.phase === 'cancelled' ? 'info' : 'error'} showIcon role="alert" title={progress.error.message} /> : null}
        </div>
      ) : (
        <>
          <Typography.Title level={3} className="section-title">保存位置</Typography.Title>
          {destinations === null ? (
            <Spin />
          ) : (
            <Radio.Group value={destination} onChange={(e) => setDestination(e.target.value as string)} aria-label="保存位置">
              <Flex vertical gap={4}>
                {destinations.map((d) => (
                  <Radio key={d.path} value={d.path}>
                    {d.label}
                    {d.removable ? '（U盘）' : ''}，可用 {formatBytes(d.freeBytes)}
                  </Radio>
                ))}
                {picked ? <Radio value={picked.handle}>选择的文件夹：{picked.path}</Radio> : null}
              </Flex>
            </Radio.Group>
          )}
          <div style={{ marginTop: 8 }}>
            <Space>
              <Button size="small" onClick={refresh}>
                刷新
              </Button>
              <Button size="small" onClick={() => void chooseFolder()}>
                选择文件夹…
              </Button>
            </Space>
          </div>
          {picker}
          <div style={{ marginTop: 8 }}>
            {removable ? (
              <Typography.Text type="success">U盘上的备份算作电脑以外的备份。</Typography.Text>
            ) : (
              <Checkbox checked={offMachine} onChange={(e) => setOffMachine(e.target.checked)}>
                保存位置在电脑以外（如移动硬盘、另一台电脑的共享文件夹）
              </Checkbox>
            )}
            <Typography.Paragraph type="secondary" style={{ marginTop: 4, marginBottom: 0 }}>
              {OFF_MACHINE_RULE}
            </Typography.Paragraph>
          </div>
          <Alert
            style={{ marginTop: 16 }}
            type="warning"
            showIcon
            role="note"
            title="请牢记备份口令"
            description="备份用口令加密（age 格式）。没有口令，任何人——包括技术支持——都无法打开这个备份；口令忘记了，备份就无法恢复。"
          />
          {passphraseRemembered ? (
            <Checkbox style={{ marginTop: 12 }} checked={useRemembered} onChange={(e) => setUseRemembered(e.target.checked)}>
              使用本机钥匙串中记住的口令
            </Checkbox>
          ) : null}
          {!useRemembered ? (
            <>
              <Typography.Title level={3} className="section-title" style={{ marginTop: 16 }}>
                <label htmlFor="backup-passphrase">备份口令</label>
              </Typography.Title>
              <Input.Password id="backup-passphrase" aria-label="备份口令" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} autoComplete="new-password" />
              {strength ? (
                <Typography.Text type={STRENGTH_COLOR[strength.level]} aria-live="polite">
                  口令强度：{strength.hint}
                </Typography.Text>
              ) : (
                <Typography.Text type="secondary">至少 {MIN_PASSPHRASE_LENGTH} 个字符；建议用一句容易记、别人猜不到的话</Typography.Text>
              )}
              <Typography.Title level={3} className="section-title" style={{ marginTop: 16 }}>
                <label htmlFor="backup-passphrase-again">再次输入备份口令</label>
              </Typography.Title>
              <Input.Password id="backup-passphrase-again" aria-label="再次输入备份口令" value={again} onChange={(e) => setAgain(e.target.value)} autoComplete="new-password" />
              {desktop ? (
                <Checkbox style={{ marginTop: 12 }} checked={remember} onChange={(e) => setRemember(e.target.checked)}>
                  在本机钥匙串中记住口令（电脑丢失时，U盘上的备份仍需口令才能打开）
                </Checkbox>
              ) : null}
            </>
          ) : null}
          {failure ? <Alert style={{ marginTop: 16 }} type="error" showIcon role="alert" title={failure} /> : null}
        </>
      )}
    </Modal>
  );
}
