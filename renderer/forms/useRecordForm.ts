import { Form, type FormInstance, type FormProps } from 'antd';
import { useEffect, useRef, useState } from 'react';
import type { StoreApi, UseBoundStore } from 'zustand';
import { errorMessage } from '../api/client';
import { useFocusRequest } from './useFocusRequest';
import { placeFieldError, recheckFieldsWithErrors, recordFormProps } from './formChrome';
import type { RecordEditor, RecordListState } from './recordStore';

/**
 * The form of a list screen's editor (证照, 人员): opens on the editor's values with `firstField` focused,
 * keeps the draft in the store as the user types, and saves, placing a refusal under the field it names
 * (or above the buttons).
 */
export function useRecordForm<Stored, Values>(
  useStore: UseBoundStore<StoreApi<RecordListState<Stored, Values>>>,
  editor: RecordEditor<Values>,
  {
    complete,
    labels,
    firstField,
    beforeSync,
  }: {
    /** Fills in what a partially touched form leaves undefined. */
    complete(values: Partial<Values>): Values;
    labels: Readonly<Record<string, string>>;
    firstField: string;
    /** Runs on each change before the draft is taken, to set other fields from it. */
    beforeSync?(changed: Partial<Values>, form: FormInstance<Values>): void;
  },
) {
  const [form] = Form.useForm<Values>();
  const setValues = useStore((s) => s.setValues);
  const closeEditor = useStore((s) => s.closeEditor);
  const save = useStore((s) => s.save);
  const saving = useStore((s) => s.saving);
  const [submitError, setSubmitError] = useState<string | null>(null);
  // Read once per opening: the draft is the form's own state from then on.
  const initialValues = useRef(editor.values);
  const current = () => complete(form.getFieldsValue(true) as Partial<Values>);

  useEffect(() => {
    form.focusField(firstField);
  }, [form, firstField]);
  useFocusRequest(form, Object.keys(labels));

  const formProps: FormProps<Values> = {
    ...recordFormProps,
    form,
    initialValues: initialValues.current as FormProps<Values>['initialValues'],
    onValuesChange(changed: Partial<Values>) {
      setSubmitError(null);
      beforeSync?.(changed, form);
      setValues(current());
      recheckFieldsWithErrors(form, changed);
    },
    async onFinish() {
      setSubmitError(null);
      try {
        await save(current());
      } catch (err) {
        if (!placeFieldError(form, err, labels)) setSubmitError(errorMessage(err));
      }
    },
  };

  return { form, formProps, current, setValues, closeEditor, saving, submitError };
}
