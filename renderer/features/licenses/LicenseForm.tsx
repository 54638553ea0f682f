import { Alert, Button, Checkbox, DatePicker, Form, Input, Select, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useRef, useState } from 'react';
import { ApiError } from '../../../shared/api/errors';
import { LICENSE_KINDS, LICENSE_LABELS, TELECOM_SCOPES, telecomScopeLabel } from '../../../shared/records/license';
import { errorMessage } from '../../api/client';
import { ScanListField } from '../../components/scans/ScanListField';
import { recheckFieldsWithErrors, recordFormProps, topField } from './formChrome';
import {
  completeLicenseValues,
  LICENSE_FORM_FIELDS,
  licenseFieldRules,
  licenseMessageWithoutLabel,
  type LicenseField,
  type LicenseFormValues,
} from './licenseForm';
import { useLicenseStore, type LicenseEditor } from './licenseStore';

const DATE_FORMAT = 'YYYY-MM-DD';
const SCOPE_OPTIONS = TELECOM_SCOPES.map((s) => ({ value: s.code, label: telecomScopeLabel(s.code) }));

/** A DatePicker holds a dayjs; the record holds YYYY-MM-DD. */
const dateProps = {
  getValueProps: (v: string | undefined) => ({ value: v ? dayjs(v) : null }),
  normalize: (d: Dayjs | null) => (d ? d.format(DATE_FORMAT) : ''),
};

const isLicenseField = (name: string | undefined): name is LicenseField => !!name && (LICENSE_FORM_FIELDS as string[]).includes(name);

export function LicenseForm({ editor, unitCreditCode }: { editor: LicenseEditor; unitCreditCode: string }) {
  const [form] = Form.useForm<LicenseFormValues>();
  const setValues = useLicenseStore((s) => s.setValues);
  const closeEditor = useLicenseStore((s) => s.closeEditor);
  const save = useLicenseStore((s) => s.save);
  const saving = useLicenseStore((s) => s.saving);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [prefilled, setPrefilled] = useState(false);
  const initialValues = useRef(editor.values);
  const kind = Form.useWatch('kind', form) ?? editor.values.kind;
  const longTerm = Form.useWatch('longTerm', form) ?? editor.values.longTerm;
  const number = Form.useWatch('number', form) ?? editor.values.number;
  const current = () => completeLicenseValues(form.getFieldsValue(true) as Partial<LicenseFormValues>);
  const rules = (field: LicenseField) => licenseFieldRules(field, current);

  useEffect(() => {
    form.focusField('kind');
  }, [form]);

  const onValuesChange = (changed: Partial<LicenseFormValues>) => {
    setSubmitError(null);
    if ('number' in changed) setPrefilled(false);
    // 营业执照's number is the unit's 统一社会信用代码: offer the one on 单位信息 when nothing is typed yet.
    if (changed.kind === '营业执照' && unitCreditCode && form.getFieldValue('number') === '') {
      form.setFieldValue('number', unitCreditCode);
      setPrefilled(true);
    }
    setValues(current());
    recheckFieldsWithErrors(form, changed);
  };

  const onFinish = async () => {
    setSubmitError(null);
    try {
      await save(current());
    } catch (err) {
      const field = err instanceof ApiError ? topField(err.field) : undefined;
      if (err instanceof ApiError && isLicenseField(field)) {
        form.setFields([{ name: field, errors: [licenseMessageWithoutLabel(field, err.message)] }]);
        form.focusField(field);
        return;
      }
      setSubmitError(errorMessage(err));
    }
  };

  const numberHint =
    kind === '营业执照'
      ? prefilled
        ? '已按单位信息填入统一社会信用代码，请与营业执照核对。'
        : unitCreditCode
          ? '营业执照的证照编号即统一社会信用代码（18位）；留空时可从单位信息填入。'
          : '营业执照的证照编号即统一社会信用代码（18位，GB 32100-2015）。'
      : kind === '电信业务经营许可证'
        ? '如 闽B1-20190001；全国性许可证如 B1.B2-20190001。'
        : undefined;

  return (
    <Form<LicenseFormValues>
      {...recordFormProps}
      form={form}
      name="license"
      style={{ maxWidth: 820 }}
      initialValues={initialValues.current}
      onValuesChange={onValuesChange}
      onFinish={onFinish}
    >
      <Form.Item name="kind" label={LICENSE_LABELS.kind} required rules={rules('kind')} validateTrigger={['onChange', 'onBlur']}>
        <Select
          virtual={false}
          aria-required="true"
          placeholder="请选择"
          options={LICENSE_KINDS.map((k) => ({ value: k, label: k }))}
          style={{ maxWidth: 320 }}
        />
      </Form.Item>
      {kind === '其他' ? (
        <Form.Item name="title" label={LICENSE_LABELS.title} required rules={rules('title')}>
          <Input aria-required="true" placeholder="例如：增值电信业务经营许可证（ICP）以外的其他许可" />
        </Form.Item>
      ) : null}
      <Form.Item
        name="number"
        label={LICENSE_LABELS.number}
        required
        rules={rules('number')}
        dependencies={['kind']}
        extra={numberHint}
      >
        <Input aria-required="true" spellCheck={false} autoCapitalize="characters" style={{ maxWidth: 360 }} />
      </Form.Item>
      {kind === '营业执照' && unitCreditCode && !number ? (
        <Form.Item label={null}>
          <Button
            size="small"
            onClick={() => {
              form.setFieldValue('number', unitCreditCode);
              setPrefilled(true);
              setValues(current());
              void form.validateFields(['number']);
            }}
          >
            使用单位信息中的统一社会信用代码
          </Button>
        </Form.Item>
      ) : null}
      <Form.Item name="issuer" label={LICENSE_LABELS.issuer} rules={rules('issuer')}>
        <Input placeholder="例如：厦门市市场监督管理局、福建省通信管理局" />
      </Form.Item>
      <Form.Item name="validFrom" label={LICENSE_LABELS.validFrom} rules={rules('validFrom')} validateTrigger={['onChange', 'onBlur']} {...dateProps}>
        <DatePicker format={DATE_FORMAT} placeholder="YYYY-MM-DD" style={{ width: 200 }} />
      </Form.Item>
      <Form.Item label={LICENSE_LABELS.validTo} htmlFor="license_validTo" required={!longTerm}>
        <Space align="start" wrap>
          <Form.Item
            name="validTo"
            noStyle
            rules={rules('validTo')}
            dependencies={['validFrom', 'longTerm']}
            validateTrigger={['onChange', 'onBlur']}
            getValueProps={(v: string | undefined) => ({ value: v && !longTerm ? dayjs(v) : null })}
            normalize={dateProps.normalize}
          >
            <DatePicker
              id="license_validTo"
              format={DATE_FORMAT}
              placeholder={longTerm ? '长期' : 'YYYY-MM-DD'}
              disabled={longTerm}
              aria-required={!longTerm}
              style={{ width: 200 }}
            />
          </Form.Item>
          <Form.Item name="longTerm" noStyle valuePropName="checked">
            <Checkbox style={{ lineHeight: '32px' }}>{LICENSE_LABELS.longTerm}</Checkbox>
          </Form.Item>
        </Space>
      </Form.Item>
      {kind === '电信业务经营许可证' ? (
        <Form.Item
          name="scope"
          label={LICENSE_LABELS.scope}
          required
          rules={rules('scope')}
          dependencies={['kind']}
          validateTrigger={['onChange', 'onBlur']}
          extra="按许可证正文列出的业务种类选择，可多选（第三条：取得相应业务经营许可证）。"
        >
          <Select mode="multiple" virtual={false} aria-required="true" allowClear showSearch={{ optionFilterProp: 'label' }} placeholder="例如 B11 互联网数据中心业务" options={SCOPE_OPTIONS} />
        </Form.Item>
      ) : null}
      <Form.Item
        name="scans"
        label={LICENSE_LABELS.scans}
        rules={rules('scans')}
        extra="证照原件的扫描件或照片，四角完整、字迹清晰；导出时转为规定标准的电子图片（第九条）。"
      >
        <ScanListField label={LICENSE_LABELS.scans} max={20} />
      </Form.Item>

      <Form.Item label={null}>
        <Space orientation="vertical" style={{ width: '100%' }}>
          {submitError ? <Alert type="error" showIcon title="未能保存" description={`${submitError}。填写的内容仍保留在表单中。`} /> : null}
          <Space>
            <Button type="primary" htmlType="submit" loading={saving} disabled={saving}>
              保存
            </Button>
            <Button onClick={closeEditor} disabled={saving}>
              取消
            </Button>
            <Typography.Text type="secondary" role="status">
              未保存的内容在切换页面后仍会保留，直到保存或取消。
            </Typography.Text>
          </Space>
        </Space>
      </Form.Item>
    </Form>
  );
}
