import { UploadOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { useState, type AriaAttributes, type DragEvent, type ReactNode } from 'react';
import { SCAN_ACCEPT } from './scanFiles';

export interface ScanDropZoneProps extends Pick<AriaAttributes, 'aria-describedby' | 'aria-invalid' | 'aria-required'> {
  label: string;
  id?: string | undefined;
  multiple: boolean;
  disabled?: boolean;
  hint: string;
  onFiles(files: File[]): void;
  children?: ReactNode;
}

function hasFiles(e: DragEvent): boolean {
  return Array.from(e.dataTransfer.types).includes('Files');
}

/**
 * The field's frame: its scans (children), a 上传 button that is a real <input type=file> (so the
 * operating system's file dialog opens, and the form's label and id point at it), and a drop target
 * for files dragged from the desktop.
 */
export function ScanDropZone({ label, id, multiple, disabled, hint, onFiles, children, ...rest }: ScanDropZoneProps) {
  // Only the aria-* attributes antd's Form.Item passes reach the input.
  const aria = Object.fromEntries(Object.entries(rest).filter(([k]) => k.startsWith('aria-')));
  const [dragging, setDragging] = useState(false);
  const [focused, setFocused] = useState(false);

  const onDragOver = (e: DragEvent) => {
    if (disabled || !hasFiles(e)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };
  const onDrop = (e: DragEvent) => {
    setDragging(false);
    if (disabled || e.dataTransfer.files.length === 0) return;
    e.preventDefault();
    onFiles(Array.from(e.dataTransfer.files));
  };

  return (
    <div
      onDragOver={onDragOver}
      onDragEnter={onDragOver}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={onDrop}
      style={{
        border: `1px dashed ${dragging ? '#1677ff' : '#d9d9d9'}`,
        background: dragging ? '#e6f4ff' : '#fafafa',
        borderRadius: 8,
        padding: 12,
        transition: 'border-color 0.2s, background 0.2s',
      }}
    >
      {children}
      <Flex align="center" gap={12} wrap>
        <span style={{ position: 'relative', display: 'inline-block' }}>
          {/* The visible button is decoration; the transparent file input over it is the control. */}
          <Button
            icon={<UploadOutlined aria-hidden />}
            tabIndex={-1}
            aria-hidden="true"
            disabled={disabled}
            style={focused ? { outline: '2px solid #1677ff', outlineOffset: 1 } : undefined}
          >
            上传
          </Button>
          <input
            type="file"
            id={id}
            aria-label={`上传${label}`}
            {...aria}
            accept={SCAN_ACCEPT}
            multiple={multiple}
            disabled={disabled}
            onFocus={() => setFocused(true)}
            onBlur={() => setFocused(false)}
            onChange={(e) => {
              const files = Array.from(e.currentTarget.files ?? []);
              // Cleared so that choosing the same file again is a change again.
              e.currentTarget.value = '';
              onFiles(files);
            }}
            style={{
              position: 'absolute',
              inset: 0,
              width: '100%',
              height: '100%',
              opacity: 0,
              cursor: disabled ? 'not-allowed' : 'pointer',
              fontSize: 0,
            }}
          />
        </span>
        <Typography.Text type="secondary">{hint}</Typography.Text>
        {dragging ? <Typography.Text strong>松开鼠标即可添加</Typography.Text> : null}
      </Flex>
    </div>
  );
}
