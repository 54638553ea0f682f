import type { FormInstance, FormProps } from 'antd';
import './recordForm.css';

/**
 * Form props shared by the record forms: no colon (antd draws it with CSS, which would enter the
 * accessible name), and the required asterisk with empty alternative text (recordForm.css), so a field's
 * accessible name is exactly its label (LABELS.md).
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

/**
 * Fields are checked on blur; a field already showing a message is checked again as it changes, so the
 * message goes away as soon as the input is right.
 */
export function recheckFieldsWithErrors(form: FormInstance, changed: object): void {
  const names = Object.keys(changed).filter((name) => form.getFieldError(name).length > 0);
  if (names.length > 0) void form.validateFields(names).catch(() => undefined);
}

/** The first path segment of a server error's field ("scope.0" → "scope"). */
export const topField = (field: string | undefined): string | undefined => field?.split('.')[0];
