import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Flex, Row, Space, Tabs, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import type { RosterSlot } from '../../../shared/records/dutyRoster';
import { errorMessage } from '../../api/client';
import { MonthPicker } from '../../forms/dateField';
import { ScreenHeader } from '../../components/ScreenHeader';
import { useWorkspaceStore } from '../../store/workspace';
import { busyIcon } from './busyIcon';
import { CoveragePanel } from './CoveragePanel';
import { DutyLogList } from './DutyLogList';
import { IcsExportButton } from './IcsExportDialog';
import { RosterImportButton } from './RosterImportDialog';
import { WorkTimeCard } from './WorkTimeCard';
import './dutyRoster.css';
import { shiftMonth } from '../../calendarMonth';
import { MonthGrid } from './MonthGrid';
import { OverrideList } from './OverrideList';
import { indexPeople } from './people';
import { useRosterStore } from './rosterStore';
import { SettingsCard } from './SettingsCard';
import { DutyPolicyCard } from './DutyPolicyCard';
import { SlotDialog } from './SlotDialog';
import { SlotTable } from './SlotTable';

export function DutyRosterScreen() {
  const { message } = App.useApp();
  const load = useRosterStore((s) => s.load);
  const view = useRosterStore((s) => s.view);
  const people = useRosterStore((s) => s.people);
  const month = useRosterStore((s) => s.month);
  const setMonth = useRosterStore((s) => s.setMonth);
  const loadState = useRosterStore((s) => s.loadState);
  const loadError = useRosterStore((s) => s.loadError);
  const busy = useRosterStore((s) => s.busy);
  const hasDraft = useRosterStore((s) => s.draft !== null);
  const generateMonth = useRosterStore((s) => s.generateMonth);
  const undo = useRosterStore((s) => s.undo);
  const dataVersion = useWorkspaceStore((s) => s.dataVersion);
  const index = useMemo(() => indexPeople(people), [people]);
  const [selected, setSelected] = useState<RosterSlot | null>(null);
  const [mode, setMode] = useState<'month' | 'list'>('month');

  // People are edited on 人员: read them again, with the month, every time the screen opens.
  useEffect(() => {
    void load();
  }, [load, dataVersion]);

  const onGenerate = async () => {
    try {
      const r = await generateMonth();
      message.success(`已生成 ${r.from} 至 ${r.to} 的排班（${r.slots} 个班次${r.overridesKept ? `，保留调班 ${r.overridesKept} 条` : ''}）`);
    } catch (err) {
      message.error(errorMessage(err));
    }
  };
  const onUndo = async () => {
    try {
      const r = await undo();
      message.success(`已撤销：${r.undone}`);
    } catch (err) {
      message.error(errorMessage(err));
    }
  };

  const settings = view?.settings ?? null;
  const monthHasSlots = (view?.slots.length ?? 0) > 0;
  const rosterIds = useMemo(() => [...new Set(view?.slots.map((s) => s.personId) ?? [])], [view]);

  return (
    <section>
      <ScreenHeader
        title="值班表"
        articles={['第十三条（二）']}
        extra={
          <Space wrap>
            {view?.undo ? <Typography.Text type="secondary">可撤销：{view.undo.label}</Typography.Text> : null}
            <Button onClick={() => void onUndo()} disabled={!view?.undo || busy !== null} icon={busyIcon(busy === 'undo')}>
              撤销
            </Button>
          </Space>
        }
      >
        专人二十四小时值班：设置值班电话、班次和轮换，按月生成排班，再按实际情况调班、替班、登记请假。覆盖检查随每次修改重新计算。全部时间为北京时间。
      </ScreenHeader>

      {loadState === 'error' ? (
        <Alert
          type="error"
          showIcon
          style={{ marginTop: 16 }}
          title="未能读取值班表"
          description={loadError}
          action={
            <Button size="small" onClick={() => void load()}>
              重试
            </Button>
          }
        />
      ) : null}

      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        <Col xs={24} xl={16}>
          <Flex vertical gap={16}>
            <SettingsCard />
            <Card title="排班" aria-label="排班">
              <Flex wrap gap={8} align="center" style={{ marginBottom: 12 }}>
                <label htmlFor="duty-month">月份</label>
                <Button aria-label="上个月" icon={<LeftOutlined aria-hidden />} onClick={() => void setMonth(shiftMonth(month, -1))} />
                <MonthPicker id="duty-month" value={month} onChange={(m) => void setMonth(m)} />
                <Button aria-label="下个月" icon={<RightOutlined aria-hidden />} onClick={() => void setMonth(shiftMonth(month, 1))} />
                <Button type="primary" onClick={() => void onGenerate()} disabled={!settings || busy !== null} icon={busyIcon(busy === 'generate')}>
                  生成本月排班
                </Button>
                <IcsExportButton month={month} people={people} rosterIds={rosterIds} disabled={!settings || !monthHasSlots} />
                <RosterImportButton month={month} people={index} disabled={!settings || !monthHasSlots || busy !== null} />
                {!settings && view ? <Typography.Text type="secondary">请先保存值班设置（值班电话、班次、轮换）。</Typography.Text> : null}
                {settings && hasDraft ? <Typography.Text type="warning">值班设置有未保存的修改；生成使用已保存的设置。</Typography.Text> : null}
                {settings && monthHasSlots ? <Typography.Text type="secondary">重新生成会替换本月排班，调班保留。</Typography.Text> : null}
              </Flex>
              {view ? (
                <Tabs
                  activeKey={mode}
                  onChange={(k) => setMode(k as 'month' | 'list')}
                  items={[
                    { key: 'month', label: '月视图', children: <MonthGrid view={view} people={index} month={month} onSelect={setSelected} /> },
                    { key: 'list', label: '列表', children: <SlotTable view={view} people={index} onSelect={setSelected} /> },
                  ]}
                />
              ) : (
                <Card loading variant="borderless" />
              )}
            </Card>
            {view ? <OverrideList view={view} people={index} /> : null}
            {view ? <WorkTimeCard view={view} people={index} /> : null}
            {view ? <DutyLogList view={view} people={index} /> : null}
            <DutyPolicyCard />
          </Flex>
        </Col>
        <Col xs={24} xl={8}>
          <CoveragePanel view={view} people={index} month={month} />
        </Col>
      </Row>

      <SlotDialog slot={selected} view={view} people={people} index={index} onClose={() => setSelected(null)} />
    </section>
  );
}
