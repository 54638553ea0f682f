import { Flex, Form, Input, Select, type FormInstance } from 'antd';
import type { StoredPerson } from '../../../shared/records/person';
import { GROUP_DUTIES, SECURITY_GROUP_LABELS as L } from '../../../shared/records/securityGroup';
import { CardListField } from '../../forms/CardListField';
import { checkedBy } from '../../forms/formChrome';
import { personOptions, usePeopleDirectory } from '../../store/peopleDirectory';
import { checkMember, EMPTY_MEMBER, type GroupFormValues, type MemberFormValue } from './groupForm';

/** 成员: people from 人员 with their 组内职责 (组长 / 网络管理员 / 安全员) and a contact phone. */
export function MembersField({
  form,
  values,
  people,
  byId,
  onChanged,
}: {
  form: FormInstance<GroupFormValues>;
  values: () => GroupFormValues;
  people: StoredPerson[];
  byId: ReadonlyMap<string, StoredPerson>;
  onChanged(): void;
}) {
  const loaded = usePeopleDirectory((st) => st.loaded);
  const members = (Form.useWatch('members', form) ?? []) as MemberFormValue[];
  const options = personOptions(people, members.map((m) => m?.personId), loaded);
  const rule = (i: number, field: keyof MemberFormValue) => [checkedBy(() => checkMember(values(), i, field))];

  // 联系电话 follows the chosen person's mobile, unless the user typed a number that is nobody's mobile.
  const onPersonChosen = (i: number, personId: string | undefined) => {
    const phone = ((form.getFieldValue(['members', i, 'phone']) as string | undefined) ?? '').trim();
    const isDefault = phone === '' || people.some((p) => p.mobile !== '' && p.mobile === phone);
    if (!isDefault) return;
    form.setFieldValue(['members', i, 'phone'], personId ? (byId.get(personId)?.mobile ?? '') : '');
    onChanged();
  };

  return (
    <CardListField
      name="members"
      label={L.members}
      extra="第十条：小组由单位法人代表（或主要负责人）、网络管理人员、安全员等组成。联系电话默认为该人员的手机号码。"
      addText="添加成员"
      newRow={() => ({ ...EMPTY_MEMBER })}
      onChanged={onChanged}
    >
      {(field, i) => (
        <Flex wrap gap={12}>
          <Form.Item
            layout="vertical"
            name={[field.name, 'personId']}
            label={L.memberName}
            required
            rules={rule(i, 'personId')}
            validateTrigger={['onChange', 'onBlur']}
            style={{ flex: '2 1 220px', marginBottom: 0 }}
          >
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              options={options}
              placeholder="输入姓名查找"
              notFoundContent="没有这个人员，请先在“人员”页面新增"
              onChange={(next: string | undefined) => onPersonChosen(field.name, next)}
            />
          </Form.Item>
          <Form.Item
            layout="vertical"
            name={[field.name, 'duty']}
            label={L.duty}
            required
            rules={rule(i, 'duty')}
            dependencies={['leaderId']}
            validateTrigger={['onChange', 'onBlur']}
            style={{ flex: '1 1 140px', marginBottom: 0 }}
          >
            <Select showSearch={{ optionFilterProp: 'label' }} options={GROUP_DUTIES.map((d) => ({ value: d, label: d }))} placeholder="请选择" />
          </Form.Item>
          <Form.Item
            layout="vertical"
            name={[field.name, 'phone']}
            label={L.phone}
            rules={rule(i, 'phone')}
            style={{ flex: '1 1 160px', marginBottom: 0 }}
          >
            <Input inputMode="tel" autoComplete="off" />
          </Form.Item>
        </Flex>
      )}
    </CardListField>
  );
}
