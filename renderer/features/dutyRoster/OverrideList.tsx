import { App, Button, Card, Popconfirm, Table, Tag, Typography } from 'antd';
import type { DutyRosterView, StoredOverride } from '../../../shared/records/dutyRoster';
import { errorMessage } from '../../api/client';
import type { PeopleIndex } from './people';
import { describeOverride, overrideKindLabel, shiftNamer } from './overrideText';
import { useRosterStore } from './rosterStore';

/** 调班 of the month, in the order they apply, each with 删除. */
export function OverrideList({ view, people }: { view: DutyRosterView; people: PeopleIndex }) {
  const { message } = App.useApp();
  const removeOverride = useRosterStore((s) => s.removeOverride);
  const busy = useRosterStore((s) => s.busy !== null);
  const shiftName = shiftNamer(view);
  const unapplied = new Map(view.unapplied.map((u) => [u.overrideId, u.reason]));

  const onRemove = async (o: StoredOverride) => {
    try {
      await removeOverride(o.id);
      message.success('已删除调班');
    } catch (err) {
      message.error(errorMessage(err));
    }
  };

  return (
    <Card title="本月调班" size="small">
      <Table<StoredOverride>
        size="small"
        aria-label="调班记录"
        rowKey="id"
        dataSource={view.overrides}
        pagination={false}
        locale={{ emptyText: '本月没有调班。点击值班表中的班次可调班、替班或登记请假。' }}
        columns={[
          { title: '方式', key: 'kind', width: 70, render: (_: unknown, o) => <Tag color="purple">{overrideKindLabel(o)}</Tag> },
          {
            title: '内容',
            key: 'text',
            render: (_: unknown, o) => (
              <>
                {describeOverride(o, shiftName, people)}
                {unapplied.has(o.id) ? (
                  <Typography.Text type="warning" style={{ display: 'block' }}>
                    未生效：{unapplied.get(o.id)}
                  </Typography.Text>
                ) : null}
              </>
            ),
          },
          { title: '备注', dataIndex: 'note', width: 160 },
          {
            title: '操作',
            key: 'action',
            width: 70,
            render: (_: unknown, o) => (
              <Popconfirm title="删除这条调班？" okText="删除" cancelText="取消" onConfirm={() => onRemove(o)}>
                <Button size="small" type="link" danger disabled={busy}>
                  删除
                </Button>
              </Popconfirm>
            ),
          },
        ]}
      />
    </Card>
  );
}
