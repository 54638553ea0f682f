import { Alert, App, Button, Card, Form, Input, Select, Space, Typography } from 'antd';
import { usePathPicker, type Picked } from '../../components/PathPicker';
import { useState } from 'react';
import { ApiError } from '../../../shared/api/errors';
import { LOG_SEAL_LABELS as L } from '../../../shared/records/logSeal';
import { errorMessage } from '../../api/client';
import { formLayout, unlabelledRow } from '../../forms/formChrome';
import { useGameLogsStore } from './gameLogsStore';
import { serverName } from './sealFormat';

interface SealFormValues {
  path?: string;
  serverId?: string;
  note?: string;
}

/** In the desktop app the folder or file comes from the main process's dialog; in the browser from the app's own picker. */
const inDesktopApp = () => typeof window !== 'undefined' && !!window.beian;

/** 封存日志: records the size and SHA-256 of every file of a game server's log folder (第七条). */
export function SealCard() {
  const { message } = App.useApp();
  const [form] = Form.useForm<SealFormValues>();
  const servers = useGameLogsStore((s) => s.servers);
  const sealing = useGameLogsStore((s) => s.sealing);
  const seal = useGameLogsStore((s) => s.seal);
  const [failure, setFailure] = useState<string | null>(null);
  const desktop = inDesktopApp();
  const gameServers = servers.filter((s) => s.purposes.includes('游戏'));
  const { pick, picker } = usePathPicker();
  const [picked, setPicked] = useState<Picked | null>(null);

  const choose = async (kind: 'folder' | 'file') => {
    const p = await pick({ kind, title: kind === 'file' ? '选择要封存的日志文件' : '选择要封存的日志文件夹' }).catch(() => null);
    if (!p) return;
    setPicked(p);
    form.setFields([{ name: 'path', value: p.handle, errors: [] }]);
  };

  const onFinish = async (values: SealFormValues, pick: 'folder' | 'file' = 'folder') => {
    setFailure(null);
    try {
      const sealed = await seal({
        ...(desktop ? { pick } : { path: values.path ?? '', pick: picked?.kind ?? 'folder' }),
        serverId: values.serverId ?? '',
        note: values.note ?? '',
      });
      void message.success(`已封存 ${sealed.fileCount} 个文件：${sealed.path}`);
      if (sealed.skipped.length > 0) {
        void message.warning(`已跳过 ${sealed.skipped.length} 个符号链接或特殊文件（未封存）：${sealed.skipped.slice(0, 5).join('、')}`);
      }
      form.setFieldsValue({ note: '' });
    } catch (err) {
      // What was typed stays; the message goes beside its field when the API names one.
      const field = err instanceof ApiError ? err.field : undefined;
      if (field === 'path' && !desktop) form.setFields([{ name: 'path', errors: [err instanceof ApiError ? err.message : errorMessage(err)] }]);
      else if (field === 'serverId' || field === 'note') form.setFields([{ name: field, errors: [(err as ApiError).message] }]);
      else setFailure(errorMessage(err));
    }
  };

  return (
    <Card title="封存日志">
      <Typography.Paragraph type="secondary">
        记录日志文件夹中每个文件的大小和 SHA-256，并与上一次封存链接。日志文件留在原处；之后可随时核验是否被修改或删除。
      </Typography.Paragraph>
      <Form form={form} {...formLayout} onFinish={(v) => void onFinish(v)} onValuesChange={() => setFailure(null)} style={{ maxWidth: 760 }}>
        {desktop ? null : (
          <Form.Item label={L.path} required extra="从主目录或已挂载的磁盘中选择日志文件夹，或单个日志文件。">
            <Space wrap>
              <Button onClick={() => void choose('folder')}>选择文件夹…</Button>
              <Button onClick={() => void choose('file')}>选择文件…</Button>
              <Typography.Text>{picked ? picked.path : '尚未选择'}</Typography.Text>
            </Space>
            <Form.Item name="path" noStyle rules={[{ required: true, message: `${L.path}：请先选择要封存的日志文件夹或文件` }]}>
              <Input type="hidden" />
            </Form.Item>
          </Form.Item>
        )}
        <Form.Item name="serverId" label={L.serverId} extra={gameServers.length === 0 ? '还没有用途为“游戏”的服务器；可以不选' : undefined}>
          <Select
            allowClear
            placeholder="不选"
            options={gameServers.map((s) => ({ value: s.id, label: serverName(s) }))}
            showSearch={{ optionFilterProp: 'label' }}
          />
        </Form.Item>
        <Form.Item name="note" label={L.note} rules={[{ max: 500, message: `${L.note}：不能超过 500 个字` }]}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={500} />
        </Form.Item>
        {failure ? <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} /> : null}
        <Form.Item {...unlabelledRow}>
          <Space wrap>
            <Button type="primary" htmlType="submit" loading={sealing}>
              {desktop ? '选择文件夹并封存' : '封存'}
            </Button>
            {desktop ? (
              <Button disabled={sealing} onClick={() => void form.validateFields().then((v) => onFinish(v, 'file'), () => undefined)}>
                选择单个文件并封存
              </Button>
            ) : null}
          </Space>
        </Form.Item>
      </Form>
      {picker}
    </Card>
  );
}
