import { Button, Typography } from 'antd';
import { useState } from 'react';
import type { ComplianceDetail } from '../../shared/compliance/summary';

const FOLDED = 5;

/** The records a row names, most urgent first: the first few, the rest on request. */
export function DetailList({
  details,
  total,
  label,
  onFix,
}: {
  details: readonly ComplianceDetail[];
  total: number;
  label: string;
  /** 去处理 of one finding that names its record. */
  onFix?: ((detail: ComplianceDetail) => void) | undefined;
}) {
  const [open, setOpen] = useState(false);
  if (details.length === 0) return null;
  const shown = open ? details : details.slice(0, FOLDED);
  const notListed = total - details.length;
  return (
    <div>
      <ul aria-label={label} style={{ margin: 0, paddingInlineStart: 18 }}>
        {shown.map((d, i) => (
          <li key={`${d.recordId ?? ''}-${i}`}>
            {/* Plain text: antd's warning/danger colours are too faint to read on white, and the row's status says it. */}
            <Typography.Text>{d.text}</Typography.Text>
            {onFix && d.recordId ? (
              <Button type="link" size="small" aria-label={`去处理：${d.text}`} onClick={() => onFix(d)}>
                去处理
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
      {details.length > FOLDED ? (
        <Button type="link" size="small" style={{ paddingInline: 0 }} onClick={() => setOpen(!open)} aria-expanded={open}>
          {open ? '收起' : `展开全部 ${details.length} 项`}
        </Button>
      ) : null}
      {notListed > 0 ? (
        <Typography.Text type="secondary" style={{ display: 'block' }}>
          共 {total} 项，另有 {notListed} 项未列出，请到相应页面查看
        </Typography.Text>
      ) : null}
    </div>
  );
}
