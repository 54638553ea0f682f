import type { FormInstance, FormProps } from 'antd';
import { ApiError } from '../../shared/api/errors';
import './recordForm.css';

/**
 * Form props of the 证照 and 人员 forms: no colon (antd draws it with CSS, which would enter the
 * accessible name), and the required asterisk with empty alternative text (recordForm.css), so a field's
 * accessible name is exactly its label (docs/LABELS.md).
 */
export const recordFormProps: Partial<FormProps> = {
  className: 'record-form',
  layout: 'horizontal',
  labelCol: { flex: '130px' },
  labelWrap: true,
  // A zero basis keeps wide controls (scan lists, role checkboxes) beside their label instead of wrapping below it.
  wrapperCol: { flex: '1 1 0', style: { minWidth: 0 } },
  colon: false,
  requiredMark: true,
  autoComplete: 'off',
  validateTrigger: ['onBlur'],
  scrollToFirstError: { focus: true, block: 'center' },
};

/** Width of the label column of the 服务器 and 安全小组 forms. */
export const LABEL_WIDTH = 150;

/**
 * Form props of the 服务器 and 安全小组 forms (colon and required mark come from the app's ConfigProvider,
 * so a field's accessible name is exactly its label). The wrapper may shrink below its content's width
 * (long help texts), so a field never drops below its label.
 */
export const formLayout: Partial<FormProps> = {
  layout: 'horizontal',
  labelCol: { flex: `${LABEL_WIDTH}px` },
  labelWrap: true,
  wrapperCol: { flex: '1 1 0', style: { minWidth: 0 } },
  autoComplete: 'off',
  validateTrigger: ['onBlur'],
  scrollToFirstError: { focus: true, block: 'center' },
};

/** A row without a label (buttons, add-row links), aligned with the fields above it. */
export const unlabelledRow = { label: null, style: { marginInlineStart: LABEL_WIDTH } } as const;

/**
 * Fields are checked on blur; a field already showing a message is checked again as the form changes,
 * so the message goes away as soon as the input is right. A change to a list ("members") rechecks the
 * fields of its rows.
 */
export function recheckFieldsWithErrors(form: FormInstance, changed: object): void {
  const keys = new Set(Object.keys(changed));
  const withErrors = form
    .getFieldsError()
    .filter((f) => f.errors.length > 0 && keys.has(String(f.name[0])))
    .map((f) => f.name);
  if (withErrors.length > 0) void form.validateFields(withErrors).catch(() => undefined);
}

/**
 * A form rule that shows what `check` says is wrong with the form as it stands now, if anything, once the
 * person has typed in the field or pressed 保存 (FormFooter marks every field touched): switching 租用者类型
 * must not judge an 证件号码 nobody has typed yet.
 */
export function checkedBy(check: () => string | null): (form: Pick<FormInstance, 'isFieldTouched'>) => { validator(rule: unknown): Promise<void> } {
  return (form) => ({
    validator: async (rule) => {
      const field = (rule as { field?: unknown }).field;
      if (typeof field === 'string' && !form.isFieldTouched(formPath(field) as never)) return;
      const message = check();
      if (message) throw new Error(message);
    },
  });
}

/** Like checkedBy, but what `check` says is shown as a warning that does not stop 保存. */
export function warnedBy(check: () => string | null): (form: Pick<FormInstance, 'isFieldTouched'>) => { warningOnly: true; validator(rule: unknown): Promise<void> } {
  const rule = checkedBy(check);
  return (form) => ({ warningOnly: true, ...rule(form) });
}

/** Marks every field of the form touched, so 保存 judges them all (see checkedBy). */
export function touchAllFields(form: FormInstance): void {
  const names = form.getFieldsError().map((f) => f.name);
  form.setFields(names.map((name) => ({ name, touched: true })));
}

/** The first path segment of a server error's field ("scope.0" → "scope"). */
export const topField = (field: string | undefined): string | undefined => field?.split('.')[0];

/** antd field path of an API error field: "members.3.personId" → ['members', 3, 'personId']. */
export function formPath(field: string): (string | number)[] {
  return field.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

/** A server message names its field ("证照编号：…"); under the field itself the label is dropped. */
export function withoutLabel(label: string | undefined, message: string): string {
  return label && message.startsWith(`${label}：`) ? message.slice(label.length + 1) : message;
}

/**
 * Shows an API refusal under the field it names (one of `labels`' keys), without the label, and moves
 * the focus there. False when the error names no field of this form: the caller shows it above the buttons.
 */
export function placeFieldError(form: FormInstance, err: unknown, labels: Readonly<Record<string, string>>): boolean {
  const field = err instanceof ApiError ? topField(err.field) : undefined;
  if (!field || !Object.hasOwn(labels, field)) return false;
  form.setFields([{ name: field, errors: [withoutLabel(labels[field], (err as ApiError).message)] }]);
  form.focusField(field);
  return true;
}
