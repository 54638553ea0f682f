import { CheckCircleFilled, CloseCircleFilled, ExclamationCircleFilled } from '@ant-design/icons';
import { Tag } from 'antd';
import type { ComplianceStatus } from '../../../shared/compliance/summary';

/** Green / amber / red, always with words too: colour is never the only signal. */
export const STATUS_LOOK: Record<ComplianceStatus, { color: 'success' | 'warning' | 'error'; text: string; icon: typeof CheckCircleFilled }> = {
  ok: { color: 'success', text: '符合', icon: CheckCircleFilled },
  warn: { color: 'warning', text: '需注意', icon: ExclamationCircleFilled },
  error: { color: 'error', text: '未满足', icon: CloseCircleFilled },
};

export function StatusTag({ status }: { status: ComplianceStatus }) {
  const look = STATUS_LOOK[status];
  const Icon = look.icon;
  return (
    <Tag color={look.color} icon={<Icon aria-hidden />}>
      {look.text}
    </Tag>
  );
}
