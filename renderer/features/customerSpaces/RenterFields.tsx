import { Divider, Form, Input, Radio, Select } from 'antd';
import { PERSON_ID_TYPE_LABELS } from '../../../shared/identity';
import { CUSTOMER_SPACE_LABELS as L, RENTER_KINDS, UNIT_ID_TYPE, type RenterKind } from '../../../shared/records/customerSpace';
import { checkedBy } from '../../forms/formChrome';
import { checkSpaceField, type SpaceField, type SpaceFormValues } from './spaceForm';

const PERSON_TYPE_OPTIONS = PERSON_ID_TYPE_LABELS.map((t) => ({ value: t, label: t }));
const NARROW = { maxWidth: 360 };

/** 租用者 (第十二条): a unit with its 统一社会信用代码 and 单位负责人, or a person with one of the five documents. */
export function RenterFields({ kind, idType, values }: { kind: RenterKind; idType: string | undefined; values: () => SpaceFormValues }) {
  const rules = (field: SpaceField) => [checkedBy(() => checkSpaceField(field, values()))];
  const unit = kind === '单位';
  return (
    <>
      <Divider titlePlacement="start" plain>
        租用者
      </Divider>
      <Form.Item name="renterKind" label={L.renterKind} required>
        <Radio.Group options={RENTER_KINDS.map((k) => ({ value: k, label: k }))} />
      </Form.Item>
      <Form.Item name="renterName" label={L.renterName} required rules={rules('renterName')} extra={unit ? '与营业执照一致' : '与证件一致'}>
        <Input style={NARROW} />
      </Form.Item>
      {unit ? (
        <Form.Item label={L.renterIdType} htmlFor="space-renter-unit-id-type" required>
          <Input id="space-renter-unit-id-type" readOnly value={UNIT_ID_TYPE} style={NARROW} />
        </Form.Item>
      ) : (
        <Form.Item name="renterIdType" label={L.renterIdType} required rules={rules('renterIdType')} validateTrigger={['onChange', 'onBlur']}>
          <Select virtual={false} showSearch={{ optionFilterProp: 'label' }} options={PERSON_TYPE_OPTIONS} placeholder="请选择" style={NARROW} />
        </Form.Item>
      )}
      {!unit && idType === '护照' ? (
        <Form.Item name="renterIdCountry" label={L.renterIdCountry} rules={rules('renterIdCountry')} extra="国家代码（ISO 3166-1 三字母），中国护照填 CHN。">
          <Input maxLength={3} spellCheck={false} placeholder="例如 CHN" style={{ width: 160 }} />
        </Form.Item>
      ) : null}
      <Form.Item
        name="renterIdNumber"
        label={L.renterIdNumber}
        required
        rules={rules('renterIdNumber')}
        dependencies={['renterIdType', 'renterKind', 'renterIdCountry']}
      >
        <Input spellCheck={false} autoCapitalize="characters" style={NARROW} />
      </Form.Item>
      <Form.Item name="renterPhone" label={L.renterPhone} rules={rules('renterPhone')}>
        <Input inputMode="tel" placeholder="手机或固定电话，例如 0592-5551234" style={NARROW} />
      </Form.Item>
      {unit ? (
        <>
          <Form.Item name="responsibleName" label={L.responsibleName} required rules={rules('responsibleName')} extra="第十二条（一）：单位客户登记负责人的身份信息。">
            <Input style={NARROW} />
          </Form.Item>
          <Form.Item name="responsibleIdType" label={L.responsibleIdType} required rules={rules('responsibleIdType')} validateTrigger={['onChange', 'onBlur']}>
            <Select virtual={false} showSearch={{ optionFilterProp: 'label' }} options={PERSON_TYPE_OPTIONS} placeholder="请选择" style={NARROW} />
          </Form.Item>
          <Form.Item
            name="responsibleIdNumber"
            label={L.responsibleIdNumber}
            required
            rules={rules('responsibleIdNumber')}
            dependencies={['responsibleIdType']}
          >
            <Input spellCheck={false} autoCapitalize="characters" style={NARROW} />
          </Form.Item>
        </>
      ) : null}
    </>
  );
}
