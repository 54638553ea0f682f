import { Form, Select } from 'antd';
import { useEffect, useState } from 'react';
import type { StoredIdcRoom } from '../../../shared/records/idcRoom';
import { SERVER_LABELS } from '../../../shared/records/server';
import { api } from '../../api/client';

/** 所在机房: a 机房 from the 机房 screen, read each time the editor opens (rooms are added there). */
export function RoomField() {
  const [rooms, setRooms] = useState<StoredIdcRoom[] | null>(null);
  useEffect(() => {
    let live = true;
    api['idcRooms.list']({}).then(
      (list) => live && setRooms(list),
      () => live && setRooms([]),
    );
    return () => {
      live = false;
    };
  }, []);
  const none = rooms !== null && rooms.length === 0;
  return (
    <Form.Item
      name="roomId"
      label={SERVER_LABELS.roomId}
      extra={none ? '尚未登记机房：请先在“机房”中登记，再回来选择。' : '服务器的IP地址应在所选机房登记的IP地址段内。'}
    >
      <Select
        virtual={false}
        allowClear
        loading={rooms === null}
        placeholder="请选择"
        options={(rooms ?? []).map((r) => ({ value: r.id, label: r.name }))}
        style={{ maxWidth: 360 }}
      />
    </Form.Item>
  );
}
