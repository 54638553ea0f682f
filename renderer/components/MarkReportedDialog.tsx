import { Alert, Form, Modal, Radio, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { todayInShanghai } from '../../shared/identity/calendarDate';
import { api, errorMessage } from '../api/client';
import { IsoDatePicker } from '../forms/dateField';
import { formatCount } from '../format';
import { useGuardedClose } from './useGuardedClose';

type Scope = 'selected' | 'allPending';

/**
 * 登记报送: the day the customer information was submitted to the police (第十二条（三）), set as 报送日期 on the
 * selected spaces, on every space still to be reported, or (after 导出备案材料) on the spaces the package carried.
 * Says how many before it is done.
 */
export function MarkReportedDialog({
  open,
  selectedIds = [],
  pendingCount,
  fromPackage,
  onClose,
  onDone,
}: {
  open: boolean;
  selectedIds?: string[];
  /** Spaces whose (change) report is due or overdue. */
  pendingCount: number;
  /** The spaces a package's 05 carried: those due when its records were read (asOf) and unchanged since. */
  fromPackage?: { toReport: number; asOf: string };
  onClose(): void;
  onDone(updated: number): void;
}) {
  const [scope, setScope] = useState<Scope>('allPending');
  const [reportedOn, setReportedOn] = useState(todayInShanghai());
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!open) return;
    setScope(selectedIds.length > 0 ? 'selected' : 'allPending');
    setReportedOn(todayInShanghai());
    setError(null);
  }, [open, selectedIds.length]);

  // A 报送日期 other than today was chosen: Esc asks before dropping it.
  const requestClose = useGuardedClose(() => reportedOn !== todayInShanghai(), onClose);
  const count = fromPackage ? fromPackage.toReport : scope === 'selected' ? selectedIds.length : pendingCount;

  const run = async () => {
    if (!reportedOn) {
      setError('请填写报送日期');
      return;
    }
    setSaving(true);
    setError(null);
    try {
      const input = fromPackage
        ? { allPending: true, reportedOn, asOf: fromPackage.asOf }
        : scope === 'selected'
          ? { ids: selectedIds, allPending: false, reportedOn }
          : { allPending: true, reportedOn };
      const r = await api['customerSpaces.markReported'](input);
      onDone(r.updated);
      onClose();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title="登记报送"
      okText={`登记 ${formatCount(count)} 个空间已报送`}
      cancelText="取消"
      onOk={() => void run()}
      onCancel={requestClose}
      confirmLoading={saving}
      okButtonProps={{ disabled: count === 0 }}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">第十二条（三）：客户信息应在三十日内报送公安机关。报送后在此登记报送日期。</Typography.Paragraph>
      {fromPackage ? (
        <Typography.Paragraph>
          刚生成的备案材料中，05 客户空间登记表列出 {formatCount(fromPackage.toReport)} 个待报送的客户空间。交给公安机关后，在此登记报送日期；导出之后修改或新增的空间不在其中，仍为待报送。
        </Typography.Paragraph>
      ) : null}
      <Form layout="vertical">
        {fromPackage ? null : (
          <Form.Item label="范围">
            <Radio.Group
              value={scope}
              onChange={(e) => setScope(e.target.value as Scope)}
              options={[
                { value: 'allPending', label: `全部待报送的空间（${formatCount(pendingCount)} 个）` },
                { value: 'selected', label: `所选的空间（${formatCount(selectedIds.length)} 个）`, disabled: selectedIds.length === 0 },
              ]}
            />
          </Form.Item>
        )}
        <Form.Item label="报送日期" htmlFor="space-mark-reported-on">
          <IsoDatePicker id="space-mark-reported-on" value={reportedOn} onChange={setReportedOn} />
        </Form.Item>
      </Form>
      <Typography.Paragraph>
        将把 {formatCount(count)} 个空间的报送日期设为 {reportedOn || '（未填写）'}。
      </Typography.Paragraph>
      {error ? <Alert type="error" showIcon title={error} /> : null}
    </Modal>
  );
}
