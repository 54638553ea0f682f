import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Form, Input, Space, Typography, type FormInstance, type FormRule } from 'antd';
import { checkCoverage, shiftInterval } from '../../../shared/dutyRoster';
import { DUTY_ROSTER_LABELS as L, normalizeClock } from '../../../shared/records/dutyRoster';
import { newShiftId, shiftHint, TEMPLATE_BUTTONS, templateRows, type SettingsFormValues, type ShiftRow } from './settingsForm';

/** Which hours of a day the shifts leave without anyone (the full check of the roster is 覆盖检查). */
export function dayGaps(rows: readonly ShiftRow[]): string[] | null {
  const valid = rows
    .map((r) => ({ start: normalizeClock(r.start), end: normalizeClock(r.end) }))
    .filter((r): r is { start: string; end: string } => r.start !== null && r.end !== null);
  if (valid.length === 0) return null;
  const day = '2000-01-02';
  const assignments = ['2000-01-01', day].flatMap((d) => valid.map((s, i) => ({ personId: String(i), ...shiftInterval(d, s) })));
  const r = checkCoverage({ from: `${day} 00:00`, to: '2000-01-03 00:00', assignments });
  return r.gaps.map((g) => `${g.start.slice(11)}–${g.end.slice(0, 10) === day ? g.end.slice(11) : '24:00'}`);
}

/** 班次: the template buttons, and a row per shift (班次名称, 开始时间, 结束时间). */
export function ShiftsEditor({
  form,
  rule,
  onChanged,
  error,
}: {
  form: FormInstance<SettingsFormValues>;
  rule(path: (string | number)[]): FormRule[];
  onChanged(): void;
  error: string | null;
}) {
  const rows = (Form.useWatch('shifts', form) ?? []) as ShiftRow[];
  const gaps = dayGaps(rows);

  const applyTemplate = (key: (typeof TEMPLATE_BUTTONS)[number]['key']) => {
    form.setFieldValue('shifts', templateRows(key));
    onChanged();
  };

  return (
    <Form.Item
      label={<span id="duty-shifts-label">{L.shifts}</span>}
      required
      extra="结束时间早于或等于开始时间，表示跨过午夜、到次日结束（例如夜班 20:00–08:00）；结束于午夜写 00:00 或 24:00。班次属于它开始的那一天。"
    >
      <Flex vertical gap={8} role="group" aria-labelledby="duty-shifts-label">
        <Space wrap>
          <Typography.Text type="secondary">使用模板：</Typography.Text>
          {TEMPLATE_BUTTONS.map((t) => (
            <Button key={t.key} onClick={() => applyTemplate(t.key)}>
              {t.label}
            </Button>
          ))}
        </Space>
        <Form.List name="shifts">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, i) => {
                const row = rows[i];
                const name = row?.name?.trim() ?? '';
                const title = name ? `第${i + 1}个班次：${name}` : `第${i + 1}个班次`;
                const hint = row ? shiftHint(row.start ?? '', row.end ?? '') : null;
                return (
                  <div key={field.key} role="group" aria-label={title} className="duty-shift-row">
                    <Flex wrap gap={12} align="flex-start">
                      <Form.Item
                        layout="vertical"
                        name={[field.name, 'name']}
                        label={L.shiftName}
                        required
                        rules={rule(['shifts', i, 'name'])}
                        style={{ width: 160, marginBottom: 0 }}
                      >
                        <Input aria-required="true" placeholder="例如 早班" maxLength={20} />
                      </Form.Item>
                      <Form.Item
                        layout="vertical"
                        name={[field.name, 'start']}
                        label={L.start}
                        required
                        rules={rule(['shifts', i, 'start'])}
                        style={{ width: 120, marginBottom: 0 }}
                      >
                        <Input aria-required="true" placeholder="08:00" inputMode="numeric" />
                      </Form.Item>
                      <Form.Item
                        layout="vertical"
                        name={[field.name, 'end']}
                        label={L.end}
                        required
                        rules={rule(['shifts', i, 'end'])}
                        style={{ width: 120, marginBottom: 0 }}
                      >
                        <Input aria-required="true" placeholder="16:00" inputMode="numeric" />
                      </Form.Item>
                      <Button
                        danger
                        type="link"
                        style={{ marginTop: 30 }}
                        onClick={() => {
                          remove(field.name);
                          onChanged();
                        }}
                      >
                        删除
                      </Button>
                    </Flex>
                    {hint ? <Typography.Text type="secondary">{hint}</Typography.Text> : null}
                  </div>
                );
              })}
              <div>
                <Button
                  icon={<PlusOutlined aria-hidden />}
                  onClick={() => {
                    add({ id: newShiftId(rows), name: '', start: '', end: '' });
                    onChanged();
                  }}
                >
                  新增
                </Button>
              </div>
            </>
          )}
        </Form.List>
        {error ? <Alert type="error" showIcon role="alert" title={error} /> : null}
        {gaps === null ? null : gaps.length === 0 ? (
          <Typography.Text type="success">这些班次每天覆盖全部 24 小时。</Typography.Text>
        ) : (
          <Typography.Text type="warning">每天 {gaps.join('、')} 没有班次。</Typography.Text>
        )}
      </Flex>
    </Form.Item>
  );
}
