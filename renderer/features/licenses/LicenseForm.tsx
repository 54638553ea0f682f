import { Button, Checkbox, Form, Input, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { LICENSE_KINDS, LICENSE_LABELS, TELECOM_SCOPES, telecomScopeLabel } from '../../../shared/records/license';
import { ScanListField } from '../../components/scans/ScanListField';
import { IsoDatePicker } from '../../forms/dateField';
import { DraftKeptNote, FormFooter } from '../../forms/FormFooter';
import { useRecordForm } from '../../forms/useRecordForm';
import { completeLicenseValues, licenseFieldRules, type LicenseField, type LicenseFormValues } from './licenseForm';
import { useLicenseStore, type LicenseEditor } from './licenseStore';

const SCOPE_OPTIONS = TELECOM_SCOPES.map((s) => ({ value: s.code, label: telecomScopeLabel(s.code) }));

export function LicenseForm({ editor, unitCreditCode }: { editor: LicenseEditor; unitCreditCode: string }) {
  const [prefilled, setPrefilled] = useState(false);
  const { form, formProps, current, setValues, closeEditor, saving, submitError } = useRecordForm(useLicenseStore, editor, {
    complete: completeLicenseValues,
    labels: LICENSE_LABELS,
    firstField: 'kind',
    beforeSync(changed, form) {
      if ('number' in changed) setPrefilled(false);
      // 营业执照's number is the unit's 统一社会信用代码: offer the one on 单位信息 when nothing is typed yet.
      if (changed.kind === '营业执照' && unitCreditCode && form.getFieldValue('number') === '') {
        form.setFieldValue('number', unitCreditCode);
        setPrefilled(true);
      }
    },
  });
  const kind = Form.useWatch('kind', form) ?? editor.values.kind;
  const longTerm = Form.useWatch('longTerm', form) ?? editor.values.longTerm;
  const number = Form.useWatch('number', form) ?? editor.values.number;
  const rules = (field: LicenseField) => licenseFieldRules(field, current);

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
    <Form<LicenseFormValues> {...formProps} name="license" style={{ maxWidth: 820 }}>
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
      <Form.Item name="validFrom" label={LICENSE_LABELS.validFrom} rules={rules('validFrom')} validateTrigger={['onChange', 'onBlur']}>
        <IsoDatePicker style={{ width: 200 }} />
      </Form.Item>
      <Form.Item label={LICENSE_LABELS.validTo} htmlFor="license_validTo" required={!longTerm}>
        <Space align="start" wrap>
          <Form.Item
            name="validTo"
            noStyle
            rules={rules('validTo')}
            dependencies={['validFrom', 'longTerm']}
            validateTrigger={['onChange', 'onBlur']}
            getValueProps={(v: string | undefined) => ({ value: longTerm ? '' : v })}
          >
            <IsoDatePicker
              id="license_validTo"
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
