import type { FormProps } from 'antd';
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
  wrapperCol: { flex: 1 },
  colon: false,
  requiredMark: true,
  autoComplete: 'off',
  validateTrigger: ['onBlur'],
  scrollToFirstError: { focus: true, block: 'center' },
};

/** The first path segment of a server error's field ("scope.0" → "scope"). */
export const topField = (field: string | undefined): string | undefined => field?.split('.')[0];
