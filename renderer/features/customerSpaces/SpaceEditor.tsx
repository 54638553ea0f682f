import { Form, Input, Select, Typography, type FormInstance } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { ApiError } from '../../../shared/api/errors';
import { todayInShanghai } from '../../../shared/identity/calendarDate';
import { CUSTOMER_SPACE_LABELS as L, DOMAIN_LABELS, reportStatus, UNIT_ID_TYPE, type RenterKind, type StoredCustomerSpace } from '../../../shared/records/customerSpace';
import { parseIsoDate } from '../../../shared/identity/calendarDate';
import { api, errorMessage } from '../../api/client';
import { RecordDrawer } from '../../components/RecordDrawer';
import { IsoDatePicker } from '../../forms/dateField';
import { useFocusRequest } from '../../forms/useFocusRequest';
import { DraftKeptNote, FormFooter } from '../../forms/FormFooter';
import { checkedBy, formLayout, formPath, recheckFieldsWithErrors, withoutLabel } from '../../forms/formChrome';
import { DomainsField } from './DomainsField';
import { RenterFields } from './RenterFields';
import { useServerOptions } from './serverOptions';
import { checkSpaceField, completeSpaceValues, emptySpaceValues, type SpaceField, type SpaceFormValues } from './spaceForm';
import type { SpaceEditor as EditorState } from './spaceStore';

const FORM_FIELDS = new Set(Object.keys(emptySpaceValues('')));

/**
 * Puts an API refusal under the field it names ("renterIdNumber", "domains.1.domain"), without the label,
 * and moves the focus there. False when it names no field of this form.
 */
function placeError(form: FormInstance<SpaceFormValues>, err: unknown): boolean {
  if (!(err instanceof ApiError) || !err.field) return false;
  const path = formPath(err.field);
  const top = String(path[0]);
  if (!FORM_FIELDS.has(top)) return false;
  if (top === 'domains' && path.length < 3) return false;
  // A unit's 证件类型 is fixed and shown read-only: its refusal is shown above the buttons.
  if (top === 'renterIdType' && form.getFieldValue('renterKind') === '单位') return false;
  let message = withoutLabel((L as Record<string, string>)[top], err.message);
  if (top === 'domains') message = withoutLabel((DOMAIN_LABELS as Record<string, string>)[String(path[2])], message);
  form.setFields([{ name: path as never, errors: [message] }]);
  form.scrollToField(path as never, { block: 'center', focus: true });
  return true;
}

/** 报送日期's hint: where the space stands against 第十二条（三）'s thirty days as the form now reads. */
function reportHint(v: Pick<SpaceFormValues, 'openedOn' | 'reportedOn' | 'changedOn'>): string {
  const base = '第十二条（三）：开通后三十日内报送公安机关，信息变更后三十日内再次报送。';
  const valid = (d: string) => d === '' || parseIsoDate(d) !== null;
  if (!parseIsoDate(v.openedOn) || !valid(v.reportedOn) || !valid(v.changedOn)) return base;
  const s = reportStatus(v, todayInShanghai());
  return `${base}当前：${s.state}${s.deadline ? `（期限 ${s.deadline}）` : ''}`;
}

export function SpaceEditor({
  editor,
  saving,
  onChange,
  onSave,
  onCancel,
}: {
  editor: EditorState;
  saving: boolean;
  onChange(values: SpaceFormValues): void;
  onSave(values: SpaceFormValues): Promise<StoredCustomerSpace>;
  onCancel(): void;
}) {
  const [form] = Form.useForm<SpaceFormValues>();
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [nextCode, setNextCode] = useState<string | null>(null);
  const servers = useServerOptions();
  // Read once per opening: the draft is the form's own state from then on.
  const initial = useRef(editor.values);
  const values = () => completeSpaceValues(form.getFieldsValue(true) as Partial<SpaceFormValues>);
  const kind = (Form.useWatch('renterKind', form) ?? initial.current.renterKind) as RenterKind;
  const idType = (Form.useWatch('renterIdType', form) ?? initial.current.renterIdType) as string | undefined;
  const openedOn = (Form.useWatch('openedOn', form) ?? initial.current.openedOn) as string;
  const reportedOn = (Form.useWatch('reportedOn', form) ?? initial.current.reportedOn) as string;
  const changedOn = (Form.useWatch('changedOn', form) ?? initial.current.changedOn) as string;

  useEffect(() => {
    let live = true;
    api['customerSpaces.getCodePattern']({})
      .then((p) => live && setNextCode(p.next))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);

  const sync = () => {
    setSubmitError(null);
    onChange(values());
  };
  const rules = (field: SpaceField) => [checkedBy(() => checkSpaceField(field, values()))];
  useFocusRequest(form, FORM_FIELDS);

  const onValuesChange = (changed: Partial<SpaceFormValues>) => {
    // A unit is identified by its 统一社会信用代码; a person by one of the five documents.
    if (changed.renterKind === '单位') form.setFieldValue('renterIdType', UNIT_ID_TYPE);
    if (changed.renterKind === '个人' && form.getFieldValue('renterIdType') === UNIT_ID_TYPE) form.setFieldValue('renterIdType', '居民身份证');
    recheckFieldsWithErrors(form, changed);
    sync();
  };

  const onFinish = async () => {
    setSubmitError(null);
    try {
      await onSave(values());
    } catch (err) {
      // Everything typed stays in the form and in the draft; only the message is placed.
      if (!placeError(form, err)) setSubmitError(errorMessage(err));
    }
  };

  const title = editor.id ? `编辑客户空间 ${initial.current.spaceCode}` : '新增客户空间';
  return (
    <RecordDrawer title={title} size={860} onClose={onCancel} isDirty={() => form.isFieldsTouched()}>
      <section aria-label={title}>
        <Form<SpaceFormValues> form={form} name="customerSpace" {...formLayout} initialValues={initial.current} onValuesChange={onValuesChange} onFinish={onFinish}>
          <Form.Item
            name="spaceCode"
            label={L.spaceCode}
            rules={rules('spaceCode')}
            extra="留空时按编号规则自动编号。编号一经使用不再分配，删除空间后也不会复用（第四条：统一编号）。"
          >
            <Input spellCheck={false} placeholder={nextCode ? `留空自动编号：${nextCode}` : '留空自动编号'} style={{ maxWidth: 360 }} />
          </Form.Item>
          <Form.Item
            name="serverId"
            label={L.serverId}
            extra={servers.failed ? '未能读取服务器列表，可稍后再选。' : servers.options.length === 0 ? '尚未登记服务器，可先在“服务器”页面新增。' : undefined}
          >
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              options={servers.options}
              placeholder="选择服务器（资产编号 主机名）"
              notFoundContent="没有这台服务器"
              style={{ maxWidth: 360 }}
            />
          </Form.Item>
          <RenterFields kind={kind} idType={idType} values={values} />
          <DomainsField values={values} onChanged={sync} />
          <Form.Item name="openedOn" label={L.openedOn} required rules={rules('openedOn')} validateTrigger={['onChange', 'onBlur']}>
            <IsoDatePicker />
          </Form.Item>
          <Form.Item
            name="reportedOn"
            label={L.reportedOn}
            rules={rules('reportedOn')}
            dependencies={['openedOn']}
            validateTrigger={['onChange', 'onBlur']}
            extra={reportHint({ openedOn, reportedOn, changedOn })}
          >
            <IsoDatePicker />
          </Form.Item>
          <Form.Item
            name="changedOn"
            label={L.changedOn}
            rules={rules('changedOn')}
            validateTrigger={['onChange', 'onBlur']}
            extra="租用者或域名信息变更后，保存时自动记录。"
          >
            <IsoDatePicker />
          </Form.Item>
          <Form.Item name="note" label={L.note} rules={rules('note')}>
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
          <Form.Item label={null} style={{ marginInlineStart: 150 }}>
            <FormFooter
              submitError={submitError}
              saving={saving}
              onCancel={onCancel}
              status={<DraftKeptNote />}
            />
          </Form.Item>
        </Form>
      </section>
    </RecordDrawer>
  );
}
