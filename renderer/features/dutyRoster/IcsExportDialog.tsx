import { App, Button, Form, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import type { StoredPerson } from '../../../shared/records/person';
import { api, errorMessage } from '../../api/client';
import { downloadBase64 } from '../../api/download';
import { busyIcon } from './busyIcon';

const ALL = '';

/**
 * 导出日历: the month as an .ics file for a phone or desktop calendar (RFC 5545, 北京时间), the whole roster or
 * one person's shifts. Each shift keeps its UID, so importing a newer file updates the events.
 */
export function IcsExportButton({ month, people, rosterIds, disabled }: { month: string; people: StoredPerson[]; rosterIds: string[]; disabled: boolean }) {
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [personId, setPersonId] = useState(ALL);
  const [busy, setBusy] = useState(false);
  const onRoster = people.filter((p) => rosterIds.includes(p.id));
  const options = [{ value: ALL, label: '全部值班人员' }, ...onRoster.map((p) => ({ value: p.id, label: p.name }))];

  const onExport = async () => {
    setBusy(true);
    try {
      const file = await api['dutyRoster.ics']({ month, ...(personId === ALL ? {} : { personId }) });
      downloadBase64(file.fileName, file.dataBase64, 'text/calendar;charset=utf-8');
      message.success(`已导出 ${file.fileName}（${file.events} 个班次）`);
      setOpen(false);
    } catch (err) {
      message.error(`未能导出日历：${errorMessage(err)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button onClick={() => setOpen(true)} disabled={disabled}>
        导出日历
      </Button>
      <Modal
        title={`导出日历（${month}）`}
        open={open}
        onCancel={() => setOpen(false)}
        footer={[
          <Button key="cancel" onClick={() => setOpen(false)}>
            取消
          </Button>,
          <Button key="ok" type="primary" onClick={() => void onExport()} disabled={busy} icon={busyIcon(busy)}>
            导出 .ics
          </Button>,
        ]}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">
          导出本月已排的班次（已套用调班），可导入手机或电脑的日历。时间为北京时间（Asia/Shanghai），每个班次附值班电话；重新导出后再次导入会更新原有班次，不会重复。
        </Typography.Paragraph>
        <Form layout="vertical">
          <Form.Item label="值班人员" htmlFor="ics-person">
            <Select id="ics-person" value={personId} onChange={setPersonId} options={options} showSearch={{ optionFilterProp: 'label' }} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
