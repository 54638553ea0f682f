import { Alert, Button, Flex, Modal, Progress, Space, Steps, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { MAX_IMPORT_BYTES, type ColumnMapping, type ImportPreview, type ImportProgress, type ImportResult } from '../../../shared/records/customerImport';
import { api, errorMessage } from '../../api/client';
import { downloadBase64, XLSX_MIME } from '../../api/download';
import { formatCount } from '../../format';
import { fileToBase64, PHASE_TEXT, progressPercent, runImport } from './importJob';
import { ImportResultView } from './ImportResultView';
import { MappingStep } from './MappingStep';
import { useGuardedClose } from '../../components/useGuardedClose';
import { usePathPicker } from '../../components/PathPicker';
import { ImportFileDrop } from '../../components/ImportFileDrop';

const STEPS = ['选择文件', '对应列', '校验', '导入'] as const;

type Run = { state: 'idle' } | { state: 'running'; progress: ImportProgress | null } | { state: 'done'; jobId: string; result: ImportResult } | { state: 'failed'; message: string };

/**
 * 导入客户空间: pick an .xlsx or .csv, map its columns, check every row (nothing written), then import the
 * good rows. Success is only ever claimed from the importer's own result.
 */
export function ImportWizard({ open, onClose, onImported }: { open: boolean; onClose(): void; onImported(): void }) {
  const [step, setStep] = useState(0);
  const [reading, setReading] = useState(false);
  const [fileError, setFileError] = useState<string | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [check, setCheck] = useState<Run>({ state: 'idle' });
  const [write, setWrite] = useState<Run>({ state: 'idle' });
  const [downloading, setDownloading] = useState(false);
  const [downloadError, setDownloadError] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);

  useEffect(() => () => abort.current?.abort(), []);

  const reset = () => {
    abort.current?.abort();
    setStep(0);
    setReading(false);
    setFileError(null);
    setPreview(null);
    setMapping({});
    setCheck({ state: 'idle' });
    setWrite({ state: 'idle' });
    setDownloadError(null);
  };

  const close = () => {
    if (write.state === 'running') return;
    reset();
    onClose();
  };

  const { pick: pickPath, picker } = usePathPicker();

  /** The first step for a file however it was chosen: its kind and size checked here, its content read by the main process. */
  const readFile = async (name: string, size: number | null, read: () => Promise<ImportPreview>) => {
    setFileError(null);
    if (!/\.(xlsx|csv|txt)$/i.test(name)) {
      setFileError(`只能导入 .xlsx、.csv 或 Excel 的 Unicode 文本（.txt）文件，所选文件是 ${name}`);
      return;
    }
    if (size !== null && size > MAX_IMPORT_BYTES) {
      setFileError(`文件过大（最大 ${MAX_IMPORT_BYTES / 1024 / 1024} MB），请分成几个文件导入`);
      return;
    }
    setReading(true);
    try {
      const p = await read();
      setPreview(p);
      setMapping({ ...p.suggestedMapping });
      setStep(1);
    } catch (err) {
      setFileError(errorMessage(err));
    } finally {
      setReading(false);
    }
  };

  const pick = (file: File) => readFile(file.name, file.size, async () => api['customerSpaces.importPreview']({ name: file.name, dataBase64: await fileToBase64(file) }));

  /** 选择文件…: the app's own picker (the system dialog in the desktop app); the main process reads the file it names. */
  const choose = async () => {
    const picked = await pickPath({ kind: 'file', title: '选择要导入的文件' }).catch((err: unknown) => {
      setFileError(errorMessage(err));
      return null;
    });
    if (picked) await readFile(picked.name, null, () => api['customerSpaces.importPreview']({ handle: picked.handle }));
  };

  const start = async (dryRun: boolean) => {
    if (!preview) return;
    const setRun = dryRun ? setCheck : setWrite;
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    setDownloadError(null);
    setRun({ state: 'running', progress: null });
    try {
      const { jobId, result } = await runImport(preview.importId, mapping, dryRun, (progress) => setRun({ state: 'running', progress }), controller.signal);
      if (controller.signal.aborted) return;
      setRun({ state: 'done', jobId, result });
      if (!dryRun && result.imported > 0) onImported();
    } catch (err) {
      if (controller.signal.aborted) return;
      setRun({ state: 'failed', message: errorMessage(err) });
    }
  };

  const toCheck = () => {
    setStep(2);
    void start(true);
  };
  const toImport = () => {
    setStep(3);
    void start(false);
  };

  const downloadRejected = async (jobId: string) => {
    setDownloading(true);
    setDownloadError(null);
    try {
      const file = await api['customerSpaces.rejectedRows']({ jobId });
      downloadBase64(file.fileName, file.dataBase64, XLSX_MIME);
    } catch (err) {
      setDownloadError(errorMessage(err));
    } finally {
      setDownloading(false);
    }
  };

  // Esc closes at once before a file is read and once the import is done; in between it asks (the 列对应 would be lost).
  const requestClose = useGuardedClose(() => step > 0 && write.state === 'idle', close);

  const mappedAny = Object.values(mapping).some((v) => v !== null && v !== undefined);
  const runView = (run: Run, failedTitle: string) => {
    if (run.state === 'running') {
      return (
        <Flex vertical gap={8}>
          <Typography.Text>
            {run.progress ? `${PHASE_TEXT[run.progress.phase]}：${formatCount(run.progress.done)} / ${formatCount(run.progress.total)} 行` : '正在开始…'}
          </Typography.Text>
          <Progress percent={progressPercent(run.progress)} aria-label="进度" />
        </Flex>
      );
    }
    if (run.state === 'failed') return <Alert type="error" showIcon title={failedTitle} description={run.message} />;
    if (run.state === 'done') return <ImportResultView result={run.result} downloading={downloading} onDownloadRejected={() => void downloadRejected(run.jobId)} />;
    return null;
  };

  const footer = (() => {
    if (step === 0) return <Button onClick={close}>取消</Button>;
    if (step === 1)
      return (
        <Space>
          <Button onClick={() => setStep(0)}>上一步</Button>
          <Button type="primary" disabled={!mappedAny} onClick={toCheck}>
            校验
          </Button>
        </Space>
      );
    if (step === 2)
      return (
        <Space>
          <Button onClick={() => setStep(1)} disabled={check.state === 'running'}>
            上一步
          </Button>
          <Button type="primary" disabled={check.state !== 'done' || check.result.imported === 0} onClick={toImport}>
            {check.state === 'done' ? `导入 ${formatCount(check.result.imported)} 行` : '导入'}
          </Button>
        </Space>
      );
    return (
      <Button type="primary" onClick={close} disabled={write.state === 'running'}>
        完成
      </Button>
    );
  })();

  return (
    <Modal open={open} title="导入客户空间" width={1000} onCancel={requestClose} footer={footer} mask={{ closable: false }} destroyOnHidden>
      <Flex vertical gap={16}>
        <Steps size="small" current={step} items={STEPS.map((title) => ({ title }))} />
        {step === 0 ? (
          <Flex vertical gap={12}>
            <ImportFileDrop
              reading={reading}
              prompt="点击或拖入要导入的文件"
              hint="计费系统导出的 .xlsx，或 .csv（UTF-8 或 GBK 编码）、Excel 的 Unicode 文本（.txt）；表头在第一行（上方可有标题行）。"
              onFile={(file) => void pick(file)}
              onChoose={() => void choose()}
            />
            {fileError ? <Alert type="error" showIcon title="未能读取文件" description={fileError} /> : null}
          </Flex>
        ) : null}
        {step === 1 && preview ? <MappingStep preview={preview} mapping={mapping} onChange={setMapping} /> : null}
        {step === 2 ? (
          <Flex vertical gap={8}>
            <Typography.Text type="secondary">逐行校验，不写入任何数据。</Typography.Text>
            {runView(check, '校验未完成')}
          </Flex>
        ) : null}
        {step === 3 ? (
          <Flex vertical gap={8}>
            {runView(write, '导入未完成')}
          </Flex>
        ) : null}
        {downloadError ? <Alert type="error" showIcon title="未能生成被拒绝的行" description={downloadError} /> : null}
      </Flex>
      {picker}
    </Modal>
  );
}
