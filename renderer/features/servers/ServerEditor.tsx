import { Card, Checkbox, Form, Input, Space, Tag, Typography } from 'antd';
import { useRef, useState } from 'react';
import { ApiError } from '../../../shared/api/errors';
import { todayInShanghai } from '../../../shared/identity/calendarDate';
import type { StoredPerson } from '../../../shared/records/person';
import { SERVER_LABELS, SERVER_PURPOSES, type StoredServer } from '../../../shared/records/server';
import { errorMessage } from '../../api/client';
import { IsoDatePicker } from '../../forms/dateField';
import { DraftKeptNote, FormFooter } from '../../forms/FormFooter';
import { checkedBy, formLayout, formPath, recheckFieldsWithErrors, unlabelledRow, withoutLabel } from '../../forms/formChrome';
import { useFocusRequest } from '../../forms/useFocusRequest';
import { filingState, filingStateColor } from './filingState';
import { IpListField } from './IpListField';
import { ManagersField } from './ManagersField';
import { RoomField } from './RoomField';
import { MeasuresFields } from './MeasuresFields';
import { checkServerField, completeServerValues, EMPTY_SERVER, deadlineOf, type ServerField, type ServerFormValues } from './serverForm';
import type { ServerEditor as EditorState } from './serverStore';

/** antd field path of an API error field: "ips.1" → ['ips', 1]; a checklist's "dnsMeasures.0" → the checklist. */
type CheckboxGroupProps = Parameters<typeof Checkbox.Group>[0];

/**
 * 用途's checkboxes as a named group. Form.Item hands a required control aria-required, which a group may not carry
 * (axe: aria-allowed-attr); the required mark stays on the label.
 */
function PurposesGroup({ 'aria-required': _required, ...props }: CheckboxGroupProps & { 'aria-required'?: unknown }) {
  return <Checkbox.Group role="group" aria-label={SERVER_LABELS.purposes} {...props} />;
}

function errorPath(field: string): (string | number)[] {
  const parts = formPath(field);
  if (parts[0] === 'ips' || parts[0] === 'managers') return parts;
  return [parts[0]!];
}

export function ServerEditor({
  editor,
  people,
  saving,
  onChange,
  onSave,
  onCancel,
}: {
  editor: EditorState;
  people: StoredPerson[];
  saving: boolean;
  onChange(values: ServerFormValues): void;
  onSave(values: ServerFormValues): Promise<StoredServer>;
  onCancel(): void;
}) {
  const [form] = Form.useForm<ServerFormValues>();
  const [submitError, setSubmitError] = useState<string | null>(null);
  // Read once per opening: the draft is the form's own state from then on.
  const initial = useRef(editor.values);
  const values = () => completeServerValues(form.getFieldsValue(true) as Partial<ServerFormValues>);
  const sync = () => {
    setSubmitError(null);
    onChange(values());
  };
  const purposes = (Form.useWatch('purposes', form) ?? initial.current.purposes) as ServerFormValues['purposes'];
  const onlineDate = (Form.useWatch('onlineDate', form) ?? initial.current.onlineDate) as string;
  const filedOn = (Form.useWatch('filedOn', form) ?? initial.current.filedOn) as string;
  const deadline = deadlineOf(onlineDate);
  const state = deadline ? filingState({ filedOn, onlineDate }, todayInShanghai()) : null;

  const rules = (field: ServerField) => [checkedBy(() => checkServerField(field, values()))];
  useFocusRequest(form, Object.keys(EMPTY_SERVER));

  const onFinish = async () => {
    setSubmitError(null);
    try {
      await onSave(values());
    } catch (err) {
      // Everything typed stays in the form and in the draft; only the message is placed.
      if (err instanceof ApiError && err.field) {
        const name = errorPath(err.field);
        if (String(name[0]) in EMPTY_SERVER) {
          form.setFields([{ name: name as never, errors: [withoutLabel((SERVER_LABELS as Record<string, string>)[String(name[0])], err.message)] }]);
          form.scrollToField(name as never, { block: 'center', focus: true });
          return;
        }
      }
      setSubmitError(errorMessage(err));
    }
  };

  const title = editor.id ? `编辑服务器 ${initial.current.assetNo}` : '新增服务器';
  return (
    <section aria-label={title}>
      <Card title={title} style={{ marginTop: 16 }} styles={{ body: { maxWidth: 900 } }}>
        <Form<ServerFormValues>
          form={form}
          name="server"
          {...formLayout}
          initialValues={initial.current}
          onValuesChange={(changed: object) => {
            recheckFieldsWithErrors(form, changed);
            sync();
          }}
          onFinish={onFinish}
        >
          <Form.Item name="assetNo" label={SERVER_LABELS.assetNo} required rules={rules('assetNo')} extra="本单位内唯一，例如 XM-IDC-0001。">
            <Input autoFocus spellCheck={false} />
          </Form.Item>
          <Form.Item name="hostname" label={SERVER_LABELS.hostname} rules={rules('hostname')}>
            <Input spellCheck={false} placeholder="例如 web01.example.com" />
          </Form.Item>
          <IpListField form={form} values={values} onNormalized={sync} />
          <RoomField />
          <Form.Item name="rack" label={SERVER_LABELS.rack} rules={rules('rack')}>
            <Input placeholder="例如 A03-12U" />
          </Form.Item>
          <Form.Item
            name="purposes"
            label={SERVER_LABELS.purposes}
            required
            rules={rules('purposes')}
            validateTrigger={['onChange', 'onBlur']}
            extra="域名解析、电子邮件、游戏服务器另有第五、六、七条的要求，勾选后在下方填写。"
          >
            <PurposesGroup options={SERVER_PURPOSES.map((p) => ({ value: p, label: p }))} />
          </Form.Item>
          <Form.Item name="onlineDate" label={SERVER_LABELS.onlineDate} required rules={rules('onlineDate')} validateTrigger={['onChange', 'onBlur']}>
            <IsoDatePicker />
          </Form.Item>
          <Form.Item
            name="filedOn"
            label={SERVER_LABELS.filedOn}
            rules={rules('filedOn')}
            dependencies={['onlineDate']}
            validateTrigger={['onChange', 'onBlur']}
            extra="尚未办理备案的留空。"
          >
            <IsoDatePicker />
          </Form.Item>
          <Form.Item label={SERVER_LABELS.filingDeadline} htmlFor="server-filing-deadline" extra="第八条：应在服务器联网的三十天内办理备案，即上线日期 + 30 天，自动计算。">
            <Space>
              <Input id="server-filing-deadline" readOnly value={deadline} placeholder="填写上线日期后自动计算" style={{ width: 180 }} />
              {state ? <Tag color={filingStateColor(state)}>{state.label}</Tag> : null}
            </Space>
          </Form.Item>
          <ManagersField form={form} values={values} people={people} onChanged={sync} />
          <MeasuresFields purposes={purposes} values={values} />

          <Form.Item {...unlabelledRow}>
            <FormFooter
              submitError={submitError}
              saving={saving}
              onCancel={onCancel}
              status={<DraftKeptNote />}
            />
          </Form.Item>
        </Form>
      </Card>
    </section>
  );
}
