import { CheckCircleFilled, CloseCircleFilled, ExclamationCircleFilled } from '@ant-design/icons';
import { Button, Card, Flex, Typography } from 'antd';
import { useState } from 'react';
import { formatPastGap, formatLogCover, formatUnlogged } from '../../../shared/compliance/dutyCheck';
import { formatDuration, formatGap, formatLongStretch, formatOverlap, formatShortRest, DEFAULT_MAX_CONTINUOUS_HOURS, DEFAULT_MIN_REST_HOURS } from '../../../shared/dutyRoster';
import type { DutyRosterView } from '../../../shared/records/dutyRoster';
import { DutyLogDialog, type DutyLogDraft } from '../../components/DutyLogDialog';
import { Articles } from '../../components/ScreenHeader';
import type { PeopleIndex } from './people';
import { useRosterStore } from './rosterStore';

function Findings({ title, items, tone }: { title: string; items: { text: string; action?: React.ReactNode }[]; tone: 'danger' | 'warning' | 'secondary' }) {
  if (items.length === 0) return null;
  const id = `duty-findings-${title}`;
  return (
    <section aria-labelledby={id}>
      <Typography.Title level={3} id={id} type={tone === 'secondary' ? undefined : tone} style={{ fontSize: 14, margin: '8px 0 4px' }}>
        {title}（{items.length}）
      </Typography.Title>
      <ul aria-label={title} className={`duty-findings duty-findings-${tone}`}>
        {items.map((item, i) => (
          <li key={`${i}-${item.text}`}>
            {item.text}
            {item.action ? <> {item.action}</> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

const plain = (texts: string[]) => texts.map((text) => ({ text }));

/**
 * 覆盖检查 of the month shown: the one evaluation of 第十三条（二） (shared/compliance/dutyCheck.ts) that 概览,
 * 完整性检查 and 03 show too. 未覆盖时段 still ahead (red) and already past (amber, with 登记实际值班 to record
 * who covered it in the 值班记录), then 重复排班, the 16-hour and 8-hour warnings and shifts with no 值班记录.
 */
export function CoveragePanel({ view, people, month }: { view: DutyRosterView | null; people: PeopleIndex; month: string }) {
  const load = useRosterStore((s) => s.load);
  const [draft, setDraft] = useState<DutyLogDraft | null>(null);
  const c = view?.coverage;
  const check = view?.check;
  const open = check?.gaps.filter((g) => g.state === 'open') ?? [];
  const past = check?.gaps.filter((g) => g.state === 'past') ?? [];
  const gapMinutes = check ? check.gaps.reduce((sum, g) => sum + g.minutes, 0) : 0;
  return (
    <Card title="覆盖检查" role="region" aria-label="覆盖检查" loading={!view} extra={<Articles articles={['第十三条（二）']} />} className="duty-coverage">
      {c && check && view ? (
        <Flex vertical gap={4} aria-live="polite">
          <Typography.Text type="secondary">
            {month.replace('-', ' 年 ')} 月：{view.from} 00:00 至 {view.to} 24:00（北京时间），已过去的日子也检查。第十三条（二）：落实专人二十四小时值班制度。
          </Typography.Text>
          {check.gaps.length === 0 ? (
            <Typography.Text type="success" strong className="duty-covered">
              <CheckCircleFilled aria-hidden /> 全时段已覆盖（24×7）
            </Typography.Text>
          ) : (
            <Typography.Text type={open.length > 0 ? 'danger' : 'warning'} strong>
              <CloseCircleFilled aria-hidden /> 有 {check.gaps.length} 段未覆盖，共 {formatDuration(gapMinutes)}
            </Typography.Text>
          )}
          <Findings title="未覆盖时段" tone="danger" items={plain(open.map(formatGap))} />
          <Findings
            title="已过去的未覆盖时段"
            tone="warning"
            items={past.map((g) => ({
              text: formatPastGap(g),
              action: (
                <Button size="small" type="link" aria-label={`登记实际值班 ${formatGap(g)}`} onClick={() => setDraft({ start: g.start, end: g.end, context: formatGap(g) })}>
                  登记实际值班
                </Button>
              ),
            }))}
          />
          <Findings title="重复排班" tone="warning" items={plain(c.overlaps.map((o) => formatOverlap(o, people.name(o.personId))))} />
          <Findings title={`连续值班超过${DEFAULT_MAX_CONTINUOUS_HOURS}小时`} tone="warning" items={plain(c.longStretches.map((s) => formatLongStretch(s, people.name(s.personId))))} />
          <Findings title={`两班间隔不足${DEFAULT_MIN_REST_HOURS}小时`} tone="warning" items={plain(c.shortRests.map((r) => formatShortRest(r, people.name(r.personId))))} />
          <Findings title="未填写值班记录" tone="warning" items={check.unlogged.length > 0 ? plain([formatUnlogged(check.unlogged)]) : []} />
          <Findings title="由值班记录覆盖" tone="secondary" items={plain(check.coveredByLog.map(formatLogCover))} />
          <Findings title="未生效的调班" tone="warning" items={plain(view.unapplied.map((u) => u.reason))} />
          <Findings title="需要处理" tone="warning" items={plain(view.problems)} />
          {check.findings.length === 0 ? null : (
            <Typography.Text type="secondary" style={{ marginTop: 4 }}>
              <ExclamationCircleFilled aria-hidden /> 点击值班表中的班次可调班、替班、登记请假或填写值班记录；已过去的空缺以值班记录为准，排班不改写。
            </Typography.Text>
          )}
        </Flex>
      ) : null}
      <DutyLogDialog
        draft={draft}
        onClose={() => setDraft(null)}
        onSaved={() => {
          setDraft(null);
          void load();
        }}
      />
    </Card>
  );
}
