import { InputNumber, type GetRef, type InputNumberProps } from 'antd';
import { useEffect, useRef } from 'react';

const STEP_NAMES: Record<string, string> = { 'Increase Value': '增加', 'Decrease Value': '减少' };

/**
 * antd's InputNumber, with its two stepper buttons named in Chinese for a screen reader: @rc-component/input-number
 * names them "Increase Value" / "Decrease Value" and offers no prop to change it. React never rewrites an
 * attribute whose prop did not change, so renaming them after each render keeps the Chinese names.
 */
export function NumberInput(props: InputNumberProps<number>) {
  const ref = useRef<GetRef<typeof InputNumber>>(null);
  useEffect(() => {
    for (const step of ref.current?.nativeElement.querySelectorAll<HTMLElement>('[role="button"][aria-label]') ?? []) {
      const name = STEP_NAMES[step.getAttribute('aria-label') ?? ''];
      if (name) step.setAttribute('aria-label', name);
    }
  });
  return <InputNumber<number> {...props} ref={ref} />;
}
