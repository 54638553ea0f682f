import type { FormInstance } from 'antd';
import { useEffect } from 'react';
import { useNavigation } from '../store/navigation';

/**
 * 概览's 去处理 asked for a field of this form (navigation.focusField, e.g. "filedOn"): move the focus there once
 * the form is shown, scrolled into view. A field this form does not have is left for another form.
 */
export function useFocusRequest(form: FormInstance, fields: Iterable<string>): void {
  const focusField = useNavigation((s) => s.focusField);
  useEffect(() => {
    if (!focusField || ![...fields].includes(focusField)) return;
    const timer = window.setTimeout(() => {
      form.scrollToField(focusField, { block: 'center', focus: true });
      useNavigation.getState().clearFocus();
    }, 0);
    return () => window.clearTimeout(timer);
    // fields is a fixed list per form, open a store action: neither changes between renders
  }, [focusField, form]);
}

/** 概览's 去处理 named a record (navigation.recordId): open it in this screen's form once the list holds it. */
export function useOpenRequestedRecord(open: (id: string) => void, has: (id: string) => boolean): void {
  const recordId = useNavigation((s) => s.recordId);
  const ready = recordId !== null && has(recordId);
  useEffect(() => {
    if (!recordId || !ready) return;
    useNavigation.setState({ recordId: null });
    open(recordId);
  }, [recordId, ready, open]);
}
