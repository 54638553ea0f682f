import { Form, Input, Select } from 'antd';
import { DOMAIN_LABELS as D, RENTER_ID_TYPES } from '../../../shared/records/customerSpace';
import { CardListField } from '../../forms/CardListField';
import { checkedBy } from '../../forms/formChrome';
import { checkDomainField, EMPTY_DOMAIN, type DomainField, type SpaceFormValues } from './spaceForm';

const HOLDER_TYPE_OPTIONS = RENTER_ID_TYPES.map((t) => ({ value: t, label: t }));

/** 绑定域名: one card a domain, typed as people write it (厦门.中国), with its holder when not the renter (第四条). */
export function DomainsField({ values, onChanged }: { values: () => SpaceFormValues; onChanged(): void }) {
  const rule = (i: number, field: DomainField) => [checkedBy(() => checkDomainField(values(), i, field))];
  return (
    <CardListField
      name="domains"
      label="绑定域名"
      extra="中文域名照常填写（如 厦门.中国）。一个域名只能绑定一个空间。域名持有者与租用者相同时留空。"
      addText="添加域名"
      newRow={() => ({ ...EMPTY_DOMAIN })}
      onChanged={onChanged}
    >
      {(field) => (
        <>
          <Form.Item name={[field.name, 'domain']} label={D.domain} required rules={rule(field.name, 'domain')}>
            <Input spellCheck={false} placeholder="例如 example.com 或 厦门.中国" />
          </Form.Item>
          <Form.Item name={[field.name, 'holderName']} label={D.holderName} rules={rule(field.name, 'holderName')} extra="与租用者相同时留空">
            <Input />
          </Form.Item>
          <Form.Item
            name={[field.name, 'holderIdType']}
            label={D.holderIdType}
            rules={rule(field.name, 'holderIdType')}
            validateTrigger={['onChange', 'onBlur']}
          >
            <Select allowClear virtual={false} showSearch={{ optionFilterProp: 'label' }} options={HOLDER_TYPE_OPTIONS} placeholder="与租用者相同时留空" />
          </Form.Item>
          <Form.Item
            name={[field.name, 'holderIdNumber']}
            label={D.holderIdNumber}
            rules={rule(field.name, 'holderIdNumber')}
            dependencies={[['domains', field.name, 'holderIdType']]}
          >
            <Input spellCheck={false} />
          </Form.Item>
          <Form.Item name={[field.name, 'icpNumber']} label={D.icpNumber} rules={rule(field.name, 'icpNumber')} extra="网站的ICP备案号，如 闽ICP备12345678号-1">
            <Input spellCheck={false} />
          </Form.Item>
          <Form.Item name={[field.name, 'psbNumber']} label={D.psbNumber} rules={rule(field.name, 'psbNumber')} extra="如 闽公网安备35020302000123号（14位数字）">
            <Input spellCheck={false} />
          </Form.Item>
        </>
      )}
    </CardListField>
  );
}
