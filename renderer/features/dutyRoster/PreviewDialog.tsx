import { Alert, Button, Flex, Modal, Typography } from 'antd';
import { cycleText, datesInRange, formatGap } from '../../../shared/dutyRoster';
import type { DutyRosterView } from '../../../shared/records/dutyRoster';
import { busyIcon } from './busyIcon';
import type { PeopleIndex } from './people';
import { WorkTimeCard } from './WorkTimeCard';

/** One row per person, one column per day: the 班次 they hold that day, or 休. */
function PreviewTable({ view, people }: { view: DutyRosterView; people: PeopleIndex }) {
  const dates = datesInRange(view.from, view.to);
  const ids = [...new Set([...(view.settings?.rotation ?? []), ...view.slots.filter((s) => people.exists(s.personId)).map((s) => s.personId)])];
  const cell = new Map<string, string[]>();
  for (const s of view.slots) {
    const key = people.exists(s.personId) ? `${s.personId}|${s.date}` : `|${s.date}`;
    cell.set(key, [...(cell.get(key) ?? []), s.shiftName]);
  }
  const empty = dates.some((d) => cell.has(`|${d}`));
  return (
    <div className="duty-preview-wrap">
      <table className="duty-preview-table" aria-label="预览排班">
        <thead>
          <tr>
            <th scope="col">值班人员</th>
            {dates.map((d) => (
              <th scope="col" key={d}>
                {Number(d.slice(8))}日
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ids.map((id) => (
            <tr key={id}>
              <th scope="row">{people.name(id)}</th>
              {dates.map((d) => {
                const shifts = cell.get(`${id}|${d}`);
                return (
                  <td key={d} className={shifts ? undefined : 'duty-preview-rest'}>
                    {shifts ? shifts.join('、') : '休'}
                  </td>
                );
              })}
            </tr>
          ))}
          {empty ? (
            <tr>
              <th scope="row">无人值班</th>
              {dates.map((d) => (
                <td key={d}>{(cell.get(`|${d}`) ?? []).join('、')}</td>
              ))}
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}

/**
 * 预览: the month as the settings typed would generate it, existing 调班 applied, with the 覆盖检查 and the
 * 工时统计 — before anything is saved. 保存并生成 applies it.
 */
export function PreviewDialog({
  month,
  view,
  people,
  applying,
  onApply,
  onClose,
}: {
  month: string;
  view: DutyRosterView | null;
  people: PeopleIndex;
  applying: boolean;
  onApply(): void;
  onClose(): void;
}) {
  const settings = view?.settings ?? null;
  const gaps = view?.coverage.gaps ?? [];
  return (
    <Modal
      title={`预览：${month} 排班`}
      open={view !== null}
      onCancel={onClose}
      width="min(1400px, 96vw)"
      destroyOnHidden
      footer={[
        <Button key="close" onClick={onClose}>
          关闭预览
        </Button>,
        <Button key="apply" type="primary" onClick={onApply} disabled={applying} icon={busyIcon(applying)}>
          保存设置并生成本月排班
        </Button>,
      ]}
    >
      {view && settings ? (
        <Flex vertical gap={12}>
          <Typography.Text>
            轮班模式：{settings.pattern ? cycleText(settings.pattern.cycle, settings.shifts) : '依次轮换'}
            {view.overrides.length > 0 ? `；已有调班 ${view.overrides.length} 条，保留并已套用` : ''}
            。尚未保存，关闭后不会有任何改变。
          </Typography.Text>
          <PreviewTable view={view} people={people} />
          {gaps.length === 0 ? (
            <Alert type="success" showIcon title="全时段已覆盖（24×7）" />
          ) : (
            <Alert
              type="warning"
              showIcon
              title={`未覆盖时段 ${gaps.length} 处`}
              description={
                <ul aria-label="预览的未覆盖时段" style={{ margin: 0, paddingInlineStart: 20 }}>
                  {gaps.slice(0, 10).map((g) => (
                    <li key={g.start}>{formatGap(g)}</li>
                  ))}
                  {gaps.length > 10 ? <li>……另有 {gaps.length - 10} 处</li> : null}
                </ul>
              }
            />
          )}
          <WorkTimeCard view={view} people={people} idPrefix="duty-preview" />
        </Flex>
      ) : null}
    </Modal>
  );
}
