import type { FormInstance, FormProps } from 'antd';

/** Width of the label column of the record forms. */
export const LABEL_WIDTH = 150;

/**
 * Horizontal layout of the record forms (colon and required mark come from the app's ConfigProvider,
 * so a field's accessible name is exactly its label). The wrapper may shrink below its content's
 * width (long help texts), so a field never drops below its label.
 */
export const formLayout: Pick<FormProps, 'layout' | 'labelCol' | 'labelWrap' | 'wrapperCol'> = {
  layout: 'horizontal',
  labelCol: { flex: `${LABEL_WIDTH}px` },
  labelWrap: true,
  wrapperCol: { flex: '1 1 0', style: { minWidth: 0 } },
};

/** A row without a label (buttons, add-row links), aligned with the fields above it. */
export const unlabelledRow = { label: null, style: { marginInlineStart: LABEL_WIDTH } } as const;

/**
 * Fields are checked on blur; a field already showing a message is checked again as the form changes,
 * so the message goes away as soon as the input is right.
 */
export function recheckFieldsWithErrors(form: FormInstance, changed: object): void {
  const keys = new Set(Object.keys(changed));
  const withErrors = form
    .getFieldsError()
    .filter((f) => f.errors.length > 0 && keys.has(String(f.name[0])))
    .map((f) => f.name);
  if (withErrors.length > 0) void form.validateFields(withErrors).catch(() => undefined);
}
