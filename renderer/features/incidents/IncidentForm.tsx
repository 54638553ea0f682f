import { Form, Input, Radio, Select, Typography } from 'antd';
import { INCIDENT_KINDS, INCIDENT_LABELS, type StoredIncident } from '../../../shared/records/incident';
import type { StoredServer } from '../../../shared/records/server';
import { DraftKeptNote, FormFooter } from '../../forms/FormFooter';
import { useRecordForm } from '../../forms/useRecordForm';
import { DateTimePicker } from '../../forms/dateField';
import { completeIncidentValues, incidentFieldRules, type IncidentField, type IncidentFormValues } from './incidentForm';
import { useIncidentStore, type IncidentEditor } from './incidentStore';
import { serverName } from '../../store/serverOptions';

export function IncidentForm({ editor, servers }: { editor: IncidentEditor; servers: readonly StoredServer[] }) {
  const { formProps, current, closeEditor, saving, submitError } = useRecordForm<StoredIncident, IncidentFormValues>(useIncidentStore, editor, {
    complete: completeIncidentValues,
    labels: INCIDENT_LABELS,
    firstField: 'occurredAt',
  });
  const rules = (field: IncidentField) => incidentFieldRules(field, current);
  const serverOptions = servers.map((s) => ({ value: s.id, label: serverName(s) }));
  // A server removed since the incident was recorded stays selectable under its id, so nothing is lost.
  if (editor.values.serverId && !servers.some((s) => s.id === editor.values.serverId)) {
    serverOptions.push({ value: editor.values.serverId, label: '（已删除的服务器）' });
  }

  return (
    <Form<IncidentFormValues> {...formProps} name="incident" style={{ maxWidth: 820 }}>
      <Form.Item
        name="occurredAt"
        label={INCIDENT_LABELS.occurredAt}
        required
        rules={rules('occurredAt')}
        validateTrigger={['onChange', 'onBlur']}
        extra="北京时间，精确到分钟。"
      >
        <DateTimePicker aria-required="true" />
      </Form.Item>
      <Form.Item name="kind" label={INCIDENT_LABELS.kind} required rules={rules('kind')} validateTrigger={['onChange', 'onBlur']}>
        <Radio.Group aria-label={INCIDENT_LABELS.kind} options={INCIDENT_KINDS.map((k) => ({ value: k, label: k }))} />
      </Form.Item>
      <Form.Item name="title" label={INCIDENT_LABELS.title} required rules={rules('title')}>
        <Input aria-required="true" placeholder="例如：服务器遭受 DDoS 攻击" maxLength={100} />
      </Form.Item>
      <Form.Item name="serverId" label={INCIDENT_LABELS.serverId} rules={rules('serverId')} normalize={(v: string | undefined | null) => v ?? ''}>
        <Select
          virtual={false}
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder="不涉及具体服务器时留空"
          options={serverOptions}
          style={{ maxWidth: 360 }}
        />
      </Form.Item>
      <Form.Item name="description" label={INCIDENT_LABELS.description} required rules={rules('description')}>
        <Input.TextArea aria-required="true" autoSize={{ minRows: 3, maxRows: 10 }} maxLength={5000} />
      </Form.Item>
      <Form.Item name="measures" label={INCIDENT_LABELS.measures} rules={rules('measures')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 10 }} maxLength={5000} />
      </Form.Item>
      <Form.Item
        name="reportedAt"
        label={INCIDENT_LABELS.reportedAt}
        rules={rules('reportedAt')}
        dependencies={['occurredAt', 'reportedTo']}
        validateTrigger={['onChange', 'onBlur']}
        extra="事故和案件须向公安机关报告（第十三条（五））；尚未报告时留空。"
      >
        <DateTimePicker />
      </Form.Item>
      <Form.Item name="reportedTo" label={INCIDENT_LABELS.reportedTo} rules={rules('reportedTo')} dependencies={['reportedAt']}>
        <Input placeholder="例如：厦门市公安局网安支队 王警官" maxLength={200} />
      </Form.Item>

      <Form.Item label={null}>
        <FormFooter
          submitError={submitError}
          saving={saving}
          onCancel={closeEditor}
          besideButtons={<DraftKeptNote />}
        />
      </Form.Item>
    </Form>
  );
}
