import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, type FormInstance } from 'antd';
import { validateIpAddress } from '../../../shared/network/ip';
import { SERVER_LABELS } from '../../../shared/records/server';
import { checkedBy, unlabelledRow } from '../../forms/formChrome';
import { checkIp, type ServerFormValues } from './serverForm';

const ipLabel = (i: number) => (i === 0 ? SERVER_LABELS.ips : `${SERVER_LABELS.ips} ${i + 1}`);

/** IP地址: one input per address; each checked (IPv4 or IPv6) and written in its standard form on blur. */
export function IpListField({
  form,
  values,
  onNormalized,
}: {
  form: FormInstance<ServerFormValues>;
  values: () => ServerFormValues;
  onNormalized(): void;
}) {
  const normalize = (i: number) => {
    const raw = form.getFieldValue(['ips', i]) as string | undefined;
    if (!raw) return;
    const r = validateIpAddress(raw);
    if (r.ok && r.value !== raw) {
      form.setFieldValue(['ips', i], r.value);
      onNormalized();
    }
  };
  return (
    <Form.List name="ips">
      {(fields, { add, remove }) => (
        <>
          {fields.map((field, i) => (
            <Form.Item
              key={field.key}
              label={ipLabel(i)}
              required={false}
              extra={i === fields.length - 1 ? 'IPv4 如 192.0.2.10，IPv6 如 2001:db8::1；离开输入框时检查并按标准格式写好。' : undefined}
            >
              <Flex gap={8} align="start">
                <Form.Item
                  name={[field.name]}
                  noStyle
                  validateTrigger={['onBlur']}
                  rules={[checkedBy(() => checkIp(values(), field.name))]}
                >
                  <Input
                    aria-label={ipLabel(i)}
                    spellCheck={false}
                    autoComplete="off"
                    placeholder="例如 192.0.2.10"
                    onBlur={() => normalize(field.name)}
                    style={{ flex: 1 }}
                  />
                </Form.Item>
                {fields.length > 1 ? (
                  <Button
                    icon={<MinusCircleOutlined aria-hidden />}
                    aria-label={`删除${ipLabel(i)}`}
                    onClick={() => {
                      remove(field.name);
                      onNormalized();
                    }}
                  />
                ) : null}
              </Flex>
            </Form.Item>
          ))}
          <Form.Item {...unlabelledRow}>
            <Button
              icon={<PlusOutlined aria-hidden />}
              onClick={() => {
                add('');
                onNormalized();
              }}
            >
              添加IP地址
            </Button>
          </Form.Item>
        </>
      )}
    </Form.List>
  );
}
