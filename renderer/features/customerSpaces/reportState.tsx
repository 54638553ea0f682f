import { Tag } from 'antd';
import type { ReportState } from '../../../shared/records/customerSpace';

/** 报送状态 colours (第十二条（三）): reported green, due blue (a change amber), overdue red, ended grey. */
const COLORS: Record<ReportState, string> = {
  已报送: 'success',
  待报送: 'processing',
  变更待报送: 'warning',
  已逾期: 'error',
  变更已逾期: 'error',
  已退租: 'default',
};

export function ReportStateTag({ state, deadline, reportedOn, endedOn = '' }: { state: ReportState; deadline: string; reportedOn: string; endedOn?: string }) {
  const text =
    state === '已报送' ? `已报送 ${reportedOn}` : state === '已退租' ? `已退租 ${endedOn}` : deadline ? `${state}（期限 ${deadline}）` : state;
  return <Tag color={COLORS[state]}>{text}</Tag>;
}
