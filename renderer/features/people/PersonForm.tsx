import { Checkbox, Flex, Form, Input, Select, Space, Tag, Typography } from 'antd';
import { PERSON_ID_TYPE_LABELS } from '../../../shared/identity';
import { PERSON_LABELS, PERSON_ROLES } from '../../../shared/records/person';
import { SingleScanField } from '../../components/scans/SingleScanField';
import { DraftKeptNote, FormFooter } from '../../forms/FormFooter';
import { IsoDatePicker } from '../../forms/dateField';
import { useRecordForm } from '../../forms/useRecordForm';
import { checkIdNumber, completePersonValues, personFieldRules, type PersonField, type PersonFormValues } from './personForm';
import { ROLE_ARTICLES } from './roleArticles';
import { usePersonStore, type PersonEditor } from './personStore';

/** Birth date and sex read from a valid 居民身份证 number: shown, never typed. */
function DerivedFacts({ values }: { values: Pick<PersonFormValues, 'idType' | 'idNumber' | 'idCountry'> }) {
  const check = values.idNumber ? checkIdNumber(values) : null;
  const facts = check && !check.error ? check.facts : null;
  return (
    <div role="status" aria-live="polite">
      {facts ? (
        <Typography.Text>
          出生日期 {facts.birthDate}　性别 {facts.sex}
          <Typography.Text type="secondary">（由证件号码得出，无需填写）</Typography.Text>
        </Typography.Text>
      ) : values.idType === '居民身份证' ? (
        <Typography.Text type="secondary">出生日期和性别由身份证号码得出，无需填写。</Typography.Text>
      ) : null}
    </div>
  );
}

export function PersonForm({ editor }: { editor: PersonEditor }) {
  const { form, formProps, current, closeEditor, saving, submitError } = useRecordForm(usePersonStore, editor, {
    complete: completePersonValues,
    labels: PERSON_LABELS,
    firstField: 'name',
  });
  const idType = Form.useWatch('idType', form) ?? editor.values.idType;
  const idNumber = Form.useWatch('idNumber', form) ?? editor.values.idNumber;
  const idCountry = Form.useWatch('idCountry', form) ?? editor.values.idCountry;
  const idLongTerm = Form.useWatch('idLongTerm', form) ?? editor.values.idLongTerm;
  const rules = (field: PersonField) => personFieldRules(field, current);

  return (
    <Form<PersonFormValues> {...formProps} name="person" style={{ maxWidth: 820 }}>
      <Form.Item name="name" label={PERSON_LABELS.name} required rules={rules('name')}>
        <Input aria-required="true" placeholder="与证件一致" style={{ maxWidth: 320 }} />
      </Form.Item>
      <Form.Item name="idType" label={PERSON_LABELS.idType} required rules={rules('idType')} validateTrigger={['onChange', 'onBlur']}>
        <Select virtual={false} aria-required="true" placeholder="请选择" options={PERSON_ID_TYPE_LABELS.map((t) => ({ value: t, label: t }))} style={{ maxWidth: 320 }} />
      </Form.Item>
      {idType === '护照' ? (
        <Form.Item
          name="idCountry"
          label={PERSON_LABELS.idCountry}
          rules={rules('idCountry')}
          extra="国家代码（ISO 3166-1 三字母）：中国护照填 CHN，其他如 USA、JPN；填 CHN 时按中国护照号码格式校验。"
        >
          <Input placeholder="例如 CHN" maxLength={3} spellCheck={false} autoCapitalize="characters" style={{ width: 160 }} />
        </Form.Item>
      ) : null}
      <Form.Item
        name="idNumber"
        label={PERSON_LABELS.idNumber}
        required
        rules={rules('idNumber')}
        dependencies={['idType', 'idCountry']}
        extra={<DerivedFacts values={{ idType, idNumber, idCountry }} />}
      >
        <Input aria-required="true" spellCheck={false} autoCapitalize="characters" style={{ maxWidth: 320 }} />
      </Form.Item>
      <Form.Item
        label={PERSON_LABELS.idValidTo}
        htmlFor="person_idValidTo"
        extra="证件背面的有效期限截止日；法定代表人、主要负责人的证件过期时不能导出（第九条：有效身份证件）。"
      >
        <Space align="start" wrap>
          <Form.Item
            name="idValidTo"
            noStyle
            rules={rules('idValidTo')}
            validateTrigger={['onChange', 'onBlur']}
            getValueProps={(v: string | undefined) => ({ value: idLongTerm ? '' : v })}
          >
            <IsoDatePicker id="person_idValidTo" placeholder={idLongTerm ? '长期' : 'YYYY-MM-DD'} disabled={idLongTerm} style={{ width: 200 }} />
          </Form.Item>
          <Form.Item name="idLongTerm" noStyle valuePropName="checked">
            <Checkbox style={{ lineHeight: '32px' }}>长期</Checkbox>
          </Form.Item>
        </Space>
      </Form.Item>
      <Form.Item name="mobile" label={PERSON_LABELS.mobile} rules={rules('mobile')} dependencies={['roles']}>
        <Input placeholder="11位，例如 13800000000" inputMode="tel" style={{ maxWidth: 320 }} />
      </Form.Item>
      <Form.Item name="title" label={PERSON_LABELS.title} rules={rules('title')}>
        <Input placeholder="例如：总经理、运维主管" style={{ maxWidth: 320 }} />
      </Form.Item>
      <Form.Item name="roles" label={PERSON_LABELS.roles} rules={rules('roles')} validateTrigger={['onChange', 'onBlur']} extra="一人可担任多个角色。">
        <Checkbox.Group role="group" aria-label={PERSON_LABELS.roles} style={{ display: 'block' }}>
          <Flex wrap gap={12}>
            {PERSON_ROLES.map((role) => (
              <Checkbox key={role} value={role}>
                {role}
                <Tag color="blue" variant="outlined" style={{ marginInlineStart: 6 }} aria-hidden="true">
                  {ROLE_ARTICLES[role]}
                </Tag>
              </Checkbox>
            ))}
          </Flex>
        </Checkbox.Group>
      </Form.Item>
      <Form.Item name="idFront" label={PERSON_LABELS.idFront} extra="证件原件的扫描件或照片（第九条：制作成规定标准的电子图片）。">
        <SingleScanField label={PERSON_LABELS.idFront} />
      </Form.Item>
      <Form.Item name="idBack" label={PERSON_LABELS.idBack}>
        <SingleScanField label={PERSON_LABELS.idBack} />
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
