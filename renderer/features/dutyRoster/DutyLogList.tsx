import { App, Button, Card, Popconfirm, Table } from 'antd';
import { useState } from 'react';
import { nowCst } from '../../../shared/dutyRoster';
import { DUTY_LOG_LABELS as L, type StoredDutyLog } from '../../../shared/records/dutyLog';
import type { DutyRosterView } from '../../../shared/records/dutyRoster';
import { api, errorMessage } from '../../api/client';
import { DutyLogDialog, type DutyLogDraft } from '../../components/DutyLogDialog';
import type { PeopleIndex } from './people';
import { useRosterStore } from './rosterStore';

/**
 * 值班记录 of the month (第十三条（二）): who actually was on duty, the handover and what happened. The 值班表 is the
 * plan; these say what took place, and a past 未覆盖时段 they cover is covered.
 */
export function DutyLogList({ view, people }: { view: DutyRosterView; people: PeopleIndex }) {
  const { message } = App.useApp();
  const load = useRosterStore((s) => s.load);
  const [draft, setDraft] = useState<DutyLogDraft | null>(null);
  const [busy, setBusy] = useState(false);

  const onRemove = async (e: StoredDutyLog) => {
    setBusy(true);
    try {
      await api['dutyLog.remove']({ id: e.id });
      message.success('已删除值班记录');
      await load();
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  const now = nowCst();
  return (
    <Card
      title="值班记录"
      size="small"
      role="region"
      aria-label="值班记录"
      extra={
        <Button size="small" onClick={() => setDraft({ start: `${now.slice(0, 10)} 08:00`, end: now })}>
          登记值班记录
        </Button>
      }
    >
      <Table<StoredDutyLog>
        size="small"
        aria-label="值班记录列表"
        rowKey="id"
        dataSource={view.log}
        pagination={false}
        locale={{ emptyText: '本月还没有值班记录。每班结束时登记实际值班人员、交班时间和值班情况。' }}
        columns={[
          { title: L.personId, key: 'person', width: 90, render: (_: unknown, e) => people.name(e.personId) },
          { title: L.start, dataIndex: 'start', width: 130 },
          { title: L.end, dataIndex: 'end', width: 130 },
          { title: L.handoverTo, key: 'to', width: 90, render: (_: unknown, e) => (e.handoverTo ? people.name(e.handoverTo) : '—') },
          { title: L.notes, dataIndex: 'notes', render: (t: string, e) => `${t || '—'}${e.incidentIds.length > 0 ? `（关联安全事件 ${e.incidentIds.length} 件）` : ''}` },
          {
            title: '操作',
            key: 'action',
            width: 70,
            render: (_: unknown, e) => (
              <Popconfirm title="删除这条值班记录？" okText="删除" cancelText="取消" onConfirm={() => onRemove(e)}>
                <Button size="small" type="link" danger disabled={busy}>
                  删除
                </Button>
              </Popconfirm>
            ),
          },
        ]}
      />
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
