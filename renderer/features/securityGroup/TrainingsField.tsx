import { Flex, Form, Input, Select } from 'antd';
import type { StoredPerson } from '../../../shared/records/person';
import { SECURITY_GROUP_LABELS as L } from '../../../shared/records/securityGroup';
import { CardListField } from '../../forms/CardListField';
import { IsoDatePicker } from '../../forms/dateField';
import { checkedBy } from '../../forms/formChrome';
import { personOptions, usePeopleDirectory } from '../../store/peopleDirectory';
import { checkTraining, EMPTY_TRAINING, type GroupFormValues, type TrainingFormValue } from './groupForm';

/** 培训记录: date, topic and who attended (第十条: 安全员应当加强相关法律法规和网络安全知识的学习). */
export function TrainingsField({
  values,
  people,
  referenced,
  onChanged,
}: {
  values: () => GroupFormValues;
  people: StoredPerson[];
  /** Every attendee the records name, so a removed person shows as such. */
  referenced: string[];
  onChanged(): void;
}) {
  const loaded = usePeopleDirectory((st) => st.loaded);
  const options = personOptions(people, referenced, loaded);
  const rule = (i: number, field: keyof TrainingFormValue) => [checkedBy(() => checkTraining(values(), i, field))];
  return (
    <CardListField
      name="trainings"
      label={L.trainings}
      extra="第十条：安全员应当加强相关法律法规和网络安全知识的学习。"
      addText="添加培训记录"
      newRow={() => ({ ...EMPTY_TRAINING, attendeeIds: [] })}
      onChanged={onChanged}
    >
      {(field, i) => (
        <Flex wrap gap={12}>
          <Form.Item
            layout="vertical"
            name={[field.name, 'date']}
            label={L.trainingDate}
            required
            rules={rule(i, 'date')}
            validateTrigger={['onChange', 'onBlur']}
            style={{ flex: '0 1 160px', marginBottom: 0 }}
          >
            <IsoDatePicker />
          </Form.Item>
          <Form.Item
            layout="vertical"
            name={[field.name, 'topic']}
            label={L.trainingTopic}
            required
            rules={rule(i, 'topic')}
            style={{ flex: '2 1 240px', marginBottom: 0 }}
          >
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item layout="vertical" name={[field.name, 'attendeeIds']} label={L.attendees} style={{ flex: '1 1 100%', marginBottom: 0 }}>
            <Select mode="multiple" showSearch={{ optionFilterProp: 'label' }} options={options} placeholder="输入姓名查找，可多选" />
          </Form.Item>
        </Flex>
      )}
    </CardListField>
  );
}
