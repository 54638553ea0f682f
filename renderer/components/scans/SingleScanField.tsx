import { useRef, useState, type AriaAttributes } from 'react';
import { ScanDropZone } from './ScanDropZone';
import { ScanPreviewDialog } from './ScanPreviewDialog';
import { ScanThumbnail } from './ScanThumbnail';
import { UploadStatusList } from './UploadStatusList';
import { useScanUploads } from './useScanUploads';

export interface SingleScanFieldProps extends Pick<AriaAttributes, 'aria-describedby' | 'aria-invalid' | 'aria-required'> {
  /** The scan's SHA-256, '' for none. */
  value?: string;
  onChange?(value: string): void;
  /** The field's label (docs/LABELS.md), e.g. 证件正面. */
  label: string;
  /** Set by antd's Form.Item: the file input carries it. */
  id?: string;
}

/**
 * One scan as an antd Form control: like ScanListField, but a new file replaces the current one, and
 * 删除 sets the value to ''.
 */
export function SingleScanField({ value, onChange, label, id, ...aria }: SingleScanFieldProps) {
  const scan = value ?? '';
  const current = useRef(scan);
  current.current = scan;
  const [previewing, setPreviewing] = useState(false);

  const set = (next: string) => {
    current.current = next;
    onChange?.(next);
  };

  const { items, start, dismiss } = useScanUploads({
    room: () => 1,
    fullMessage: `${label}只需 1 个文件，已使用第一个`,
    onAdded: (sha256) => {
      set(sha256);
      return null;
    },
  });

  return (
    // Sized by the form, not by its content: a long hint must not push the field under its label.
    <div style={{ contain: 'inline-size' }}>
      <ScanDropZone
        label={label}
        id={id}
        multiple={false}
        hint={scan ? '上传或拖入新文件会替换当前的扫描件' : '也可以把图片拖到这里；支持 JPEG、PNG、WebP、TIFF、BMP、HEIC，不超过 40 MB'}
        onFiles={start}
        {...aria}
      >
        {scan ? (
          <div style={{ marginBottom: 12 }}>
            <ScanThumbnail sha256={scan} name={label} onOpen={() => setPreviewing(true)} onRemove={() => set('')} />
          </div>
        ) : null}
      </ScanDropZone>
      <UploadStatusList items={items} onDismiss={dismiss} />
      <ScanPreviewDialog sha256={previewing && scan ? scan : null} title={label} onClose={() => setPreviewing(false)} />
    </div>
  );
}
