import { Button, Flex, Table, Tag, Typography } from 'antd';
import type { DutyRosterView, RosterSlot } from '../../../shared/records/dutyRoster';
import { slotTime, weekdayLabel } from '../../calendarMonth';
import type { PeopleIndex } from './people';
import { overrideKindLabel } from './overrideText';

/** 列表: one row per slot (日期, 班次, 时间, 值班人员, 调班), each opening the same 调班 dialog as the month view. */
export function SlotTable({ view, people, onSelect }: { view: DutyRosterView; people: PeopleIndex; onSelect(slot: RosterSlot): void }) {
  const overrides = new Map(view.overrides.map((o) => [o.id, o]));
  return (
    <Table<RosterSlot>
      size="small"
      aria-label="值班列表"
      rowKey={(s) => `${s.date}|${s.shiftId}`}
      dataSource={view.slots}
      pagination={false}
      locale={{ emptyText: '本月尚未生成排班' }}
      rowClassName={(s) => (people.exists(s.personId) ? '' : 'duty-row-empty')}
      columns={[
        { title: '日期', dataIndex: 'date', width: 130, render: (d: string) => `${d} ${weekdayLabel(d)}` },
        { title: '班次', dataIndex: 'shiftName', width: 90 },
        { title: '时间', key: 'time', width: 150, render: (_: unknown, s) => slotTime(s.start, s.end) },
        {
          title: '值班人员',
          key: 'person',
          render: (_: unknown, s) => (
            <Flex align="center" gap={6}>
              {people.exists(s.personId) ? <span className="duty-person-dot" style={{ background: people.color(s.personId) }} aria-hidden /> : null}
              <Typography.Text type={people.exists(s.personId) ? undefined : 'danger'}>{people.name(s.personId)}</Typography.Text>
            </Flex>
          ),
        },
        {
          title: '调班',
          key: 'overrides',
          render: (_: unknown, s) => (
            <Flex wrap gap={4} align="center">
              {s.overrideIds.map((id) => {
                const o = overrides.get(id);
                return o ? (
                  <Tag key={id} color="purple">
                    {overrideKindLabel(o)}
                  </Tag>
                ) : null;
              })}
              {s.generatedPersonId !== s.personId ? <Typography.Text type="secondary">原：{people.name(s.generatedPersonId)}</Typography.Text> : null}
            </Flex>
          ),
        },
        {
          title: '操作',
          key: 'action',
          width: 80,
          render: (_: unknown, s) => (
            <Button size="small" type="link" aria-label={`调班：${s.date} ${s.shiftName}`} onClick={() => onSelect(s)}>
              调班
            </Button>
          ),
        },
      ]}
    />
  );
}
