import { Flex } from 'antd';
import { useRef, useState, type AriaAttributes } from 'react';
import { ScanDropZone } from './ScanDropZone';
import { ScanPreviewDialog } from './ScanPreviewDialog';
import { ScanThumbnail } from './ScanThumbnail';
import { UploadStatusList } from './UploadStatusList';
import { useScanUploads } from './useScanUploads';

export interface ScanListFieldProps extends Pick<AriaAttributes, 'aria-describedby' | 'aria-invalid' | 'aria-required'> {
  /** The scans' SHA-256 identities, in the order shown. */
  value?: string[];
  onChange?(value: string[]): void;
  /** The field's label (docs/LABELS.md), e.g. 证照扫描件: names the upload control and each scan. */
  label: string;
  /** Most scans the field takes; the record schema's limit is 20. */
  max?: number;
  /** Set by antd's Form.Item: the file input carries it, so the field's <label> points at it. */
  id?: string;
}

/**
 * A list of scans as an antd Form control (value / onChange): thumbnails, a large preview on click,
 * 上传 through the file dialog or by dropping files, 删除 per scan. Each file is stored by the API as
 * it is added; removing one here only takes it out of the field, and saving the record releases it.
 */
export function ScanListField({ value, onChange, label, max = 20, id, ...aria }: ScanListFieldProps) {
  const scans = value ?? [];
  const current = useRef(scans);
  current.current = scans;
  const [previewing, setPreviewing] = useState<number | null>(null);

  const set = (next: string[]) => {
    // Several uploads may finish before the form re-renders: keep the newest list at hand.
    current.current = next;
    onChange?.(next);
  };

  const { items, start, dismiss } = useScanUploads({
    room: () => max - current.current.length,
    fullMessage: `最多 ${max} 个${label}，请先删除不需要的再上传`,
    onAdded: (sha256, fileName) => {
      if (current.current.includes(sha256)) return `「${fileName}」与已添加的${label}内容相同，未重复添加`;
      set([...current.current, sha256]);
      return null;
    },
  });

  const full = scans.length >= max;
  const nameOf = (index: number) => `${label} ${index + 1}`;
  const previewSha = previewing !== null ? (scans[previewing] ?? null) : null;

  return (
    // Sized by the form, not by its content: a long row of thumbnails must not push the field under its label.
    <div style={{ contain: 'inline-size' }}>
      <ScanDropZone
        label={label}
        id={id}
        multiple
        disabled={full}
        hint={full ? `已达 ${max} 个上限` : '也可以把图片拖到这里；支持 JPEG、PNG、WebP、TIFF、BMP、HEIC，单个不超过 40 MB'}
        onFiles={start}
        {...aria}
      >
        {scans.length > 0 ? (
          <Flex wrap gap={12} style={{ marginBottom: 12 }} role="list" aria-label={`已添加的${label}`}>
            {scans.map((sha256, index) => (
              <div role="listitem" key={sha256}>
                <ScanThumbnail
                  sha256={sha256}
                  name={nameOf(index)}
                  onOpen={() => setPreviewing(index)}
                  onRemove={() => set(current.current.filter((s) => s !== sha256))}
                />
              </div>
            ))}
          </Flex>
        ) : null}
      </ScanDropZone>
      <UploadStatusList items={items} onDismiss={dismiss} />
      <ScanPreviewDialog sha256={previewSha} title={previewing !== null ? nameOf(previewing) : label} onClose={() => setPreviewing(null)} />
    </div>
  );
}
