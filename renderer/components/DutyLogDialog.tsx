import { Alert, App, Form, Input, Modal, Select } from 'antd';
import { useEffect, useId, useState } from 'react';
import { ApiError } from '../../shared/api/errors';
import { DUTY_LOG_LABELS as L, type StoredDutyLog } from '../../shared/records/dutyLog';
import type { StoredIncident } from '../../shared/records/incident';
import type { StoredPerson } from '../../shared/records/person';
import { api, errorMessage } from '../api/client';
import { useGuardedClose } from './useGuardedClose';

/** What the dialog starts with: a planned shift, a past 未覆盖时段, or the shift on duty now. */
export interface DutyLogDraft {
  personId?: string;
  start: string;
  end: string;
  handoverTo?: string;
  slotDate?: string;
  slotShiftId?: string;
  /** Shown as the dialog's lead line, e.g. "2026-12-01 00:00–08:00 无人值班". */
  context?: string;
}

interface Values {
  personId?: string;
  start: string;
  end: string;
  handoverTo?: string;
  notes?: string;
  incidentIds?: string[];
}

const FIELDS = ['personId', 'start', 'end', 'handoverTo', 'notes', 'incidentIds'] as const;

/**
 * 登记值班记录 (第十三条（二）): who actually was on duty, from 接班时间 to 交班时间, to whom it was handed over,
 * what happened and the 安全事件 it concerned. Shared by 值班表 and 概览's 当前值班 card. Saved through
 * dutyLog.save; a refused field keeps everything typed and shows the message under that field.
 */
export function DutyLogDialog({ draft, onClose, onSaved }: { draft: DutyLogDraft | null; onClose(): void; onSaved(saved: StoredDutyLog): void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  // Field ids unique per dialog: a screen may hold more than one (labels point at their own inputs).
  const formName = `dutyLog${useId().replace(/[^A-Za-z0-9]/g, '')}`;
  const [people, setPeople] = useState<StoredPerson[]>([]);
  const [incidents, setIncidents] = useState<StoredIncident[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!draft) return;
    setError(null);
    form.resetFields();
    form.setFieldsValue({ personId: draft.personId, start: draft.start, end: draft.end, handoverTo: draft.handoverTo, notes: '', incidentIds: [] });
    void Promise.all([api['people.list']({}), api['incidents.list']({})])
      .then(([p, i]) => {
        setPeople(p);
        setIncidents(i);
      })
      .catch((err: unknown) => setError(errorMessage(err)));
  }, [draft, form]);

  const requestClose = useGuardedClose(() => form.isFieldsTouched(), onClose);
  const options = people.map((p) => ({ value: p.id, label: p.name }));
  const onOk = async () => {
    const v = form.getFieldsValue();
    setBusy(true);
    setError(null);
    try {
      const saved = await api['dutyLog.save']({
        personId: v.personId ?? '',
        start: (v.start ?? '').trim(),
        end: (v.end ?? '').trim(),
        handoverTo: v.handoverTo ?? '',
        slotDate: draft?.slotDate ?? '',
        slotShiftId: draft?.slotShiftId ?? '',
        notes: v.notes ?? '',
        incidentIds: v.incidentIds ?? [],
      });
      message.success('值班记录已保存');
      onSaved(saved);
    } catch (err) {
      const field = err instanceof ApiError ? err.field?.split('.')[0] : undefined;
      if (err instanceof ApiError && field && (FIELDS as readonly string[]).includes(field)) {
        form.setFields([{ name: field as (typeof FIELDS)[number], errors: [err.message.replace(/^[^：]{1,8}：/u, '')] }]);
      } else setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal open={draft !== null} title="登记值班记录" okText="保存" cancelText="取消" onOk={() => void onOk()} onCancel={requestClose} confirmLoading={busy} forceRender>
      {draft?.context ? <Alert type="info" showIcon title={draft.context} style={{ marginBottom: 12 }} /> : null}
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} /> : null}
      <Form form={form} name={formName} layout="vertical" requiredMark>
        <Form.Item name="personId" label={L.personId} required>
          <Select options={options} showSearch optionFilterProp="label" placeholder="请选择" />
        </Form.Item>
        <Form.Item name="start" label={L.start} required extra="北京时间，格式如 2026-12-01 08:00">
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="end" label={L.end} required extra="交班的时间（北京时间）">
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="handoverTo" label={L.handoverTo}>
          <Select options={options} allowClear showSearch optionFilterProp="label" placeholder="交给谁（可不填）" />
        </Form.Item>
        <Form.Item name="notes" label={L.notes}>
          <Input.TextArea rows={3} maxLength={2000} placeholder="值班期间的情况；无异常可写“正常”" />
        </Form.Item>
        <Form.Item name="incidentIds" label={L.incidentIds}>
          <Select mode="multiple" allowClear options={incidents.map((i) => ({ value: i.id, label: `${i.occurredAt} ${i.title}` }))} placeholder="值班期间发生的安全事件（可不选）" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
