import type { FormProps } from 'antd';

/** Width of the label column of the record forms. */
export const LABEL_WIDTH = 150;

/**
 * Horizontal layout shared by the record forms. The wrapper may shrink below its content's width
 * (long help texts), so a field never drops below its label.
 */
export const formLayout: Pick<FormProps, 'layout' | 'labelCol' | 'labelWrap' | 'wrapperCol' | 'colon' | 'requiredMark'> = {
  layout: 'horizontal',
  labelCol: { flex: `${LABEL_WIDTH}px` },
  labelWrap: true,
  wrapperCol: { flex: '1 1 0', style: { minWidth: 0 } },
  // No colon and a hidden-from-AT asterisk: antd draws both with CSS, which would become part of the
  // inputs' accessible names ("* 资产编号 :"), and the label must be exactly 资产编号.
  colon: false,
  requiredMark: (label, { required }) => (
    <>
      {required ? (
        <span aria-hidden="true" className="required-mark">
          *
        </span>
      ) : null}
      {label}
    </>
  ),
};

/** A row without a label (buttons, add-row links), aligned with the fields above it. */
export const unlabelledRow = { label: null, style: { marginInlineStart: LABEL_WIDTH } } as const;
