import { Alert, App, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { DUTY_POLICY_LABELS, DUTY_POLICY_MAX, DUTY_POLICY_TEMPLATE, dutyPolicySchema, type StoredDutyPolicy } from '../../../shared/records/dutyPolicy';
import { api, errorMessage } from '../../api/client';
import { nowCst } from '../../../shared/dutyRoster';

/**
 * 值班制度 (第十三条（二）: 落实专人二十四小时值班制度，并将值班制度报公安机关): the unit's own text, printed with 03
 * 值班表. A template is offered to start from; nothing is saved until 保存值班制度.
 */
export function DutyPolicyCard() {
  const { message } = App.useApp();
  const [saved, setSaved] = useState<StoredDutyPolicy | null | undefined>(undefined);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    api['dutyPolicy.get']({}).then(
      (p) => {
        setSaved(p);
        setText(p?.text ?? '');
      },
      (err: unknown) => setError(errorMessage(err)),
    );
  }, []);

  const onSave = async () => {
    const parsed = dutyPolicySchema.safeParse({ text });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? `${DUTY_POLICY_LABELS.text}无效`);
      return;
    }
    setSaving(true);
    try {
      const p = await api['dutyPolicy.save'](parsed.data);
      setSaved(p);
      setError(null);
      message.success('值班制度已保存');
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setSaving(false);
    }
  };

  const changed = saved !== undefined && text !== (saved?.text ?? '');
  return (
    <Card title="值班制度" aria-label="值班制度">
      <Flex vertical gap={8}>
        {saved === null && text === '' ? (
          <Alert
            type="warning"
            showIcon
            title="尚未填写值班制度（第十三条（二）：将值班制度报公安机关）"
            description="可从模板开始，按本单位的实际做法修改后保存；导出时随值班表一起打印。"
            action={<Button onClick={() => setText(DUTY_POLICY_TEMPLATE)}>使用模板</Button>}
          />
        ) : null}
        <Form layout="vertical" onFinish={() => void onSave()}>
          <Form.Item label={DUTY_POLICY_LABELS.text} htmlFor="duty-policy" validateStatus={error ? 'error' : undefined} help={error ?? undefined}>
            <Input.TextArea
              id="duty-policy"
              value={text}
              onChange={(e) => {
                setText(e.target.value);
                setError(null);
              }}
              autoSize={{ minRows: 4, maxRows: 16 }}
              maxLength={DUTY_POLICY_MAX}
              showCount
            />
          </Form.Item>
          <Flex gap={8} align="center" wrap>
            <Button type="primary" htmlType="submit" loading={saving} disabled={!changed}>
              保存值班制度
            </Button>
            {saved ? <Typography.Text type="secondary">上次保存：{nowCst(new Date(saved.updatedAt))}</Typography.Text> : null}
          </Flex>
        </Form>
      </Flex>
    </Card>
  );
}
