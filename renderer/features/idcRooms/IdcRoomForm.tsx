import { Form, Input } from 'antd';
import { IDC_ROOM_LABELS } from '../../../shared/records/idcRoom';
import { DraftKeptNote, FormFooter } from '../../forms/FormFooter';
import { useRecordForm } from '../../forms/useRecordForm';
import { completeIdcRoomValues, idcRoomFieldRules, type IdcRoomField, type IdcRoomFormValues } from './idcRoomForm';
import { useIdcRoomStore, type IdcRoomEditor } from './idcRoomStore';

export function IdcRoomForm({ editor }: { editor: IdcRoomEditor }) {
  const { formProps, current, closeEditor, saving, submitError } = useRecordForm(useIdcRoomStore, editor, {
    complete: completeIdcRoomValues,
    labels: IDC_ROOM_LABELS,
    firstField: 'name',
  });
  const rules = (field: IdcRoomField) => idcRoomFieldRules(field, current);
  const text = (field: IdcRoomField, opts: { required?: boolean; placeholder?: string; extra?: string; dependencies?: string[] } = {}) => (
    <Form.Item name={field} label={IDC_ROOM_LABELS[field]} required={opts.required} rules={rules(field)} extra={opts.extra} dependencies={opts.dependencies}>
      <Input aria-required={opts.required ? 'true' : undefined} placeholder={opts.placeholder} />
    </Form.Item>
  );

  return (
    <Form<IdcRoomFormValues> {...formProps} name="idcRoom" style={{ maxWidth: 820 }}>
      {text('name', { required: true, placeholder: '例如：演示软件园二期机房' })}
      {text('address', { required: true, placeholder: '机房所在的详细地址' })}
      {text('operator', { placeholder: '机房由本单位运营时留空', extra: '机房由其他单位运营（如托管在运营商机房）时填写运营单位全称。' })}
      {text('upstream', { placeholder: '例如：中国电信厦门分公司', extra: '为机房提供互联网接入的上级服务商。' })}
      {text('bandwidth', { placeholder: '例如：10Gbps' })}
      <Form.Item
        name="ipBlocks"
        label={IDC_ROOM_LABELS.ipBlocks}
        rules={rules('ipBlocks')}
        validateTrigger={['onBlur']}
        extra="每行一个地址段，写成 地址/前缀长度：IPv4 如 203.0.113.0/24，IPv6 如 2001:db8:100::/48。服务器的IP地址不在所在机房的地址段内时会提醒。"
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} spellCheck={false} placeholder={'203.0.113.0/24\n2001:db8:100::/48'} />
      </Form.Item>
      {text('contactName', { dependencies: ['contactPhone'] })}
      {text('contactPhone', { placeholder: '例如 0592-5551234 或 13800138000' })}
      <Form.Item label={null}>
        <FormFooter submitError={submitError} saving={saving} onCancel={closeEditor} besideButtons={<DraftKeptNote />} />
      </Form.Item>
    </Form>
  );
}
