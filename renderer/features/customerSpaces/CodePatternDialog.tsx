import { Alert, Form, Input, Modal, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { formatSpaceCode, spaceCodePatternSchema } from '../../../shared/records/customerSpace';
import { api, errorMessage } from '../../api/client';
import { useGuardedClose } from '../../components/useGuardedClose';

/** 编号规则: the 空间编号 pattern, its example and the next code to be given (codes already used are never given again). */
export function CodePatternDialog({ open, onClose, onSaved }: { open: boolean; onClose(): void; onSaved(next: string): void }) {
  const [pattern, setPattern] = useState('');
  const [savedPattern, setSavedPattern] = useState('');
  const [next, setNext] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!open) return;
    setError(null);
    api['customerSpaces.getCodePattern']({})
      .then((p) => {
        setPattern(p.pattern);
        setSavedPattern(p.pattern);
        setNext(p.next);
      })
      .catch((err: unknown) => setError(errorMessage(err)));
  }, [open]);

  const parsed = spaceCodePatternSchema.safeParse(pattern);
  const fieldError = pattern === '' ? '请填写编号规则' : parsed.success ? null : (parsed.error.issues[0]?.message ?? '编号规则无效');

  const requestClose = useGuardedClose(() => pattern !== savedPattern, onClose);

  const save = async () => {
    if (fieldError) return;
    setSaving(true);
    setError(null);
    try {
      const saved = await api['customerSpaces.saveCodePattern']({ pattern });
      onSaved(saved.next);
      onClose();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal open={open} title="编号规则" okText="保存" cancelText="取消" onOk={() => void save()} onCancel={requestClose} confirmLoading={saving} okButtonProps={{ disabled: !!fieldError }} destroyOnHidden>
      <Form layout="vertical">
        <Form.Item
          label="编号规则"
          htmlFor="space-code-pattern"
          validateStatus={fieldError ? 'error' : undefined}
          help={fieldError ?? '字母、数字和 -_./，加一个由零组成的序号位（零的个数是最少位数），例如 XM-IDC-{000000} 得到 XM-IDC-000001。'}
        >
          <Input id="space-code-pattern" value={pattern} spellCheck={false} onChange={(e) => setPattern(e.target.value)} />
        </Form.Item>
      </Form>
      {parsed.success ? (
        <Typography.Paragraph>
          示例：{formatSpaceCode(parsed.data, 1)}
          {next ? `；当前规则的下一个编号：${next}` : ''}
        </Typography.Paragraph>
      ) : null}
      <Typography.Paragraph type="secondary">已用过的编号（包括已删除空间的编号）不会再分配。</Typography.Paragraph>
      {error ? <Alert type="error" showIcon title={error} /> : null}
    </Modal>
  );
}
