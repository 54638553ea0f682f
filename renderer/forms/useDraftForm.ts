import { Form, type FormInstance } from 'antd';
import { useEffect, useRef, useState } from 'react';
import type { StoreApi, UseBoundStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { errorMessage } from '../api/client';
import type { DraftState } from './recordStore';

/**
 * The form of a single-record screen (单位信息, 设置, 安全小组) whose store is a draftSlice: loads the saved record
 * on mount, starts from the draft if there is one, shows the saved record when it arrives unless the user has
 * unsaved input, keeps the draft as the user types, and saves or cancels, placing a refusal under the field it
 * names (or above the buttons).
 */
export function useDraftForm<S extends DraftState<Stored, Values, unknown>, Stored, Values>(
  useStore: UseBoundStore<StoreApi<S>>,
  {
    toFormValues,
    complete,
    placeError,
    fields,
    reloadOnMount = false,
  }: {
    toFormValues(saved: Stored | null): Values;
    /** Fills in what a partially touched form leaves undefined. */
    complete(values: Partial<Values>): Values;
    /** Puts an ApiError under the field it names; false when it names none, so the message goes above the buttons. */
    placeError(form: FormInstance<Values>, err: unknown): boolean;
    /** Cancel sets these fields back to the saved record; without them, the whole form is reset to it. */
    fields?: readonly (keyof Values & string)[];
    /** Read the saved record on every mount, not only the first. */
    reloadOnMount?: boolean;
  },
) {
  const [form] = Form.useForm<Values>();
  const state = useStore(
    useShallow((s) => ({
      saved: s.saved as S['saved'],
      loadState: s.loadState,
      loadError: s.loadError,
      draft: s.draft as S['draft'],
      saving: s.saving,
      lastSave: s.lastSave as S['lastSave'],
    })),
  );
  const { load, setDraft, discardDraft, save } = useStore.getState();
  const [submitError, setSubmitError] = useState<string | null>(null);
  // What the form starts with: unsaved input first, then the saved record. Read once per mount.
  const initialValues = useRef<Values>(useStore.getState().draft ?? toFormValues(useStore.getState().saved));

  useEffect(() => {
    if (reloadOnMount || useStore.getState().loadState === 'idle') void useStore.getState().load();
  }, [useStore, reloadOnMount]);

  // When the saved record arrives (or changes after a save / a restore), show it — unless the user
  // has unsaved input, which is never overwritten.
  const saved = state.saved;
  useEffect(() => {
    if (useStore.getState().draft) return;
    form.setFieldsValue(toFormValues(saved) as Parameters<typeof form.setFieldsValue>[0]);
  }, [saved, form, useStore]);

  const current = () => complete(form.getFieldsValue(true) as Partial<Values>);

  /** Takes the form as it now stands as the draft. */
  const sync = () => {
    setSubmitError(null);
    setDraft(current());
  };

  const onValuesChange = (_changed: Partial<Values>, all: Partial<Values>) => {
    setSubmitError(null);
    setDraft(complete(all));
  };

  const onFinish = async () => {
    setSubmitError(null);
    try {
      const stored = await save(current());
      form.setFieldsValue(toFormValues(stored) as Parameters<typeof form.setFieldsValue>[0]);
    } catch (err) {
      // The typed values stay in the form (and in the draft); only the message is placed.
      if (!placeError(form, err)) setSubmitError(errorMessage(err));
    }
  };

  const onCancel = () => {
    discardDraft();
    setSubmitError(null);
    const values = toFormValues(useStore.getState().saved);
    if (fields) {
      form.setFields(fields.map((name) => ({ name: name as never, value: values[name], errors: [], touched: false })));
    } else {
      form.resetFields();
      form.setFieldsValue(values as Parameters<typeof form.setFieldsValue>[0]);
    }
  };

  return { form, ...state, load, setDraft, submitError, initialValues: initialValues.current, current, sync, onValuesChange, onFinish, onCancel };
}
