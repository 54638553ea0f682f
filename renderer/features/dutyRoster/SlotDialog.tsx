import { Alert, App, Button, Flex, Form, Input, Modal, Popconfirm, Radio, Select, Space, Typography } from 'antd';
import { useRef, useState, type MutableRefObject } from 'react';
import { useGuardedClose } from '../../components/useGuardedClose';
import type { MethodInput } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import { DUTY_ROSTER_LABELS as L, type DutyRosterView, type RosterSlot } from '../../../shared/records/dutyRoster';
import type { StoredPerson } from '../../../shared/records/person';
import { errorMessage } from '../../api/client';
import { busyIcon } from './busyIcon';
import { slotTime } from '../../calendarMonth';
import { personOptions, type PeopleIndex } from './people';
import { describeOverride, overrideKindLabel, shiftNamer } from './overrideText';
import { useRosterStore } from './rosterStore';

type Kind = 'swap' | 'replace' | 'leave';
interface DialogValues {
  kind: Kind;
  target?: string;
  personId?: string;
  coveredBy?: string;
  note?: string;
}

const KIND_HELP: Record<Kind, string> = {
  swap: '与另一个班次互换值班人员。',
  replace: '这个班次改由另一位人员值班。',
  leave: '值班人员当天请假：当天由他值的全部班次交给替班人员；暂无人替班时，该时段显示为未覆盖。',
};

const slotKey = (s: Pick<RosterSlot, 'date' | 'shiftId'>) => `${s.date}|${s.shiftId}`;

function SlotForm({
  slot,
  view,
  people,
  index,
  onDone,
  touched,
}: {
  slot: RosterSlot;
  view: DutyRosterView;
  people: StoredPerson[];
  index: PeopleIndex;
  onDone(): void;
  /** Lets the dialog ask before Esc throws away what was chosen or typed. */
  touched: MutableRefObject<() => boolean>;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<DialogValues>();
  touched.current = () => form.isFieldsTouched();
  const addOverride = useRosterStore((s) => s.addOverride);
  const removeOverride = useRosterStore((s) => s.removeOverride);
  const busy = useRosterStore((s) => s.busy === 'override');
  const [submitError, setSubmitError] = useState<string | null>(null);
  const held = index.exists(slot.personId);
  const kind = (Form.useWatch('kind', form) ?? 'swap') as Kind;
  const shiftName = shiftNamer(view);
  const mine = view.overrides.filter((o) => slot.overrideIds.includes(o.id));

  const targets = view.slots
    .filter((s) => slotKey(s) !== slotKey(slot) && s.personId !== slot.personId)
    .map((s) => ({ value: slotKey(s), label: `${s.date} ${s.shiftName} ${slotTime(s.start, s.end)} ${index.name(s.personId)}` }));

  const onFinish = async (v: DialogValues) => {
    setSubmitError(null);
    const note = (v.note ?? '').trim();
    let input: MethodInput<'dutyRoster.addOverride'>;
    if (v.kind === 'swap') {
      const [date, shiftId] = (v.target ?? '').split('|');
      input = { kind: 'swap', a: { date: slot.date, shiftId: slot.shiftId }, b: { date: date ?? '', shiftId: shiftId ?? '' }, note };
    } else if (v.kind === 'replace') {
      input = { kind: 'replace', date: slot.date, shiftId: slot.shiftId, personId: v.personId ?? '', note };
    } else {
      input = { kind: 'leave', date: slot.date, personId: slot.personId, coveredBy: v.coveredBy ?? '', note };
    }
    try {
      await addOverride(input);
      message.success(`已${v.kind === 'swap' ? '调班' : v.kind === 'replace' ? '替班' : '登记请假'}`);
      onDone();
    } catch (err) {
      const f = err instanceof ApiError ? err.field : undefined;
      const name = f === 'a' || f === 'b' ? 'target' : f === 'personId' && v.kind === 'replace' ? 'personId' : f === 'coveredBy' || f === 'note' ? f : null;
      if (err instanceof ApiError && name) {
        const text = err.message.replace(/^[^：]{1,8}：/u, '');
        form.setFields([{ name, errors: [text] }]);
        return;
      }
      setSubmitError(errorMessage(err));
    }
  };

  return (
    <Flex vertical gap={12}>
      <Typography.Text>
        {L.personId}：
        <Typography.Text strong type={held ? undefined : 'danger'}>
          {index.name(slot.personId)}
        </Typography.Text>
        {slot.generatedPersonId !== slot.personId ? <Typography.Text type="secondary">（原排：{index.name(slot.generatedPersonId)}）</Typography.Text> : null}
      </Typography.Text>
      <Form<DialogValues>
        form={form}
        name="dutySlot"
        layout="vertical"
        colon={false}
        initialValues={{ kind: 'swap', coveredBy: '', note: '' }}
        onValuesChange={() => setSubmitError(null)}
        onFinish={onFinish}
        autoComplete="off"
      >
        <Form.Item name="kind" label={L.kind} extra={KIND_HELP[kind]}>
          <Radio.Group
            options={[
              { value: 'swap', label: '调班' },
              { value: 'replace', label: '替班' },
              { value: 'leave', label: '请假', disabled: !held },
            ]}
          />
        </Form.Item>
        {kind === 'swap' ? (
          <Form.Item name="target" label="与之调换的班次" rules={[{ required: true, message: '请选择与之调换的班次' }]}>
            <Select
              virtual={false}
              showSearch={{ optionFilterProp: 'label' }}
              placeholder="输入日期或姓名查找，例如 2026-12-06"
              options={targets}
              notFoundContent="本月没有可调换的班次"
            />
          </Form.Item>
        ) : null}
        {kind === 'replace' ? (
          <Form.Item name="personId" label={L.personId} rules={[{ required: true, message: '请选择值班人员' }]}>
            <Select virtual={false} showSearch={{ optionFilterProp: 'label' }} placeholder="请选择" options={personOptions(people, [slot.personId])} />
          </Form.Item>
        ) : null}
        {kind === 'leave' ? (
          <Form.Item name="coveredBy" label={L.coveredBy} extra={`请假人员：${index.name(slot.personId)}，${slot.date} 当天`}>
            <Select
              virtual={false}
              showSearch={{ optionFilterProp: 'label' }}
              options={[{ value: '', label: '暂无人替班（显示为未覆盖时段）' }, ...personOptions(people, [slot.personId])]}
            />
          </Form.Item>
        ) : null}
        <Form.Item name="note" label={L.note}>
          <Input maxLength={100} placeholder="例如：事假、病假、个人原因调换" />
        </Form.Item>
        {submitError ? <Alert type="error" showIcon role="alert" title="未能保存" description={submitError} style={{ marginBottom: 12 }} /> : null}
        <Space>
          <Button type="primary" htmlType="submit" icon={busyIcon(busy)} disabled={busy}>
            保存
          </Button>
          <Button onClick={onDone} disabled={busy}>
            取消
          </Button>
        </Space>
      </Form>
      {mine.length > 0 ? (
        <section aria-label="本班次的调班">
          <Typography.Title level={3} style={{ fontSize: 14 }}>
            本班次的调班
          </Typography.Title>
          <Flex vertical gap={4}>
            {mine.map((o) => (
              <Flex key={o.id} align="center" gap={8} wrap>
                <Typography.Text>
                  {overrideKindLabel(o)}：{describeOverride(o, shiftName, index)}
                </Typography.Text>
                <Popconfirm
                  title="删除这条调班？"
                  okText="删除"
                  cancelText="取消"
                  onConfirm={async () => {
                    try {
                      await removeOverride(o.id);
                      message.success('已删除调班');
                      onDone();
                    } catch (err) {
                      setSubmitError(errorMessage(err));
                    }
                  }}
                >
                  <Button size="small" type="link" danger>
                    删除
                  </Button>
                </Popconfirm>
              </Flex>
            ))}
          </Flex>
        </section>
      ) : null}
    </Flex>
  );
}

/** Clicking a slot opens this: 调班 (swap), 替班 (replace) or 请假 (leave), each saved as a 调班 override. */
export function SlotDialog({
  slot,
  view,
  people,
  index,
  onClose,
}: {
  slot: RosterSlot | null;
  view: DutyRosterView | null;
  people: StoredPerson[];
  index: PeopleIndex;
  onClose(): void;
}) {
  const touched = useRef(() => false);
  const requestClose = useGuardedClose(() => touched.current(), onClose);
  return (
    <Modal
      open={slot !== null}
      title={slot ? `调班：${slot.date} ${slot.shiftName}（${slotTime(slot.start, slot.end)}）` : '调班'}
      onCancel={requestClose}
      footer={null}
      destroyOnHidden
      width={560}
    >
      {slot && view ? <SlotForm key={slotKey(slot)} slot={slot} view={view} people={people} index={index} onDone={onClose} touched={touched} /> : null}
    </Modal>
  );
}
