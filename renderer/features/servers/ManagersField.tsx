import { Form, Input, Radio, Select, type FormInstance } from 'antd';
import { PERSON_ID_TYPE_LABELS } from '../../../shared/identity';
import type { StoredPerson } from '../../../shared/records/person';
import { SERVER_LABELS } from '../../../shared/records/server';
import { CardListField } from '../../forms/CardListField';
import { checkedBy } from '../../forms/formChrome';
import { checkManager, EMPTY_MANAGER, type ManagerField, type ManagerFormValue, type ServerFormValues } from './serverForm';
import { personOptions, usePeopleDirectory } from '../../store/peopleDirectory';

const KIND_OPTIONS = [
  { value: 'person', label: '本单位人员' },
  { value: 'endUser', label: '最终用户（第三条）' },
];

/** 管理人员: people from 人员, or the end users who manage the server's resources (第三条). */
export function ManagersField({
  form,
  values,
  people,
  onChanged,
}: {
  form: FormInstance<ServerFormValues>;
  values: () => ServerFormValues;
  people: StoredPerson[];
  onChanged(): void;
}) {
  const managers = (Form.useWatch('managers', form) ?? []) as ManagerFormValue[];
  const rule = (i: number, field: ManagerField) => [checkedBy(() => checkManager(values(), i, field))];
  const loaded = usePeopleDirectory((st) => st.loaded);
  const options = personOptions(people, managers.map((m) => m?.personId), loaded);

  return (
    <CardListField
      name="managers"
      label={SERVER_LABELS.managers}
      extra="第三条：托管服务单位须将管理服务器资源的最终用户一并备案登记。可选本单位人员，或登记最终用户的身份信息。"
      addText="添加管理人员"
      newRow={() => ({ ...EMPTY_MANAGER })}
      onChanged={onChanged}
    >
      {(field, i) => {
        const kind = managers[i]?.kind ?? 'person';
        return (
          <>
            <Form.Item name={[field.name, 'kind']} label="类型">
              <Radio.Group options={KIND_OPTIONS} />
            </Form.Item>
            {kind === 'person' ? (
              <Form.Item name={[field.name, 'personId']} label="人员" required rules={rule(i, 'personId')} validateTrigger={['onChange', 'onBlur']}>
                <Select
                  showSearch={{ optionFilterProp: 'label' }}
                  options={options}
                  placeholder={people.length === 0 ? '尚未登记人员，请先在“人员”页面新增' : '输入姓名查找'}
                  notFoundContent="没有这个人员"
                />
              </Form.Item>
            ) : (
              <>
                <Form.Item name={[field.name, 'name']} label="姓名" required rules={rule(i, 'name')}>
                  <Input autoComplete="off" />
                </Form.Item>
                <Form.Item name={[field.name, 'idType']} label="证件类型" required rules={rule(i, 'idType')} validateTrigger={['onChange', 'onBlur']}>
                  <Select
                    showSearch={{ optionFilterProp: 'label' }}
                    options={PERSON_ID_TYPE_LABELS.map((t) => ({ value: t, label: t }))}
                    placeholder="请选择"
                  />
                </Form.Item>
                {managers[i]?.idType === '护照' && (
                  <Form.Item name={[field.name, 'idCountry']} label="签发国家" rules={rule(i, 'idCountry')} extra="国家代码（ISO 3166-1 三字母），中国护照填 CHN。">
                    <Input autoComplete="off" maxLength={3} style={{ width: 120 }} />
                  </Form.Item>
                )}
                <Form.Item
                  name={[field.name, 'idNumber']}
                  label="证件号码"
                  required
                  rules={rule(i, 'idNumber')}
                  dependencies={[['managers', field.name, 'idType'], ['managers', field.name, 'idCountry']]}
                >
                  <Input spellCheck={false} autoComplete="off" />
                </Form.Item>
                <Form.Item name={[field.name, 'mobile']} label="手机号码" rules={rule(i, 'mobile')}>
                  <Input inputMode="tel" autoComplete="off" placeholder="例如 13800000000" />
                </Form.Item>
              </>
            )}
          </>
        );
      }}
    </CardListField>
  );
}
