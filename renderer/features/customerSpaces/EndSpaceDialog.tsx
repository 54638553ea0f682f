import { Alert, Form, Modal, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { SpaceRow } from '../../../shared/api/customerSpaceMethods';
import { todayInShanghai } from '../../../shared/identity/calendarDate';
import { CUSTOMER_SPACE_LABELS as L, endedOnProblem } from '../../../shared/records/customerSpace';
import { api, errorMessage } from '../../api/client';
import { IsoDatePicker } from '../../forms/dateField';

/**
 * 退租: asks for the day the customer stopped renting, then ends the space. It stays in the register (已退租),
 * leaves the spaces to be reported and appears in the 月度变更报告 as 退租 (第十二条（三）).
 */
export function EndSpaceDialog({ space, onClose, onDone }: { space: SpaceRow | null; onClose(): void; onDone(space: SpaceRow): void }) {
  const [endedOn, setEndedOn] = useState(todayInShanghai());
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!space) return;
    setEndedOn(todayInShanghai());
    setError(null);
  }, [space]);

  const run = async () => {
    if (!space) return;
    const problem = endedOnProblem(endedOn, space.openedOn, todayInShanghai());
    if (problem) {
      setError(problem);
      return;
    }
    setSaving(true);
    setError(null);
    try {
      await api['customerSpaces.end']({ id: space.id, endedOn });
      onDone(space);
      onClose();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={space !== null}
      title={space ? `退租：客户空间 ${space.spaceCode}` : '退租'}
      okText="确认退租"
      cancelText="取消"
      onOk={() => void run()}
      onCancel={onClose}
      confirmLoading={saving}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        客户不再租用此空间时登记退租：空间及租用者信息仍保留在登记表中（筛选“已退租”可查看，误操作可撤销退租），不再列入待报送，并在月度变更报告中列为“退租”。
      </Typography.Paragraph>
      <Form layout="vertical">
        <Form.Item label={L.endedOn} htmlFor="space-ended-on" required>
          <IsoDatePicker id="space-ended-on" value={endedOn} onChange={setEndedOn} />
        </Form.Item>
      </Form>
      {space ? <Typography.Paragraph>{`${L.openedOn}：${space.openedOn}。`}</Typography.Paragraph> : null}
      {error ? <Alert type="error" showIcon title={error} role="alert" /> : null}
    </Modal>
  );
}
