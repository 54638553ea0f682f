import { CheckCircleFilled, CloseCircleFilled, ExclamationCircleFilled } from '@ant-design/icons';
import { Card, Flex, Typography } from 'antd';
import {
  formatDuration,
  formatGap,
  formatLongStretch,
  formatOverlap,
  formatShortRest,
  DEFAULT_MAX_CONTINUOUS_HOURS,
  DEFAULT_MIN_REST_HOURS,
} from '../../../shared/dutyRoster';
import type { DutyRosterView } from '../../../shared/records/dutyRoster';
import { Articles } from '../../shell/ScreenHeader';
import type { PeopleIndex } from './people';

function Findings({ title, items, tone }: { title: string; items: string[]; tone: 'danger' | 'warning' }) {
  if (items.length === 0) return null;
  const id = `duty-findings-${title}`;
  return (
    <section aria-labelledby={id}>
      <Typography.Title level={3} id={id} type={tone} style={{ fontSize: 14, margin: '8px 0 4px' }}>
        {title}（{items.length}）
      </Typography.Title>
      <ul aria-label={title} className={`duty-findings duty-findings-${tone}`}>
        {items.map((text, i) => (
          <li key={`${i}-${text}`}>{text}</li>
        ))}
      </ul>
    </section>
  );
}

/**
 * 覆盖检查 of the month shown, recomputed by the API after every change: 全时段已覆盖（24×7）, or each
 * 未覆盖时段 to the minute and each 重复排班, then the warnings (16 hours in a row, 8 hours of rest).
 */
export function CoveragePanel({ view, people, month }: { view: DutyRosterView | null; people: PeopleIndex; month: string }) {
  const c = view?.coverage;
  const gapMinutes = c ? c.gaps.reduce((sum, g) => sum + g.minutes, 0) : 0;
  return (
    <Card
      title="覆盖检查"
      role="region"
      aria-label="覆盖检查"
      loading={!view}
      extra={<Articles articles={['第十三条（二）']} />}
      className="duty-coverage"
    >
      {c && view ? (
        <Flex vertical gap={4} aria-live="polite">
          <Typography.Text type="secondary">
            {month.replace('-', ' 年 ')} 月：{view.from} 00:00 至 {view.to} 24:00（北京时间）。第十三条（二）：落实专人二十四小时值班制度。
          </Typography.Text>
          {c.covered ? (
            <Typography.Text type="success" strong className="duty-covered">
              <CheckCircleFilled aria-hidden /> 全时段已覆盖（24×7）
            </Typography.Text>
          ) : (
            <Typography.Text type="danger" strong>
              <CloseCircleFilled aria-hidden /> 有 {c.gaps.length} 段未覆盖，共 {formatDuration(gapMinutes)}
            </Typography.Text>
          )}
          <Findings title="未覆盖时段" tone="danger" items={c.gaps.map(formatGap)} />
          <Findings title="重复排班" tone="danger" items={c.overlaps.map((o) => formatOverlap(o, people.name(o.personId)))} />
          <Findings
            title={`连续值班超过${DEFAULT_MAX_CONTINUOUS_HOURS}小时`}
            tone="warning"
            items={c.longStretches.map((s) => formatLongStretch(s, people.name(s.personId)))}
          />
          <Findings
            title={`两班间隔不足${DEFAULT_MIN_REST_HOURS}小时`}
            tone="warning"
            items={c.shortRests.map((r) => formatShortRest(r, people.name(r.personId)))}
          />
          <Findings title="未生效的调班" tone="warning" items={view.unapplied.map((u) => u.reason)} />
          <Findings title="需要处理" tone="warning" items={view.problems} />
          {c.covered && c.overlaps.length === 0 && c.longStretches.length + c.shortRests.length === 0 ? null : (
            <Typography.Text type="secondary" style={{ marginTop: 4 }}>
              <ExclamationCircleFilled aria-hidden /> 点击值班表中的班次可调班、替班或登记请假；每次修改后重新检查。
            </Typography.Text>
          )}
        </Flex>
      ) : null}
    </Card>
  );
}
