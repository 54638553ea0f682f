import { Alert, App, Button, Card, Checkbox, Flex, Form, Input, Select, Space, Typography, type FormInstance, type FormRule } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { ApiError } from '../../../shared/api/errors';
import { AVERAGING_PERIOD_LABELS, AVERAGING_PERIODS, nowCst, PERIOD_STANDARD_HOURS } from '../../../shared/dutyRoster';
import { DUTY_ROSTER_LABELS as L, type DutyRosterView } from '../../../shared/records/dutyRoster';
import type { ShiftTemplateKey } from '../../../shared/dutyRoster';
import { api, errorMessage } from '../../api/client';
import { IsoDatePicker } from '../../forms/dateField';
import { recordFormProps } from '../../forms/formChrome';
import { busyIcon } from './busyIcon';
import { PatternField } from './PatternField';
import { indexPeople } from './people';
import { PreviewDialog } from './PreviewDialog';
import { RotationField } from './RotationField';
import { useRosterStore } from './rosterStore';
import { ShiftsEditor } from './ShiftsEditor';
import {
  completeSettingsValues,
  formPathOf,
  issueAt,
  sameSettings,
  settingsIssues,
  templateRows,
  toSettingsFormValues,
  toSettingsInput,
  withoutLabel,
  type SettingsFormValues,
} from './settingsForm';

/** Re-checks the fields already showing a message, so it goes away as soon as the input is right. */
function recheckShownErrors(form: FormInstance<SettingsFormValues>): void {
  const withErrors = form
    .getFieldsError()
    .filter((f) => f.errors.length > 0)
    .map((f) => f.name);
  if (withErrors.length > 0) void form.validateFields(withErrors).catch(() => undefined);
}

/** 值班电话, 班次, 轮换 and 轮换开始日期: what the generated roster is built from (第十三条（二）: 值班制度). */
export function SettingsCard() {
  const { message } = App.useApp();
  const saved = useRosterStore((s) => s.view?.settings ?? null);
  const loaded = useRosterStore((s) => s.view !== null);
  const people = useRosterStore((s) => s.people);
  const month = useRosterStore((s) => s.month);
  const draft = useRosterStore((s) => s.draft);
  const setDraft = useRosterStore((s) => s.setDraft);
  const saveSettings = useRosterStore((s) => s.saveSettings);
  const saving = useRosterStore((s) => s.busy === 'settings');
  const generateMonth = useRosterStore((s) => s.generateMonth);
  const [preview, setPreview] = useState<DutyRosterView | null>(null);
  const [previewing, setPreviewing] = useState(false);
  const [applying, setApplying] = useState(false);
  const [form] = Form.useForm<SettingsFormValues>();
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [shiftsError, setShiftsError] = useState<string | null>(null);
  const savedValues = () => toSettingsFormValues(useRosterStore.getState().view?.settings ?? null, `${month}-01`);
  const initialValues = useRef(draft ?? savedValues());
  const current = () => completeSettingsValues(form.getFieldsValue(true) as Partial<SettingsFormValues>);

  // What is saved shows in the form unless something typed is waiting to be saved.
  useEffect(() => {
    if (!loaded || useRosterStore.getState().draft) return;
    form.setFieldsValue(savedValues());
  }, [loaded, saved?.updatedAt, draft === null]);

  const rule = (path: (string | number)[]): FormRule[] => [
    {
      validator: async () => {
        const m = issueAt(current(), path);
        if (m) throw new Error(m);
      },
    },
  ];

  const onChanged = () => {
    setSubmitError(null);
    setShiftsError(null);
    const values = current();
    setDraft(sameSettings(values, savedValues()) ? null : values);
    recheckShownErrors(form);
  };

  /** A refusal from the API shown on its field; false when it has none the form knows. */
  const showOnField = (err: unknown): boolean => {
    const field = err instanceof ApiError ? err.field?.replace(/^settings\./, '') : undefined;
    const path = formPathOf(field);
    if (err instanceof ApiError && path) {
      (form as FormInstance).setFields([{ name: path, errors: [withoutLabel(field, err.message)] }]);
      form.focusField(path);
      return true;
    }
    if (err instanceof ApiError && field === 'shifts') {
      setShiftsError(withoutLabel(field, err.message));
      return true;
    }
    return false;
  };

  /** The values, or null after showing what is wrong with them. */
  const checked = async (): Promise<SettingsFormValues | null> => {
    setSubmitError(null);
    const values = current();
    const whole = settingsIssues(values).find((i) => i.path.length === 1 && i.path[0] === 'shifts');
    if (whole) {
      setShiftsError(whole.message);
      return null;
    }
    try {
      await form.validateFields();
    } catch {
      return null;
    }
    return values;
  };

  const onFinish = async () => {
    const values = await checked();
    if (!values) return;
    try {
      await saveSettings(toSettingsInput(values));
      message.success('值班设置已保存');
    } catch (err) {
      if (!showOnField(err)) setSubmitError(errorMessage(err));
    }
  };

  const onPreview = async () => {
    const values = await checked();
    if (!values) return;
    setPreviewing(true);
    try {
      setPreview(await api['dutyRoster.preview']({ month, settings: toSettingsInput(values) }));
    } catch (err) {
      if (!showOnField(err)) setSubmitError(errorMessage(err));
    } finally {
      setPreviewing(false);
    }
  };

  const onApply = async () => {
    setApplying(true);
    try {
      await saveSettings(toSettingsInput(current()));
      const r = await generateMonth();
      setPreview(null);
      message.success(`值班设置已保存，已生成 ${r.from} 至 ${r.to} 的排班（${r.slots} 个班次${r.overridesKept ? `，保留调班 ${r.overridesKept} 条` : ''}）`);
    } catch (err) {
      setPreview(null);
      if (!showOnField(err)) setSubmitError(errorMessage(err));
    } finally {
      setApplying(false);
    }
  };

  const onTemplate = (key: ShiftTemplateKey) => {
    form.setFieldsValue({ shifts: templateRows(key) });
    onChanged();
  };

  const onFinishFailed = () => {
    const whole = settingsIssues(current()).find((i) => i.path.length === 1 && i.path[0] === 'shifts');
    if (whole) setShiftsError(whole.message);
  };

  const onCancel = () => {
    form.resetFields();
    form.setFieldsValue(savedValues());
    setDraft(null);
    setSubmitError(null);
    setShiftsError(null);
  };

  return (
    <Card title="值班设置" extra={saved ? <Typography.Text type="secondary">上次保存：{nowCst(new Date(saved.updatedAt))}</Typography.Text> : null}>
      <Form<SettingsFormValues>
        {...recordFormProps}
        form={form}
        name="dutyRosterSettings"
        initialValues={initialValues.current}
        onValuesChange={onChanged}
        onFinish={onFinish}
        onFinishFailed={onFinishFailed}
        style={{ maxWidth: 900 }}
      >
        <Form.Item
          name="dutyPhone"
          label={L.dutyPhone}
          required
          rules={rule(['dutyPhone'])}
          extra="报公安机关的24小时值班电话：手机号码、带区号的固定电话，或400/800电话。"
        >
          <Input aria-required="true" placeholder="例如 0592-5551234" inputMode="tel" style={{ maxWidth: 320 }} />
        </Form.Item>

        <ShiftsEditor form={form} rule={rule} onChanged={onChanged} error={shiftsError} />

        <Form.Item
          name="rotation"
          label={L.rotation}
          required
          rules={rule(['rotation'])}
          validateTrigger={['onChange', 'onBlur']}
          extra="按所列顺序轮流值班：第1位值轮换开始日期的第一个班次，第2位值下一个班次，依次循环。优先选择角色为“值班人员”的人员；人员在“人员”页面登记。"
        >
          <RotationField people={people} />
        </Form.Item>

        {/* Re-rendered on every change: the cycle names the 班次 as they are typed (and as a template sets them). */}
        <Form.Item noStyle shouldUpdate>
          {() => (
            <Form.Item
              name="pattern"
              label={L.pattern}
              rules={rule(['pattern'])}
              validateTrigger={['onChange', 'onBlur']}
              extra="按周期轮转：每人按同一周期经历各班次和休息日，起点依次错开；选用模板会同时设置对应的班次。依次轮换：按轮换顺序逐个班次轮流（人数与班次数相同时每人每天同一班次）。"
            >
              <PatternField shifts={completeSettingsValues({ shifts: form.getFieldValue('shifts') as SettingsFormValues['shifts'] }).shifts} onTemplate={onTemplate} />
            </Form.Item>
          )}
        </Form.Item>

        <Form.Item
          name="rotationStart"
          label={L.rotationStart}
          required
          rules={rule(['rotationStart'])}
          validateTrigger={['onChange', 'onBlur']}
          extra="轮换从这一天开始计算，此前的日期不生成排班。"
        >
          <IsoDatePicker style={{ width: 200 }} />
        </Form.Item>

        <Form.Item
          name="averagingPeriod"
          label={L.averagingPeriod}
          htmlFor="duty-averaging"
          extra="经人力资源社会保障部门批准实行综合计算工时工作制的，选择综合计算周期：工时提醒按周期内的总工时判断（劳部发〔1994〕503号第五条；周期标准工时按劳社部发〔2008〕3号），不再按每天8小时、每周40小时；每周至少休息一天、每月加班不超过36小时仍照常提醒。"
        >
          <Select
            id="duty-averaging"
            style={{ maxWidth: 420 }}
            options={[
              { value: null, label: '未实行（标准工时制：每天8小时、每周40小时）' },
              ...AVERAGING_PERIODS.map((p) => ({ value: p, label: `已批准，按${AVERAGING_PERIOD_LABELS[p]}综合计算（周期标准 ${PERIOD_STANDARD_HOURS[p]} 小时）` })),
            ]}
          />
        </Form.Item>

        <Form.Item name="logInPackage" label={L.logInPackage} valuePropName="checked" extra="勾选后，导出备案材料时附 08_值班记录.pdf：所选月份每个班次的实际值班人员、交接班和值班情况，未登记的班次标“未记录”。">
          <Checkbox>导出备案材料时附值班记录（08_值班记录.pdf）</Checkbox>
        </Form.Item>

        <Form.Item label={null}>
          <Flex vertical gap={8}>
            {submitError ? <Alert type="error" showIcon title="未能保存" description={`${submitError}。填写的内容仍保留在表单中。`} /> : null}
            <Space wrap>
              <Button type="primary" htmlType="submit" icon={busyIcon(saving)} disabled={saving}>
                保存
              </Button>
              <Button onClick={() => void onPreview()} icon={busyIcon(previewing)} disabled={saving || previewing}>
                预览本月排班
              </Button>
              <Button onClick={onCancel} disabled={saving || draft === null}>
                取消
              </Button>
              {draft ? <Typography.Text type="warning">有未保存的修改（切换页面后仍会保留，直到保存或取消）。</Typography.Text> : null}
            </Space>
          </Flex>
        </Form.Item>
      </Form>
      <PreviewDialog month={month} view={preview} people={indexPeople(people)} applying={applying} onApply={() => void onApply()} onClose={() => setPreview(null)} />
    </Card>
  );
}
