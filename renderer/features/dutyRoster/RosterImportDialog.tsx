import { Alert, App, Button, Flex, Modal, Table, Typography } from 'antd';
import { useState } from 'react';
import { MAX_IMPORT_BYTES } from '../../../shared/records/customerImport';
import type { RosterImportPreview } from '../../../shared/records/dutyRosterImport';
import { api, errorMessage } from '../../api/client';
import { blobToBase64 } from '../../api/fileBase64';
import { ImportFileDrop } from '../../components/ImportFileDrop';
import { usePathPicker } from '../../components/PathPicker';
import { busyIcon } from './busyIcon';
import { MonthGrid } from './MonthGrid';
import type { PeopleIndex } from './people';
import { useRosterStore } from './rosterStore';

const LAYOUT_TEXT = { grid: '日期向下、班次横排', rows: '每行一个班次' } as const;

/**
 * 导入排班表: a month's roster as kept in Excel (.xlsx/.csv) becomes 替班 on the month. The file is read and checked
 * first: what would change, the cells that cannot be taken and why, and the month as it would be. 应用导入 saves it
 * as one change (撤销 takes it all back).
 */
export function RosterImportButton({ month, people, disabled }: { month: string; people: PeopleIndex; disabled: boolean }) {
  const { message } = App.useApp();
  const importRoster = useRosterStore((s) => s.importRoster);
  const [open, setOpen] = useState(false);
  const [reading, setReading] = useState(false);
  const [applying, setApplying] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [preview, setPreview] = useState<RosterImportPreview | null>(null);
  const { pick: pickPath, picker } = usePathPicker();

  const close = () => {
    if (applying) return;
    setOpen(false);
    setPreview(null);
    setError(null);
  };

  const read = async (name: string, size: number | null, run: () => Promise<RosterImportPreview>) => {
    setError(null);
    if (!/\.(xlsx|csv|txt)$/i.test(name)) return setError(`排班表文件：只能导入 .xlsx 或 .csv 文件，所选文件是 ${name}`);
    if (size !== null && size > MAX_IMPORT_BYTES) return setError(`排班表文件：文件过大（最大 ${MAX_IMPORT_BYTES / 1024 / 1024} MB）`);
    setReading(true);
    try {
      setPreview(await run());
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setReading(false);
    }
  };
  const upload = (file: File) => read(file.name, file.size, async () => api['dutyRoster.importPreview']({ month, name: file.name, dataBase64: await blobToBase64(file) }));
  const choose = async () => {
    const picked = await pickPath({ kind: 'file', title: '选择排班表文件' }).catch((err: unknown) => {
      setError(errorMessage(err));
      return null;
    });
    if (picked) await read(picked.name, null, () => api['dutyRoster.importPreview']({ month, handle: picked.handle }));
  };

  const apply = async () => {
    if (!preview) return;
    setApplying(true);
    try {
      const r = await importRoster({ month, fileName: preview.fileName, changes: preview.changes.map(({ date, shiftId, personId }) => ({ date, shiftId, personId })) });
      message.success(`已导入 ${r.added} 个班次（记为替班，可撤销）`);
      setApplying(false);
      close();
    } catch (err) {
      setError(errorMessage(err));
      setApplying(false);
    }
  };

  const footer = preview
    ? [
        <Button key="back" onClick={() => setPreview(null)} disabled={applying}>
          重新选择文件
        </Button>,
        <Button key="apply" type="primary" onClick={() => void apply()} disabled={applying || preview.changes.length === 0} icon={busyIcon(applying)}>
          应用导入（{preview.changes.length} 个班次）
        </Button>,
      ]
    : [
        <Button key="close" onClick={close}>
          取消
        </Button>,
      ];

  return (
    <>
      <Button onClick={() => setOpen(true)} disabled={disabled}>
        导入排班表
      </Button>
      <Modal title={`导入排班表（${month}）`} open={open} onCancel={close} width="min(1200px, 96vw)" footer={footer} mask={{ closable: false }} destroyOnHidden>
        <Flex vertical gap={12}>
          {preview ? (
            <>
              <Typography.Text>
                {preview.fileName}（{LAYOUT_TEXT[preview.layout]}）：{preview.changes.length} 个班次将记为替班，{preview.unchanged} 个与现有排班相同
                {preview.rejectedTotal > 0 ? `，${preview.rejectedTotal} 处未能导入` : ''}。尚未保存，应用后可撤销。
              </Typography.Text>
              {preview.rejectedTotal > 0 ? (
                <Alert
                  type="warning"
                  showIcon
                  title={`未能导入 ${preview.rejectedTotal} 处（改正后可重新导入）`}
                  description={
                    <ul aria-label="未能导入的单元格" style={{ margin: 0, paddingInlineStart: 20, maxHeight: 160, overflow: 'auto' }}>
                      {preview.rejected.map((t) => (
                        <li key={t}>{t}</li>
                      ))}
                      {preview.rejectedTotal > preview.rejected.length ? <li>……另有 {preview.rejectedTotal - preview.rejected.length} 处</li> : null}
                    </ul>
                  }
                />
              ) : null}
              {preview.changes.length > 0 ? (
                <Table
                  aria-label="将记为替班的班次"
                  size="small"
                  rowKey={(c) => `${c.date}|${c.shiftId}`}
                  pagination={preview.changes.length > 8 ? { pageSize: 8, size: 'small' } : false}
                  dataSource={preview.changes}
                  columns={[
                    { title: '行', dataIndex: 'row', width: 60 },
                    { title: '日期', dataIndex: 'date', width: 120 },
                    { title: '班次', dataIndex: 'shiftName', width: 100 },
                    { title: '原值班人员', render: (_, c) => people.name(c.fromPersonId) },
                    { title: '导入后', render: (_, c) => people.name(c.personId) },
                  ]}
                />
              ) : (
                <Alert type="info" showIcon title="文件中没有与现有排班不同的班次，无需导入" />
              )}
              <Typography.Title level={5} style={{ margin: 0 }}>
                导入后的排班
              </Typography.Title>
              <div aria-label="导入后的排班">
                <MonthGrid view={preview.view} people={people} month={month} onSelect={() => undefined} />
              </div>
              {error ? <Alert type="error" showIcon title="未能导入" description={error} /> : null}
            </>
          ) : (
            <>
              <ImportFileDrop
                reading={reading}
                prompt="点击或拖入排班表文件（.xlsx 或 .csv）"
                hint="两种格式均可：第一列为日期、其余各列以班次名称（如 早班、中班、夜班）为表头、单元格写值班人员姓名；或每行一个班次，列为“日期、班次、值班人员”。姓名须与人员中的姓名一致。"
                onFile={(file) => void upload(file)}
                onChoose={() => void choose()}
              />
              <Typography.Text type="secondary">导入的班次记为本月的替班，覆盖生成的排班；空白单元格保留原排班。请先生成本月排班。</Typography.Text>
              {error ? <Alert type="error" showIcon title="未能读取排班表" description={error} /> : null}
            </>
          )}
        </Flex>
      </Modal>
      {picker}
    </>
  );
}
