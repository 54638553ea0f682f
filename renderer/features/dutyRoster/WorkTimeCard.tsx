import { Card, Table, Typography } from 'antd';
import { AVERAGING_PERIOD_LABELS } from '../../../shared/dutyRoster';
import type { DutyRosterView } from '../../../shared/records/dutyRoster';
import type { PeopleIndex } from './people';

type Row = DutyRosterView['workTime']['balance'][number];

/**
 * 工时统计 of the month (shifts, hours, night hours 22:00–06:00, rest days, weekend shifts) and the working-time
 * reminders with their sources. Reminders only: they never stop the filing package.
 */
export function WorkTimeCard({ view, people, idPrefix = 'duty' }: { view: DutyRosterView; people: PeopleIndex; idPrefix?: string }) {
  const w = view.workTime;
  const averaging = view.settings?.averagingPeriod ?? null;
  const reminders = [...(w.teamSize ? [w.teamSize] : []), ...w.reminders.map((r) => `${people.name(r.personId)} ${r.text}（${r.source}）`)];
  return (
    <Card title="工时统计" size="small" role="region" aria-label="工时统计">
      <Table<Row>
        size="small"
        aria-label="工时统计表"
        rowKey="personId"
        dataSource={w.balance}
        pagination={false}
        locale={{ emptyText: '本月没有排班。' }}
        columns={[
          { title: '值班人员', key: 'name', render: (_: unknown, r) => people.name(r.personId) },
          { title: '班次数', dataIndex: 'shifts', width: 70 },
          { title: '工时（小时）', dataIndex: 'hours', width: 100 },
          { title: '夜间工时（22:00–06:00）', dataIndex: 'nightHours', width: 170 },
          { title: '休息日', dataIndex: 'restDays', width: 70 },
          { title: '周末班次', dataIndex: 'weekendShifts', width: 80 },
        ]}
      />
      {reminders.length > 0 ? (
        <section aria-labelledby={`${idPrefix}-worktime-reminders`} style={{ marginTop: 8 }}>
          <Typography.Title level={3} id={`${idPrefix}-worktime-reminders`} type="warning" style={{ fontSize: 14, margin: '8px 0 4px' }}>
            工时提醒（{reminders.length}）
          </Typography.Title>
          <ul aria-label="工时提醒" className="duty-findings duty-findings-warning">
            {reminders.map((t) => (
              <li key={t}>{t}</li>
            ))}
          </ul>
          <Typography.Text type="secondary">
            {averaging
              ? `按综合计算工时工作制（以${AVERAGING_PERIOD_LABELS[averaging]}为周期）核算的提醒，不影响导出备案材料。`
              : '标准工时制下的提醒，不影响导出备案材料；实行经批准的综合计算工时工作制的单位可在值班设置中选择综合计算周期。'}
          </Typography.Text>
        </section>
      ) : null}
    </Card>
  );
}
