import { Alert, Button, Form, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { touchAllFields } from './formChrome';

/** The end of a record form: why the last save failed (the input stays), then 保存 and 取消. */
export function FormFooter({
  submitError,
  saving,
  onCancel,
  cancelDisabled = saving,
  status,
  besideButtons,
}: {
  submitError: string | null;
  saving: boolean;
  onCancel(): void;
  cancelDisabled?: boolean;
  /** Lines between the error and the buttons. */
  status?: ReactNode;
  besideButtons?: ReactNode;
}) {
  const form = Form.useFormInstance();
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {submitError ? <Alert type="error" showIcon title="未能保存" description={`${submitError}。填写的内容仍保留在表单中。`} /> : null}
      {status}
      <Space>
        {/* A click (Enter in a field clicks it too) comes before the submit: every field is judged on 保存. */}
        {/*
          Pressing 保存 must not move it before the release: leaving a field judges it, and a message appearing under
          the field would push 保存 down and the click would be lost. So the press keeps the focus where it is, and
          the click itself moves the focus here (a date typed in a picker is taken on leaving it) before judging.
        */}
        <Button
          type="primary"
          htmlType="submit"
          loading={saving}
          disabled={saving}
          onMouseDown={(e) => e.preventDefault()}
          onClick={(e) => {
            e.currentTarget.focus();
            touchAllFields(form);
          }}
        >
          保存
        </Button>
        <Button onClick={onCancel} disabled={cancelDisabled}>
          取消
        </Button>
        {besideButtons}
      </Space>
    </Space>
  );
}

/** Said under the record forms whose unsaved input survives leaving the screen (the store keeps the draft). */
export function DraftKeptNote() {
  return (
    <Typography.Text type="secondary" role="status">
      未保存的内容在切换页面后仍会保留，直到保存或取消。
    </Typography.Text>
  );
}
